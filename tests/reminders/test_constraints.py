"""Members' reminders and contacts hold only what their choices allow, in the database
itself (CHECK constraints), whichever code writes them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

from apps.reminders.models import ContactLog, Reminder
from tests.helpers import make_reminder
from tests.reminders.conftest import BRUSSELS

pytestmark = pytest.mark.django_db

# Each refused write runs in its own savepoint (transaction.atomic), so that the test's
# transaction stays usable on PostgreSQL after the error.

SENT_AT = datetime(2027, 5, 3, 7, 0, tzinfo=UTC)


def test_it_refuses_a_reminder_status_that_is_not_a_choice(plan):
    reminder = make_reminder(plan)
    unsaved = Reminder(plan=plan, title="Odd", local_date=date(2027, 5, 3), due_at=SENT_AT)
    unsaved.status = "paused"

    with pytest.raises(IntegrityError), transaction.atomic():
        Reminder.objects.filter(pk=reminder.pk).update(status="paused")
    with pytest.raises(IntegrityError), transaction.atomic():
        unsaved.save()

    assert Reminder.objects.get(pk=reminder.pk).status == Reminder.Status.SCHEDULED


def test_it_refuses_a_sent_reminder_without_the_time_it_was_sent(plan):
    scheduled = make_reminder(plan, title="Scheduled")
    sent = make_reminder(plan, title="Sent")
    sent.mark_sent(SENT_AT)

    with pytest.raises(IntegrityError), transaction.atomic():
        Reminder.objects.filter(pk=scheduled.pk).update(status=Reminder.Status.SENT)
    with pytest.raises(IntegrityError), transaction.atomic():
        Reminder.objects.filter(pk=sent.pk).update(sent_at=None)

    assert Reminder.objects.get(pk=scheduled.pk).status == Reminder.Status.SCHEDULED
    assert Reminder.objects.get(pk=sent.pk).sent_at == SENT_AT


def test_it_lets_a_reminder_keep_its_last_sent_time_after_sending(plan):
    """Done, snoozed or rescheduled after its email: still sent_at, no longer sent."""
    done, snoozed, rescheduled = (make_reminder(plan, title=title) for title in "abc")
    for reminder in (done, snoozed, rescheduled):
        reminder.mark_sent(SENT_AT)

    done.mark_done()
    snoozed.snooze(7, BRUSSELS, today=date(2027, 5, 3))
    rescheduled.reschedule(date(2027, 6, 1), Reminder.DEFAULT_TIME, BRUSSELS)

    assert [
        (reminder.status, reminder.sent_at)
        for reminder in Reminder.objects.filter(
            pk__in=[done.pk, snoozed.pk, rescheduled.pk]
        ).order_by("title")
    ] == [
        (Reminder.Status.DONE, SENT_AT),
        (Reminder.Status.SNOOZED, SENT_AT),
        (Reminder.Status.SCHEDULED, SENT_AT),
    ]


def test_it_explains_a_sent_reminder_without_a_sent_time_when_validating(plan):
    reminder = make_reminder(plan)
    reminder.status = Reminder.Status.SENT

    with pytest.raises(ValidationError) as error:
        reminder.full_clean()

    assert error.value.messages == ["A sent reminder needs the time it was sent."]
    reminder.sent_at = SENT_AT
    reminder.full_clean()


def test_it_refuses_a_contact_channel_that_is_not_a_choice(plan):
    contact = ContactLog.objects.create(plan=plan, on=date(2027, 5, 3), channel="call")

    with pytest.raises(IntegrityError), transaction.atomic():
        ContactLog.objects.create(plan=plan, on=date(2027, 5, 3), channel="pigeon")
    with pytest.raises(IntegrityError), transaction.atomic():
        ContactLog.objects.filter(pk=contact.pk).update(channel="pigeon")

    assert list(ContactLog.objects.values_list("channel", flat=True)) == ["call"]


# The migration that adds the constraints first settles rows they would refuse.

BEFORE = [("reminders", "0003_reconnectidea_moves_to_content")]


@pytest.mark.django_db(transaction=True)
def test_the_migration_settles_rows_the_new_constraints_would_refuse(plan):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    OldReminder = old.get_model("reminders", "Reminder")
    OldContactLog = old.get_model("reminders", "ContactLog")
    fields = {"plan_id": plan.pk, "local_date": date(2027, 5, 3), "due_at": SENT_AT}
    unsent = OldReminder.objects.create(title="Sent, no time", status="sent", **fields)
    done = OldReminder.objects.create(title="Done", status="done", **fields)
    odd = OldContactLog.objects.create(plan_id=plan.pk, on=date(2027, 5, 3), channel="pigeon")
    fine = OldContactLog.objects.create(plan_id=plan.pk, on=date(2027, 5, 3), channel="coffee")

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    unsent = Reminder.objects.get(pk=unsent.pk)
    assert unsent.status == Reminder.Status.SENT
    assert unsent.sent_at == unsent.updated
    assert Reminder.objects.get(pk=done.pk).sent_at is None
    assert ContactLog.objects.get(pk=odd.pk).channel == ContactLog.Channel.OTHER
    assert ContactLog.objects.get(pk=fine.pk).channel == ContactLog.Channel.COFFEE
    with pytest.raises(IntegrityError), transaction.atomic():
        Reminder.objects.filter(pk=unsent.pk).update(sent_at=None)


def test_it_refuses_a_second_contact_for_one_reminder(plan):
    reminder = make_reminder(plan)
    ContactLog.objects.create(plan=plan, reminder=reminder, on=date(2027, 5, 3), channel="call")

    with pytest.raises(IntegrityError), transaction.atomic():
        ContactLog.objects.create(plan=plan, reminder=reminder, on=date(2027, 5, 3), channel="call")
    # Contacts logged without a reminder are as many as the member likes.
    ContactLog.objects.create(plan=plan, on=date(2027, 5, 3), channel="coffee")
    ContactLog.objects.create(plan=plan, on=date(2027, 5, 3), channel="coffee")

    assert ContactLog.objects.filter(reminder=reminder).count() == 1
    assert ContactLog.objects.count() == 3


def test_it_refuses_a_status_beyond_the_choices_but_knows_failed(plan):
    reminder = make_reminder(plan)

    Reminder.objects.filter(pk=reminder.pk).update(status=Reminder.Status.FAILED)

    assert Reminder.objects.get(pk=reminder.pk).status == Reminder.Status.FAILED


BEFORE_ONE_CONTACT = [("reminders", "0005_choices_constraints")]


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_every_note_when_a_reminder_was_logged_twice(plan):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE_ONE_CONTACT)
    old = executor.loader.project_state(BEFORE_ONE_CONTACT).apps
    OldReminder = old.get_model("reminders", "Reminder")
    OldContactLog = old.get_model("reminders", "ContactLog")
    fields = {"plan_id": plan.pk, "local_date": date(2027, 5, 3), "due_at": SENT_AT}
    reminder = OldReminder.objects.create(title="Done twice", status="done", **fields)
    first, second = (
        OldContactLog.objects.create(
            plan_id=plan.pk, reminder_id=reminder.pk, on=date(2027, 5, 3), note=note
        )
        for note in ("Coffee at the summit", "Coffee at the summit (again)")
    )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    assert ContactLog.objects.get(pk=first.pk).reminder_id == reminder.pk
    kept = ContactLog.objects.get(pk=second.pk)
    assert (kept.reminder_id, kept.note) == (None, "Coffee at the summit (again)")
    assert kept.plan_id == plan.pk
