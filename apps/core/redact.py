"""Keys that travel in URLs never reach a log line.

A request's path can hold a secret: the private calendar feed's token, a password
reset key, an email confirmation key; a query string can hold a signed reminder
link. Django logs the path of failed requests (django.request, django.security.csrf)
and runserver the whole request line (django.server); the filter below rewrites those
records before any handler sees them. config/gunicorn.py uses this module for
gunicorn's own logs, so it needs nothing but `logging` and `re`: it loads before Django.
"""

from __future__ import annotations

import logging
import re

SECRET_URL_PARTS = [
    # The feed token, in the feed's address and in mistyped ones (/calendar/<token>,
    # .ICS, a trailing slash): whatever follows /calendar/ up to the next separator,
    # except the redaction itself; the extension is kept, so the log still says which.
    (
        re.compile(r"/calendar/+(?!\[redacted\])[^/\s\"?#]+?(\.ics)?(?=[/\s\"?#]|$)", re.I),
        r"/calendar/[redacted]\1",
    ),
    (re.compile(r"/password/reset/key/[^/\s\"?]+/"), "/password/reset/key/[redacted]/"),
    (re.compile(r"/confirm-email/[^/\s\"?]+/"), "/confirm-email/[redacted]/"),
    (re.compile(r"([?&](?:t|key|token)=)[^&\s\"]+"), r"\1[redacted]"),
]


def redact(text: str) -> str:
    for pattern, replacement in SECRET_URL_PARTS:
        text = pattern.sub(replacement, text)
    return text


class RedactSecretsFilter(logging.Filter):
    """Rewrites a record's message and string arguments; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {
                k: redact(v) if isinstance(v, str) else v for k, v in record.args.items()
            }
        return True
