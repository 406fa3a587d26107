from __future__ import annotations

import re
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, time, timedelta

import pytest
from django.db import connection, connections
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from apps.reminders.models import MAX_ATTEMPTS, Reminder
from apps.reminders.services import SendReport, reminder_email, reminders_send_due
from tests.helpers import (
    CollectingBackend,
    RefusingBackend,
    UnreachableBackend,
    make_member,
    make_plan,
    make_reminder,
    use_mailer,
)
from tests.reminders.conftest import BRUSSELS

pytestmark = pytest.mark.django_db

NOW = datetime(2027, 5, 3, 7, 0, tzinfo=UTC)  # 09:00 in Brussels
TODAY = date(2027, 5, 3)


class FailsForAlice(CollectingBackend):
    """A mail server that bounces Alice's address only."""

    def send_messages(self, email_messages) -> int:
        if email_messages[0].to == ["alice@example.com"]:
            raise ConnectionResetError(104, "Connection reset by peer")
        return super().send_messages(email_messages)


def statuses(*reminders: Reminder) -> list[str]:
    return [Reminder.objects.get(pk=reminder.pk).status for reminder in reminders]


def test_it_emails_each_member_their_due_reminders_in_one_message(
    alice, plan, stranger, stranger_plan, mailoutbox
):
    second_plan = make_plan(alice, organisation="Contoso Analytics", contact_name="Jeroen Maes")
    first = make_reminder(plan, title="Ask about the warehouse", on=TODAY, at=time(8, 0))
    second = make_reminder(second_plan, title="Congratulate Jeroen", on=TODAY, at=time(9, 0))
    theirs = make_reminder(stranger_plan, title="Mallory's reminder", on=TODAY)
    not_yet = make_reminder(plan, title="Not yet", on=TODAY, at=time(9, 1))

    report = reminders_send_due(now=NOW)

    assert report == SendReport(sent=3, failed=0, emails=2, skipped=0)
    by_recipient = {message.to[0]: message for message in mailoutbox}
    assert set(by_recipient) == {"alice@example.com", "mallory@example.com"}
    alices = by_recipient["alice@example.com"]
    assert alices.subject == "2 people to reconnect with"
    assert alices.body.index("Ask about the warehouse") < alices.body.index("Congratulate Jeroen")
    assert "Mallory" not in alices.body
    assert "Hello Alice," in alices.body
    assert by_recipient["mallory@example.com"].subject == "Time to reconnect with Mallory Holdings"
    assert statuses(first, second, theirs, not_yet) == ["sent", "sent", "sent", "scheduled"]
    assert Reminder.objects.get(pk=first.pk).sent_at == NOW


def test_it_puts_the_plan_the_opener_and_signed_links_in_the_email(
    settings, plan, mailoutbox, client
):
    settings.SITE_URL = "https://ajar.example"
    reminder = make_reminder(
        plan,
        title="Ask about the <new> warehouse",
        opener="How is the Antwerp warehouse coming along?",
        on=TODAY,
    )

    reminders_send_due(now=NOW)

    (message,) = mailoutbox
    body = message.body
    assert "Ask about the <new> warehouse" in body  # plain text: nothing to escape
    assert "How is the Antwerp warehouse coming along?" in body
    assert "Northwind Logistics" in body
    assert "Claire Dubois, Head of Talent <claire@northwind.example>" in body
    assert f"https://ajar.example/plans/{plan.pk}/" in body
    assert "https://ajar.example/account/" in body
    links = re.findall(r"https://ajar\.example(/reminders/action/\?t=\S+)", body)
    assert len(links) == 3
    # Each link opens a confirmation for its own action, and changes nothing yet.
    pages = [client.get(link) for link in links]
    assert [page.status_code for page in pages] == [200, 200, 200]
    assert "Yes, mark as done" in pages[0].content.decode()
    assert "Yes, snooze a week" in pages[1].content.decode()
    assert "Yes, snooze a month" in pages[2].content.decode()
    assert statuses(reminder) == ["sent"]


