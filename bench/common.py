"""What the benchmarks share: production settings, the ajar_bench database, servers on loopback.

Every benchmark runs Ajar the way production does (DEBUG off, a generated SECRET_KEY,
PostgreSQL through the connection pool, hashed and compressed static files), except
that it talks plain http on 127.0.0.1 and mails a local sink. Nothing leaves the machine.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
DATABASE = os.environ.get("BENCH_DATABASE", "ajar_bench")
DATABASE_URL = f"{POSTGRES}/{DATABASE}"
# Loopback ports the benchmarks may use (8000 and the test suites' ports stay free).
WEB_PORTS = range(8061, 8070)
SMTP_PORTS = range(2525, 2530)
# One key for the whole run, so sessions made here are valid in the servers started here.
SECRET_KEY = os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50)


def production_env(**extra: str) -> dict[str, str]:
    """The environment of a production process, pointed at the bench database."""
    env = {
        key: value
        for key, value in os.environ.items()
        # A pytest variable would switch the settings to their test flavour.
        if key != "PYTEST_VERSION"
        and not key.startswith(("DJANGO_", "EMAIL_", "DATABASE_", "REDIS_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DEBUG="false",
        SECRET_KEY=SECRET_KEY,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        SITE_URL="http://127.0.0.1",
        DATABASE_URL=DATABASE_URL,
        # A mail server that is never reached by the web benchmarks.
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(SMTP_PORTS[-1]),
        EMAIL_USE_TLS="false",
        # Redis is optional in production; BENCH_REDIS_URL runs the benchmarks with it.
        REDIS_URL=os.environ.get("BENCH_REDIS_URL", ""),
        LOG_LEVEL="WARNING",
        AJAR_BENCH_VIEWS="1",
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.update(extra)
    return env


def use_production_settings(**extra: str) -> None:
    """Configure this process like production (call before django.setup())."""
    sys.path.insert(0, str(ROOT))
    os.environ.clear()
    os.environ.update(production_env(**extra))


def manage(*args: str, env: dict[str, str] | None = None) -> None:
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env or production_env(),
        check=True,
        stdout=subprocess.DEVNULL,
    )


def recreate_database() -> None:
    """A fresh ajar_bench: dropped, created, migrated, seeded with the starter content."""
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE}"')
    manage("migrate", "--noinput")
    manage("seed_content")


def collect_static() -> None:
    manage("collectstatic", "--noinput", "--clear")


def free_port(candidates: range) -> int:
    for port in candidates:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise SystemExit(f"No free port in {candidates.start}-{candidates.stop - 1} on 127.0.0.1.")


def wait_for(url: str, *, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError):
            pass
        if time.monotonic() > deadline:
            raise SystemExit(f"{url} did not answer within {timeout:.0f} s.")
        time.sleep(0.2)


@contextlib.contextmanager
def gunicorn(port: int, *, log: Path, **env: str) -> Iterator[str]:
    """gunicorn with config/gunicorn.py on 127.0.0.1:port; yields the base URL."""
    environment = production_env(GUNICORN_BIND=f"127.0.0.1:{port}", **env)
    with log.open("w") as output:
        server = subprocess.Popen(
            [GUNICORN, "config.wsgi", "--config", "config/gunicorn.py"],
            cwd=ROOT,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_for(f"{base}/healthz")
            yield base
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def require(program: str, hint: str) -> str:
    path = shutil.which(program)
    if path is None:
        raise SystemExit(f"{program} is not installed: {hint}")
    return path


def machine() -> str:
    """The core count, and how busy the machine was (others share it): 1, 5, 15 minutes."""
    load = ", ".join(f"{figure:.2f}" for figure in os.getloadavg())
    return f"cores (os.cpu_count): {os.cpu_count()}; load average now: {load}"
