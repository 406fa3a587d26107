"""A second factor (allauth.mfa): an authenticator app (TOTP), recovery codes and
security keys, set up and used through the real pages, and the security emails.

The mfa pages' templates are Ajar's to word; these tests read status codes, redirects,
the view's context, the database and the mail, never the wording of a page.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from urllib.parse import urlencode

import pytest
from allauth.account.adapter import get_adapter
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import decrypt
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.core.cache import cache
from django.template.loader import render_to_string
from django.test import Client

from apps.accounts.export import member_export
from tests.helpers import (
    MFA_AUTHENTICATE_URL,
    PASSWORD,
    SoftwareKey,
    make_security_key,
    signed_in,
    totp_code,
    totp_secret_of,
)

pytestmark = pytest.mark.django_db

ACTIVATE = "/accounts/2fa/totp/activate/"
DEACTIVATE = "/accounts/2fa/totp/deactivate/"
RECOVERY_CODES = "/accounts/2fa/recovery-codes/"
ADD_KEY = "/accounts/2fa/webauthn/add/"
REAUTHENTICATE = "/accounts/reauthenticate/"
DASHBOARD = "/plans/"
CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)")


def confirm_its_you(next_url: str) -> str:
    """Where allauth sends a member to confirm it's them before `next_url`."""
    return f"{REAUTHENTICATE}?{urlencode({'next': next_url})}"


def reauthenticate(client: Client, next_url: str) -> None:
    """Confirm it's you with the password, as the page allauth redirects to asks."""
    response = client.post(confirm_its_you(next_url), {"password": PASSWORD})
    assert response.status_code == 302


def activate_totp(client: Client) -> str:
    """Turn the authenticator app on through the real pages; returns the secret the
    member's app would have scanned from the QR code."""
    response = client.get(ACTIVATE)
    if response.status_code == 302:
        assert response["Location"] == confirm_its_you(ACTIVATE)
        reauthenticate(client, ACTIVATE)
        response = client.get(ACTIVATE)
    assert response.status_code == 200
    secret = response.context["form"].secret
    assert f"secret={secret}" in response.context["totp_url"]
    response = client.post(ACTIVATE, {"code": totp_code(secret)})
    assert response.status_code == 302
    # allauth makes recovery codes with the first factor and shows them straight away.
    assert response["Location"] == RECOVERY_CODES
    return secret


def password_step(email: str = "alice@example.com", **client_kwargs) -> Client:
    """A browser that has typed the right password and is asked for the second factor."""
    client = Client(**client_kwargs)
    response = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == MFA_AUTHENTICATE_URL
    assert SESSION_KEY not in client.session  # not signed in yet
    return client


def error_codes(response, field: str = "code") -> list[str]:
    """The codes of the errors allauth put on a field of the page's form."""
    form = response.context["form"]
    return [error.code for error in form.errors.as_data().get(field, [])]


def subject_of(template_prefix: str) -> str:
    """The subject allauth gives the mail it renders from `template_prefix`."""
    subject = render_to_string(f"{template_prefix}_subject.txt", {})
    return get_adapter().format_email_subject(" ".join(subject.splitlines()).strip())


def mails_with(template_prefix: str) -> list:
    return [message for message in mail.outbox if message.subject == subject_of(template_prefix)]


def recovery_codes_of(user) -> list[str]:
    codes = Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES)
    return codes.wrap().get_unused_codes()


def assert_no_secret_in(message, *secrets: str) -> None:
    text = message.body + "".join(str(content) for content, _ in message.alternatives)
    for secret in secrets:
        assert secret not in text


@pytest.fixture
def alice_with_totp(alice, alice_client) -> str:
    """Alice has set up her authenticator app through the pages; returns its secret."""
    secret = activate_totp(alice_client)
    mail.outbox.clear()
    return secret


# Turning the authenticator app on


def test_it_turns_the_authenticator_app_on_only_after_confirming_its_you(alice, alice_client):
    # force_login leaves no recent confirmation behind, so allauth asks for the password.
    response = alice_client.get(ACTIVATE)
    assert response.status_code == 302
    assert response["Location"] == confirm_its_you(ACTIVATE)

    reauthenticate(alice_client, ACTIVATE)
    response = alice_client.get(ACTIVATE)
    assert response.status_code == 200
    secret = response.context["form"].secret
    assert response.context["totp_url"].startswith("otpauth://totp/")
    assert "issuer=Ajar" in response.context["totp_url"]

    # A wrong code turns nothing on.
    response = alice_client.post(ACTIVATE, {"code": "000000"})
    assert response.status_code == 200
    assert error_codes(response) == ["incorrect_code"]
    assert not Authenticator.objects.filter(user=alice).exists()

    response = alice_client.post(ACTIVATE, {"code": totp_code(secret)})
    assert response.status_code == 302
    assert response["Location"] == RECOVERY_CODES
    # What allauth stored is the secret the page showed, and ten recovery codes came with it.
    assert totp_secret_of(alice) == secret
    assert len(recovery_codes_of(alice)) == settings.MFA_RECOVERY_CODE_COUNT
    page = alice_client.get(RECOVERY_CODES)
    assert page.context["can_view_codes"] is True  # just confirmed: she may read them
    assert page.context["unused_codes"] == recovery_codes_of(alice)


