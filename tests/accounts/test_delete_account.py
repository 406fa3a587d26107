"""/account/delete/: the member erases their account and everything in it (GDPR erasure)."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.test import Client

from apps.accounts.models import User
from apps.accounts.services import member_delete, member_sessions_end
from apps.plans.models import DeclinePlan, PlanReason
from apps.reminders.models import ContactLog, Reminder
from apps.reminders.services import reminders_send_due
from tests.accounts.conftest import give_everything
from tests.helpers import (
    PASSWORD,
    login_url_for,
    make_plan,
    make_reminder,
    messages_of,
    sign_in,
)

pytestmark = pytest.mark.django_db

URL = "/account/delete/"
REAUTH_URL = "/accounts/reauthenticate/"


def reauthenticate(client: Client) -> None:
    """What allauth records once the member types their password again."""
    response = client.post(REAUTH_URL, {"password": PASSWORD})
    assert response.status_code == 302


def signed_in(email: str) -> Client:
    """A browser signed in through the login page (and the second factor, where
    give_everything() set one up)."""
    client = Client()
    response = sign_in(client, email)
    assert response.status_code == 302
    assert SESSION_KEY in client.session
    return client


def sessions_of(user_id: int) -> list[Session]:
    return [
        session
        for session in Session.objects.all()
        if session.get_decoded().get(SESSION_KEY) == str(user_id)
    ]


def assert_nothing_left(user_id: int) -> None:
    assert not User.objects.filter(pk=user_id).exists()
    assert not DeclinePlan.objects.filter(owner_id=user_id).exists()
    assert not PlanReason.objects.filter(plan__owner_id=user_id).exists()
    assert not Reminder.objects.filter(plan__owner_id=user_id).exists()
    assert not ContactLog.objects.filter(plan__owner_id=user_id).exists()
    assert not EmailAddress.objects.filter(user_id=user_id).exists()
    assert sessions_of(user_id) == []


# The page


def test_it_says_what_will_go_and_asks_for_the_address(alice_client, alice):
    give_everything(alice, "ALICE")

    response = alice_client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Your 2 plans, with their reasons" in html
    assert "Your 3 open reminders: none of them will be sent." in html
    assert 'name="email"' in html
    assert "Your account's address is <strong>alice@example.com</strong>." in html
    assert 'href="/account/export/"' in html
    assert 'aria-current="page" href="/account/delete/">Delete account</a>' in html
    assert "style=" not in html


# Re-authentication and the typed address


def test_it_asks_for_the_password_before_deleting(alice_client, alice):
    give_everything(alice, "ALICE")

    response = alice_client.post(URL, {"email": "alice@example.com"})

    assert response.status_code == 302
    assert response.url.startswith(REAUTH_URL)
    assert User.objects.filter(pk=alice.pk).exists()
    assert DeclinePlan.objects.filter(owner=alice).count() == 2


def test_after_the_password_it_carries_on_and_deletes(alice_client, alice):
    give_everything(alice, "ALICE")
    response = alice_client.post(URL, {"email": "alice@example.com"})

    response = alice_client.post(response.url, {"password": PASSWORD})

    assert response.status_code == 302
    assert response.url == "/"
    assert_nothing_left(alice.pk)
    assert "Goodbye, and good luck." in alice_client.get("/").content.decode()


def test_a_wrong_password_deletes_nothing(alice_client, alice):
    alice_client.post(URL, {"email": "alice@example.com"})

    response = alice_client.post(REAUTH_URL, {"password": "not-my-password"})

    assert response.status_code == 200
    assert User.objects.filter(pk=alice.pk).exists()


def test_a_wrong_address_is_refused_before_the_password_is_asked(alice_client, alice):
    give_everything(alice, "ALICE")

    response = alice_client.post(URL, {"email": "mallory@example.com"})

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert "That is not this account&#x27;s email address. Nothing was deleted." in html
    assert 'value="mallory@example.com"' in html  # the input is kept
    assert User.objects.filter(pk=alice.pk).exists()
    assert DeclinePlan.objects.filter(owner=alice).count() == 2
    assert Reminder.objects.for_user(alice).count() == 4


def test_an_empty_address_deletes_nothing(alice_client, alice):
    reauthenticate(alice_client)

    response = alice_client.post(URL, {"email": ""})

    assert response.status_code == 200
    assert User.objects.filter(pk=alice.pk).exists()


def test_the_right_address_deletes_everything_and_signs_out(alice_client, alice, client):
    mine = give_everything(alice, "ALICE")
    reauthenticate(alice_client)

    response = alice_client.post(URL, {"email": " Alice@Example.com "})

    assert response.status_code == 302
    assert response.url == "/"
    assert messages_of(response) == [
        "Your account and everything in it are deleted. Goodbye, and good luck."
    ]
    assert_nothing_left(alice.pk)
    # The calendar feed dies with the account.
    assert client.get(f"/calendar/{mine.token}.ics").status_code == 404
    # Signed out: the member pages send this browser to the login page.
    assert alice_client.get("/plans/").url == login_url_for("/plans/")
    home = alice_client.get("/")
    assert "Goodbye, and good luck." in home.content.decode()


def test_the_strangers_data_is_untouched(alice_client, alice, stranger):
    give_everything(alice, "ALICE")
    theirs = give_everything(stranger, "MALLORY")
    stranger_browser = signed_in("mallory@example.com")
    reauthenticate(alice_client)

    alice_client.post(URL, {"email": "alice@example.com"})

    stranger.refresh_from_db()
    assert stranger.calendar_token_hash
    assert DeclinePlan.objects.filter(owner=stranger).count() == 2
    assert PlanReason.objects.filter(plan__owner=stranger).count() == 2
    assert Reminder.objects.for_user(stranger).count() == 4
    assert ContactLog.objects.filter(plan__owner=stranger).count() == 2
    assert EmailAddress.objects.filter(user=stranger).count() == 2
    assert stranger_browser.get("/plans/").status_code == 200
    assert Client().get(f"/calendar/{theirs.token}.ics").status_code == 200


def test_every_other_session_of_the_member_ends(alice, stranger):
    laptop = signed_in("alice@example.com")
    phone = signed_in("alice@example.com")
    assert phone.get("/plans/").status_code == 200
    assert len(sessions_of(alice.pk)) == 2
    reauthenticate(laptop)

    laptop.post(URL, {"email": "alice@example.com"})

    assert phone.get("/plans/").url == login_url_for("/plans/")
    assert sessions_of(alice.pk) == []


def test_a_due_reminder_is_never_sent_afterwards(alice_client, alice, mailoutbox):
    reminder = make_reminder(make_plan(alice))
    reauthenticate(alice_client)

    alice_client.post(URL, {"email": "alice@example.com"})
    report = reminders_send_due(now=reminder.due_at)

    assert mailoutbox == []
    assert report.sent == report.skipped == report.failed == 0


# Methods and visitors


def test_it_refuses_other_methods(alice_client, alice):
    assert alice_client.put(URL).status_code == 405
    assert alice_client.delete(URL).status_code == 405
    assert User.objects.filter(pk=alice.pk).exists()


def test_it_sends_anonymous_visitors_to_log_in(client, alice):
    assert client.get(URL).url == login_url_for(URL)
    response = client.post(URL, {"email": "alice@example.com"})
    assert response.url == login_url_for(URL)
    assert User.objects.filter(pk=alice.pk).exists()


# The service


def test_member_delete_erases_the_member_and_their_sessions_only(alice, stranger):
    give_everything(alice, "ALICE")
    give_everything(stranger, "MALLORY")
    signed_in("alice@example.com")
    signed_in("mallory@example.com")

    member_delete(user=alice)

    assert_nothing_left(alice.pk)
    assert len(sessions_of(stranger.pk)) == 1
    assert User.objects.filter(pk=stranger.pk).exists()


def test_ending_sessions_counts_the_members_own(alice, stranger):
    signed_in("alice@example.com")
    signed_in("alice@example.com")
    signed_in("mallory@example.com")

    assert member_sessions_end(user=alice) == 2
    assert sessions_of(alice.pk) == []
    assert len(sessions_of(stranger.pk)) == 1
