"""Journey 6: a blunt sentence typed into every text someone else will read.

For each checked field the live tone check flags it while the member types, Apply
rewrites it (the whole sentence, so grammar stays whole), and typing on shows the
re-check passing. Screenshots of each state go to test-artifacts/tone-journey/.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect

from apps.content.models import Situation
from apps.plans.models import DeclinePlan
from tests.browser.helpers import Evidence, log_in
from tests.browser.journeys import check_page, settled

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAY = "I am looking for a higher level of compensation at this stage of my career."
CULTURE = "I have realised that a different working environment would suit me better."
MANAGEMENT = "I would like a clearer view of how things will develop before I commit to a change."
COMMUTE = "The daily journey would be hard for me to sustain alongside my other commitments."
LATER = (date.today() + timedelta(days=30)).isoformat()
PASSES = "Tone check: this reads professionally."


def blunt_then_applied(
    page: Page,
    evidence: Evidence,
    field_id: str,
    blunt: str,
    calm: str,
    label: str,
    *,
    becomes: str | None = None,
    lands_in: str | None = None,
) -> None:
    """Type `blunt` into the field, see `calm` offered, apply, and see the field become
    `becomes` (by default `calm` itself) and the re-check pass. A reason of one's own
    is added by Apply: its text `lands_in` the new reason's field."""
    field = page.locator(f"#{field_id}")
    field.fill(blunt)
    tone = page.locator(f"#tone-{field_id}")
    expect(tone).to_contain_text("could sound blunt")
    expect(tone).to_contain_text(calm)
    check_page(page, evidence, f"{label}-flagged")
    tone.get_by_role("button", name="Apply").click()
    settled(page)
    expect(page.locator("#announcer")).to_contain_text("Suggestion applied.")
    field_id = lands_in or field_id
    field = page.locator(f"#{field_id}")
    expect(field).to_have_value(calm if becomes is None else becomes)
    # The applied text is checked again as soon as the member types on.
    field.press("Control+End")  # the end of the text, not of a wrapped line
    field.press_sequentially(" ")
    expect(page.locator(f"#tone-{field_id}")).to_contain_text(PASSES)
    check_page(page, evidence, f"{label}-applied")


def test_every_checked_field_flags_applies_and_passes(page: Page, content, member, base_url):
    evidence = Evidence("tone-journey")
    plan = DeclinePlan.objects.create(
        owner=member,
        situation=Situation.OFFER,
        organisation="Northwind Logistics",
        role="Senior Data Analyst",
        contact_name="Claire Dubois",
        contact_email="claire@northwind.example",
    )
    log_in(page.context, member, base_url)

    # A reason of one's own, before it is added: applying adds it, reworded.
    page.goto(f"/plans/{plan.pk}/reasons/")
    page.locator("#id_own-title").fill("Money")
    blunt_then_applied(
        page,
        evidence,
        "id_own-phrasing",
        "honestly the pay is a joke",
        PAY,
        "own-reason",
        lands_in="id_reasons-0-phrasing",
    )
    expect(page.get_by_role("heading", name="Money", level=3)).to_be_visible()
    reason = plan.reasons.get(title="Money")
    assert reason.phrasing == PAY

    # The same reason's phrasing, edited in place.
    blunt_then_applied(
        page,
        evidence,
        "id_reasons-0-phrasing",
        "Your offer is way too low!!!",
        PAY,
        "reason-phrasing",
    )

    # The door-open fields.
    page.goto(f"/plans/{plan.pk}/door-open/")
    blunt_then_applied(
        page,
        evidence,
        "id_reconsider_if",
        "If you ever fix your toxic culture, call me.",
        CULTURE,
        "door-open",
    )

    # The call script, as the member edits it.
    page.goto(f"/plans/{plan.pk}/conversation/")
    script = page.locator("#id_script")
    expect(script).not_to_be_empty()
    blunt_then_applied(
        page,
        evidence,
        "id_script",
        "Thanks for calling.\nThe commute is way too long, so no.",
        COMMUTE,
        "call-script",
        becomes="Thanks for calling.\n" + COMMUTE,
    )
    plan.refresh_from_db()
    assert plan.script == "Thanks for calling.\n" + COMMUTE

    # The email's subject and body.
    page.goto(f"/plans/{plan.pk}/email/")
    body = page.locator("#id_email_body")
    expect(body).not_to_be_empty()
    blunt_then_applied(
        page, evidence, "id_email_subject", "Re: the joke of an offer", PAY, "email-subject"
    )
    blunt_then_applied(
        page,
        evidence,
        "id_email_body",
        "Dear Claire,\n\nThe salary is a joke, so no thanks.\n\nNoor",
        PAY,
        "email-body",
        becomes="Dear Claire,\n\n" + PAY + "\n\nNoor",
    )
    plan.refresh_from_db()
    assert plan.email_body == "Dear Claire,\n\n" + PAY + "\n\nNoor"

    # The opener of a reminder of one's own, before it is added: Apply rewords it where
    # it was typed (keeping the greeting), and adding it keeps the reworded line.
    page.goto(f"/plans/{plan.pk}/reconnect/")
    page.locator("#id_add-title").fill("Coffee with Claire")
    page.locator("#id_add-local_date").fill(LATER)
    blunt_then_applied(
        page,
        evidence,
        "id_add-opener",
        "Hi Claire, is your toxic culture any better these days?",
        CULTURE,
        "reminder-opener",
        becomes="Hi Claire, " + CULTURE,
    )
    expect(page.locator("#id_add-title")).to_have_value("Coffee with Claire")
    page.get_by_role("button", name="Add reminder").click()
    settled(page)
    expect(page.locator("#announcer")).to_contain_text("Reminder added.")
    reminder = plan.reminders.get(title="Coffee with Claire")
    assert reminder.opener == "Hi Claire, " + CULTURE

    # The same opener, made blunt again in the reminder's own edit form.
    page.get_by_role("link", name="Edit Coffee with Claire").click()
    settled(page)
    edit_opener = page.locator(f"#reminder-{reminder.pk} textarea[name=opener]")
    opener_id = edit_opener.get_attribute("id")
    blunt_then_applied(
        page,
        evidence,
        opener_id,
        "Your management is still a joke, right?",
        MANAGEMENT,
        "reminder-edit",
    )
    expect(page.locator(f"#reminder-{reminder.pk}")).to_contain_text(
        "Save the reminder to keep it."
    )
    page.get_by_role("button", name="Save reminder").click()
    settled(page)
    expect(page.locator(f"#reminder-{reminder.pk}")).to_contain_text(MANAGEMENT)
    reminder.refresh_from_db()
    assert reminder.opener == MANAGEMENT