# Signing in with it


def test_a_member_with_the_app_gives_a_code_after_the_password_and_is_signed_in(
    alice, alice_with_totp
):
    browser = password_step()
    assert not signed_in(browser)
    assert browser.get(MFA_AUTHENTICATE_URL).status_code == 200

    response = browser.post(MFA_AUTHENTICATE_URL, {"code": totp_code(alice_with_totp)})

    assert response.status_code == 302
    assert response["Location"] == DASHBOARD
    assert browser.session[SESSION_KEY] == str(alice.pk)
    assert signed_in(browser)
    totp = Authenticator.objects.get(user=alice, type=Authenticator.Type.TOTP)
    assert totp.last_used_at is not None


def test_a_wrong_code_does_not_sign_in(alice_with_totp):
    browser = password_step()
    right = totp_code(alice_with_totp)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"

    response = browser.post(MFA_AUTHENTICATE_URL, {"code": wrong})

    assert response.status_code == 200
    assert error_codes(response) == ["incorrect_code"]
    assert SESSION_KEY not in browser.session
    assert not signed_in(browser)


def test_a_code_from_another_period_does_not_sign_in(alice_with_totp):
    browser = password_step()

    # MFA_TOTP_TOLERANCE is allauth's default, 0: the code of the last period is refused.
    response = browser.post(
        MFA_AUTHENTICATE_URL, {"code": totp_code(alice_with_totp, periods_from_now=-1)}
    )

    assert error_codes(response) == ["incorrect_code"]
    assert not signed_in(browser)


def test_a_code_that_signed_in_once_does_not_sign_in_again(alice_with_totp):
    code = totp_code(alice_with_totp)
    first = password_step()
    assert first.post(MFA_AUTHENTICATE_URL, {"code": code})["Location"] == DASHBOARD

    # Someone who saw the code (over a shoulder, through a phishing page) tries it at once.
    second = password_step()
    response = second.post(MFA_AUTHENTICATE_URL, {"code": code})

    assert response.status_code == 200
    assert error_codes(response) == ["incorrect_code"]
    assert not signed_in(second)
    assert signed_in(first)


def _attempts_allowed_per_account() -> int:
    """allauth counts wrong second-factor codes under ACCOUNT_RATE_LIMITS["login_failed"],
    keyed per account (and per address): e.g. "5/5m/ip,5/5m/key" allows 5."""
    rates = settings.ACCOUNT_RATE_LIMITS["login_failed"].split(",")
    (per_key,) = [rate for rate in rates if rate.endswith("/key")]
    return int(per_key.split("/")[0])


def test_repeated_wrong_codes_are_rate_limited_per_account_even_from_another_address(
    alice_with_totp,
):
    allowed = _attempts_allowed_per_account()
    browser = password_step()
    for _ in range(allowed):
        response = browser.post(MFA_AUTHENTICATE_URL, {"code": "000000"})
        assert error_codes(response) == ["incorrect_code"]

    # The limit holds even for the right code, and from a fresh address and browser.
    response = browser.post(MFA_AUTHENTICATE_URL, {"code": totp_code(alice_with_totp)})
    assert response.status_code == 200
    assert error_codes(response) == ["too_many_login_attempts"]
    assert not signed_in(browser)

    elsewhere = password_step(REMOTE_ADDR="198.51.100.23")
    response = elsewhere.post(MFA_AUTHENTICATE_URL, {"code": totp_code(alice_with_totp)})
    assert error_codes(response) == ["too_many_login_attempts"]
    assert not signed_in(elsewhere)


def test_a_recovery_code_signs_in_once_and_not_twice(alice, alice_with_totp):
    code = recovery_codes_of(alice)[0]
    first = password_step()

    response = first.post(MFA_AUTHENTICATE_URL, {"code": code})

    assert response["Location"] == DASHBOARD
    assert signed_in(first)
    assert code not in recovery_codes_of(alice)
    assert len(recovery_codes_of(alice)) == settings.MFA_RECOVERY_CODE_COUNT - 1

    second = password_step()
    response = second.post(MFA_AUTHENTICATE_URL, {"code": code})
    assert error_codes(response) == ["incorrect_code"]
    assert not signed_in(second)


