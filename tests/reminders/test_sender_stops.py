"""A sender stopped by SIGTERM in the middle of a round: nothing sent twice, nothing lost.

Real processes: `manage.py sendreminders` emails a local SMTP sink (aiosmtpd, in this
process), is sent SIGTERM once about half the emails are in, and a second sender
finishes the job. Every reminder must reach the sink exactly once across the two runs.
On PostgreSQL the senders use the suite's test database (rows committed, hence
transaction=True); on SQLite, whose test database lives in this process's memory, a
throwaway file.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from django.db import connection

from bench.smtp_sink import SmtpSink, SmtpSinkServer
from tests.helpers import ROOT, free_port, run_manage, suite_database_url

pytestmark = pytest.mark.django_db(transaction=True)

# Run in the senders' database: SEED_MEMBERS members, each with SEED_PER_MEMBER
# reminders that fell due on 5 January 2026.
SEED = """
import os
from datetime import date, time
from apps.accounts.models import User
count, per_member = int(os.environ["SEED_MEMBERS"]), int(os.environ["SEED_PER_MEMBER"])
from apps.plans.models import DeclinePlan
from apps.reminders.models import Reminder
members = User.objects.bulk_create(
    [User(email=f"member{n:04d}@example.com", password="!") for n in range(count)]
)
plans = DeclinePlan.objects.bulk_create(
    [DeclinePlan(owner=member, situation="offer", organisation=f"Org {n:04d}")
     for n, member in enumerate(members)]
)
reminders = []
for index in range(count * per_member):
    reminder = Reminder(plan=plans[index % count], title=f"Reconnect [r{index:05d}]")
    reminder.schedule(date(2026, 1, 5), time(8, index % 60), "Europe/Brussels")
    reminders.append(reminder)
Reminder.objects.bulk_create(reminders)
"""

STATUSES = """
from django.db.models import Count
from apps.reminders.models import Reminder
print(dict(Reminder.objects.values_list("status").annotate(n=Count("pk")).order_by()))
"""


def manage(*args: str, env: dict[str, str]) -> str:
    done = run_manage(*args, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture
def senders_env(tmp_path: Path) -> dict[str, str]:
    """The environment both senders run in, their database ready and empty."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("EMAIL_")}
    env |= {"DEBUG": "true", "PYTHONUNBUFFERED": "1", "LOG_LEVEL": "WARNING"}
    if connection.vendor == "postgresql":
        env |= {"DATABASE_URL": suite_database_url(), "DATABASE_POOL_MIN": "1"}
    else:
        env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'senders.sqlite3'}"
        manage("migrate", "--noinput", "-v", "0", env=env)
    return env


def seed(env: dict[str, str], *, members: int, per_member: int) -> None:
    numbers = {"SEED_MEMBERS": str(members), "SEED_PER_MEMBER": str(per_member)}
    manage("shell", "-v", "0", "-c", SEED, env=env | numbers)


def wait_for(condition, *, timeout: float, what: str) -> None:
    """Wait for something a process does (no fixed sleep: it returns as soon as it holds)."""
    deadline = time.monotonic() + timeout
    event = threading.Event()
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        event.wait(0.01)


def titles_received(sink: SmtpSink) -> Counter[str]:
    return Counter(title for body in sink.bodies() for title in re.findall(r"\[r\d{5}\]", body))


def stop_midway(command: list[str], env: dict[str, str], sink: SmtpSink, *, members: int):
    """Start a sender, SIGTERM it once half the members' emails are in; (seconds it
    took to stop after the signal, emails in by then, its output)."""
    sender = subprocess.Popen(
        [sys.executable, "manage.py", *command],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_for(lambda: sink.messages >= members // 2, timeout=60, what="half the emails")
        sender.send_signal(signal.SIGTERM)
        signalled = time.monotonic()
        output, _ = sender.communicate(timeout=10)  # a container's grace period
        took = time.monotonic() - signalled
    finally:
        if sender.poll() is None:
            sender.kill()
            sender.wait()
    assert sender.returncode == 0, output
    return took, sink.messages, output


@pytest.mark.parametrize(
    ("command", "members", "per_member"),
    [
        pytest.param(["sendreminders", "--once"], 1000, 2, id="once"),
        pytest.param(["sendreminders", "--interval", "60"], 300, 2, id="loop"),
    ],
)
def test_a_sender_stopped_midway_and_a_rerun_send_every_reminder_exactly_once(
    senders_env, command, members, per_member
):
    seed(senders_env, members=members, per_member=per_member)
    port = free_port()
    # Each email takes a few milliseconds, as with a real server, so the signal lands
    # in the middle of the round.
    with SmtpSinkServer(port, delay=0.003) as sink:
        env = senders_env | {
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(port),
            "EMAIL_USE_TLS": "false",
        }

        took, at_stop, output = stop_midway(command, env, sink, members=members)
        # Stopped after the email in flight, not at the end of the round.
        assert took < 2, f"{took:.1f} s to stop"
        assert members // 2 <= at_stop < members, output
        assert output.rstrip().endswith("reminders: stopped"), output

        rerun = manage("sendreminders", "--once", env=env)
        received = titles_received(sink)

    assert f"reminders: {(members - at_stop) * per_member} sent" in rerun
    assert sink.messages == members  # one email per member, across both runs
    assert set(sink.recipients().values()) == {1}
    assert len(received) == members * per_member  # nothing lost
    assert set(received.values()) == {1}  # nothing twice
    statuses = manage("shell", "-v", "0", "-c", STATUSES, env=senders_env)
    assert statuses.strip() == f"{{'sent': {members * per_member}}}"
