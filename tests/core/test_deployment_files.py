"""No Docker engine runs here, so the compose file is checked by reading it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def documented_variables() -> set[str]:
    text = (ROOT / ".env.example").read_text()
    return set(re.findall(r"^([A-Z][A-Z0-9_]*)=", text, flags=re.MULTILINE))


def test_compose_runs_postgres_16_with_a_volume():
    db = compose()["services"]["db"]
    assert db["image"] == "postgres:16"
    assert any(volume.endswith(":/var/lib/postgresql/data") for volume in db["volumes"])
    assert "pgdata" in compose()["volumes"]
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])


def test_compose_migrates_once_before_the_web_processes_and_senders_start():
    services = compose()["services"]
    migrate = services["migrate"]
    command = migrate["command"]
    assert command.index("migrate --noinput") < command.index("seed_content")
    assert migrate["restart"] == "no"
    assert migrate["depends_on"]["db"]["condition"] == "service_healthy"
    for name in ("web", "sender"):
        assert services[name]["depends_on"]["migrate"]["condition"] == (
            "service_completed_successfully"
        ), name
        assert "migrate" not in services[name]["command"], name
    assert migrate["environment"]["DATABASE_URL"] == services["web"]["environment"]["DATABASE_URL"]


def test_compose_web_serves_with_gunicorn_and_checks_its_health():
    web = compose()["services"]["web"]
    assert web["command"].startswith("gunicorn config.wsgi --config config/gunicorn.py")
    assert web["env_file"] == ".env"
    assert web["environment"]["DATABASE_URL"].startswith("postgres://")
    assert "@db:5432/" in web["environment"]["DATABASE_URL"]
    assert web["depends_on"]["db"]["condition"] == "service_healthy"
    assert "/healthz" in " ".join(web["healthcheck"]["test"])
    # Static files are collected into the image, so a web container writes no files.
    assert "collectstatic" in (ROOT / "Dockerfile").read_text()


def test_compose_can_scale_out_web_processes_and_senders():
    """`docker compose up --scale web=2 --scale sender=2` must not clash."""
    services = compose()["services"]
    (ports,) = services["web"]["ports"]
    host, container = ports.rsplit(":", 1)
    first, last = (int(port) for port in host.split("-"))
    assert container == "8000"
    assert last - first >= 1, "one fixed host port: a second web replica could not bind"
    assert "ports" not in services["sender"]
    for name in ("web", "sender"):
        # Fixed names and local volumes would tie a service to one container and one disk.
        assert "container_name" not in services[name], name
        assert "volumes" not in services[name], name


def test_compose_runs_a_reminder_sender_against_the_same_database():
    services = compose()["services"]
    sender = services["sender"]
    assert "sendreminders" in sender["command"]
    assert "--once" not in sender["command"]
    assert sender["environment"]["DATABASE_URL"] == services["web"]["environment"]["DATABASE_URL"]
    assert sender["env_file"] == ".env"
    assert sender["depends_on"]["db"]["condition"] == "service_healthy"


def test_compose_environment_names_are_documented():
    names = documented_variables()
    for service in compose()["services"].values():
        for name in service.get("environment", {}):
            if not name.startswith("POSTGRES_"):
                assert name in names, name


@pytest.mark.parametrize("path", ["config/settings.py", "config/gunicorn.py"])
def test_every_setting_read_from_the_environment_is_documented(path):
    source = (ROOT / path).read_text()
    read = set(re.findall(r'env_\w+\(\s*"([A-Z][A-Z0-9_]*)"', source))
    assert read, f"no environment variables found: has {path} changed shape?"
    missing = read - documented_variables()
    assert not missing, f"add these to .env.example: {sorted(missing)}"


def test_gunicorn_reads_the_environment_only_through_the_settings_helpers():
    source = (ROOT / "config" / "gunicorn.py").read_text()
    assert "os.environ" not in source and "getenv" not in source


def test_the_dockerfile_uses_python_313_and_gunicorn():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert dockerfile.startswith("# ") and "FROM python:3.13-slim" in dockerfile
    assert '"gunicorn", "config.wsgi"' in dockerfile
    assert (ROOT / ".python-version").read_text().strip() == "3.13"


def test_make_run_points_links_at_the_server_it_starts():
    """`make run PORT=8101` must not leave emails and .ics files pointing at port 8000."""
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k not in {"SITE_URL", "HOST", "PORT"}}
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", "run", "PORT=8101", "HOST=localhost"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    (serve,) = [line for line in result.stdout.splitlines() if "runserver" in line]
    assert "SITE_URL=http://localhost:8101" in serve
    assert serve.endswith("runserver localhost:8101")
