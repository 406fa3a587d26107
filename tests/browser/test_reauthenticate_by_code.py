"""Journey: a member without their password to hand confirms it's them with an emailed code."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from tests.browser.helpers import Evidence, assert_accessible, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_member_changes_their_email_after_confirming_by_code(
    page: Page, context, member, base_url
) -> None:
    evidence = Evidence("reauthenticate-by-code")
    log_in(context, member, base_url)
    page.goto("/account/")
    page.get_by_role("link", name="Change", exact=True).click()
    page.get_by_label("Change to").fill("noor.new@example.com")
    page.get_by_role("button", name="Change email address").click()

    # Signed in a while ago: Ajar asks to confirm it's them first.
    expect(page.get_by_role("heading", name="Confirm it's you")).to_be_visible()
    evidence.shot(page, "password-asked")
    assert_accessible(page, "reauthenticate-password")
    page.get_by_role("link", name="Email me a code instead").click()

    expect(page.get_by_text("noor@example.com")).to_be_visible()
    evidence.shot(page, "code-offered")
    assert_accessible(page, "reauthenticate-request-code")
    page.get_by_role("button", name="Email me a code").click()

    expect(page.get_by_role("heading", name="Enter your code")).to_be_visible()
    (message,) = mail.outbox
    assert message.to == ["noor@example.com"]
    code = re.search(r"^\s*([A-Z0-9-]{6,})\s*$", message.body, flags=re.MULTILINE).group(1)
    page.get_by_label("Code").fill("WRONG-CODE")
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("alert")).to_contain_text("Please check the form")
    evidence.shot(page, "wrong-code")
    assert_accessible(page, "reauthenticate-wrong-code")

    page.get_by_label("Code").fill(code)
    page.get_by_role("button", name="Confirm").click()
    # The change they asked for is carried out: the new address awaits its confirmation.
    expect(page.get_by_text("noor.new@example.com")).to_be_visible()
    assert member.emailaddress_set.filter(email="noor.new@example.com").exists()
    assert mail.outbox[-1].to == ["noor.new@example.com"]
    evidence.shot(page, "email-changing")
