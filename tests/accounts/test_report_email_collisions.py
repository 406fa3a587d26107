"""Members stored before the one-spelling rule are reported by id, never merged."""

from __future__ import annotations

import importlib
import logging
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.core.management import call_command

from apps.accounts.models import User

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module("apps.accounts.migrations.0003_report_email_collisions")


def stored_as_typed(email: str) -> User:
    """A member saved the way older code could: the address exactly as typed."""
    user = User(email=email)
    user.set_unusable_password()
    user.save()
    return user


@pytest.fixture
def colliding(alice) -> list[User]:
    return [
        alice,
        stored_as_typed("alice@exam\u200bple.com"),
        stored_as_typed("alice@\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45.com"),
    ]


def report() -> str:
    out = StringIO()
    call_command("report_email_collisions", stdout=out)
    return out.getvalue()


def test_it_reports_colliding_members_by_id_only(colliding, stranger):
    output = report()
    ids = ", ".join(str(user.pk) for user in colliding)
    assert "1 address(es) belong to more than one member" in output
    assert f"one group per address: {ids}." in output
    assert str(stranger.pk) not in output.split("Member ids, one group per address:")[1]
    assert "@" not in output
    assert "example" not in output


def test_it_names_members_stored_in_another_spelling(colliding):
    output = report()
    respelled = ", ".join(str(user.pk) for user in colliding[1:])
    assert "2 member(s) have an address stored in another spelling" in output
    assert f"Member ids: {respelled}." in output


def test_a_verified_address_on_another_account_counts_as_a_collision(alice, stranger):
    EmailAddress.objects.create(
        user=stranger, email="alice@exam\u00adple.com", verified=True, primary=False
    )
    assert f"one group per address: {alice.pk}, {stranger.pk}." in report()


def test_an_unverified_copy_is_no_collision(alice, stranger):
    """allauth keeps a taken address unverified on the second account: not a second login."""
    EmailAddress.objects.create(user=stranger, email="alice@example.com", verified=False)
    assert "No two members share an address" in report()


def test_it_changes_nothing(colliding):
    before = sorted(User.objects.values_list("pk", "email"))
    report()
    assert sorted(User.objects.values_list("pk", "email")) == before


def test_the_migration_logs_the_same_report_by_id_only(colliding, caplog):
    with caplog.at_level(logging.INFO):
        MIGRATION.report_email_collisions(apps, None)
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 2
    ids = ", ".join(str(user.pk) for user in colliding)
    assert f"one group per address: {ids}." in warnings[0].getMessage()
    assert all("@" not in record.getMessage() for record in caplog.records)
    assert User.objects.count() == 3


def test_the_migration_is_quiet_when_all_is_well(alice, stranger, caplog):
    with caplog.at_level(logging.INFO):
        MIGRATION.report_email_collisions(apps, None)
    assert [record.levelno for record in caplog.records] == [logging.INFO]


def test_the_migration_reverses_as_a_no_op():
    assert MIGRATION.Migration.operations[0].reversible
