from __future__ import annotations

import re

import pytest
from django.core import mail

from tests.helpers import PASSWORD

pytestmark = pytest.mark.django_db

CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)")


def test_changing_email_asks_to_reauthenticate_then_verifies_the_new_address(alice, alice_client):
    change = {"action_add": "", "email": "alice.new@example.com"}

    # force_login leaves no recent authentication behind: allauth asks for the password.
    response = alice_client.post("/accounts/email/", change)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/reauthenticate/")
    assert not alice.emailaddress_set.filter(email="alice.new@example.com").exists()

    # After the password, allauth carries out the change that was asked for.
    response = alice_client.post(response["Location"], {"password": PASSWORD})
    assert response.status_code == 302
    new_address = alice.emailaddress_set.get(email="alice.new@example.com")
    assert not new_address.verified
    alice.refresh_from_db()
    assert alice.email == "alice@example.com"  # unchanged until verified

    message = next(m for m in mail.outbox if m.to == ["alice.new@example.com"])
    path = CONFIRM_LINK.search(message.body).group(1)
    alice_client.post(path)
    alice.refresh_from_db()
    assert alice.email == "alice.new@example.com"


def test_reauthentication_refuses_a_wrong_password(alice, alice_client):
    response = alice_client.post("/accounts/reauthenticate/", {"password": "not-my-password"})
    assert response.status_code == 200
    assert "Please check the form" in response.content.decode()


def test_it_changes_the_password_with_the_current_one(alice, alice_client):
    new = "another-long-passphrase-42"
    response = alice_client.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": new, "password2": new},
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password(new)


def test_it_refuses_a_password_change_with_a_wrong_current_password(alice, alice_client):
    new = "another-long-passphrase-42"
    response = alice_client.post(
        "/accounts/password/change/",
        {"oldpassword": "wrong", "password1": new, "password2": new},
    )
    assert response.status_code == 200
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


def test_the_email_page_uses_bootstrap_fields_and_no_inline_styles(alice_client):
    html = alice_client.get("/accounts/email/").content.decode()
    assert 'class="form-control' in html
    assert "style=" not in html
