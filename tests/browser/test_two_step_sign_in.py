"""Journeys: a member turns on two-step sign-in (an authenticator app with its recovery
codes, or a passkey) and signs in with it; and signs out the other devices."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.helpers import Evidence, log_in
from tests.browser.journeys import PASSWORD, check_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMAIL = "noor@example.com"
PERIOD = 30  # allauth's MFA_TOTP_PERIOD, with no tolerance either side (its default)
RECOVERY_CODE = re.compile(r"^[a-z0-9]{8}$", re.IGNORECASE)


def app_code(secret: str, *, used: set[str]) -> str:
    """The code an authenticator app shows now, as the member would read it off their
    phone: never one already used (allauth accepts each code once), and never in the
    last seconds of its 30-second window, so it is still valid when the form arrives."""
    while True:
        now = time.time()
        code = format_hotp_value(hotp_value(secret, int(now) // PERIOD))
        left = PERIOD - now % PERIOD
        if code not in used and left > 4:
            used.add(code)
            return code
        time.sleep(min(left + 0.2, 5))


def wrong_code(secret: str) -> str:
    """Six digits the app does not show now."""
    now = int(time.time()) // PERIOD
    shown = {format_hotp_value(hotp_value(secret, now + step)) for step in (-1, 0, 1)}
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in shown)


def sign_in_with_password(page: Page) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()


def sign_out(page: Page) -> None:
    page.get_by_role("button", name="Noor").click()
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()


def confirm_its_me(
    page: Page, evidence: Evidence, next_heading: str, check: Callable = check_page
) -> None:
    """Changing a factor first asks to confirm it's you, even just after signing in
    (allauth counts only a confirmation in the last five minutes, not the sign-in)."""
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm it's you")
    check(page, evidence, "confirm-its-you")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(next_heading)


def test_a_member_turns_on_an_authenticator_app_and_signs_in_with_it(
    page: Page, context: BrowserContext, make_context, member
) -> None:
    evidence = Evidence("two-step-app")
    used: set[str] = set()

    sign_in_with_password(page)
    expect(page).to_have_url("/plans/")
    page.get_by_role("button", name="Noor").click()
    page.get_by_role("link", name="Settings").click()
    page.get_by_role("navigation", name="Account").get_by_role(
        "link", name="Two-step sign-in"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Two-step sign-in")
    expect(page.get_by_text("Two-step sign-in is off.")).to_be_visible()
    check_page(page, evidence, "two-step-off")

    page.get_by_role("link", name="Set up an authenticator app").click()
    confirm_its_me(page, evidence, "Set up an authenticator app")
    expect(
        page.get_by_role("img", name="QR code to scan with your authenticator app")
    ).to_be_visible()
    check_page(page, evidence, "set-up-app")
    secret = page.locator("#authenticator_secret").input_value()
    assert re.fullmatch(r"[A-Z2-7]{32}", secret), secret

    # A wrong code first: the app is not turned on.
    page.get_by_label("Six-digit code").fill(wrong_code(secret))
    page.get_by_role("button", name="Turn on two-step sign-in").click()
    expect(page.locator("[data-error-summary]")).to_be_visible()
    check_page(page, evidence, "set-up-app-wrong-code")
    assert not Authenticator.objects.filter(user=member, type=Authenticator.Type.TOTP).exists()

    page.get_by_label("Six-digit code").fill(app_code(secret, used=used))
    page.get_by_role("button", name="Turn on two-step sign-in").click()

    # Turned on, Ajar shows the recovery codes at once.
    expect(page.get_by_role("heading", level=1)).to_have_text("Recovery codes")
    shown = page.locator("#recovery-codes-list li").all_inner_texts()
    assert len(shown) == 10, shown
    check_page(page, evidence, "recovery-codes")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download codes (.txt)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".txt"), download.suggested_filename
    text = Path(download.path()).read_text(encoding="utf-8")
    assert EMAIL in text
    codes = [line.strip() for line in text.splitlines() if RECOVERY_CODE.match(line.strip())]
    assert codes == shown, (codes, shown)

    page.get_by_role("link", name="Back to two-step sign-in").click()
    expect(page.get_by_text("Two-step sign-in is on.")).to_be_visible()
    expect(page.get_by_text("You have 10 of 10 codes left.")).to_be_visible()
    check_page(page, evidence, "two-step-on")

    # Signing in now takes the password, then a code from the app.
    sign_out(page)
    sign_in_with_password(page)
    expect(page).to_have_url("/accounts/2fa/authenticate/")
    check_page(page, evidence, "second-step")
    page.get_by_label("Code from your app, or a recovery code").fill(wrong_code(secret))
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page).to_have_url("/accounts/2fa/authenticate/")
    expect(page.locator("[data-error-summary]")).to_be_visible()
    check_page(page, evidence, "second-step-wrong-code")
    page.get_by_label("Code from your app, or a recovery code").fill(app_code(secret, used=used))
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page).to_have_url("/plans/")
    check_page(page, evidence, "signed-in-with-app")

    # A second browser (the laptop at work), signed in with a recovery code.
    other: BrowserContext = make_context()
    other_page = other.new_page()
    sign_in_with_password(other_page)
    expect(other_page).to_have_url("/accounts/2fa/authenticate/")
    other_page.get_by_label("Code from your app, or a recovery code").fill(codes[0])
    other_page.get_by_role("button", name="Sign in", exact=True).click()
    expect(other_page).to_have_url("/plans/")
    check_page(other_page, evidence, "other-browser-signed-in-with-recovery-code")

    # Back on the first: sign out everywhere else.
    page.get_by_role("button", name="Noor").click()
    page.get_by_role("link", name="Settings").click()
    page.get_by_role("navigation", name="Account").get_by_role(
        "link", name="Where you are signed in"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Where you are signed in")
    rows = page.get_by_role("table").locator("tbody tr")
    expect(rows).to_have_count(2)
    expect(page.get_by_text("This device", exact=True)).to_have_count(1)
    check_page(page, evidence, "signed-in-on-two")
    page.get_by_role("button", name="Sign out everywhere else").click()
    expect(rows).to_have_count(1)
    expect(page.get_by_text("You are signed in on this device only.")).to_be_visible()
    check_page(page, evidence, "signed-in-here-only")

    # The other browser's next page asks it to sign in again.
    other_page.reload()
    expect(other_page).to_have_url(re.compile(r"/accounts/login/\?next=/plans/$"))
    expect(other_page.get_by_role("heading", level=1)).to_have_text("Sign in")
    check_page(other_page, evidence, "other-browser-signed-out")

    # The recovery code was used up; the first browser is still signed in.
    page.goto("/accounts/2fa/")
    expect(page.get_by_text("You have 9 of 10 codes left.")).to_be_visible()


class VirtualPasskeys:
    """Chromium's virtual authenticator (through the DevTools protocol): a passkey on
    "this device", whose fingerprint reader always says yes.

    Detaching any other DevTools session from the page (as axe_violations() does after
    each run) tears Chromium's virtual authenticators down, the keys on them included.
    So check() keeps the keys across axe: it reads them out, runs axe, then adds a fresh
    authenticator with the same keys (private key, user handle, sign count)."""

    OPTIONS = {
        "protocol": "ctap2",
        "transport": "internal",
        "hasResidentKey": True,
        "hasUserVerification": True,
        "isUserVerified": True,
        "automaticPresenceSimulation": True,
    }

    def __init__(self, context: BrowserContext, page: Page) -> None:
        self.cdp = context.new_cdp_session(page)
        self.authenticator_id = self._add_authenticator()

    def _add_authenticator(self) -> str:
        self.cdp.send("WebAuthn.enable")
        added = self.cdp.send("WebAuthn.addVirtualAuthenticator", {"options": self.OPTIONS})
        return added["authenticatorId"]

    def credentials(self) -> list[dict]:
        found = self.cdp.send("WebAuthn.getCredentials", {"authenticatorId": self.authenticator_id})
        return found["credentials"]

    def check(self, page: Page, evidence: Evidence, label: str) -> None:
        kept = self.credentials()
        check_page(page, evidence, label)
        self.authenticator_id = self._add_authenticator()
        for credential in kept:
            self.cdp.send(
                "WebAuthn.addCredential",
                {"authenticatorId": self.authenticator_id, "credential": credential},
            )


def test_a_member_adds_a_passkey_and_signs_in_with_it_alone(
    page: Page, context: BrowserContext, member, base_url
) -> None:
    evidence = Evidence("two-step-passkey")
    # WebAuthn wants a secure context, and refuses IP addresses as relying parties:
    # http://localhost is both secure and a domain.
    assert base_url.startswith("http://localhost:"), base_url
    passkeys = VirtualPasskeys(context, page)

    log_in(context, member, base_url)
    page.goto("/accounts/2fa/")
    page.get_by_role("link", name="Add a passkey or security key").click()
    confirm_its_me(page, evidence, "Add a passkey or security key", passkeys.check)
    passkeys.check(page, evidence, "add-passkey")
    page.get_by_label("Name").fill("Noor's laptop")
    page.get_by_label("Also use it to sign in without a password").check()
    page.locator("#mfa_webauthn_add").click()

    # The first key turns two-step sign-in on, with recovery codes to go with it.
    expect(page.get_by_role("heading", level=1)).to_have_text("Recovery codes")
    (credential,) = passkeys.credentials()
    assert credential["isResidentCredential"], credential  # a passkey, not just a 2nd factor
    assert credential["rpId"] == "localhost"
    passkeys.check(page, evidence, "recovery-codes")

    page.get_by_role("link", name="Back to two-step sign-in").click()
    expect(page.get_by_text("Two-step sign-in is on.")).to_be_visible()
    expect(page.get_by_text("You have added 1 passkey or security key.")).to_be_visible()
    passkeys.check(page, evidence, "two-step-on")
    page.get_by_role("link", name="Manage passkeys and security keys").click()
    row = page.get_by_role("row").filter(has_text="Noor's laptop")
    expect(row).to_be_visible()
    expect(row.get_by_text("Passkey", exact=True)).to_be_visible()
    expect(row).to_contain_text("Not used yet.")
    passkeys.check(page, evidence, "passkeys-listed")

    # Signed out, the passkey alone signs Noor back in: no email, no password.
    sign_out(page)
    page.get_by_role("link", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    passkeys.check(page, evidence, "sign-in")
    page.get_by_role("button", name="Sign in with a passkey").click()
    expect(page).to_have_url("/plans/")
    expect(page.get_by_role("button", name="Noor")).to_be_visible()
    passkeys.check(page, evidence, "signed-in-with-passkey")

    page.goto("/accounts/2fa/webauthn/")
    row = page.get_by_role("row").filter(has_text="Noor's laptop")
    expect(row).to_contain_text("Last used now.")
    passkeys.check(page, evidence, "passkey-used")
