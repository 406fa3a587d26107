"""What is due is read through the partial index on pending reminders (PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.db import connection

from apps.accounts.models import User
from apps.reminders.models import Reminder
from tests.helpers import make_reminder

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Reads PostgreSQL's catalogue and query plans.",
    ),
]

NOW = datetime(2030, 1, 1, tzinfo=UTC)


@pytest.fixture
def no_table_scans():
    """Small test tables make a full scan cheapest; the question is whether the index fits."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")


def test_it_has_a_partial_index_on_pending_reminders():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tablename, indexdef FROM pg_indexes WHERE indexname = %s",
            ["reminders_pending_due"],
        )
        (table, definition), *others = cursor.fetchall()

    assert others == []
    assert table == "reminders_reminder"
    assert "(next_attempt_at)" in definition
    assert "WHERE" in definition
    assert "'scheduled'" in definition
    assert "'snoozed'" in definition
    assert "'sent'" not in definition


def test_it_reads_due_reminders_through_the_index(plan, no_table_scans):
    for _ in range(20):
        make_reminder(plan)

    assert "reminders_pending_due" in Reminder.objects.due(NOW).explain()
    assert "reminders_pending_due" in (
        Reminder.objects.due(NOW).order_by("next_attempt_at")[:200].explain()
    )


def test_it_finds_members_with_something_due_through_the_index(plan, no_table_scans):
    for _ in range(20):
        make_reminder(plan)
    # The sender's claim: members who have something due.
    members = User.objects.filter(pk__in=Reminder.objects.due(NOW).values("plan__owner_id"))

    assert "reminders_pending_due" in members.explain()
