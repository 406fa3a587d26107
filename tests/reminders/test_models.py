from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError

from apps.reminders.models import MAX_ATTEMPTS, Reminder, local_instant
from apps.reminders.services import member_change_time_zone, reminders_propose
from tests.helpers import make_plan, make_reminder
from tests.reminders.conftest import BRUSSELS

pytestmark = pytest.mark.django_db


def test_it_reads_a_local_time_in_the_members_zone():
    assert local_instant(date(2027, 6, 1), time(9, 0), BRUSSELS) == datetime(
        2027, 6, 1, 7, 0, tzinfo=UTC
    )
    assert local_instant(date(2027, 1, 15), time(9, 0), BRUSSELS) == datetime(
        2027, 1, 15, 8, 0, tzinfo=UTC
    )


def test_it_moves_a_time_skipped_by_spring_forward_an_hour_later():
    # 28 March 2027: Brussels clocks jump from 02:00 to 03:00; 02:30 never happens.
    instant = local_instant(date(2027, 3, 28), time(2, 30), BRUSSELS)

    assert instant == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
    assert instant.astimezone(ZoneInfo(BRUSSELS)).time() == time(3, 30)


def test_it_takes_the_first_of_a_time_repeated_at_fall_back():
    # 31 October 2027: Brussels clocks go back from 03:00 to 02:00; 02:30 happens twice.
    instant = local_instant(date(2027, 10, 31), time(2, 30), BRUSSELS)

    assert instant == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)


def test_it_schedules_a_reminder_at_its_instant(plan):
    reminder = make_reminder(plan, on=date(2027, 3, 28), at=time(2, 30))

    reminder.refresh_from_db()
    assert reminder.local_date == date(2027, 3, 28)
    assert reminder.local_time == time(2, 30)
    assert reminder.due_at == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
    assert reminder.next_attempt_at == reminder.due_at
    assert reminder.status == Reminder.Status.SCHEDULED
    assert reminder.attempts == 0


def test_it_backs_off_exponentially_then_marks_the_reminder_failed(reminder):
    now = datetime(2027, 5, 3, 7, 0, tzinfo=UTC)
    delays = []
    for attempt in range(1, MAX_ATTEMPTS):
        reminder.mark_failed(now, "SMTPException: 451 try again later")
        reminder.refresh_from_db()
        assert reminder.attempts == attempt
        assert reminder.status == Reminder.Status.SCHEDULED
        assert reminder.is_retrying
        delays.append(reminder.next_attempt_at - now)

    minutes = [delay / timedelta(minutes=1) for delay in delays]
    assert minutes == [5, 10, 20, 40, 80, 160, 320]  # five minutes, doubling, under 6 h
    assert MAX_ATTEMPTS == 8

    reminder.mark_failed(now, "SMTPException: 451 try again later")

    reminder.refresh_from_db()
    assert reminder.attempts == MAX_ATTEMPTS
    assert reminder.status == Reminder.Status.FAILED
    assert reminder.next_attempt_at is None
    assert not reminder.is_retrying
    assert reminder.is_open  # still the member's to do, and in their calendar
    assert not Reminder.objects.due(datetime(2100, 1, 1, tzinfo=UTC)).exists()
    assert reminder.last_error == "SMTPException: 451 try again later"


def test_it_tries_a_failed_reminder_again_once_rescheduled(reminder):
    now = datetime(2027, 5, 3, 7, 0, tzinfo=UTC)
    for _ in range(MAX_ATTEMPTS):
        reminder.mark_failed(now, "SMTPException: 554 refused")

    reminder.reschedule(reminder.local_date, reminder.local_time, "Europe/Brussels")

    reminder.refresh_from_db()
    assert reminder.status == Reminder.Status.SCHEDULED
    assert (reminder.attempts, reminder.last_error) == (0, "")
    assert reminder.next_attempt_at == reminder.due_at