def test_it_sends_no_email_to_members_who_turned_reminder_emails_off(
    alice, plan, stranger_plan, mailoutbox
):
    alice.reminder_emails = False
    alice.save()
    quiet = make_reminder(plan, on=TODAY)
    heard = make_reminder(stranger_plan, on=TODAY)

    report = reminders_send_due(now=NOW)

    assert [message.to for message in mailoutbox] == [["mallory@example.com"]]
    assert report.skipped == 1
    assert report.sent == 1
    # Not retried either: it is settled, and stays open for the calendar.
    assert statuses(quiet, heard) == ["sent", "sent"]
    assert Reminder.objects.get(pk=quiet.pk).attempts == 0
    assert reminders_send_due(now=NOW + timedelta(days=1)) == SendReport()
    assert mailoutbox[1:] == []


def test_it_sends_no_email_to_deactivated_members(alice, plan, mailoutbox):
    alice.is_active = False
    alice.save()
    reminder = make_reminder(plan, on=TODAY)

    reminders_send_due(now=NOW)

    assert mailoutbox == []
    assert statuses(reminder) == ["sent"]


def test_it_sends_nothing_twice_across_runs(alice, stranger, mailoutbox):
    members = [alice, stranger, make_member("noor@example.com")]
    plans = [make_plan(member) for member in members]
    reminders = [
        make_reminder(
            plans[index % 3],
            title=f"Reconnect [r{index:02d}]",
            on=TODAY,
            at=time(6, index),  # interleaves the members, as real due times do
        )
        for index in range(20)
    ]

    first = reminders_send_due(now=NOW, batch_size=4)
    second = reminders_send_due(now=NOW, batch_size=4)
    later = reminders_send_due(now=NOW + timedelta(days=2), batch_size=4)

    assert first.sent == 20
    assert second == SendReport()
    assert later == SendReport()
    assert set(statuses(*reminders)) == {"sent"}
    # One email per member, however small the batches.
    assert sorted(message.to[0] for message in mailoutbox) == sorted(m.email for m in members)
    bodies = "".join(message.body for message in mailoutbox)
    for index in range(20):
        assert bodies.count(f"[r{index:02d}]") == 1


def test_it_marks_each_members_reminders_sent_in_one_update_after_their_email(
    alice, stranger, mailoutbox
):
    plans = [make_plan(alice), make_plan(stranger)]
    reminders = [make_reminder(plans[index % 2], on=TODAY) for index in range(6)]

    with CaptureQueriesContext(connection) as queries:
        report = reminders_send_due(now=NOW)

    assert report == SendReport(sent=6, failed=0, emails=2, skipped=0)
    updates = [q["sql"] for q in queries if q["sql"].startswith('UPDATE "reminders_reminder"')]
    assert len(updates) == 2  # one per email, whatever the number of reminders in it
    assert all(r.sent_at == NOW for r in Reminder.objects.filter(pk__in=[r.pk for r in reminders]))


class DiesOnTheSecondEmail(CollectingBackend):
    """The first email goes; the process dies while sending the second (a kill, a crash:
    nothing an `except Exception` catches)."""

    def send_messages(self, email_messages) -> int:
        if self.messages:
            raise SystemExit("killed")
        return super().send_messages(email_messages)


def test_it_keeps_what_was_sent_when_the_sender_dies_between_two_emails(settings, alice, stranger):
    CollectingBackend.reset()
    use_mailer(settings, DiesOnTheSecondEmail)
    alices = [make_reminder(make_plan(alice), on=TODAY) for _ in range(2)]
    theirs = make_reminder(make_plan(stranger), on=TODAY)

    with pytest.raises(SystemExit):
        reminders_send_due(now=NOW)

    # Alice's email was accepted and committed before the second one started.
    assert [message.to for message in CollectingBackend.messages] == [["alice@example.com"]]
    assert statuses(*alices, theirs) == ["sent", "sent", "scheduled"]
    use_mailer(settings, CollectingBackend)
    assert reminders_send_due(now=NOW) == SendReport(sent=1, failed=0, emails=1, skipped=0)
    assert [message.to for message in CollectingBackend.messages] == [
        ["alice@example.com"],
        ["mallory@example.com"],
    ]


class StopsDuringTheFirstEmail(CollectingBackend):
    """SIGTERM arrives while the first email is with the mail server."""

    stopping = threading.Event()

    def send_messages(self, email_messages) -> int:
        self.stopping.set()
        return super().send_messages(email_messages)


