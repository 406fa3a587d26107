"""13. Logs hold no passwords, tokens, signed links or what members typed.

Every log record of the main flows is captured at DEBUG level, from the root logger and
from the loggers that do not propagate, then searched for each secret.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from apps.reminders import services
from apps.reminders.models import Reminder
from tests.helpers import (
    PASSWORD,
    UnreachableBackend,
    sign_in,
    totp_code,
    totp_secret_of,
    use_mailer,
)
from tests.security.conftest import World

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
LOGGERS = ["", "django", "django.request", "django.security", "django.server", "apps", "allauth"]
NEW_PASSWORD = "another-long-secret-passphrase"
WRONG_PASSWORD = "my-other-secret-password"
CONTACT_EMAIL = "hidden.contact@private.example"
PRIVATE_NOTE = "Diagnosed in March; my daughter's school moves"
KEY_LINK = re.compile(r"https?://[^/\s]+(/accounts/(?:password/reset/key|confirm-email)/\S+/)")


class Everything(logging.Handler):
    """Keeps every record, whatever its logger's handlers and propagation."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def text(self) -> str:
        lines = []
        for record in self.records:
            lines.append(record.getMessage())
            lines.append(repr(record.args))
            if record.exc_info:
                lines.append(logging.Formatter().formatException(record.exc_info))
        return "\n".join(lines)


@pytest.fixture
def logs():
    handler = Everything()
    saved = []
    for name in LOGGERS:
        logger = logging.getLogger(name)
        saved.append((logger, logger.level))
        logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)
    yield handler
    for logger, level in saved:
        logger.removeHandler(handler)
        logger.setLevel(level)


def key_paths() -> list[str]:
    return [path for message in mail.outbox for path in KEY_LINK.findall(message.body)]


@pytest.fixture
def logged_queries():
    """As under DEBUG = True: every query goes through Django's logging cursor."""
    with CaptureQueriesContext(connection) as queries:
        yield queries


def signed_in_session(email: str, password: str):
    """Signed in through the pages: the password, then (the world's member has an
    authenticator app) the code from it."""
    client = Client()
    sign_in(client, email, password)
    return client.session


