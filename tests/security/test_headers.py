"""11. Every response carries the security headers; private pages are never cached;
production cookies are Secure, HttpOnly and SameSite."""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client

from tests.helpers import HTMX, production_env, run_manage
from tests.security.conftest import World, csp_nonce, post_data, routes, rule_for, url_for

pytestmark = pytest.mark.django_db


def assert_security_headers(response, where: str) -> None:
    policy = response.get("Content-Security-Policy", "")
    assert policy, f"{where}: no Content-Security-Policy"
    for directive in ("frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"):
        assert directive in policy, f"{where}: {directive} missing"
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    assert response.get("X-Content-Type-Options") == "nosniff", where
    assert response.get("Referrer-Policy") == "same-origin", where
    assert response.get("X-Frame-Options") == "DENY", where


def assert_private(response, where: str) -> None:
    assert "no-store" in response.get("Cache-Control", ""), f"{where}: cacheable"


def responses(route, world: World, content, client: Client):
    url = url_for(route, world)
    for headers in ({}, HTMX):
        yield f"GET {url}", client.get(url, **headers)
        yield f"POST {url}", client.post(url, post_data(route, world, content), **headers)


@pytest.mark.parametrize("route", routes())
def test_every_response_carries_the_security_headers(world, content, route):
    rule_for(route)
    for where, response in responses(route, world, content, Client()):
        assert_security_headers(response, f"anonymous {where}")
    for where, response in responses(route, world, content, world.client):
        assert_security_headers(response, where)
        if response.wsgi_request.user.is_authenticated:
            assert_private(response, where)


def test_error_pages_and_static_files_carry_them_too(world):
    for where, response in [
        ("404", Client().get("/no-such-page/")),
        ("member 404", world.client.get("/no-such-page/")),
        ("static", Client().get("/static/css/ajar.css")),
        ("static js", Client().get("/static/js/ajar.js")),
    ]:
        assert_security_headers(response, where)
    assert_private(world.client.get("/no-such-page/"), "member 404")


@pytest.mark.parametrize("route", routes(lambda route, rule: "GET" in rule.methods))
def test_every_html_page_loads_its_scripts_with_a_fresh_nonce(world, route):
    """Every HTML page loads scripts; only the nonce of this response lets them run."""
    rule = rule_for(route)
    client = Client() if rule.is_public else world.client
    url = url_for(route, world)
    first, second = client.get(url), client.get(url)
    if not first["Content-Type"].startswith("text/html") or first.status_code in (301, 302):
        # A redirect, a calendar file, JSON: nothing a browser runs scripts in.
        assert first.status_code in (301, 302) or "html" not in first["Content-Type"]
        return

    nonce = csp_nonce(first)
    html = first.content.decode()
    tags = re.findall(r"<script\b[^>]*>", html)
    # JSON data blocks (allauth's passkey pages pass their ids to its scripts this way)
    # are never run by a browser; every other script is a file, with this nonce.
    scripts = [tag for tag in tags if 'type="application/json"' not in tag]
    assert scripts, f"{url}: no scripts"
    for tag in scripts:
        assert f'nonce="{nonce}"' in tag and "src=" in tag, tag
    assert csp_nonce(second) != nonce


PRODUCTION_SETTINGS = """
import json
from django.conf import settings as s
print(json.dumps({name: getattr(s, name) for name in %r}))
"""
NAMES = [
    "DEBUG",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SAMESITE",
    "LANGUAGE_COOKIE_SECURE",
    "LANGUAGE_COOKIE_HTTPONLY",
    "LANGUAGE_COOKIE_SAMESITE",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "X_FRAME_OPTIONS",
]


def test_production_cookies_are_secure_httponly_and_samesite():
    result = run_manage("shell", "-c", PRODUCTION_SETTINGS % NAMES, env=production_env())
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])

    assert values["DEBUG"] is False
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["SESSION_COOKIE_SAMESITE"] in ("Lax", "Strict")
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_HTTPONLY"] is True
    assert values["CSRF_COOKIE_SAMESITE"] in ("Lax", "Strict")
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert values["X_FRAME_OPTIONS"] == "DENY"


def test_the_session_cookie_set_at_login_has_the_flags(alice, settings):
    """The flags reach the real Set-Cookie header (production values switched on here)."""
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    client = Client()
    client.get("/accounts/login/")
    response = client.post(
        "/accounts/login/",
        {"login": alice.email, "password": "correct-horse-battery-staple"},
        secure=True,
    )

    session = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    csrf = response.cookies.get(settings.CSRF_COOKIE_NAME) or client.cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"]