def test_it_stops_before_the_next_member_once_asked_to(settings, alice, stranger):
    CollectingBackend.reset()
    StopsDuringTheFirstEmail.stopping.clear()
    use_mailer(settings, StopsDuringTheFirstEmail)
    first = make_reminder(make_plan(alice), on=TODAY)
    second = make_reminder(make_plan(stranger), on=TODAY)

    report = reminders_send_due(now=NOW, stopping=StopsDuringTheFirstEmail.stopping)

    assert report.stopped
    assert (report.sent, report.emails) == (1, 1)
    assert [message.to for message in CollectingBackend.messages] == [["alice@example.com"]]
    assert statuses(first, second) == ["sent", "scheduled"]


def test_it_skips_snoozed_dropped_and_done_reminders_until_due(plan, mailoutbox):
    dropped = make_reminder(plan, title="Dropped", on=TODAY)
    dropped.drop()
    done = make_reminder(plan, title="Done", on=TODAY)
    done.mark_done()
    snoozed = make_reminder(plan, title="Snoozed", on=TODAY)
    snoozed.snooze(7, BRUSSELS, today=TODAY)

    assert reminders_send_due(now=NOW) == SendReport()
    assert reminders_send_due(now=NOW + timedelta(days=7)).sent == 1

    (message,) = mailoutbox
    assert "Snoozed" in message.body
    assert statuses(dropped, done, snoozed) == ["dropped", "done", "sent"]


# When the mail server fails


@pytest.mark.parametrize(
    ("server", "error"),
    [
        (RefusingBackend, "SMTPException: 451 Temporary local problem, try again later"),
        (UnreachableBackend, "ConnectionRefusedError: [Errno 111] Connection refused"),
    ],
)
def test_it_keeps_reminders_pending_while_the_mail_server_fails(settings, plan, server, error):
    CollectingBackend.reset()
    first = make_reminder(plan, title="First", on=TODAY, at=time(8, 0))
    second = make_reminder(plan, title="Second", on=TODAY, at=time(9, 0))
    use_mailer(settings, server)

    report = reminders_send_due(now=NOW)

    assert report == SendReport(sent=0, failed=2, emails=0, skipped=0)
    for reminder in (first, second):
        reminder.refresh_from_db()
        assert reminder.status == Reminder.Status.SCHEDULED
        assert reminder.attempts == 1
        assert reminder.next_attempt_at == NOW + timedelta(minutes=5)
        assert reminder.sent_at is None
        assert reminder.is_retrying
        assert reminder.last_error == error

    # Nothing is tried again before its time, even once the server is back.
    use_mailer(settings, CollectingBackend)
    assert reminders_send_due(now=NOW + timedelta(minutes=4)) == SendReport()
    assert CollectingBackend.messages == []

    report = reminders_send_due(now=NOW + timedelta(minutes=5))

    assert report == SendReport(sent=2, failed=0, emails=1, skipped=0)
    (message,) = CollectingBackend.messages
    assert message.body.count("First") == 1
    assert message.body.count("Second") == 1
    assert statuses(first, second) == ["sent", "sent"]
    assert reminders_send_due(now=NOW + timedelta(days=1)) == SendReport()
    assert len(CollectingBackend.messages) == 1


def test_it_waits_longer_after_each_failure_then_gives_up_visibly(settings, plan, caplog):
    reminder = make_reminder(plan, title="Ask Claire about the warehouse", on=TODAY)
    use_mailer(settings, UnreachableBackend)
    now = NOW
    waits = []
    for _ in range(MAX_ATTEMPTS - 1):
        assert reminders_send_due(now=now - timedelta(seconds=1)).failed == 0
        assert reminders_send_due(now=now).failed == 1
        reminder.refresh_from_db()
        waits.append(reminder.next_attempt_at - now)
        now = reminder.next_attempt_at

    minutes = [wait / timedelta(minutes=1) for wait in waits]
    assert minutes == [5, 10, 20, 40, 80, 160, 320]
    assert reminder.status == Reminder.Status.SCHEDULED

    with caplog.at_level("WARNING", logger="apps.reminders.services"):
        assert reminders_send_due(now=now).failed == 1

    reminder.refresh_from_db()
    assert reminder.status == Reminder.Status.FAILED
    assert reminder.attempts == MAX_ATTEMPTS
    assert reminder.next_attempt_at is None
    # Never tried again on its own, however long the sender runs.
    assert reminders_send_due(now=now + timedelta(days=30)) == SendReport()
    (gave_up,) = [record for record in caplog.records if record.levelname == "ERROR"]
    assert str(reminder.pk) in gave_up.getMessage()
    logged = caplog.text
    for personal in ("alice@example.com", "Alice", "Claire", "Northwind", "warehouse"):
        assert personal not in logged
    row = render_to_string("reminders/_reminder.html", {"reminder": reminder, "next": ""})
    assert "Email failed" in row
    assert f"We could not email this reminder ({MAX_ATTEMPTS} attempts)" in row