def test_the_main_flows_log_no_secrets(
    logs, logged_queries, world: World, content, settings, monkeypatch
):
    secrets: list[str] = [PASSWORD, NEW_PASSWORD, WRONG_PASSWORD, CONTACT_EMAIL, PRIVATE_NOTE]
    visitor = Client(raise_request_exception=False)

    # Sign up with a password, confirm the address by its key link; a failed login.
    visitor.post(
        "/accounts/signup/",
        {
            "email": "newcomer@example.com",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": "Newcomer",
            "time_zone": "Europe/Brussels",
        },
    )
    (confirm_path,) = key_paths()
    visitor.get(confirm_path)
    assert visitor.post(confirm_path).status_code == 302
    secrets.append(confirm_path.rstrip("/").rsplit("/", 1)[-1])
    Client().post("/accounts/login/", {"login": world.user.email, "password": WRONG_PASSWORD})
    assert "_auth_user_id" in signed_in_session(world.user.email, PASSWORD)
    # The second factor's secret and the codes of that sign-in are secrets too.
    secret = totp_secret_of(world.user)
    secrets += [secret, totp_code(secret)]

    # A password reset through its key link.
    mail.outbox.clear()
    visitor.post("/accounts/password/reset/", {"email": world.user.email})
    (reset_path,) = key_paths()
    form = visitor.get(reset_path)
    visitor.post(form["Location"], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    world.user.refresh_from_db()
    assert world.user.check_password(NEW_PASSWORD)
    secrets.append(reset_path.rstrip("/").rsplit("/", 1)[-1])

    # Private words typed into a plan, then the export.
    world.user.refresh_from_db()  # the new password's session hash
    member = Client(raise_request_exception=False)
    member.force_login(world.user)
    saved = member.post(
        f"/plans/{world.plan.pk}/situation/",
        {"situation": "offer", "organisation": "Acme", "contact_email": CONTACT_EMAIL},
    )
    assert saved["Location"] == f"/plans/{world.plan.pk}/reasons/"
    added = member.post(
        f"/plans/{world.plan.pk}/reasons/",
        {
            "action": "add-own",
            "reasons-TOTAL_FORMS": "0",
            "reasons-INITIAL_FORMS": "0",
            "own-title": PRIVATE_NOTE,
            "own-phrasing": "",
        },
    )
    assert added.status_code == 302
    assert member.get("/account/export/download/").status_code == 200

    # The calendar feed by its token; the signed link from an email.
    secrets.append(world.feed_token)
    assert Client().get(f"/calendar/{world.feed_token}.ics").status_code == 200
    token = services.action_token(world.reminder, "done")
    secrets.append(token)
    assert Client().get("/reminders/action/", {"t": token}).status_code == 200
    assert Client().post("/reminders/action/", {"t": token}).status_code == 200
    # A CSRF failure on a path holding a key.
    Client(enforce_csrf_checks=True).post(reset_path)

    # A reminder email that cannot be sent: a warning, and a retry later.
    use_mailer(settings, UnreachableBackend)
    due = Reminder.objects.get(pk=world.closed_reminder.pk)
    due.schedule(timezone.localdate(), due.local_time, "UTC")
    due.save()
    report = services.reminders_send_due(now=timezone.now() + timedelta(days=1))
    assert report.failed

    # A server error while building the feed: Django logs the request that failed.
    def crash(*args, **kwargs):
        raise RuntimeError("the calendar library broke")

    monkeypatch.setattr("apps.reminders.views.reminders_calendar", crash)
    assert (
        Client(raise_request_exception=False).get(f"/calendar/{world.feed_token}.ics").status_code
        == 500
    )

    text = logs.text()
    # The capture works: the warning and the server error are both in it.
    assert len(logged_queries) > 50
    assert "Reminder email failed" in text
    assert "Internal Server Error: /calendar/[redacted].ics" in text
    for secret in secrets:
        assert secret not in text, f"a log line holds {secret!r}"


def test_the_redaction_keeps_what_a_log_needs(logs):
    logging.getLogger("django.request").error(
        "%s: %s", "Internal Server Error", "/accounts/password/reset/key/1-abc-123def/"
    )
    logging.getLogger("django.server").info(
        '"%s" %s %s', "GET /reminders/action/?t=eyJzZWNyZXQ HTTP/1.1", "200", "512"
    )

    text = logs.text()
    assert "Internal Server Error: /accounts/password/reset/key/[redacted]/" in text
    assert '"GET /reminders/action/?t=[redacted] HTTP/1.1" 200 512' in text
    assert "abc-123def" not in text and "eyJzZWNyZXQ" not in text


# gunicorn (config/gunicorn.py)


def gunicorn_config():
    spec = importlib.util.spec_from_file_location("gunicorn_conf", ROOT / "config" / "gunicorn.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SECRET_PATHS = {
    "/calendar/s3cretFeedToken_abcdefghij.ics": "s3cretFeedToken_abcdefghij",
    "/accounts/password/reset/key/1-cbk2x4-9f0a1b2c3d4e5f/": "cbk2x4-9f0a1b2c3d4e5f",
    "/accounts/confirm-email/MQ:1uAbCd:s1gnedConfirmKey/": "s1gnedConfirmKey",
}


@pytest.mark.parametrize("path", list(SECRET_PATHS))
def test_gunicorns_access_log_shows_no_key_from_a_path(path):
    config = gunicorn_config()
    logger = config.RedactingLogger.__new__(config.RedactingLogger)
    logger.cfg = SimpleNamespace(access_log_format=config.access_log_format)
    environ = {
        "PATH_INFO": path,
        "QUERY_STRING": "t=signed-link",
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"{path}?t=signed-link",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
    }
    req = SimpleNamespace(headers=[], method="GET", uri=environ["RAW_URI"], path=path)
    resp = SimpleNamespace(status="200 OK", response_length=10, sent=10, headers=[])

    atoms = logger.atoms(resp, req, environ, timedelta(milliseconds=3))

    line = config.access_log_format % atoms
    assert SECRET_PATHS[path] not in line
    assert "[redacted]" in line
    for key in ("r", "{raw_uri}e"):
        if key in atoms:
            assert SECRET_PATHS[path] not in atoms[key] and "signed-link" not in atoms[key]


def test_gunicorns_error_log_shows_no_key_either():
    from gunicorn.config import Config

    config = gunicorn_config()
    logger = config.RedactingLogger(Config())
    captured = Everything()
    logger.error_log.addHandler(captured)
    try:
        logger.exception(
            "Error handling request %s %s", "GET", "/calendar/s3cretFeedToken_abcdefghij.ics"
        )
        logger.setup(Config())  # a reload keeps one filter
    finally:
        logger.error_log.removeHandler(captured)

    assert "s3cretFeedToken" not in captured.text()
    assert "/calendar/[redacted].ics" in captured.text()
    assert len(logger.error_log.filters) == 1


def test_gunicorn_redacts_with_the_one_set_of_rules():
    from apps.core import redact

    config = gunicorn_config()
    assert config.redact is redact.redact
    assert config.RedactingLogger.__module__ == config.__name__
    for path in SECRET_PATHS:
        assert "[redacted]" in config.redact(f"GET {path}?t=abc HTTP/1.1")


def test_the_redaction_rules_load_before_django():
    """gunicorn imports apps/core/redact.py before Django is set up."""
    import ast

    from apps.core import redact

    tree = ast.parse(Path(redact.__file__).read_text())
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {
        node.module.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert imported <= {"__future__", "logging", "re"}
