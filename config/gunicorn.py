"""gunicorn settings (https://docs.gunicorn.org/en/stable/settings.html), from the environment.

Read through the same strict helpers as Django's settings (config/env.py), so a bad value
stops start-up with the same clear message; every variable is in .env.example.
"""

import sys
from pathlib import Path

from gunicorn.glogging import Logger

# gunicorn reads this file before it puts the project on the import path.
ROOT = str(Path(__file__).resolve().parent.parent)
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from apps.core.redact import RedactSecretsFilter, redact  # noqa: E402
from config.env import env_int, env_str  # noqa: E402

bind = env_str("GUNICORN_BIND", "0.0.0.0:8000")
workers = env_int("WEB_CONCURRENCY", 2, minimum=1)
threads = env_int("GUNICORN_THREADS", 4, minimum=1)
worker_class = "gthread"
timeout = 30
graceful_timeout = 20
# Access logs show the path only (%(U)s): query strings can carry signed links.
accesslog = "-"
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms'
errorlog = "-"
forwarded_allow_ips = env_str("FORWARDED_ALLOW_IPS", "127.0.0.1")


class RedactingLogger(Logger):
    """No secret from a URL is ever written to gunicorn's access or error log."""

    def setup(self, cfg):
        super().setup(cfg)
        # gunicorn's error log names the request that failed ("Error handling request ...").
        if not any(isinstance(f, RedactSecretsFilter) for f in self.error_log.filters):
            self.error_log.addFilter(RedactSecretsFilter())

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for key in ("U", "r", "{raw_uri}e"):
            if key in atoms and isinstance(atoms[key], str):
                atoms[key] = redact(atoms[key])
        return atoms


logger_class = RedactingLogger