def test_it_sends_a_subject_with_line_breaks_in_the_organisations_name(plan, mailoutbox):
    """Django refuses a header with a line break: the email could never have gone, and
    would have been retried for ever."""
    plan.organisation = "North\r\nwind\x1b Logistics\u2028Ltd"
    plan.save()
    reminder = make_reminder(plan, on=TODAY)

    report = reminders_send_due(now=NOW)

    assert report == SendReport(sent=1, failed=0, emails=1, skipped=0)
    (message,) = mailoutbox
    assert message.subject == "Time to reconnect with North wind Logistics Ltd"
    assert "\n" not in message.message()["Subject"]
    assert statuses(reminder) == ["sent"]


# The digest's subject counts people, not reminders


def subject_for(*plans) -> str:
    reminders = [make_reminder(plan, on=TODAY) for plan in plans]
    return reminder_email(reminders[0].plan.owner, reminders).subject


def test_it_names_the_organisation_when_every_reminder_is_about_it(plan):
    assert subject_for(plan) == "Time to reconnect with Northwind Logistics"
    assert subject_for(plan, plan, plan) == "Time to reconnect with Northwind Logistics"


def test_it_counts_each_person_once(alice, plan):
    contoso = make_plan(alice, organisation="Contoso", contact_name="Jeroen Maes", contact_email="")
    fabrikam = make_plan(alice, organisation="Fabrikam", contact_name="Noor", contact_email="")
    # Claire moved from Northwind to Adatum: one person, two plans.
    adatum = make_plan(alice, organisation="Adatum")

    assert subject_for(plan, plan, contoso, fabrikam) == "3 people to reconnect with"
    assert subject_for(plan, adatum) == "1 person to reconnect with"


def test_it_counts_organisations_where_a_reminder_names_no_contact(alice, plan):
    nobody = make_plan(alice, organisation="Contoso", contact_name="", contact_email="")

    assert subject_for(plan, plan, nobody, nobody) == "2 organisations to reconnect with"


# Archived plans


def test_it_sends_nothing_for_an_archived_plan_until_it_is_restored(alice, plan, mailoutbox):
    other = make_plan(alice, organisation="Contoso Analytics")
    archived = make_reminder(plan, title="Archived one", on=TODAY)
    live = make_reminder(other, title="Live one", on=TODAY)
    plan.archive()

    assert reminders_send_due(now=NOW) == SendReport(sent=1, failed=0, emails=1, skipped=0)
    assert statuses(archived, live) == ["scheduled", "sent"]
    assert "Archived one" not in mailoutbox[0].body
    assert reminders_send_due(now=NOW + timedelta(days=3)) == SendReport()

    plan.restore()

    # Due while the plan was archived: the next round sends it.
    assert reminders_send_due(now=NOW + timedelta(days=3)).sent == 1
    assert "Archived one" in mailoutbox[1].body
    assert statuses(archived) == ["sent"]


def test_it_shows_the_member_that_an_email_is_being_retried(settings, plan):
    reminder = make_reminder(plan, title="Ask about the warehouse", on=TODAY)
    fine = make_reminder(plan, title="Not due yet", on=TODAY + timedelta(days=3))
    use_mailer(settings, RefusingBackend)
    reminders_send_due(now=NOW)
    reminder.refresh_from_db()

    row = render_to_string("reminders/_reminder.html", {"reminder": reminder, "next": ""})
    calm_row = render_to_string("reminders/_reminder.html", {"reminder": fine, "next": ""})

    assert "Email retrying" in row
    assert "attempt 1 failed; we will try again" in row
    assert "retrying" not in calm_row


def test_it_sends_the_rest_when_one_members_email_fails(settings, plan, stranger_plan):
    """A failure for one member must not hold back or resend anyone else's email."""
    CollectingBackend.reset()
    use_mailer(settings, FailsForAlice)
    alices = make_reminder(plan, on=TODAY)
    theirs = make_reminder(stranger_plan, on=TODAY)

    report = reminders_send_due(now=NOW, batch_size=1)

    assert report == SendReport(sent=1, failed=1, emails=1, skipped=0)
    assert [message.to for message in CollectingBackend.messages] == [["mallory@example.com"]]
    assert statuses(alices, theirs) == ["scheduled", "sent"]


