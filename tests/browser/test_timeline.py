"""The reconnect timeline on the summary and the dashboard, as a member sees it on a
laptop and on a phone, and as it prints: screenshots in test-artifacts/timeline/, axe on
each page, and nothing wider than the screen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from apps.content.models import Situation
from apps.plans.models import BUILDER_STEPS, DeclinePlan
from apps.reminders.models import Reminder
from tests.browser.helpers import DESKTOP, Evidence, assert_fits, log_in
from tests.browser.journeys import check_page
from tests.helpers import make_reminder

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}


def plan_with_a_year_of_reminders(member) -> DeclinePlan:
    """Decided five months ago, with a reminder in every state, the last a year away."""
    today = timezone.localdate()
    plan = DeclinePlan.objects.create(
        owner=member,
        situation=Situation.OFFER,
        organisation="Northwind Logistics",
        role="Senior Data Analyst",
        contact_name="Claire Dubois",
        decided_on=today - timedelta(days=150),
        completed_steps=list(BUILDER_STEPS),
    )

    def remind(title: str, days: int) -> Reminder:
        return make_reminder(plan, title=title, on=today + timedelta(days=days))

    remind("Thank-you note after the call", -140).mark_done()
    remind("Congratulate Claire on the Antwerp warehouse opening", -60).mark_done()
    remind("Ask how the new team is settling in", -4)  # overdue
    failed = remind("Share the logistics conference article", -1)
    Reminder.objects.filter(pk=failed.pk).update(status=Reminder.Status.FAILED, attempts=8)
    remind("Coffee in town", 25).drop()
    remind("Lunch with Claire", 40).snooze(7, member.time_zone)
    remind("Six-month check-in", 180)
    remind("Catch up a year on", 400)
    return plan


def plan_with_a_few_weeks_of_reminders(member) -> DeclinePlan:
    plan = DeclinePlan.objects.create(
        owner=member,
        situation=Situation.PROMOTION,
        organisation="Contoso Analytics",
        role="Team Lead",
        decided_on=timezone.localdate() - timedelta(days=10),
    )
    make_reminder(plan, title="Thank Jeroen for the talk", on=timezone.localdate() + timedelta(20))
    make_reminder(
        plan, title="Offer to mentor the analysts", on=timezone.localdate() + timedelta(70)
    )
    return plan


def look(page: Page, evidence: Evidence, label: str) -> None:
    assert_fits(page, label)
    check_page(page, evidence, label)


def test_the_timeline_reads_on_a_laptop_a_phone_and_paper(
    make_context, content, member, base_url
) -> None:
    evidence = Evidence("timeline")
    plan = plan_with_a_year_of_reminders(member)
    plan_with_a_few_weeks_of_reminders(member)
    DeclinePlan.objects.create(owner=member, situation=Situation.OFFER, organisation="Fabrikam")

    for viewport, label in [(DESKTOP, "desktop"), (PHONE, "phone")]:
        page = make_context(viewport=viewport).new_page()
        log_in(page.context, member, base_url)

        page.goto(f"/plans/{plan.pk}/")
        drawing = page.get_by_role("img", name="Reconnect timeline from")
        expect(drawing).to_be_visible()
        expect(page.locator(".timeline-list li")).to_have_count(8)
        expect(page.locator(".timeline-drawing .timeline-mark")).to_have_count(8)
        page.locator("#reminders-heading").scroll_into_view_if_needed()
        look(page, evidence, f"summary-{label}")
        drawing.screenshot(path=evidence.folder / f"summary-drawing-{label}.png")

        page.goto("/plans/")
        expect(page.locator("figure.timeline-compact")).to_have_count(2)
        expect(
            page.get_by_role("img", name="Reconnect timeline for Contoso Analytics")
        ).to_be_visible()
        look(page, evidence, f"dashboard-{label}")
        page.context.close()

    # An A4 page's width between its margins (print.css), at 96 CSS pixels an inch.
    page = make_context(viewport={"width": 718, "height": 1000}, device_scale_factor=2).new_page()
    log_in(page.context, member, base_url)
    page.goto(f"/plans/{plan.pk}/")
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    evidence.shot(page, "summary-print")
    page.locator("figure.timeline").screenshot(path=evidence.folder / "summary-drawing-print.png")
    page.pdf(path=evidence.folder / "summary.pdf", format="A4")
