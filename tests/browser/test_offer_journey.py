"""Journey 1: a visitor declines a job offer with the mouse, from the landing page to the
dashboard, through every builder step, with axe on every page and every state."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import Page, expect

from apps.accounts.models import User
from apps.plans.models import DeclinePlan
from tests.browser.helpers import Evidence, confirmation_path, focus_is_on
from tests.browser.journeys import (
    BLUNT,
    ORGANISATION,
    PASSWORD,
    REFRAMED,
    announced,
    check_page,
    plan_id_from,
    settled,
    step_heading,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMAIL = "noor@example.com"


def sign_up_and_confirm(page: Page, evidence: Evidence) -> None:
    page.goto("/")
    expect(page.locator("h1")).to_have_text("Turn down an offer. Keep the door open.")
    check_page(page, evidence, "landing")

    page.get_by_role("link", name="Read the guide first").click()
    expect(page).to_have_url("/guide/")
    check_page(page, evidence, "guide")

    page.get_by_role("link", name="Sign up free").click()
    expect(page).to_have_url("/accounts/signup/")
    check_page(page, evidence, "sign-up")

    # A sign-up with mismatched passwords keeps what was typed and says what is wrong.
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Your name").fill("Noor")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill("something else entirely")
    page.get_by_role("button", name="Create account").click()
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_visible()
    expect(page.get_by_label("Email")).to_have_value(EMAIL)
    check_page(page, evidence, "sign-up-with-errors")

    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page).to_have_url("/accounts/confirm-email/")
    check_page(page, evidence, "check-your-email")

    # The email went to Django's in-memory outbox, in this very process.
    assert mail.outbox[-1].to == [EMAIL]
    page.goto(confirmation_path(mail.outbox))
    check_page(page, evidence, "confirm-email")
    page.get_by_role("button", name="Confirm").click()
    expect(page).to_have_url("/plans/")
    expect(page.get_by_role("heading", name="Welcome, Noor.")).to_be_visible()
    check_page(page, evidence, "dashboard-empty")


def situation(page: Page, evidence: Evidence) -> None:
    page.get_by_role("link", name="Decline a job offer").click()
    step_heading(page, "Start a new plan")
    expect(page.get_by_label("Job offer")).to_be_checked()
    check_page(page, evidence, "situation-empty")

    # Nothing filled in: the error summary takes the focus and links to the field.
    page.get_by_role("button", name="Create my plan").click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    settled(page)
    assert focus_is_on(page, "#error-summary")
    link = summary.get_by_role("link", name="Organisation")
    expect(link).to_have_attribute("href", "#id_organisation")
    check_page(page, evidence, "situation-with-errors")
    link.click()
    assert focus_is_on(page, "#id_organisation")

    page.get_by_label("Organisation").fill(ORGANISATION)
    page.get_by_label("Role", exact=True).fill("Senior Data Analyst")
    page.get_by_label("Name").fill("Claire Dubois")
    page.get_by_label("Their role").fill("Head of Talent")
    page.get_by_label("Email").fill("claire@northwind.example")
    page.get_by_label("Phone").fill("+32 2 555 01 23")
    deadline = timezone.localdate() + timedelta(days=4)
    page.get_by_label("When do they expect your answer?").fill(deadline.isoformat())
    page.get_by_label("When did you decide?").fill(timezone.localdate().isoformat())
    check_page(page, evidence, "situation-filled")
    page.get_by_role("button", name="Create my plan").click()
    step_heading(page, "Reasons")
    assert focus_is_on(page, "#builder h1")


def reasons(page: Page, evidence: Evidence) -> None:
    expect(page.get_by_text("No reasons yet.")).to_be_visible()
    check_page(page, evidence, "reasons-empty")

    # The first library reason is open: use its first phrasing.
    first = page.locator("details.library-reason").first
    first_title = first.locator("summary").inner_text().strip()
    first.get_by_role("button", name="Use this").first.click()
    settled(page)
    expect(page.locator("#messages")).to_contain_text(f"Added “{first_title}”")
    announced(page, f"Added “{first_title}”.")
    expect(page.get_by_role("heading", name=first_title, level=3)).to_be_visible()

    # Open another reason from the library and use it too.
    second = page.locator("details.library-reason").nth(1)
    second_title = second.locator("summary").inner_text().strip()
    second.locator("summary").click()
    second.get_by_role("button", name="Use this").first.click()
    settled(page)
    expect(page.get_by_role("heading", name=second_title, level=3)).to_be_visible()

    # Blunt words: the live tone check offers the professional phrasing as you type.
    phrasing = page.locator("#id_reasons-0-phrasing")
    phrasing.fill(f"I have thought about this a lot. {BLUNT.capitalize()}.")
    tone = page.locator("#tone-id_reasons-0-phrasing")
    expect(tone).to_contain_text(REFRAMED)
    check_page(page, evidence, "reasons-tone-check")
    tone.get_by_role("button", name="Apply").click()
    settled(page)
    announced(page, "Suggestion applied.")
    expect(page.locator("#id_reasons-0-phrasing")).to_have_value(
        f"I have thought about this a lot. {REFRAMED}."
    )
    page.get_by_label("Private note (only for you)").first.fill("They offered 15% less.")

    # A reason of one's own without a name: the error summary says so.
    page.locator("#id_own-phrasing").fill("I want to finish the project I started.")
    page.get_by_role("button", name="Add my reason").click()
    expect(page.locator("#error-summary")).to_contain_text("Give your reason a short name")
    settled(page)
    assert focus_is_on(page, "#error-summary")
    expect(page.locator("#id_own-phrasing")).to_have_value(
        "I want to finish the project I started."
    )
    check_page(page, evidence, "reasons-with-errors")
    page.locator("#id_own-title").fill("Unfinished project")
    page.get_by_role("button", name="Add my reason").click()
    expect(page.get_by_role("heading", name="Unfinished project", level=3)).to_be_visible()
    settled(page)
    check_page(page, evidence, "reasons-filled")

    page.get_by_role("button", name="Save and continue").click()
    step_heading(page, "Keep the door open")
    assert focus_is_on(page, "#builder h1")


def door_open(page: Page, evidence: Evidence) -> None:
    check_page(page, evidence, "door-open-empty")
    page.get_by_label("How you will say you want to stay in touch").fill(
        "I would really like to stay in touch and hope our paths cross again."
    )
    page.get_by_label("What would make you reconsider later").fill(
        "If a role closer to home opens up, I would love to hear about it."
    )
    check_page(page, evidence, "door-open-filled")
    page.get_by_role("button", name="Save and continue").click()
    step_heading(page, "The call")


def conversation(page: Page, evidence: Evidence) -> None:
    script = page.locator("#script-text")
    expect(script).to_contain_text("Claire")
    expect(script).to_contain_text(REFRAMED)
    expect(script).to_contain_text("stay in touch")
    expect(script).not_to_contain_text("15% less")  # the private note stays private
    check_page(page, evidence, "call-empty")

    held_on = page.get_by_label("When did the conversation take place?")
    held_on.fill((timezone.localdate() + timedelta(days=3)).isoformat())
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator("#error-summary")).to_contain_text("This date is in the future")
    settled(page)
    assert focus_is_on(page, "#error-summary")
    check_page(page, evidence, "call-with-errors")

    page.get_by_label("When did the conversation take place?").fill(
        timezone.localdate().isoformat()
    )
    for box in page.locator("input[name=checklist_done]").all()[:2]:
        box.check()
    page.get_by_label("How it went").fill("Claire was gracious and asked me to keep in touch.")
    check_page(page, evidence, "call-filled")
    page.get_by_role("button", name="Save and continue").click()
    step_heading(page, "Follow-up email")


def follow_up_email(page: Page, evidence: Evidence) -> None:
    subject = page.get_by_label("Subject")
    body = page.get_by_label("Your email")
    expect(body).to_contain_text("Claire")
    expect(body).to_contain_text(REFRAMED)
    check_page(page, evidence, "email-draft")

    # An empty subject is refused, and what was typed in the body stays.
    subject.fill("")
    body.fill(body.input_value() + "\n\nP.S. I will get in touch if my situation changes.")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator("#error-summary")).to_contain_text("Subject")
    settled(page)
    assert focus_is_on(page, "#error-summary")
    expect(body).to_contain_text("P.S. I will get in touch")
    check_page(page, evidence, "email-with-errors")

    subject.fill("Thank you, and my decision")
    body.fill(body.input_value().replace("Claire", "Claire", 1) + " All the best!")

    # Copy to clipboard: subject, a blank line, the body, exactly as edited (unsaved).
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_role("button", name="Copy to clipboard").click()
    expect(page.get_by_text("Copied. Paste it into your email.")).to_be_visible()
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == f"Thank you, and my decision\n\n{body.input_value()}"
    assert copied.endswith("P.S. I will get in touch if my situation changes. All the best!")

    # "Open in my mail app" carries the unsaved edits too; the test stops the navigation.
    page.evaluate(
        """() => document.addEventListener("click", (event) => {
            if (event.target.closest("a[href^='mailto:']")) event.preventDefault();
        }, true)"""
    )
    mail_link = page.get_by_role("link", name="Open in my mail app")
    mail_link.click()
    href = mail_link.get_attribute("href")
    assert href.startswith("mailto:claire@northwind.example?subject=Thank%20you%2C%20and%20my")
    assert "All%20the%20best!" in href

    settled(page)  # the autosave of the edits has been answered
    page.get_by_role("button", name="I have sent it").click()
    settled(page)
    expect(page.locator("#messages")).to_contain_text("Marked as sent.")
    announced(page, "Marked as sent. Well done: the hardest part is behind you.")
    check_page(page, evidence, "email-sent")
    page.get_by_role("button", name="Save and continue").click()
    step_heading(page, "Reconnect")


def reconnect(page: Page, evidence: Evidence) -> str:
    expect(page.get_by_text("None scheduled yet.")).to_be_visible()
    check_page(page, evidence, "reconnect-proposals")
    ticked = page.locator("input[name=idea]:checked").count()
    assert ticked >= 2
    page.get_by_role("button", name="Schedule the ticked reminders").click()
    reminders = page.locator("#scheduled-heading + ul > li")
    expect(reminders).to_have_count(ticked)
    first_title = reminders.first.locator("h3").inner_text()
    check_page(page, evidence, "reconnect-scheduled")

    # An .ics file for the first reminder, downloaded as a browser does.
    with page.expect_download() as download_info:
        reminders.first.get_by_role("link", name="calendar file for").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    ics = download.path().read_text(encoding="utf-8")
    assert ics.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in ics
    assert first_title.split()[0] in ics

    # A reminder of one's own, first without a title: the errors show in the builder.
    page.get_by_role("button", name="Add reminder").click()
    expect(page.locator("#error-summary")).to_be_visible()
    expect(page.locator("#builder h1")).to_have_text("Reconnect")
    assert focus_is_on(page, "#error-summary")
    check_page(page, evidence, "reminder-add-with-errors")
    page.get_by_label("What to do").fill("Coffee with Claire")
    page.locator("#id_add-local_date").fill(
        (timezone.localdate() + timedelta(days=200)).isoformat()
    )
    page.get_by_role("button", name="Add reminder").click()
    expect(page.get_by_role("heading", name="Coffee with Claire")).to_be_visible()
    check_page(page, evidence, "reconnect-filled")

    page.get_by_role("button", name="Save and continue").click()
    expect(page.locator("#builder h1")).to_have_text(f"Your plan for {ORGANISATION}")
    settled(page)
    return first_title


def test_it_declines_a_job_offer_with_the_mouse(page: Page, content) -> None:
    evidence = Evidence("offer-journey-mouse")
    sign_up_and_confirm(page, evidence)
    situation(page, evidence)
    plan_id = plan_id_from(page)
    reasons(page, evidence)
    door_open(page, evidence)
    conversation(page, evidence)
    follow_up_email(page, evidence)
    first_reminder = reconnect(page, evidence)

    summary = page.locator("#builder")
    expect(summary).to_contain_text(REFRAMED)
    expect(summary).to_contain_text("Unfinished project")
    expect(summary).to_contain_text("Coffee with Claire")
    check_page(page, evidence, "summary")

    plan = DeclinePlan.objects.get(pk=plan_id)
    assert plan.owner == User.objects.get(email=EMAIL)
    assert plan.email_sent_on == timezone.localdate()
    assert plan.email_body.endswith("All the best!")
    assert plan.reminders.count() >= 3

    # Sign out, sign back in (once with a wrong password), and find it all again.
    page.get_by_role("button", name="Noor").click()
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    page.get_by_role("link", name="Sign in").click()
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password").fill("not my password")
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page.locator("[data-error-summary]")).to_be_visible()
    check_page(page, evidence, "sign-in-with-errors")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page).to_have_url("/plans/")
    expect(page.get_by_role("link", name=ORGANISATION, exact=True)).to_be_visible()
    expect(page.get_by_text("100% done")).to_be_visible()
    expect(page.locator("#reminders-heading")).to_be_visible()
    expect(page.get_by_role("heading", name=first_reminder)).to_be_visible()
    check_page(page, evidence, "dashboard")
