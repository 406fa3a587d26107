from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_config(monkeypatch=None, **environ: str):
    if monkeypatch is not None:
        for name, value in environ.items():
            monkeypatch.setenv(name, value)
    spec = importlib.util.spec_from_file_location("gunicorn_conf", ROOT / "config" / "gunicorn.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_access_logs_never_show_a_calendar_token_or_a_query_string():
    config = load_config()
    assert "%(U)s" in config.access_log_format
    assert "%(q)s" not in config.access_log_format and "%(r)s" not in config.access_log_format
    logger = config.RedactingLogger.__new__(config.RedactingLogger)
    logger.cfg = SimpleNamespace(access_log_format=config.access_log_format)
    token = "s3cretTokenValue_abcdefghijklmnop"
    environ = {
        "PATH_INFO": f"/calendar/{token}.ics",
        "QUERY_STRING": "t=signed-link",
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"/calendar/{token}.ics",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
    }
    req = SimpleNamespace(
        headers=[],
        method="GET",
        uri=f"/calendar/{token}.ics",
        path=environ["PATH_INFO"],
        query="t=signed-link",
        version=(1, 1),
    )
    resp = SimpleNamespace(status="200 OK", response_length=10, sent=10, headers=[])
    from datetime import timedelta

    atoms = logger.atoms(resp, req, environ, timedelta(milliseconds=3))
    line = config.access_log_format % atoms
    assert token not in line
    assert "signed-link" not in line
    assert "/calendar/[redacted].ics" in line


def test_it_reads_its_sizes_from_the_environment(monkeypatch):
    config = load_config(monkeypatch, WEB_CONCURRENCY="3", GUNICORN_THREADS="8")
    assert (config.workers, config.threads) == (3, 8)


def test_a_bad_size_stops_start_up_with_the_settings_message(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="WEB_CONCURRENCY must be a whole number"):
        load_config(monkeypatch, WEB_CONCURRENCY="two")
    with pytest.raises(ImproperlyConfigured, match="GUNICORN_THREADS must be at least 1"):
        load_config(monkeypatch, WEB_CONCURRENCY="2", GUNICORN_THREADS="0")


MISTYPED_FEED_PATHS = [
    "/calendar/{token}.ics",
    "/calendar/{token}.ICS",
    "/calendar/{token}.Ics",
    "/calendar/{token}",
    "/calendar/{token}/",
    "/calendar/{token}.ics/",
    "/calendar//{token}.ics",
    "/Calendar/{token}.ics",
]


@pytest.mark.parametrize("path", MISTYPED_FEED_PATHS)
def test_access_logs_never_show_a_calendar_token_in_a_mistyped_feed_url(path):
    """A calendar app with a mistyped address polls it for ever: each 404 is a log line."""
    config = load_config()
    logger = config.RedactingLogger.__new__(config.RedactingLogger)
    logger.cfg = SimpleNamespace(access_log_format=config.access_log_format)
    token = "s3cretTokenValue_abcdefghijklmnop"
    path = path.format(token=token)
    environ = {
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "REQUEST_METHOD": "GET",
        "RAW_URI": path,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
    }
    req = SimpleNamespace(headers=[], method="GET", uri=path, path=path, query="", version=(1, 1))
    resp = SimpleNamespace(status="404 Not Found", response_length=10, sent=10, headers=[])
    from datetime import timedelta

    atoms = logger.atoms(resp, req, environ, timedelta(milliseconds=3))

    line = config.access_log_format % atoms
    assert token not in line
    assert "/calendar/[redacted]" in line
    for key in ("r", "{raw_uri}e"):
        if key in atoms:
            assert token not in atoms[key]


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("GET /calendar/abc-DEF_123.ics HTTP/1.1", "GET /calendar/[redacted].ics HTTP/1.1"),
        ("GET /calendar/abc-DEF_123.ICS HTTP/1.1", "GET /calendar/[redacted].ICS HTTP/1.1"),
        ("GET /calendar/abc-DEF_123 HTTP/1.1", "GET /calendar/[redacted] HTTP/1.1"),
        ("GET /calendar/abc-DEF_123/ HTTP/1.1", "GET /calendar/[redacted]/ HTTP/1.1"),
        ('"GET /calendar/abc.ics?x=1"', '"GET /calendar/[redacted].ics?x=1"'),
        # Pages whose path merely contains "calendar" keep it.
        ("GET /account/calendar/ HTTP/1.1", "GET /account/calendar/ HTTP/1.1"),
        ("GET /reminders/calendar/ HTTP/1.1", "GET /reminders/calendar/ HTTP/1.1"),
        # Redacting twice changes nothing.
        ("/calendar/[redacted].ics", "/calendar/[redacted].ics"),
    ],
)
def test_the_redaction_covers_every_spelling_of_a_feed_url(text, redacted):
    from apps.core.redact import redact

    assert redact(text) == redacted