def test_it_keeps_only_the_start_of_a_long_error(reminder):
    reminder.mark_failed(datetime(2027, 5, 3, tzinfo=UTC), "x" * 1000)

    reminder.refresh_from_db()
    assert reminder.last_error == "x" * 300


def test_it_forgets_failures_when_sent(reminder):
    now = datetime(2027, 5, 3, 7, 0, tzinfo=UTC)
    reminder.mark_failed(now, "ConnectionRefusedError: refused")

    reminder.mark_sent(now + timedelta(minutes=5))

    reminder.refresh_from_db()
    assert reminder.status == Reminder.Status.SENT
    assert reminder.sent_at == now + timedelta(minutes=5)
    assert reminder.next_attempt_at is None
    assert reminder.last_error == ""
    assert not reminder.is_retrying


def test_it_marks_many_reminders_sent_in_one_update(plan, django_assert_num_queries):
    now = datetime(2027, 5, 3, 7, 0, tzinfo=UTC)
    retried, first, second, other = (make_reminder(plan, title=title) for title in "abcd")
    retried.mark_failed(now, "ConnectionRefusedError: refused")

    with django_assert_num_queries(1):
        marked = Reminder.objects.filter(pk__in=[retried.pk, first.pk, second.pk]).mark_sent(now)

    assert marked == 3
    for reminder in (retried, first, second):
        reminder.refresh_from_db()
        assert reminder.status == Reminder.Status.SENT
        assert reminder.sent_at == now
        assert reminder.next_attempt_at is None
        assert reminder.last_error == ""
    assert retried.attempts == 1  # kept: how hard it was to deliver
    other.refresh_from_db()
    assert (other.status, other.sent_at) == (Reminder.Status.SCHEDULED, None)


def test_it_snoozes_from_today_or_from_the_reminder_date_whichever_is_later(plan):
    overdue = make_reminder(plan, on=date(2027, 5, 1), at=time(8, 15))
    ahead = make_reminder(plan, on=date(2027, 5, 20))

    overdue.snooze(7, BRUSSELS, today=date(2027, 5, 3))
    ahead.snooze(30, BRUSSELS, today=date(2027, 5, 3))

    overdue.refresh_from_db()
    ahead.refresh_from_db()
    assert overdue.local_date == date(2027, 5, 10)
    assert overdue.local_time == time(8, 15)
    assert overdue.due_at == datetime(2027, 5, 10, 6, 15, tzinfo=UTC)
    assert overdue.status == Reminder.Status.SNOOZED
    assert ahead.local_date == date(2027, 6, 19)


def test_it_schedules_a_sent_reminder_again_when_snoozed(reminder):
    reminder.mark_failed(datetime(2027, 5, 3, tzinfo=UTC), "refused")
    reminder.mark_sent(datetime(2027, 5, 3, tzinfo=UTC))

    reminder.snooze(7, BRUSSELS, today=date(2027, 5, 3))

    reminder.refresh_from_db()
    assert reminder.status == Reminder.Status.SNOOZED
    assert reminder.next_attempt_at == reminder.due_at
    assert reminder.attempts == 0
    assert reminder in Reminder.objects.due(reminder.due_at)


def test_it_closes_reminders_that_are_done_or_dropped(plan):
    done = make_reminder(plan, title="Done one")
    dropped = make_reminder(plan, title="Dropped one")
    sent = make_reminder(plan, title="Sent one")
    done.mark_done()
    dropped.drop()
    sent.mark_sent(datetime(2027, 5, 3, tzinfo=UTC))

    assert set(Reminder.objects.open()) == {sent}
    assert not Reminder.objects.due(datetime(2100, 1, 1, tzinfo=UTC)).exists()
    assert done.next_attempt_at is None
    assert dropped.next_attempt_at is None


