"""Journey 2: declining a promotion with the keyboard only (Tab, Shift+Tab, Enter, Space
and the arrow keys). After every Tab the focused control must show a focus ring; after
every htmx swap the focus must land on the step's heading or on the error summary."""

from __future__ import annotations

import pytest
from django.core import mail
from playwright.sync_api import Locator, Page, expect

from apps.plans.models import DeclinePlan
from apps.reminders.models import Reminder
from tests.browser.helpers import (
    Evidence,
    confirmation_path,
    focus_is_on,
    focused,
    press,
    tab_to,
    type_into,
)
from tests.browser.journeys import PASSWORD, announced, check_page, plan_id_from, settled

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMAIL = "sam@example.com"
ORGANISATION = "Contoso Analytics"
BLUNT = "I don't want to manage"
REFRAMED = "I would rather deepen my expertise than move into managing people right now"


def activate(page: Page, target: Locator, key: str = "Enter", *, backwards: bool = False) -> None:
    tab_to(page, target, backwards=backwards)
    page.keyboard.press(key)


def lands_on_heading(page: Page, title: str) -> None:
    """After an htmx swap: the new step's heading has the focus."""
    expect(page.locator("#builder h1")).to_have_text(title)
    settled(page)
    assert focus_is_on(page, "#builder h1"), focused(page)


def lands_on_errors(page: Page) -> None:
    expect(page.locator("#error-summary")).to_be_visible()
    settled(page)
    assert focus_is_on(page, "#error-summary"), focused(page)


def sign_up(page: Page, evidence: Evidence) -> None:
    page.goto("/")
    # The first Tab reaches the skip link, which shows itself.
    state = press(page, "Tab")
    assert state["text"] == "Skip to main content"
    expect(page.get_by_role("link", name="Skip to main content")).to_be_visible()
    activate(page, page.get_by_role("link", name="Start my plan, free"))
    expect(page).to_have_url("/accounts/signup/")

    type_into(page, page.get_by_label("Email"), EMAIL)
    type_into(page, page.get_by_label("Your name"), "Sam")
    type_into(page, page.locator("#id_password1"), PASSWORD)
    type_into(page, page.locator("#id_password2"), PASSWORD)
    page.keyboard.press("Enter")  # Enter in a field sends the form
    expect(page).to_have_url("/accounts/confirm-email/")

    page.goto(confirmation_path(mail.outbox))  # opened from the mail app
    activate(page, page.get_by_role("button", name="Confirm"), key="Space")
    expect(page).to_have_url("/plans/")


def situation(page: Page, evidence: Evidence) -> None:
    activate(page, page.get_by_role("link", name="Decline a promotion"))
    expect(page.locator("#builder h1")).to_have_text("Start a new plan")
    promotion = page.get_by_label("Promotion")
    expect(promotion).to_be_checked()
    # Arrow keys move between the two radios of the group.
    tab_to(page, promotion)
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_label("Job offer")).to_be_checked()
    page.keyboard.press("ArrowRight")
    expect(promotion).to_be_checked()

    # Sending it empty: the error summary takes the focus, its link takes us to the field.
    tab_to(page, page.get_by_role("button", name="Create my plan"))
    page.keyboard.press("Enter")
    lands_on_errors(page)
    press(page, "Tab")
    assert focused(page)["text"] == "Organisation"
    page.keyboard.press("Enter")
    assert focus_is_on(page, "#id_organisation")

    page.keyboard.type(ORGANISATION)
    press(page, "Tab")
    page.keyboard.type("Team Lead")
    type_into(page, page.get_by_label("Name"), "Jeroen Maes")
    type_into(page, page.get_by_label("Their role"), "Head of Data")
    type_into(page, page.get_by_label("Email"), "jeroen@contoso.example")
    activate(page, page.get_by_role("button", name="Create my plan"))
    lands_on_heading(page, "Reasons")


def reasons(page: Page, evidence: Evidence) -> None:
    library = page.locator("details.library-reason")
    specialist = library.filter(has_text="Staying a specialist rather than managing people")
    # A closed reason opens with Enter on its summary; its phrasings are then reachable.
    activate(page, specialist.locator("summary"))
    expect(specialist).to_have_attribute("open", "")
    activate(page, specialist.get_by_role("button", name="Use this").first, key="Space")
    lands_on_heading(page, "Reasons")
    announced(page, "Added “Staying a specialist rather than managing people”.")

    balance = library.filter(has_text="Work-life balance")
    activate(page, balance.locator("summary"), key="Space")
    activate(page, balance.get_by_role("button", name="Use this").first)
    lands_on_heading(page, "Reasons")

    # Typing blunt words: the live tone check offers "Apply", the next stop after the field.
    type_into(page, page.locator("#id_reasons-0-phrasing"), f"Honestly: {BLUNT}.")
    apply = page.locator("#tone-id_reasons-0-phrasing").get_by_role("button", name="Apply")
    expect(apply).to_be_visible()
    press(page, "Tab")
    assert focused(page)["text"].startswith("Apply"), focused(page)
    page.keyboard.press("Enter")
    lands_on_heading(page, "Reasons")
    announced(page, "Suggestion applied.")
    expect(page.locator("#id_reasons-0-phrasing")).to_have_value(f"Honestly: {REFRAMED}.")
    check_page(page, evidence, "reasons")

    activate(page, page.get_by_role("button", name="Save and continue"))
    lands_on_heading(page, "Keep the door open")


