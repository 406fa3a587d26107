from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def production_env(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTEST_VERSION", "DEBUG"}}
    env.update(
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="ajar.example",
        CSRF_TRUSTED_ORIGINS="https://ajar.example",
        SECURE_PROXY_SSL_HEADER="true",
        EMAIL_HOST="smtp.ajar.example",
        SITE_URL="https://ajar.example",
    )
    env.update(overrides)
    return env


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_it_passes_the_deploy_check_under_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr


def test_it_refuses_to_start_in_production_without_a_secret_key():
    env = production_env()
    del env["SECRET_KEY"]
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY is required" in result.stderr


def test_it_refuses_to_start_in_production_without_its_public_address():
    env = production_env()
    del env["SITE_URL"]
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SITE_URL is required when DEBUG is off" in result.stderr


def test_it_refuses_a_bad_boolean_with_a_clear_message():
    result = run_manage("check", env=production_env(DEBUG="sometimes"))
    assert result.returncode != 0
    assert "DEBUG must be one of" in result.stderr


def test_the_deploy_check_flags_production_without_an_smtp_host():
    env = production_env()
    del env["EMAIL_HOST"]
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "mail.E001" in result.stderr
