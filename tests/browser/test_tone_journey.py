"""Journey 6: a blunt sentence typed into every text someone else will read.

For each checked field the live tone check flags it while the member types, Apply
rewrites it (the whole sentence, so grammar stays whole), and typing on shows the
re-check passing. Screenshots of each state go to test-artifacts/tone-journey/.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from apps.content.models import Situation
from apps.plans.models import DeclinePlan
from tests.browser.helpers import Evidence, log_in
from tests.browser.journeys import check_page, settled

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAY = "I am looking for a higher level of compensation at this stage of my career."
CULTURE = "I have realised that a different working environment would suit me better."
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
    field.press("End")
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

    # The email's subject and body.
    page.goto(f"/plans/{plan.pk}/email/")
    body = page.locator("#id_email_body")
    expect(body).not_to_be_empty()
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
