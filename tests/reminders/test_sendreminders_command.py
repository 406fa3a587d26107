"""The sender: `manage.py sendreminders`, once (for cron) or as a long-running loop."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from apps.reminders.management.commands.sendreminders import Command
from apps.reminders.models import Reminder
from tests.helpers import RefusingBackend, make_reminder, use_mailer

BASE_DIR = Path(__file__).resolve().parents[2]

# Run in the sender's own database: one member with one reminder due an hour ago.
SEED = """
from datetime import timedelta
from django.utils import timezone
from apps.accounts.models import User
from apps.plans.models import DeclinePlan
from apps.reminders.models import Reminder
owner = User.objects.create_user(email="noor@example.com", password="x" * 12)
plan = DeclinePlan.objects.create(owner=owner, situation="offer", organisation="Fabrikam")
due = timezone.localtime(timezone.now() - timedelta(hours=1))
reminder = Reminder(plan=plan, title="Ask Fabrikam about the new team")
reminder.schedule(due.date(), due.time().replace(microsecond=0), owner.time_zone)
reminder.save()
"""


# Each round starts with close_old_connections(), which must not meet a test's
# open transaction (on PostgreSQL it would close the connection under it).
@pytest.mark.django_db(transaction=True)
def test_it_sends_one_round_and_reports_it(plan, mailoutbox):
    due = make_reminder(plan, on=timezone.localdate() - timedelta(days=1))
    later = make_reminder(plan, on=timezone.localdate() + timedelta(days=1))
    out = io.StringIO()

    call_command("sendreminders", "--once", stdout=out)

    assert out.getvalue() == "reminders: 1 sent in 1 emails, 0 to retry, 0 without email\n"
    assert len(mailoutbox) == 1
    assert Reminder.objects.get(pk=due.pk).status == Reminder.Status.SENT
    assert Reminder.objects.get(pk=later.pk).status == Reminder.Status.SCHEDULED

    again = io.StringIO()
    call_command("sendreminders", "--once", "--batch-size", "1", stdout=again)

    assert again.getvalue() == "reminders: 0 sent in 0 emails, 0 to retry, 0 without email\n"
    assert len(mailoutbox) == 1


# Each round starts with close_old_connections(), which must not meet a test's
# open transaction (on PostgreSQL it would close the connection under it).
@pytest.mark.django_db(transaction=True)
def test_it_reports_reminders_left_to_retry(settings, plan):
    use_mailer(settings, RefusingBackend)
    reminder = make_reminder(plan, on=timezone.localdate() - timedelta(days=1))
    out = io.StringIO()

    call_command("sendreminders", "--once", stdout=out)

    assert "0 sent in 0 emails, 1 to retry" in out.getvalue()
    reminder.refresh_from_db()
    assert reminder.attempts == 1
    assert reminder.next_attempt_at > datetime.now(UTC)


class Pauses(threading.Event):
    """The loop's stop event, held by the test: each pause between rounds returns at
    once after doing what the test planned for it, and the loop stops after the last."""

    def __init__(self, *plans: Callable[[], object]) -> None:
        super().__init__()
        self.plans = list(plans)
        self.waits: list[float | None] = []

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(timeout)
        if self.plans:
            self.plans.pop(0)()
        else:
            self.set()
        return self.is_set()


def nothing() -> None:
    pass


# Each round starts with close_old_connections(), which must not meet a test's
# open transaction (on PostgreSQL it would close the connection under it).
@pytest.mark.django_db(transaction=True)
def test_it_sends_in_rounds_and_prints_only_those_that_did_something(plan, mailoutbox):
    yesterday = timezone.localdate() - timedelta(days=1)
    make_reminder(plan, title="First", on=yesterday)
    pauses = Pauses(
        nothing,  # the next round finds nothing to send
        lambda: make_reminder(plan, title="Second", on=yesterday),  # something falls due
        nothing,
    )
    before = {signum: signal.getsignal(signum) for signum in (signal.SIGTERM, signal.SIGINT)}
    out = io.StringIO()

    call_command(Command(stopping=pauses), "--interval", "30", stdout=out)

    assert out.getvalue().splitlines() == [
        "reminders: 1 sent in 1 emails, 0 to retry, 0 without email",
        "reminders: 1 sent in 1 emails, 0 to retry, 0 without email",
        "reminders: stopped",
    ]
    assert pauses.waits == [30.0] * 4  # four rounds, two of them quiet
    assert [message.subject for message in mailoutbox] == [
        "Time to reconnect with Northwind Logistics"
    ] * 2
    assert set(Reminder.objects.values_list("status", flat=True)) == {Reminder.Status.SENT}
    # Run in-process, it hands the signals back to the caller.
    assert {signum: signal.getsignal(signum) for signum in before} == before


def run_manage(*args: str, env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        check=True,
        timeout=60,
        capture_output=True,
    )


def test_it_sends_in_a_loop_until_sigterm_stops_it(tmp_path):
    # The loop runs in its own process, so it gets its own throwaway database
    # rather than the test database (which it could not see) or the real one.
    env = os.environ | {
        "DEBUG": "true",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'sender.sqlite3'}",
        "EMAIL_HOST": "",
        "PYTHONUNBUFFERED": "1",
    }
    run_manage("migrate", "--noinput", "-v", "0", env=env)
    run_manage("shell", "-c", SEED, env=env)
    sender = subprocess.Popen(
        [sys.executable, "manage.py", "sendreminders", "--interval", "0.2"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    reported = threading.Event()

    def read() -> None:
        for line in sender.stdout:
            lines.append(line)
            if line.startswith("reminders: "):
                reported.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        # The loop is stepped round by round in the test above; here only the signal
        # matters, and the first report shows that its handler is in place.
        assert reported.wait(timeout=8), "".join(lines)
        sender.send_signal(signal.SIGTERM)
        assert sender.wait(timeout=5) == 0
    finally:
        if sender.poll() is None:
            sender.kill()
            sender.wait()
    reader.join(timeout=5)

    output = "".join(lines)
    assert "reminders: 1 sent in 1 emails, 0 to retry, 0 without email" in output
    assert "Subject: Time to reconnect with Fabrikam" in output
    assert "Ask Fabrikam about the new team" in output
    assert output.rstrip().endswith("reminders: stopped")
