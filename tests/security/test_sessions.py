"""7. Sessions: a new key at login, dead after logout, and a password change ends the others.

ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False keeps the session that changed the password
(allauth calls update_session_auth_hash); every other session fails Django's session
hash check on its next request and is signed out.
"""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client

from tests.helpers import PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-completely-new-passphrase-2"
COOKIE = settings.SESSION_COOKIE_NAME
RESET_LINK = re.compile(r"https?://[^/\s]+(/accounts/password/reset/key/\S+/)")


def log_in(client: Client, email: str, password: str = PASSWORD) -> None:
    response = client.post("/accounts/login/", {"login": email, "password": password})
    assert response.status_code == 302, response.content.decode()[:500]


def signed_in(client: Client) -> bool:
    return client.get("/plans/").status_code == 200


def test_the_session_key_changes_at_login(alice):
    client = Client()
    client.get("/accounts/login/")
    session = client.session
    session["visited"] = True  # an anonymous session, as a fixation attack would plant
    session.save()
    planted = client.cookies[COOKIE].value

    log_in(client, alice.email)

    assert client.cookies[COOKIE].value != planted
    assert signed_in(client)
    # The planted key holds no login.
    replay = Client()
    replay.cookies[COOKIE] = planted
    assert not signed_in(replay)


def test_a_logged_out_session_cookie_no_longer_works(alice):
    client = Client()
    log_in(client, alice.email)
    old = client.cookies[COOKIE].value

    client.post("/accounts/logout/")

    replay = Client()
    replay.cookies[COOKIE] = old
    assert not signed_in(replay)
    assert replay.get("/plans/")["Location"].startswith("/accounts/login/")


def test_changing_the_password_ends_the_members_other_sessions(alice):
    here, elsewhere = Client(), Client()
    log_in(here, alice.email)
    log_in(elsewhere, alice.email)
    assert signed_in(elsewhere)

    response = here.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password(NEW_PASSWORD)
    assert signed_in(here)  # the session that made the change carries on
    assert not signed_in(elsewhere)


def test_a_password_reset_ends_every_session(alice):
    elsewhere = Client()
    log_in(elsewhere, alice.email)
    resetting = Client()
    resetting.post("/accounts/password/reset/", {"email": alice.email})
    (link,) = RESET_LINK.findall(mail.outbox[0].body)
    page = resetting.get(link)
    assert page.status_code == 302  # the key is swapped for a session token

    resetting.post(page["Location"], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    alice.refresh_from_db()
    assert alice.check_password(NEW_PASSWORD)
    assert not signed_in(elsewhere)


def test_the_settings_keep_the_changing_session_and_verify_the_hash():
    assert settings.ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE is False
    assert "django.contrib.auth.middleware.AuthenticationMiddleware" in settings.MIDDLEWARE