# Turning it off


def test_turning_the_app_off_asks_to_confirm_its_you_first(alice, alice_with_totp):
    # A browser that signed in with password and code has not confirmed it's them since:
    # signing in is not confirming (allauth counts only records marked reauthenticated).
    browser = password_step()
    browser.post(MFA_AUTHENTICATE_URL, {"code": totp_code(alice_with_totp)})
    assert signed_in(browser)

    for response in (browser.get(DEACTIVATE), browser.post(DEACTIVATE)):
        assert response.status_code == 302
        assert response["Location"] == confirm_its_you(DEACTIVATE)
    assert Authenticator.objects.filter(user=alice, type=Authenticator.Type.TOTP).exists()
    assert mail.outbox == []

    # allauth kept the interrupted POST and carries it out once the password is given.
    reauthenticate(browser, DEACTIVATE)

    # The app and the recovery codes that went with it are gone.
    assert not Authenticator.objects.filter(user=alice).exists()
    assert browser.get(DEACTIVATE).status_code == 404
    # And the next sign-in needs the password only.
    response = Client().post("/accounts/login/", {"login": alice.email, "password": PASSWORD})
    assert response["Location"] == DASHBOARD


# Security emails: to the member's address, naming no secret or code


@pytest.fixture
def emptied_cache():
    """Transactional tests commit, and the database cache (rate limits, spent TOTP codes)
    is no model table that the flush afterwards would empty."""
    cache.clear()
    yield
    cache.clear()


# allauth mails "activated" from transaction.on_commit, inside the request: only a real
# commit runs it there (django_capture_on_commit_callbacks runs it after the request,
# when allauth's request context, which the mail needs, is gone).
@pytest.mark.django_db(transaction=True)
def test_turning_the_app_on_and_off_is_mailed_to_the_member(alice, alice_client, emptied_cache):
    secret = activate_totp(alice_client)
    codes = recovery_codes_of(alice)

    (activated,) = mail.outbox  # the recovery codes made with it are not mailed about
    assert activated.subject == subject_of("mfa/email/totp_activated")
    assert activated.to == ["alice@example.com"]

    reauthenticate(alice_client, DEACTIVATE)
    assert alice_client.post(DEACTIVATE).status_code == 302

    (deactivated,) = mails_with("mfa/email/totp_deactivated")
    assert deactivated.to == ["alice@example.com"]
    for message in (activated, deactivated):
        assert_no_secret_in(message, secret, *codes)


def test_changing_the_password_is_mailed_to_the_member(alice, alice_client):
    new = "another-long-passphrase-42"
    response = alice_client.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": new, "password2": new},
    )
    assert response.status_code == 302

    (changed,) = mails_with("account/email/password_changed")
    assert changed.to == ["alice@example.com"]
    assert_no_secret_in(changed, PASSWORD, new)


def test_changing_the_address_is_mailed_to_the_old_one(alice, alice_client):
    # Adding an address mails a confirmation link to the new address only; allauth tells
    # the old address once the change is confirmed and made (ACCOUNT_CHANGE_EMAIL).
    reauthenticate(alice_client, "/accounts/email/")
    alice_client.post("/accounts/email/", {"action_add": "", "email": "alice.new@example.com"})
    (confirmation,) = mail.outbox
    assert confirmation.to == ["alice.new@example.com"]
    assert mails_with("account/email/email_changed") == []

    path = CONFIRM_LINK.search(confirmation.body).group(1)
    assert alice_client.post(path).status_code == 302

    (changed,) = mails_with("account/email/email_changed")
    assert changed.to == ["alice@example.com"]
    assert "alice.new@example.com" in changed.body
    assert_no_secret_in(changed, path, PASSWORD)


def test_a_member_with_the_app_cannot_add_an_address(alice, alice_client, alice_with_totp):
    # allauth.mfa refuses a new, unverified address on an account with a second factor
    # (MFA_ALLOW_UNVERIFIED_EMAIL is False and addresses are verified by link, not code):
    # someone holding the session could otherwise move the account to their inbox.
    reauthenticate(alice_client, "/accounts/email/")
    response = alice_client.post(
        "/accounts/email/", {"action_add": "", "email": "alice.new@example.com"}
    )

    assert response.status_code == 200
    assert error_codes(response, "email") == ["add_email_blocked"]
    assert not alice.emailaddress_set.filter(email="alice.new@example.com").exists()
    assert mail.outbox == []


