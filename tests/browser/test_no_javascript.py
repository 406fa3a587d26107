"""Journey 3: the job-offer journey with JavaScript switched off in the browser. Every step
is a plain form post and a page load: no live tone check (its findings come after
saving), no copy button, and the mail link carries the saved draft."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import unquote

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import Page, expect

from apps.plans.models import DeclinePlan
from tests.browser.helpers import Evidence, confirmation_path
from tests.browser.journeys import (
    BLUNT,
    ORGANISATION,
    PASSWORD,
    REFRAMED,
    check_page,
    plan_id_from,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMAIL = "ines@example.com"


@pytest.fixture
def page(make_context) -> Page:
    return make_context(java_script_enabled=False).new_page()


def heading(page: Page, title: str) -> None:
    expect(page.locator("h1")).to_have_text(title)


def sign_up(page: Page, evidence: Evidence) -> None:
    page.goto("/")
    page.get_by_role("link", name="Start my plan, free").click()
    page.get_by_label("Email").fill(EMAIL)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page).to_have_url("/accounts/confirm-email/")
    page.goto(confirmation_path(mail.outbox))
    page.get_by_role("button", name="Confirm").click()
    expect(page).to_have_url("/plans/")
    check_page(page, evidence, "dashboard-empty")


def build_plan(page: Page, evidence: Evidence) -> str:
    page.get_by_role("link", name="Decline a job offer").click()
    page.get_by_role("button", name="Create my plan").click()
    expect(page.locator("#error-summary")).to_be_visible()  # a page load, not a swap
    check_page(page, evidence, "situation-with-errors")
    page.get_by_label("Organisation").fill(ORGANISATION)
    page.get_by_label("Name").fill("Claire Dubois")
    page.get_by_label("Email").fill("claire@northwind.example")
    page.get_by_role("button", name="Create my plan").click()
    heading(page, "Reasons")
    plan_id = plan_id_from(page)

    page.locator("details.library-reason").first.get_by_role(
        "button", name="Use this"
    ).first.click()
    expect(page.locator("#messages")).to_contain_text("Added")
    # Blunt words: nothing happens while typing; saving shows the suggestion.
    page.locator("#id_reasons-0-phrasing").fill(
        f"I have thought about this a lot. {BLUNT.capitalize()}."
    )
    page.wait_for_timeout(900)  # longer than the live check's 600 ms delay
    expect(page.locator("#tone-id_reasons-0-phrasing")).to_be_empty()
    page.get_by_role("button", name="Save", exact=True).click()
    tone = page.locator("#tone-id_reasons-0-phrasing")
    expect(tone).to_contain_text(REFRAMED)
    check_page(page, evidence, "reasons-findings-after-save")
    tone.get_by_role("button", name="Apply").click()
    expect(page.locator("#id_reasons-0-phrasing")).to_have_value(
        f"I have thought about this a lot. {REFRAMED}."
    )
    page.get_by_role("button", name="Save and continue").click()

    heading(page, "Keep the door open")
    page.get_by_label("How you will say you want to stay in touch").fill(
        "I would really like to stay in touch."
    )
    page.get_by_role("button", name="Save and continue").click()

    heading(page, "The call")
    expect(page.locator("#script-text")).to_contain_text(REFRAMED)
    page.get_by_label("When did the conversation take place?").fill(
        (timezone.localdate() + timedelta(days=2)).isoformat()
    )
    page.get_by_role("button", name="Save and continue").click()
    expect(page.locator("#error-summary")).to_contain_text("This date is in the future")
    check_page(page, evidence, "call-with-errors")
    page.get_by_label("When did the conversation take place?").fill(
        timezone.localdate().isoformat()
    )
    page.get_by_role("button", name="Save and continue").click()

    heading(page, "Follow-up email")
    expect(page.get_by_role("button", name="Copy to clipboard")).to_be_hidden()
    mail_link = page.get_by_role("link", name="Open in my mail app")
    href = unquote(mail_link.get_attribute("href"))
    subject = page.get_by_label("Subject").input_value()
    assert href.startswith(f"mailto:claire@northwind.example?subject={subject}&body=Dear")
    assert REFRAMED in href
    check_page(page, evidence, "email")
    page.get_by_role("button", name="I have sent it").click()
    expect(page.locator("#messages")).to_contain_text("Marked as sent.")
    page.get_by_role("button", name="Save and continue").click()

    heading(page, "Reconnect")
    page.get_by_role("button", name="Schedule the ticked reminders").click()
    rows = page.locator("#scheduled-heading + ul > li")
    expect(rows.first).to_be_visible()
    # Snooze is a plain form post here: the page comes back with the row snoozed.
    rows.first.get_by_role("button", name="Snooze a week").click()
    expect(page.locator("#messages")).to_be_visible()
    expect(rows.first.get_by_text("Snoozed", exact=True)).to_be_visible()
    with page.expect_download() as download_info:
        rows.first.get_by_role("link", name="calendar file for").click()
    assert download_info.value.suggested_filename.endswith(".ics")
    check_page(page, evidence, "reconnect")
    page.get_by_role("button", name="Save and continue").click()
    heading(page, f"Your plan for {ORGANISATION}")
    check_page(page, evidence, "summary")
    return plan_id


def test_it_declines_a_job_offer_without_javascript(page: Page, content) -> None:
    evidence = Evidence("offer-journey-no-javascript")
    sign_up(page, evidence)
    plan_id = build_plan(page, evidence)

    plan = DeclinePlan.objects.get(pk=plan_id)
    assert plan.email_sent_on == timezone.localdate()
    assert plan.reasons.get().phrasing == f"I have thought about this a lot. {REFRAMED}."
    assert plan.reminders.filter(status="snoozed").count() == 1

    # The account menu cannot drop down without JavaScript: its links show as plain links.
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("link", name="Sign in").click()
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page.get_by_role("link", name=ORGANISATION, exact=True)).to_be_visible()
    check_page(page, evidence, "dashboard")