def door_open(page: Page, evidence: Evidence) -> None:
    type_into(
        page,
        page.get_by_label("Other ways you could add value"),
        "I could mentor the two new analysts and lead the migration.",
    )
    press(page, "Tab")
    page.keyboard.type("A course in people management would help me revisit this in a year.")
    press(page, "Tab")
    page.keyboard.type("I want to keep growing as the team's forecasting specialist.")
    check_page(page, evidence, "door-open")
    activate(page, page.get_by_role("button", name="Save and continue"))
    lands_on_heading(page, "The meeting")


def meeting(page: Page, evidence: Evidence) -> None:
    script = page.locator("#script-text")
    expect(script).to_contain_text("Jeroen")
    expect(script).to_contain_text(REFRAMED)
    expect(script).to_contain_text("mentor the two new analysts")
    checkboxes = page.locator("input[name=checklist_done]")
    activate(page, checkboxes.first, key="Space")
    press(page, "Tab")
    page.keyboard.press("Space")
    expect(checkboxes.nth(0)).to_be_checked()
    expect(checkboxes.nth(1)).to_be_checked()
    type_into(page, page.get_by_label("How it went"), "Jeroen understood; we agreed on mentoring.")
    check_page(page, evidence, "meeting")
    activate(page, page.get_by_role("button", name="Save and continue"))
    lands_on_heading(page, "Follow-up email")


def follow_up_email(page: Page, evidence: Evidence) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    body = page.get_by_label("Your email")
    expect(body).to_contain_text("Jeroen")
    activate(page, page.get_by_role("button", name="Copy to clipboard"))
    expect(page.get_by_text("Copied. Paste it into your email.")).to_be_visible()
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == f"{page.get_by_label('Subject').input_value()}\n\n{body.input_value()}"
    activate(page, page.get_by_role("button", name="I have sent it"), key="Space")
    lands_on_heading(page, "Follow-up email")
    announced(page, "Marked as sent. Well done: the hardest part is behind you.")
    check_page(page, evidence, "email")
    activate(page, page.get_by_role("button", name="Save and continue"))
    lands_on_heading(page, "Reconnect")


def reconnect(page: Page, evidence: Evidence, plan_id: str) -> None:
    ideas = page.locator("input[name=idea]")
    ticked = page.locator("input[name=idea]:checked").count()
    # Space unticks the first suggestion.
    activate(page, ideas.first, key="Space")
    expect(ideas.first).not_to_be_checked()
    activate(page, page.get_by_role("button", name="Schedule the ticked reminders"))
    rows = page.locator("#scheduled-heading + ul > li")
    expect(rows).to_have_count(ticked - 1)

    # Snooze in place (htmx swaps the row): the focus lands on the row, the outcome is read out.
    first = rows.first
    title = first.locator("h3").inner_text()
    activate(page, first.get_by_role("button", name="Snooze a week"))
    expect(first.get_by_text("Snoozed", exact=True)).to_be_visible()
    settled(page)
    assert focus_is_on(page, f"#{first.get_attribute('id')} h3"), focused(page)
    announced(page, "Snoozed")

    # Edit in place: the focus goes to the title field; Enter saves.
    activate(page, first.get_by_role("link", name="Edit"))
    settled(page)
    assert focus_is_on(page, f"#{first.get_attribute('id')} input[name=title]"), focused(page)
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type(f"{title} (over coffee)")
    page.keyboard.press("Enter")
    expect(first.locator("h3")).to_have_text(f"{title} (over coffee)")
    settled(page)
    assert focus_is_on(page, f"#{first.get_attribute('id')} h3"), focused(page)
    check_page(page, evidence, "reconnect")
    assert Reminder.objects.filter(plan_id=plan_id, title=f"{title} (over coffee)").exists()

    activate(page, page.get_by_role("button", name="Save and continue"))
    expect(page.locator("#builder h1")).to_have_text(f"Your plan for {ORGANISATION}")
    settled(page)
    assert focus_is_on(page, "#builder h1"), focused(page)


def sign_out_and_back_in(page: Page) -> None:
    # Back up to the account menu: it opens with Enter, the arrow keys walk its items.
    activate(page, page.get_by_role("button", name="Sam"), backwards=True)
    sign_out = page.get_by_role("button", name="Sign out")
    expect(sign_out).to_be_visible()
    for _ in range(6):
        page.keyboard.press("ArrowDown")
        if focus_is_on(page, ".dropdown-menu button[type=submit]"):
            break
    assert focused(page)["text"] == "Sign out", focused(page)
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()

    activate(page, page.get_by_role("link", name="Sign in"))
    type_into(page, page.get_by_label("Email"), EMAIL)
    type_into(page, page.get_by_label("Password"), PASSWORD)
    page.keyboard.press("Enter")
    expect(page).to_have_url("/plans/")


def test_it_declines_a_promotion_with_the_keyboard_only(page: Page, content) -> None:
    evidence = Evidence("promotion-journey-keyboard")
    sign_up(page, evidence)
    situation(page, evidence)
    plan_id = plan_id_from(page)
    reasons(page, evidence)
    door_open(page, evidence)
    meeting(page, evidence)
    follow_up_email(page, evidence)
    reconnect(page, evidence, plan_id)
    check_page(page, evidence, "summary")

    plan = DeclinePlan.objects.get(pk=plan_id)
    assert plan.situation == "promotion"
    assert plan.email_sent_on is not None
    assert plan.reasons.filter(phrasing=f"Honestly: {REFRAMED}.").exists()
    assert len(plan.checklist_done) == 2

    sign_out_and_back_in(page)
    expect(page.get_by_role("link", name=ORGANISATION, exact=True)).to_be_visible()
    expect(page.get_by_text("100% done")).to_be_visible()
    check_page(page, evidence, "dashboard")
