"""/accounts/sessions/ (allauth.usersessions): where a member is signed in, and ending
every session but the one in hand, a stolen cookie's included. Deleting the account
ends them all and leaves no row of them behind.

The page's template is Ajar's to word; these tests read the view's context, the
database and where each browser ends up.
"""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client

from apps.accounts.services import member_delete
from tests.accounts.conftest import give_everything
from tests.helpers import PASSWORD, form_values, login_url_for, sign_in, signed_in

pytestmark = pytest.mark.django_db

URL = "/accounts/sessions/"
DASHBOARD = "/plans/"
LAPTOP = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"
PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1"
THIEF = "curl/8.9.1"


def browser(email: str = "alice@example.com", *, user_agent: str, ip: str) -> Client:
    client = Client(HTTP_USER_AGENT=user_agent, REMOTE_ADDR=ip)
    response = sign_in(client, email)
    assert response.status_code == 302
    assert response["Location"] == DASHBOARD
    return client


def session_key(client: Client) -> str:
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def end_other_sessions(client: Client):
    """Press the button on the sessions page: post what its form holds."""
    page = client.get(URL)
    assert page.status_code == 200
    return client.post(URL, form_values(page))


def test_a_member_signed_in_on_two_browsers_sees_both(alice):
    laptop = browser(user_agent=LAPTOP, ip="203.0.113.10")
    phone = browser(user_agent=PHONE, ip="198.51.100.20")

    response = phone.get(URL)

    assert response.status_code == 200
    sessions = response.context["sessions"]
    assert response.context["session_count"] == 2
    assert {s.session_key for s in sessions} == {session_key(laptop), session_key(phone)}
    by_key = {s.session_key: s for s in sessions}
    assert (by_key[session_key(laptop)].user_agent, by_key[session_key(laptop)].ip) == (
        LAPTOP,
        "203.0.113.10",
    )
    assert (by_key[session_key(phone)].user_agent, by_key[session_key(phone)].ip) == (
        PHONE,
        "198.51.100.20",
    )
    assert response.context["show_last_seen_at"] is True  # USERSESSIONS_TRACK_ACTIVITY


def test_a_member_sees_only_their_own_sessions(alice, stranger):
    browser(user_agent=LAPTOP, ip="203.0.113.10")
    mallory = browser("mallory@example.com", user_agent=THIEF, ip="192.0.2.66")

    sessions = mallory.get(URL).context["sessions"]

    assert [(s.user_id, s.user_agent) for s in sessions] == [(stranger.pk, THIEF)]


def test_ending_the_other_sessions_signs_the_other_browser_out_and_keeps_this_one(alice):
    laptop = browser(user_agent=LAPTOP, ip="203.0.113.10")
    phone = browser(user_agent=PHONE, ip="198.51.100.20")
    laptop_key = session_key(laptop)

    response = end_other_sessions(phone)

    assert response.status_code == 302
    assert response["Location"] == URL
    assert not signed_in(laptop)
    assert signed_in(phone)
    assert not Session.objects.filter(session_key=laptop_key).exists()
    assert list(UserSession.objects.filter(user=alice).values_list("session_key", flat=True)) == [
        session_key(phone)
    ]
    assert phone.get(URL).context["session_count"] == 1


def test_a_stolen_cookie_is_ended_like_any_other_session(alice):
    laptop = browser(user_agent=LAPTOP, ip="203.0.113.10")
    stolen = session_key(laptop)
    thief = Client(HTTP_USER_AGENT=THIEF, REMOTE_ADDR="192.0.2.66")
    thief.cookies[settings.SESSION_COOKIE_NAME] = stolen
    assert signed_in(thief)  # a session cookie is the session: this is what stealing means

    # allauth keeps one row per session, not per browser: the copied cookie shows up as
    # the laptop's session, with the device and address of whoever used it last.
    (row,) = UserSession.objects.filter(user=alice)
    assert (row.session_key, row.user_agent, row.ip) == (stolen, THIEF, "192.0.2.66")

    # Alice notices, signs in on her phone and ends every other session.
    phone = browser(user_agent=PHONE, ip="198.51.100.20")
    end_other_sessions(phone)

    assert not signed_in(thief)
    assert not signed_in(laptop)
    assert signed_in(phone)
    # The stolen key is dead for good: using it again does not bring the session back.
    assert not Session.objects.filter(session_key=stolen).exists()
    assert not signed_in(thief)


