"""Confirming it's you with a code by email, for members without their password to hand.

allauth 65.22 added the pages; Ajar keeps them (ACCOUNT_REAUTHENTICATION_METHODS), in its
own layout and words, and rate-limited: three codes per address in ten minutes, three
tries per code.
"""

from __future__ import annotations

import html
import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db

REQUEST = "/accounts/reauthenticate/code/"
CONFIRM = "/accounts/reauthenticate/code/confirm/"
CHANGE_EMAIL = {"action_add": "", "email": "alice.new@example.com"}
STOCK_COPY = ["Confirm Access", "Request Code", "Enter Sign-In Code", "Sign-In Code"]


def code_in(message) -> str:
    return re.search(r"^\s*([A-Z0-9-]{6,})\s*$", message.body, flags=re.MULTILINE).group(1)


def ask_for_a_code(client, address="alice@example.com"):
    return client.post(REQUEST, {"recipient": address})


def test_the_password_page_offers_a_code_instead(alice_client):
    response = alice_client.get("/accounts/reauthenticate/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Confirm it's you" in html and "Email me a code instead" in html
    assert f'href="{REQUEST}' in html
    assert not any(stock in html for stock in STOCK_COPY)


def test_the_code_page_is_in_ajars_words_and_names_the_address(alice_client):
    response = alice_client.get(REQUEST)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<strong>alice@example.com</strong>" in html
    assert "Email me a code" in html
    assert 'name="recipient" value="alice@example.com"' in html
    assert '<link rel="stylesheet"' in html  # Ajar's layout, not allauth's bare page
    assert not any(stock in html for stock in STOCK_COPY)


def test_a_code_by_email_lets_the_member_change_their_address(alice, alice_client):
    # A change asks to confirm it's you; the member follows "Email me a code instead".
    response = alice_client.post("/accounts/email/", CHANGE_EMAIL)
    password_page = alice_client.get(response["Location"]).content.decode()
    link = html.unescape(re.search(rf'href="({REQUEST}[^"]*)"', password_page).group(1))
    assert "next=" in link  # the change to carry out afterwards travels with the member
    code_page = alice_client.get(link).content.decode()
    next_field = re.search(r'name="next" value="([^"]+)"', code_page).group(1)
    response = alice_client.post(link, {"recipient": "alice@example.com", "next": next_field})
    assert response.status_code == 302
    assert response["Location"].startswith(CONFIRM)

    (message,) = mail.outbox
    assert message.to == ["alice@example.com"]
    assert message.subject == "[Ajar] Your one-time code"
    assert "confirm it's you" in message.body
    page = alice_client.get(response["Location"]).content.decode()
    assert "Enter your code" in page and "<strong>alice@example.com</strong>" in page
    assert not any(stock in page for stock in STOCK_COPY)

    response = alice_client.post(
        response["Location"], {"code": code_in(message), "next": next_field}
    )
    assert response.status_code == 302
    # The change that was asked for is carried out once it is confirmed.
    assert alice.emailaddress_set.filter(email="alice.new@example.com").exists()


def test_a_wrong_code_is_refused_next_to_the_field(alice, alice_client):
    ask_for_a_code(alice_client)
    response = alice_client.post(CONFIRM, {"code": "WRONG1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please check the form" in html and 'aria-invalid="true"' in html
    assert not alice.emailaddress_set.filter(email="alice.new@example.com").exists()


def test_three_wrong_codes_end_the_code(alice_client):
    ask_for_a_code(alice_client)
    (message,) = mail.outbox
    for _ in range(3):
        response = alice_client.post(CONFIRM, {"code": "WRONG1"})
    assert response.status_code == 302
    assert response["Location"].startswith(REQUEST)
    # The right code no longer works: a new one must be asked for.
    response = alice_client.post(CONFIRM, {"code": code_in(message)})
    assert response["Location"].startswith(REQUEST)


def test_codes_are_rate_limited_per_address(alice_client):
    for _ in range(3):
        ask_for_a_code(alice_client)
    response = ask_for_a_code(alice_client)
    assert response.status_code == 200
    assert "Too many attempts in a short time" in response.content.decode()
    assert len(mail.outbox) == 3


def test_only_the_members_own_verified_address_can_receive_a_code(alice_client):
    response = ask_for_a_code(alice_client, address="mallory@example.com")
    assert response.status_code == 200
    assert mail.outbox == []
