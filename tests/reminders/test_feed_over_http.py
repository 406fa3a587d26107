"""The feed as calendar apps meet it: gunicorn with config/gunicorn.py, over real HTTP.

What only a real server shows: a HEAD answered with a body makes gunicorn warn (Django
does not strip it; the test client does), and gunicorn's access log is where a feed
token in a mistyped address would land. The server runs in its own process, on the
suite's PostgreSQL test database or, on SQLite, a throwaway file.
"""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import connection

from tests.helpers import ROOT, free_port, run_manage, suite_database_url

pytestmark = pytest.mark.django_db(transaction=True)

GUNICORN = str(Path(sys.executable).with_name("gunicorn"))

# A member with one reminder and a feed address; prints the feed token.
SEED = """
from apps.accounts.models import User
from apps.plans.models import DeclinePlan
from apps.reminders.models import Reminder
from apps.reminders.services import calendar_token_regenerate
from datetime import date, time
owner = User.objects.create_user(email="noor@example.com", password="x" * 12)
plan = DeclinePlan.objects.create(owner=owner, situation="offer", organisation="Fabrikam")
reminder = Reminder(plan=plan, title="Ask Fabrikam about the new team")
reminder.schedule(date(2030, 1, 7), time(9, 0), owner.time_zone)
reminder.save()
print(calendar_token_regenerate(user=owner))
"""


def manage(*args: str, env: dict[str, str]) -> str:
    done = run_manage(*args, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def request(port: int, method: str, path: str, headers: dict | None = None):
    client = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        client.request(method, path, headers=headers or {})
        response = client.getresponse()
        return response, response.read()
    finally:
        client.close()


def logged(log: Path, line: str) -> str:
    """The log once it holds `line` (gunicorn writes the access line after answering)."""
    deadline = time.monotonic() + 10
    pause = threading.Event()
    while line not in (text := log.read_text()):
        assert time.monotonic() < deadline, f"{line!r} not logged:\n{text}"
        pause.wait(0.05)
    return text


@pytest.fixture
def server(tmp_path: Path):
    """gunicorn on a free port, with a member's feed token; (port, token, log file)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("EMAIL_")}
    env |= {"DEBUG": "true", "ALLOWED_HOSTS": "127.0.0.1", "LOG_LEVEL": "INFO"}
    if connection.vendor == "postgresql":
        env |= {"DATABASE_URL": suite_database_url(), "DATABASE_POOL_MIN": "1"}
    else:
        env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'web.sqlite3'}"
        manage("migrate", "--noinput", "-v", "0", env=env)
    token = manage("shell", "-v", "0", "-c", SEED, env=env).strip().splitlines()[-1]
    port = free_port()
    log = tmp_path / "gunicorn.log"
    env |= {"GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "1"}
    with log.open("w") as output:
        process = subprocess.Popen(
            [GUNICORN, "config.wsgi", "--config", "config/gunicorn.py"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 30
        pause = threading.Event()
        while True:
            assert process.poll() is None, log.read_text()
            try:
                if request(port, "GET", "/healthz")[0].status == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, log.read_text()
            pause.wait(0.1)
        yield port, token, log
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_head_and_polls_are_answered_without_a_body_and_without_warnings(server):
    port, token, log = server
    path = f"/calendar/{token}.ics"

    full, body = request(port, "GET", path, {"Accept-Encoding": "gzip"})
    head, head_body = request(port, "HEAD", path)
    known = {"If-None-Match": full.getheader("ETag")}
    unchanged, unchanged_body = request(port, "GET", path, known)
    head_unchanged, _ = request(port, "HEAD", path, known)

    assert full.status == 200 and body
    assert (head.status, head_body) == (200, b"")
    assert head.getheader("ETag") == full.getheader("ETag")
    assert head.getheader("Last-Modified") == full.getheader("Last-Modified")
    assert head.getheader("Content-Type") == "text/calendar; charset=utf-8"
    # No length rather than a wrong one: the file was not built to answer a HEAD.
    assert head.getheader("Content-Length") in (None, full.getheader("Content-Length"))
    assert unchanged.getheader("Content-Length") in (None, "0")
    assert (unchanged.status, unchanged_body) == (304, b"")
    assert head_unchanged.status == 304
    text = logged(log, '"HEAD /calendar/[redacted].ics" 304')
    assert "body bytes" not in text and "WARNING" not in text, text
    assert '"HEAD /calendar/[redacted].ics" 200' in text


def test_a_mistyped_feed_address_leaves_no_token_in_the_access_log(server):
    port, token, log = server

    statuses = [
        request(port, "GET", path)[0].status
        for path in (
            f"/calendar/{token}.ICS",
            f"/calendar/{token}",
            f"/calendar/{token}/",
            f"/calendar/{token}.ics/",
        )
    ]

    assert statuses == [404, 404, 404, 404]
    text = logged(log, '"GET /calendar/[redacted].ics/" 404')
    assert token not in text
    for redacted in ("[redacted].ICS", "[redacted]", "[redacted]/"):
        assert f'"GET /calendar/{redacted}" 404' in text, text
