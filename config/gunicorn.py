"""gunicorn settings (https://docs.gunicorn.org/en/stable/settings.html), from the environment."""

import logging
import os
import re

from gunicorn.glogging import Logger

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = 30
graceful_timeout = 20
# Access logs show the path only (%(U)s): query strings can carry signed links.
accesslog = "-"
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms'
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Secrets that travel in URLs: the private feed's token, password reset and email
# confirmation keys, signed reminder links. Kept in step with apps/core/redact.py
# (this file is loaded before Django, so it does not import it).
SECRET_URL_PARTS = [
    (re.compile(r"/calendar/[^/\s\"?]+\.ics"), "/calendar/[redacted].ics"),
    (re.compile(r"/password/reset/key/[^/\s\"?]+/"), "/password/reset/key/[redacted]/"),
    (re.compile(r"/confirm-email/[^/\s\"?]+/"), "/confirm-email/[redacted]/"),
    (re.compile(r"([?&](?:t|key|token)=)[^&\s\"]+"), r"\1[redacted]"),
]


def redact(text):
    for pattern, replacement in SECRET_URL_PARTS:
        text = pattern.sub(replacement, text)
    return text


class RedactSecrets(logging.Filter):
    """gunicorn's error log names the request that failed ("Error handling request ...")."""

    def filter(self, record):
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


class RedactingLogger(Logger):
    """No secret from a URL is ever written to gunicorn's access or error log."""

    def setup(self, cfg):
        super().setup(cfg)
        if not any(isinstance(f, RedactSecrets) for f in self.error_log.filters):
            self.error_log.addFilter(RedactSecrets())

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for key in ("U", "r", "{raw_uri}e"):
            if key in atoms and isinstance(atoms[key], str):
                atoms[key] = redact(atoms[key])
        return atoms


logger_class = RedactingLogger