def test_it_finds_what_is_due_and_nothing_else(plan):
    now = datetime(2027, 5, 3, 7, 0, tzinfo=UTC)
    due = make_reminder(plan, on=date(2027, 5, 3), at=time(9, 0))  # 07:00 UTC
    later = make_reminder(plan, on=date(2027, 5, 3), at=time(9, 1))
    snoozed_due = make_reminder(plan, on=date(2027, 4, 1))
    snoozed_due.snooze(7, BRUSSELS, today=date(2027, 4, 1))

    assert set(Reminder.objects.due(now)) == {due, snoozed_due}
    assert later not in Reminder.objects.due(now)


def test_it_starts_every_member_query_from_the_member(plan, stranger, stranger_plan):
    mine = make_reminder(plan)
    make_reminder(stranger_plan)

    assert list(Reminder.objects.for_user(plan.owner)) == [mine]
    assert not Reminder.objects.for_user(AnonymousUser()).exists()


def test_it_keeps_local_date_and_time_when_the_member_moves(alice, plan):
    pending = make_reminder(plan, on=date(2027, 6, 1), at=time(9, 0))
    sent = make_reminder(plan, on=date(2027, 4, 1), at=time(18, 30))
    sent.mark_sent(datetime(2027, 4, 1, 16, 30, tzinfo=UTC))
    done = make_reminder(plan, on=date(2027, 4, 2))
    done.mark_done()
    done_due = Reminder.objects.get(pk=done.pk).due_at

    member_change_time_zone(user=alice, time_zone="America/New_York")

    alice.refresh_from_db()
    assert alice.time_zone == "America/New_York"
    pending.refresh_from_db()
    assert (pending.local_date, pending.local_time) == (date(2027, 6, 1), time(9, 0))
    assert pending.due_at == datetime(2027, 6, 1, 13, 0, tzinfo=UTC)  # 09:00 EDT
    assert pending.next_attempt_at == pending.due_at
    sent.refresh_from_db()
    assert (sent.local_date, sent.local_time) == (date(2027, 4, 1), time(18, 30))
    assert sent.due_at == datetime(2027, 4, 1, 22, 30, tzinfo=UTC)
    assert sent.next_attempt_at is None
    assert Reminder.objects.get(pk=done.pk).due_at == done_due


def test_it_keeps_the_retry_time_of_a_failing_reminder_when_the_member_moves(alice, plan):
    reminder = make_reminder(plan, on=date(2027, 6, 1))
    failed_at = datetime(2027, 6, 1, 7, 0, tzinfo=UTC)
    reminder.mark_failed(failed_at, "refused")

    member_change_time_zone(user=alice, time_zone="Asia/Tokyo")

    reminder.refresh_from_db()
    assert reminder.due_at == datetime(2027, 6, 1, 0, 0, tzinfo=UTC)
    assert reminder.next_attempt_at == failed_at + timedelta(minutes=5)


def test_it_refuses_a_time_zone_it_does_not_know(alice, plan):
    reminder = make_reminder(plan, on=date(2027, 6, 1))

    with pytest.raises(ValidationError):
        member_change_time_zone(user=alice, time_zone="Mars/Olympus_Mons")

    alice.refresh_from_db()
    reminder.refresh_from_db()
    assert alice.time_zone == BRUSSELS
    assert reminder.due_at == datetime(2027, 6, 1, 7, 0, tzinfo=UTC)


def test_it_proposes_published_ideas_for_the_situation_counted_from_the_decision(plan, ideas):
    proposals = reminders_propose(plan=plan)

    assert [(p.idea, p.on) for p in proposals] == [
        (ideas.congratulate, date(2027, 2, 1)),
        (ideas.event, date(2027, 4, 12)),  # counted: Sunday 11 April; the Monday instead
        (ideas.factor_changed, date(2028, 1, 11)),
    ]


def test_it_proposes_from_today_when_the_decision_date_is_unknown(alice, ideas):
    undated = make_plan(alice, decided_on=None)

    proposals = reminders_propose(plan=undated, today=date(2027, 5, 3))

    assert proposals[0].on == date(2027, 5, 24)
