"""Two reminder senders and two web processes against one PostgreSQL: nothing twice, nothing lost.

Real processes, as in production: `manage.py sendreminders --once` and gunicorn with
config/gunicorn.py, started on loopback against the test database (rows are committed,
hence transaction=True). They inherit the suite's environment, so their settings are
the test flavour (same SECRET_KEY, plain static files); what differs is that they are
separate processes sharing nothing but the database.
"""

from __future__ import annotations

import http.client
import os
import re
import socket
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from datetime import time as clock_time
from importlib import import_module
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.db import connection

from apps.plans.models import DeclinePlan
from apps.reminders.models import Reminder
from apps.reminders.services import read_action_token
from bench.smtp_sink import SmtpSinkServer
from tests.helpers import make_member, make_plan

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Scale-out means several processes on one PostgreSQL; SQLite is one machine's "
        "file (its senders queue on the write lock, see tests/reminders/test_sending.py).",
    ),
    pytest.mark.django_db(transaction=True),
]

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
MEMBERS = 60
PER_MEMBER = 3


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def suite_database_url() -> str:
    db = connection.settings_dict
    password = f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else ""
    host = f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    return f"postgres://{db['USER']}{password}@{host}/{db['NAME']}"


def process_env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("EMAIL_")}
    env.update(
        DATABASE_URL=suite_database_url(),
        DATABASE_POOL_MIN="1",
        DATABASE_POOL_MAX="4",
        ALLOWED_HOSTS="127.0.0.1",
        LOG_LEVEL="WARNING",
        **extra,
    )
    return env


def signed_in_cookie(user) -> str:
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def due_reminders() -> list[Reminder]:
    """MEMBERS members, each with PER_MEMBER reminders that fell due yesterday."""
    plans = [make_plan(make_member(f"member{n:02d}@example.com")) for n in range(MEMBERS)]
    reminders = []
    for index in range(MEMBERS * PER_MEMBER):
        reminder = Reminder(plan=plans[index % MEMBERS], title=f"Reconnect [r{index:03d}]")
        reminder.schedule(date(2026, 1, 5), clock_time(8, index % 60), "Europe/Brussels")
        reminders.append(reminder)
    return Reminder.objects.bulk_create(reminders)


def test_two_senders_in_separate_processes_send_every_reminder_exactly_once(tmp_path):
    reminders = due_reminders()
    port = free_port()
    # Each email takes a little while, as with a distant mail server, so the senders overlap.
    with SmtpSinkServer(port, delay=0.01) as sink:
        env = process_env(EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(port), EMAIL_USE_TLS="false")
        command = [sys.executable, "manage.py", "sendreminders", "--once", "--batch-size", "5"]
        senders = [
            subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
            )
            for _ in range(2)
        ]
        outputs = [sender.communicate(timeout=120)[0].decode() for sender in senders]

    assert [sender.returncode for sender in senders] == [0, 0], outputs
    assert set(Reminder.objects.values_list("status", flat=True)) == {"sent"}
    assert Reminder.objects.count() == len(reminders)
    # One email per member, whichever sender wrote it.
    recipients = sink.recipients()
    assert sink.messages == MEMBERS
    assert set(recipients.values()) == {1}
    assert len(recipients) == MEMBERS
    # Each reminder's three signed links, once each, across all the emails.
    links = Counter(read_action_token(token) for token in sink.tokens())
    assert None not in links
    assert set(links.values()) == {1}
    assert {reminder_id for reminder_id, _action in links} == {str(r.pk) for r in reminders}
    assert len(links) == 3 * len(reminders)
    sent = [int(re.search(r"(\d+) sent", output).group(1)) for output in outputs]
    assert sum(sent) == len(reminders)
    assert all(sent), f"one sender did all the work, so nothing raced: {outputs}"


def request(port: int, method: str, path: str, *, headers: dict, body: str = ""):
    client = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        client.request(method, path, body=body or None, headers=headers)
        response = client.getresponse()
        response.read()
        return response
    finally:
        client.close()


def csrf_cookie(port: int, cookie: str) -> str:
    response = request(port, "GET", "/plans/new/", headers={"Cookie": cookie})
    assert response.status == 200
    match = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie") or "")
    assert match, "no CSRF cookie"
    return match.group(1)


def wait_until_healthy(port: int, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert server.poll() is None, log.read_text()
        try:
            if request(port, "GET", "/healthz", headers={}).status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"gunicorn on {port} did not start:\n{log.read_text()}")


def test_two_web_processes_save_every_plan_exactly_once(alice, tmp_path):
    cookie = signed_in_cookie(alice)
    ports = [free_port(), free_port()]
    servers = []
    try:
        for port in ports:
            log = tmp_path / f"gunicorn-{port}.log"
            env = process_env(
                GUNICORN_BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY="1", GUNICORN_THREADS="2"
            )
            with log.open("w") as output:
                server = subprocess.Popen(
                    [GUNICORN, "config.wsgi", "--config", "config/gunicorn.py"],
                    cwd=ROOT,
                    env=env,
                    stdout=output,
                    stderr=subprocess.STDOUT,
                )
            servers.append((server, port, log))
        for server, port, log in servers:
            wait_until_healthy(port, server, log)

        # The session lives in the database, so both processes know the member.
        tokens = {port: csrf_cookie(port, cookie) for port in ports}

        def create(number: int) -> int:
            port = ports[number % 2]
            body = urlencode({"situation": "offer", "organisation": f"Organisation {number:02d}"})
            headers = {
                "Cookie": f"{cookie}; csrftoken={tokens[port]}",
                "X-CSRFToken": tokens[port],
                "Content-Type": "application/x-www-form-urlencoded",
            }
            return request(port, "POST", "/plans/new/", headers=headers, body=body).status

        with ThreadPoolExecutor(max_workers=4) as pool:
            statuses = list(pool.map(create, range(20)))
    finally:
        for server, _port, _log in servers:
            server.terminate()
        for server, _port, _log in servers:
            server.wait(timeout=30)

    assert statuses == [302] * 20
    organisations = list(DeclinePlan.objects.for_user(alice).values_list("organisation", flat=True))
    assert sorted(organisations) == [f"Organisation {n:02d}" for n in range(20)]
