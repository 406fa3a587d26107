from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import (
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_origins,
    env_secret_key,
    env_site_url,
    env_time_zone,
    env_url,
)


@pytest.mark.parametrize(
    "raw, expected", [("1", True), ("yes", True), ("ON", True), ("0", False), ("off", False)]
)
def test_it_reads_booleans(raw, expected):
    assert env_bool("DEBUG", environ={"DEBUG": raw}) is expected


def test_it_uses_the_default_when_a_boolean_is_unset():
    assert env_bool("DEBUG", default=True, environ={}) is True


def test_it_rejects_a_boolean_it_cannot_read():
    with pytest.raises(ImproperlyConfigured, match="DEBUG must be one of"):
        env_bool("DEBUG", environ={"DEBUG": "maybe"})


def test_it_rejects_a_non_number():
    with pytest.raises(ImproperlyConfigured, match="EMAIL_PORT must be a whole number"):
        env_int("EMAIL_PORT", 587, environ={"EMAIL_PORT": "five"})


def test_it_rejects_a_number_below_the_minimum():
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        env_int("EMAIL_PORT", 587, minimum=1, environ={"EMAIL_PORT": "0"})


def test_it_splits_lists_and_drops_blanks():
    assert env_list("ALLOWED_HOSTS", environ={"ALLOWED_HOSTS": "a.example, b.example,,"}) == [
        "a.example",
        "b.example",
    ]


def test_it_rejects_origins_without_a_scheme():
    with pytest.raises(ImproperlyConfigured, match="must start with http"):
        env_origins("CSRF_TRUSTED_ORIGINS", environ={"CSRF_TRUSTED_ORIGINS": "ajar.example"})


def test_it_rejects_an_unknown_time_zone():
    with pytest.raises(ImproperlyConfigured, match="IANA time zone"):
        env_time_zone("TIME_ZONE", "Europe/Brussels", environ={"TIME_ZONE": "Mars/Olympus"})


def test_it_accepts_a_real_time_zone():
    assert (
        env_time_zone("TIME_ZONE", "UTC", environ={"TIME_ZONE": "Europe/Brussels"})
        == "Europe/Brussels"
    )


def test_it_requires_a_secret_key_in_production():
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY is required"):
        env_secret_key("SECRET_KEY", debug=False, environ={})


def test_it_rejects_a_short_secret_key_in_production():
    with pytest.raises(ImproperlyConfigured, match="at least 50"):
        env_secret_key("SECRET_KEY", debug=False, environ={"SECRET_KEY": "short"})


def test_it_allows_a_missing_secret_key_while_debugging():
    assert env_secret_key("SECRET_KEY", debug=True, environ={})


def test_it_rejects_a_database_url_of_another_kind_without_echoing_it():
    with pytest.raises(ImproperlyConfigured) as excinfo:
        env_url(
            "DATABASE_URL",
            schemes=("postgres", "sqlite"),
            environ={"DATABASE_URL": "mysql://root:hunter2@db/ajar"},
        )
    assert "hunter2" not in str(excinfo.value)
    assert "'mysql'" in str(excinfo.value)


def test_it_rejects_a_choice_outside_the_list():
    with pytest.raises(ImproperlyConfigured, match="mandatory, optional, none"):
        env_choice(
            "ACCOUNT_EMAIL_VERIFICATION",
            "mandatory",
            choices=("mandatory", "optional", "none"),
            environ={"ACCOUNT_EMAIL_VERIFICATION": "sometimes"},
        )


def test_it_requires_the_public_address_in_production():
    with pytest.raises(ImproperlyConfigured, match="SITE_URL is required when DEBUG is off"):
        env_site_url("SITE_URL", debug=False, environ={})


def test_it_defaults_the_public_address_while_debugging():
    assert env_site_url("SITE_URL", debug=True, environ={}) == "http://127.0.0.1:8000"


def test_it_keeps_the_public_address_without_a_trailing_slash():
    environ = {"SITE_URL": "https://ajar.example/ "}
    assert env_site_url("SITE_URL", debug=False, environ=environ) == "https://ajar.example"


def test_it_rejects_a_public_address_without_a_web_scheme():
    with pytest.raises(ImproperlyConfigured, match="SITE_URL must start with"):
        env_site_url("SITE_URL", debug=False, environ={"SITE_URL": "ajar.example"})
