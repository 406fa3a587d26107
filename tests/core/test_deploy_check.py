from __future__ import annotations

from tests.helpers import production_env, run_manage


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