# Security keys: the WebAuthn ceremony, with a software key in the browser's place


def add_security_key(client: Client, name: str) -> tuple[dict, object]:
    response = client.get(ADD_KEY)
    if response.status_code == 302:
        reauthenticate(client, ADD_KEY)
        response = client.get(ADD_KEY)
    assert response.status_code == 200
    credential = SoftwareKey().register(response.context["js_data"]["creation_options"])
    response = client.post(ADD_KEY, {"name": name, "credential": json.dumps(credential)})
    return credential, response


def test_adding_a_security_key_is_mailed_to_the_member(alice, alice_client):
    credential, response = add_security_key(alice_client, "Blue key")

    assert response.status_code == 302
    key = Authenticator.objects.get(user=alice, type=Authenticator.Type.WEBAUTHN)
    assert key.wrap().name == "Blue key"
    assert key.wrap().is_passwordless is False
    (added,) = mails_with("mfa/email/webauthn_added")
    assert added.to == ["alice@example.com"]
    assert_no_secret_in(
        added,
        credential["id"],
        credential["response"]["attestationObject"],
        *recovery_codes_of(alice),
    )


def test_a_key_answering_another_challenge_is_refused(alice, alice_client):
    reauthenticate(alice_client, ADD_KEY)
    alice_client.get(ADD_KEY)  # the challenge the browser was given
    credential = SoftwareKey().register()  # for a challenge of its own

    response = alice_client.post(
        ADD_KEY, {"name": "Replayed", "credential": json.dumps(credential)}
    )

    assert response.status_code == 200
    assert not Authenticator.objects.filter(user=alice).exists()
    assert mail.outbox == []


# What the member can take away


def test_the_export_lists_the_factors_and_never_a_secret_or_code(
    alice, alice_client, alice_with_totp
):
    credential, _ = add_security_key(alice_client, "Blue key")
    codes = recovery_codes_of(alice)
    stored = {item.type: item for item in Authenticator.objects.filter(user=alice)}

    data = member_export(alice)
    text = json.dumps(data)

    factors = {item["type"]: item for item in data["sign_in"]["authenticators"]}
    assert set(factors) == {"totp", "recovery_codes", "webauthn"}
    assert set(factors["totp"]) == {"type", "created_at", "last_used_at"}
    assert datetime.fromisoformat(factors["totp"]["created_at"]) == stored["totp"].created_at
    assert factors["totp"]["last_used_at"] is None  # activating is not signing in
    assert factors["recovery_codes"]["unused_codes"] == settings.MFA_RECOVERY_CODE_COUNT
    assert factors["webauthn"]["name"] == "Blue key"
    assert factors["webauthn"]["passkey"] is False
    assert alice_with_totp not in text
    assert decrypt(stored["recovery_codes"].data["seed"]) not in text
    assert not any(code in text for code in codes)
    assert credential["id"] not in text
    assert credential["response"]["attestationObject"] not in text
    assert '"data"' not in text and '"secret"' not in text and '"seed"' not in text


def test_recovery_codes_are_shown_once_with_their_download_then_never_again(alice, alice_client):
    """Made with the app, shown on the next page with a download of them; after that the
    page says how many are left, and only new codes can be made."""
    activate_totp(alice_client)
    codes = recovery_codes_of(alice)

    first = alice_client.get(RECOVERY_CODES)
    html = first.content.decode()
    assert all(code in html for code in codes)
    (download,) = re.findall(r'<a [^>]*download="ajar-recovery-codes.txt"[^>]*>', html)
    assert all(code in download for code in codes)  # the file is made from this page

    again = alice_client.get(RECOVERY_CODES).content.decode()
    assert not any(code in again for code in codes)
    assert "ajar-recovery-codes.txt" not in again
    assert alice_client.get("/accounts/2fa/recovery-codes/download/").status_code == 403
    assert "/accounts/2fa/recovery-codes/generate/" in again


def test_the_second_step_offers_a_passkey_only_to_a_member_who_has_one(alice, alice_with_totp):
    """With only the app, a passkey button could only fail: it is not shown."""
    page = password_step().get(MFA_AUTHENTICATE_URL).content.decode()
    assert 'id="mfa_webauthn_authenticate"' not in page
    assert 'form="logout-from-stage"' in page  # a way back is still there

    make_security_key(alice, "Alice's key")
    page = password_step().get(MFA_AUTHENTICATE_URL).content.decode()
    assert 'id="mfa_webauthn_authenticate"' in page
