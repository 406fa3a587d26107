"""Small, strict readers for settings that come from the environment.

Each helper raises ImproperlyConfigured with the variable's name and what was
wrong, so a typo in production fails at start-up instead of at 3 a.m.
"""

from __future__ import annotations

import os
import zoneinfo
from collections.abc import Mapping

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "", *, environ: Mapping[str, str] = os.environ) -> str:
    return environ.get(name, default).strip()


def env_bool(name: str, default: bool = False, *, environ: Mapping[str, str] = os.environ) -> bool:
    if name not in environ:
        return default
    value = environ[name].strip().lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of true/false, yes/no, on/off or 1/0 (got {environ[name]!r})."
    )


def env_int(
    name: str,
    default: int,
    *,
    minimum: int | None = None,
    environ: Mapping[str, str] = os.environ,
) -> int:
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number (got {raw!r}).") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum} (got {value}).")
    return value


def env_list(
    name: str, default: list[str] | None = None, *, environ: Mapping[str, str] = os.environ
) -> list[str]:
    raw = environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_origins(name: str, *, environ: Mapping[str, str] = os.environ) -> list[str]:
    """CSRF_TRUSTED_ORIGINS entries need a scheme; say so instead of failing every POST."""
    origins = env_list(name, environ=environ)
    for origin in origins:
        if not origin.startswith(("http://", "https://")):
            raise ImproperlyConfigured(
                f"{name} entries must start with http:// or https:// (got {origin!r})."
            )
    return origins


def env_time_zone(name: str, default: str, *, environ: Mapping[str, str] = os.environ) -> str:
    value = env_str(name, default, environ=environ)
    if value not in zoneinfo.available_timezones():
        raise ImproperlyConfigured(
            f"{name} must be an IANA time zone such as Europe/Brussels (got {value!r})."
        )
    return value


def env_secret_key(name: str, *, debug: bool, environ: Mapping[str, str] = os.environ) -> str:
    value = env_str(name, environ=environ)
    if value:
        if not debug and len(value) < 50:
            raise ImproperlyConfigured(f"{name} must be at least 50 characters in production.")
        return value
    if debug:
        # Only for local development: sessions do not survive a restart, which is fine there.
        return "django-insecure-development-only-" + "x" * 20
    raise ImproperlyConfigured(
        f"{name} is required when DEBUG is off. Generate one with: "
        "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )


def env_url(name: str, *, schemes: tuple[str, ...], environ: Mapping[str, str] = os.environ) -> str:
    value = env_str(name, environ=environ)
    if value and not value.startswith(tuple(f"{scheme}://" for scheme in schemes)):
        allowed = ", ".join(f"{scheme}://" for scheme in schemes)
        raise ImproperlyConfigured(
            f"{name} must start with one of {allowed} (got a {value.split(':', 1)[0]!r} URL)."
        )
    return value


def env_site_url(name: str, *, debug: bool, environ: Mapping[str, str] = os.environ) -> str:
    """The public address that links in emails, calendar events and .ics files point at.

    Required in production: a wrong default would send members links to a machine that
    is not Ajar. While developing, `make run` sets it from HOST and PORT.
    """
    value = env_url(name, schemes=("http", "https"), environ=environ).rstrip("/")
    if value:
        return value
    if debug:
        return "http://127.0.0.1:8000"
    raise ImproperlyConfigured(
        f"{name} is required when DEBUG is off: Ajar's public address, such as "
        "https://ajar.example, for the links in emails and calendar events."
    )


def env_choice(
    name: str, default: str, *, choices: tuple[str, ...], environ: Mapping[str, str] = os.environ
) -> str:
    value = env_str(name, default, environ=environ).lower()
    if value not in choices:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(choices)} (got {value!r}).")
    return value