# Daylight saving time in Brussels


@pytest.mark.parametrize(
    ("on", "due_at", "runs"),  # runs: UTC instants before, at, after and long after
    [
        pytest.param(
            date(2027, 3, 28),
            datetime(2027, 3, 28, 1, 30, tzinfo=UTC),  # 03:30 CEST: 02:30 does not exist
            [
                "2027-03-27T23:00",
                "2027-03-28T00:59",
                "2027-03-28T01:29",
                "2027-03-28T01:30",
                "2027-03-28T01:31",
                "2027-03-28T02:30",
                "2027-03-28T12:00",
                "2027-04-30T00:00",
            ],
            id="spring-forward",
        ),
        pytest.param(
            date(2027, 10, 31),
            datetime(2027, 10, 31, 0, 30, tzinfo=UTC),  # the first 02:30, still CEST
            [
                "2027-10-30T23:00",
                "2027-10-31T00:29",
                "2027-10-31T00:30",
                "2027-10-31T01:00",
                "2027-10-31T01:30",
                "2027-10-31T02:00",
                "2027-10-31T12:00",
                "2027-12-01T00:00",
            ],
            id="fall-back",
        ),
    ],
)
def test_it_fires_once_on_a_daylight_saving_day(alice, plan, mailoutbox, on, due_at, runs):
    assert alice.time_zone == BRUSSELS
    reminder = make_reminder(plan, title="Coffee with Claire", on=on, at=time(2, 30))
    reminder.refresh_from_db()
    assert reminder.due_at == due_at

    sent_at = []
    for run in runs:
        now = datetime.fromisoformat(run).replace(tzinfo=UTC)
        if reminders_send_due(now=now).sent:
            sent_at.append(now)

    assert len(mailoutbox) == 1
    assert sent_at == [due_at]
    assert statuses(reminder) == ["sent"]


# Senders racing each other


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Concurrent senders need row locks with SKIP LOCKED: PostgreSQL only "
    "(SQLite serialises writers; see test_it_sends_nothing_twice_across_runs).",
)
@pytest.mark.django_db(transaction=True)
def test_it_sends_each_reminder_exactly_once_with_senders_racing(settings):
    members, reminder_count, senders, batch_size = 40, 300, 4, 7
    use_mailer(settings, CollectingBackend)
    # Each email takes a little time, as a real SMTP exchange does, so senders overlap.
    CollectingBackend.reset(delay=0.01)
    plans = [make_plan(make_member(f"member{n:02d}@example.com")) for n in range(members)]
    reminders = []
    for index in range(reminder_count):
        reminder = Reminder(plan=plans[index % members], title=f"Reconnect [r{index:03d}]")
        # Due times interleave the members, so a batch in due order mixes them.
        reminder.schedule(date(2027, 5, 2), time(index // 60, index % 60), BRUSSELS)
        reminders.append(reminder)
    Reminder.objects.bulk_create(reminders)
    start = threading.Barrier(senders)

    def sender() -> SendReport:
        try:
            start.wait()
            return reminders_send_due(now=NOW, batch_size=batch_size)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=senders) as pool:
        reports = [future.result() for future in [pool.submit(sender) for _ in range(senders)]]

    assert Reminder.objects.count() == reminder_count
    assert set(Reminder.objects.values_list("status", flat=True)) == {"sent"}
    assert sum(report.sent for report in reports) == reminder_count
    assert sum(report.failed + report.skipped for report in reports) == 0
    messages = CollectingBackend.messages
    assert len(messages) == members
    assert sum(report.emails for report in reports) == members
    assert set(Counter(message.to[0] for message in messages).values()) == {1}
    for message in messages:
        plan = next(plan for plan in plans if plan.owner.email == message.to[0])
        expected = {f"[r{i:03d}]" for i in range(reminder_count) if plans[i % members] == plan}
        assert set(re.findall(r"\[r\d{3}\]", message.body)) == expected
    bodies = "".join(message.body for message in messages)
    for index in range(reminder_count):
        assert bodies.count(f"[r{index:03d}]") == 1
    # The senders really did share the work.
    assert sum(1 for report in reports if report.emails) >= 2
    assert reminders_send_due(now=NOW) == SendReport()
