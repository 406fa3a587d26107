from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from apps.plans.models import DeclinePlan, PlanReason
from apps.reminders.models import Reminder
from tests.helpers import login_url_for, make_reminder, messages_of

pytestmark = pytest.mark.django_db


def archive_url(plan) -> str:
    return f"/plans/{plan.pk}/archive/"


def delete_url(plan) -> str:
    return f"/plans/{plan.pk}/delete/"


# Archive and restore


def test_it_archives_a_plan(alice_client, offer_plan):
    response = alice_client.post(archive_url(offer_plan))

    assert response["Location"] == "/plans/"
    assert messages_of(response) == ["Archived “Northwind Logistics”. You can restore it any time."]
    offer_plan.refresh_from_db()
    assert offer_plan.is_archived
    assert not DeclinePlan.objects.for_user(offer_plan.owner).active().exists()


def test_it_restores_an_archived_plan(alice_client, offer_plan):
    offer_plan.archive()

    response = alice_client.post(archive_url(offer_plan))

    assert response["Location"] == "/plans/"
    assert messages_of(response) == ["“Northwind Logistics” is back among your plans."]
    offer_plan.refresh_from_db()
    assert not offer_plan.is_archived


def test_an_archived_plan_stays_open_to_its_owner(alice_client, offer_plan):
    offer_plan.archive()

    assert alice_client.get(f"/plans/{offer_plan.pk}/").status_code == 200


@pytest.mark.parametrize("method", ["get", "put", "delete", "patch"])
def test_it_archives_only_on_post(alice_client, offer_plan, method):
    response = getattr(alice_client, method)(archive_url(offer_plan))

    assert response.status_code == 405
    offer_plan.refresh_from_db()
    assert not offer_plan.is_archived


def test_it_sends_anonymous_visitors_to_log_in_before_archiving(client, offer_plan):
    response = client.post(archive_url(offer_plan))

    assert response["Location"] == login_url_for(archive_url(offer_plan))
    offer_plan.refresh_from_db()
    assert not offer_plan.is_archived


@pytest.mark.parametrize("archived", [False, True])
def test_it_lets_no_stranger_archive_or_restore(stranger_client, offer_plan, archived):
    if archived:
        offer_plan.archive()

    response = stranger_client.post(archive_url(offer_plan))

    assert response.status_code == 404
    offer_plan.refresh_from_db()
    assert offer_plan.is_archived is archived


# Delete


def test_it_asks_before_deleting(alice_client, offer_plan):
    response = alice_client.get(delete_url(offer_plan))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Delete your plan for Northwind Logistics?" in html
    assert f'<form method="post" action="{delete_url(offer_plan)}"' in html
    assert 'href="/plans/"' in html
    assert DeclinePlan.objects.filter(pk=offer_plan.pk).exists()


def test_it_deletes_the_plan_with_its_reasons(alice_client, offer_plan, promotion_plan):
    response = alice_client.post(delete_url(offer_plan))

    assert response["Location"] == "/plans/"
    assert messages_of(response) == ["Deleted your plan for Northwind Logistics."]
    assert not DeclinePlan.objects.filter(pk=offer_plan.pk).exists()
    assert not PlanReason.objects.filter(plan_id=offer_plan.pk).exists()
    assert DeclinePlan.objects.filter(pk=promotion_plan.pk).exists()
    assert promotion_plan.reasons.count() == 2


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_it_deletes_only_on_post(alice_client, offer_plan, method):
    response = getattr(alice_client, method)(delete_url(offer_plan))

    assert response.status_code == 405
    assert DeclinePlan.objects.filter(pk=offer_plan.pk).exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_it_sends_anonymous_visitors_to_log_in_before_deleting(client, offer_plan, method):
    response = getattr(client, method)(delete_url(offer_plan))

    assert response["Location"] == login_url_for(delete_url(offer_plan))
    assert DeclinePlan.objects.filter(pk=offer_plan.pk).exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_it_lets_no_stranger_delete(stranger_client, offer_plan, method):
    response = getattr(stranger_client, method)(delete_url(offer_plan))

    assert response.status_code == 404
    assert "Northwind" not in response.content.decode()
    assert DeclinePlan.objects.filter(pk=offer_plan.pk).exists()
    assert offer_plan.reasons.count() == 2


def test_it_answers_404_for_a_plan_that_does_not_exist(alice_client, offer_plan):
    alice_client.post(delete_url(offer_plan))

    assert alice_client.post(delete_url(offer_plan)).status_code == 404
    assert alice_client.post(archive_url(offer_plan)).status_code == 404


def test_archiving_a_plan_with_reminders_says_they_are_paused(alice_client, offer_plan):
    make_reminder(offer_plan)

    response = alice_client.post(archive_url(offer_plan))

    assert messages_of(response) == [
        "Archived “Northwind Logistics”. Its reminders are paused: no emails, and they leave "
        "your calendar. Restore the plan any time to bring them back."
    ]


def test_restoring_says_which_reminders_came_due_meanwhile(alice_client, offer_plan):
    past = make_reminder(offer_plan)
    make_reminder(offer_plan, title="Still to come")
    Reminder.objects.filter(pk=past.pk).update(due_at=timezone.now() - timedelta(days=3))
    offer_plan.archive()

    response = alice_client.post(archive_url(offer_plan))

    (message,) = messages_of(response)
    assert message.startswith("“Northwind Logistics” is back among your plans. One of its")
    assert "goes out with the next reminder email" in message
