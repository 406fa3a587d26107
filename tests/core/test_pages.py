from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "/",
    "/guide/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
]
NONCE = re.compile(r"script-src 'self' 'nonce-([\w-]+)'")


def csp_nonce(response) -> str:
    match = NONCE.search(response["Content-Security-Policy"])
    assert match, response["Content-Security-Policy"]
    return match.group(1)


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_it_serves_public_pages_with_a_fresh_csp_nonce(client, url):
    first = client.get(url)
    second = client.get(url)
    assert first.status_code == 200
    nonce = csp_nonce(first)
    assert nonce != csp_nonce(second)
    # The nonce in the header is the one the page's scripts carry.
    assert f'nonce="{nonce}"'.encode() in first.content
    policy = first["Content-Security-Policy"]
    for directive in ("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"):
        assert directive in policy


@pytest.mark.parametrize("url", ["/plans/", "/accounts/email/", "/accounts/password/change/"])
def test_member_pages_carry_the_csp_and_no_store(alice_client, url):
    response = alice_client.get(url)
    assert response.status_code == 200
    csp_nonce(response)
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("url", [*PUBLIC_PAGES, "/plans/"])
def test_no_page_has_inline_scripts_or_styles(alice_client, client, url):
    html = (alice_client if url == "/plans/" else client).get(url).content.decode()
    for tag in re.findall(r"<script\b[^>]*>", html):
        # allauth's passkey scripts read their element ids from JSON data blocks, which
        # no browser runs; every script that runs is a file.
        assert "src=" in tag or 'type="application/json"' in tag, tag
    assert " style=" not in html


def test_the_landing_page_invites_visitors_to_sign_up(client):
    html = client.get("/").content.decode()
    assert "Turn down an offer. Keep the door open." in html
    assert 'href="/accounts/signup/"' in html
    assert 'href="#main"' in html  # skip link


def test_the_base_layout_serves_htmx_and_bootstrap_locally_and_sets_the_csrf_header(alice_client):
    html = alice_client.get("/plans/").content.decode()
    assert 'src="/static/vendor/htmx/htmx.min.js"' in html
    assert 'href="/static/vendor/bootstrap/bootstrap.min.css"' in html
    assert 'hx-headers=\'{"X-CSRFToken": "' in html
    assert "cdn" not in html.lower()


def test_the_plans_page_greets_a_new_member_with_an_empty_state(alice_client):
    html = alice_client.get("/plans/").content.decode()
    assert "Welcome, Alice." in html
    assert "no decline plans yet" in html


def test_anonymous_visitors_are_sent_to_log_in_from_plans(client):
    response = client.get("/plans/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/plans/"


def test_members_cannot_reach_the_admin(alice_client):
    response = alice_client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_security_headers_are_present(client):
    response = client.get("/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