def test_changing_the_password_signs_the_other_browsers_out(alice):
    laptop = browser(user_agent=LAPTOP, ip="203.0.113.10")
    phone = browser(user_agent=PHONE, ip="198.51.100.20")
    new = "another-long-passphrase-42"

    response = phone.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": new, "password2": new},
    )

    assert response.status_code == 302
    # ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE is off: the browser that changed it stays in,
    # and Django's session hash check turns every other one away.
    assert signed_in(phone)
    assert not signed_in(laptop)


def test_signing_out_removes_the_session_from_the_list(alice):
    laptop = browser(user_agent=LAPTOP, ip="203.0.113.10")
    phone = browser(user_agent=PHONE, ip="198.51.100.20")

    laptop.post("/accounts/logout/")

    assert [s.session_key for s in phone.get(URL).context["sessions"]] == [session_key(phone)]


def test_the_page_is_for_signed_in_members_only(client):
    assert client.get(URL).url == login_url_for(URL)
    assert client.post(URL).url == login_url_for(URL)


# Deleting the account


def test_deleting_the_account_ends_every_session_and_removes_the_rows(alice, stranger):
    give_everything(alice, "ALICE")  # an authenticator app, recovery codes, two keys
    give_everything(stranger, "MALLORY")
    laptop = browser(user_agent=LAPTOP, ip="203.0.113.10")  # with password and TOTP code
    phone = browser(user_agent=PHONE, ip="198.51.100.20")
    mallory = browser("mallory@example.com", user_agent=THIEF, ip="192.0.2.66")
    keys = [session_key(laptop), session_key(phone)]
    assert Authenticator.objects.filter(user=alice).count() == 4
    # Signing in purged give_everything()'s row, whose session was never stored.
    assert UserSession.objects.filter(user=alice).count() == 2

    member_delete(user=alice)

    assert not Authenticator.objects.filter(user_id=alice.pk).exists()
    assert not UserSession.objects.filter(user_id=alice.pk).exists()
    assert not Session.objects.filter(session_key__in=keys).exists()
    assert not signed_in(laptop)
    assert not signed_in(phone)
    # Mallory keeps her sign-in and her factors.
    assert signed_in(mallory)
    assert Authenticator.objects.filter(user=stranger).count() == 4
    assert UserSession.objects.filter(user=stranger, user_agent=THIEF).exists()


def test_last_seen_is_written_every_few_minutes_not_on_every_page(alice, monkeypatch):
    """A page costs no session write; five minutes on, or from another address, it does."""
    from apps.accounts import sessions

    laptop = browser(user_agent=LAPTOP, ip="203.0.113.10")
    row = UserSession.objects.get(user=alice)
    seen = row.last_seen_at

    laptop.get("/plans/", REMOTE_ADDR="203.0.113.10")
    row.refresh_from_db()
    assert row.last_seen_at == seen

    later = sessions.time.time() + sessions.SEEN_EVERY + 1
    monkeypatch.setattr(sessions.time, "time", lambda: later)
    laptop.get("/plans/", REMOTE_ADDR="203.0.113.10")
    row.refresh_from_db()
    assert row.last_seen_at > seen

    # From another address the row follows at once, however recent the last write.
    laptop.get("/plans/", REMOTE_ADDR="192.0.2.99")
    row.refresh_from_db()
    assert row.ip == "192.0.2.99"
