from __future__ import annotations

import re

import pytest
from django.core import mail

from apps.accounts.models import User
from tests.helpers import PASSWORD

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)")


def sign_up(client, email="new@example.com", **extra):
    data = {
        "email": email,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "display_name": "Noor",
        "time_zone": "Europe/Brussels",
    }
    data.update(extra)
    return client.post("/accounts/signup/", data)


def test_it_signs_up_confirms_logs_out_and_logs_back_in(client):
    response = sign_up(client)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"

    user = User.objects.get(email="new@example.com")
    assert user.display_name == "Noor"
    assert user.time_zone == "Europe/Brussels"

    # Mandatory verification: not in yet.
    assert client.get("/plans/").status_code == 302

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new@example.com"]
    path = LINK.search(mail.outbox[0].body).group(1)

    assert client.get(path).status_code == 200  # a confirmation page, not a state change
    assert not user.emailaddress_set.get().verified
    response = client.post(path)
    assert response.status_code == 302
    assert user.emailaddress_set.get().verified

    response = client.get("/plans/")
    assert response.status_code == 200
    assert "Welcome, Noor." in response.content.decode()

    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert client.get("/plans/").status_code == 302

    response = client.post("/accounts/login/", {"login": "new@example.com", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/plans/").status_code == 200


def test_it_keeps_the_input_and_explains_a_bad_sign_up(client):
    response = sign_up(client, email="not-an-email", password2="something-else-entirely")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please check the form" in html
    assert 'value="not-an-email"' in html
    assert 'value="Noor"' in html
    assert not User.objects.exists()


def test_it_refuses_a_short_password(client):
    sign_up(client, password1="Short7!", password2="Short7!")
    assert not User.objects.exists()


def test_logout_does_not_happen_on_get(alice_client):
    alice_client.get("/accounts/logout/")
    assert alice_client.get("/plans/").status_code == 200


def test_the_login_page_looks_like_ajar(client):
    html = client.get("/accounts/login/").content.decode()
    assert "brand-name" in html
    assert 'class="btn btn-primary"' in html
    assert "form-control" in html
    assert re.search(r'<label\s+for="id_login"', html)


def test_repeated_failed_logins_are_throttled(client, alice):
    for _ in range(5):
        response = client.post(
            "/accounts/login/", {"login": alice.email, "password": "wrong-password"}
        )
        assert response.status_code == 200
    response = client.post("/accounts/login/", {"login": alice.email, "password": PASSWORD})
    # Even the right password is refused while the account is throttled.
    assert response.status_code in (200, 429)
    assert "_auth_user_id" not in client.session
    assert "Too many attempts in a short time" in response.content.decode()
