"""5. Login, sign-up and password reset answer alike for known and unknown addresses.

Settings: ACCOUNT_PREVENT_ENUMERATION = True, ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False.
"""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from tests.helpers import PASSWORD

pytestmark = pytest.mark.django_db

KNOWN = "alice@example.com"
UNKNOWN = "nobody-here@example.com"


def normalised(response, email: str) -> str:
    """The page with what differs by design taken out: tokens, nonces, the typed address."""
    html = response.content.decode()
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "CSRF", html)
    html = re.sub(r'"X-CSRFToken": "[^"]+"', "CSRF", html)
    html = re.sub(r'nonce="[^"]+"', "NONCE", html)
    return html.replace(email, "EMAIL")


def answer(response, email: str) -> tuple:
    return (response.status_code, response.get("Location"), normalised(response, email))


def post_twice(url: str, known: dict, unknown: dict, follow: bool = False):
    # Separate visitors, so neither answer depends on the other's session.
    first = Client().post(url, known, follow=follow, REMOTE_ADDR="10.1.0.1")
    second = Client().post(url, unknown, follow=follow, REMOTE_ADDR="10.1.0.2")
    return first, second


def test_a_failed_login_looks_the_same_for_known_and_unknown_addresses(alice):
    known, unknown = post_twice(
        "/accounts/login/",
        {"login": KNOWN, "password": "not-the-password"},
        {"login": UNKNOWN, "password": "not-the-password"},
    )

    assert known.status_code == 200
    assert answer(known, KNOWN) == answer(unknown, UNKNOWN)
    assert "are not correct" in known.content.decode()


def signup(email: str) -> dict[str, str]:
    return {
        "email": email,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "display_name": "Someone",
        "time_zone": "Europe/Brussels",
    }


def test_signing_up_with_a_taken_address_looks_like_a_new_sign_up(alice):
    known, unknown = post_twice("/accounts/signup/", signup(KNOWN), signup(UNKNOWN))

    assert known.status_code == 302
    assert known["Location"] == unknown["Location"] == "/accounts/confirm-email/"
    assert answer(known, KNOWN) == answer(unknown, UNKNOWN)
    # The page each lands on ("check your inbox") is the same too.
    pages = [Client().get(response["Location"]) for response in (known, unknown)]
    assert answer(pages[0], KNOWN) == answer(pages[1], UNKNOWN)
    # Each address gets one message: the owner hears someone tried, the newcomer a link.
    assert sorted(message.to[0] for message in mail.outbox) == [KNOWN, UNKNOWN]
    taken = next(message for message in mail.outbox if message.to == [KNOWN])
    assert "/accounts/confirm-email/" not in taken.body


def test_a_reset_request_looks_the_same_and_mails_only_a_known_account(alice):
    known, unknown = post_twice(
        "/accounts/password/reset/", {"email": KNOWN}, {"email": UNKNOWN}, follow=True
    )

    assert (
        known.redirect_chain == unknown.redirect_chain == [("/accounts/password/reset/done/", 302)]
    )
    assert answer(known, KNOWN) == answer(unknown, UNKNOWN)
    assert [message.to for message in mail.outbox] == [[KNOWN]]


def test_the_reset_throttle_answers_alike_for_known_and_unknown_addresses(alice):
    """A limit that only ever bit real accounts would itself tell them apart."""
    statuses = {}
    for email in (KNOWN, UNKNOWN):
        statuses[email] = [
            Client()
            .post("/accounts/password/reset/", {"email": email}, REMOTE_ADDR=f"10.2.{n}.1")
            .status_code
            for n in range(6)
        ]

    assert statuses[KNOWN] == statuses[UNKNOWN] == [302] * 5 + [429]
    assert all(message.to == [KNOWN] for message in mail.outbox)
