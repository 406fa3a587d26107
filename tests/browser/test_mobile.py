"""Journey 5: the offer journey's pages on a 390 by 844 phone. No page scrolls sideways and
no visible control is drawn over another, in every state (empty, filled, with errors,
menu open). Each page is screenshotted at 390 px and checked with axe there too."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from apps.content.models import Situation, Step
from apps.plans.models import DeclinePlan
from apps.reasons.models import Reason
from apps.reminders.services import reminder_add, reminders_propose, reminders_schedule
from tests.browser.helpers import MOBILE, Evidence, assert_accessible, assert_fits, log_in
from tests.browser.journeys import BLUNT, ORGANISATION, REFRAMED, settled

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page(make_context) -> Page:
    return make_context(viewport=MOBILE, is_mobile=True, has_touch=True).new_page()


def offer_plan(member) -> DeclinePlan:
    """Noor's plan as journey 1 leaves it, built directly."""
    today = timezone.localdate()
    plan = DeclinePlan.objects.create(
        owner=member,
        situation=Situation.OFFER,
        organisation=ORGANISATION,
        role="Senior Data Analyst",
        contact_name="Claire Dubois",
        contact_role="Head of Talent",
        contact_email="claire@northwind.example",
        contact_phone="+32 2 555 01 23",
        deadline=today + timedelta(days=4),
        decided_on=today,
        stay_in_touch="I would really like to stay in touch and hope our paths cross again.",
        reconsider_if="If a role closer to home opens up, I would love to hear about it.",
        conversation_held_on=today,
        conversation_notes="Claire was gracious and asked me to keep in touch.",
        completed_steps=[Step.SITUATION, Step.REASONS, Step.DOOR_OPEN, Step.CONVERSATION],
    )
    commute = Reason.objects.published().for_situation(Situation.OFFER).first()
    plan.reasons.create(reason=commute, title=commute.title, phrasing=commute.phrasing_list[0])
    plan.reasons.create(title="Compensation", phrasing=REFRAMED, private_note="15% less.", order=2)
    proposals = [p for p in reminders_propose(plan=plan) if p.suggested][:2]
    reminders_schedule(plan=plan, proposals=proposals)
    reminder_add(
        plan=plan,
        title="Coffee with Claire",
        opener="Shall we catch up over coffee?",
        on=today + timedelta(days=30),
        at=timezone.now().time().replace(hour=9, minute=0, second=0, microsecond=0),
    )
    return plan


class Phone:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.evidence = Evidence("offer-journey-mobile")

    def check(self, label: str) -> None:
        settled(self.page)
        assert_fits(self.page, label)
        self.evidence.shot(self.page, label)
        assert_accessible(self.page, f"mobile-{label}")

    def visit(self, path: str, label: str) -> None:
        self.page.goto(path)
        self.check(label)

    def menu_open(self, label: str) -> None:
        self.page.get_by_role("button", name="Show the menu").click()
        expect(self.page.locator("#site-nav")).to_be_visible()
        self.page.wait_for_function(
            "() => !document.querySelector('#site-nav.collapsing')"
        )  # Bootstrap's opening animation
        self.check(label)


def test_the_offer_journey_fits_a_phone(page: Page, content, member, base_url) -> None:
    phone = Phone(page)
    page_ = phone.page

    phone.visit("/", "landing")
    phone.menu_open("landing-menu-open")
    for path, label in [
        ("/guide/", "guide"),
        ("/guide/job-offer/", "guide-job-offer"),
        ("/guide/reasons/", "guide-reasons"),
        ("/accounts/signup/", "sign-up"),
    ]:
        phone.visit(path, label)
    page_.get_by_role("button", name="Create account").click()
    phone.check("sign-up-with-errors")
    phone.visit("/accounts/login/", "sign-in")

    log_in(page_.context, member, base_url)
    phone.visit("/plans/", "dashboard-empty")
    phone.menu_open("dashboard-menu-open")
    phone.visit("/plans/new/?for=offer", "situation-empty")
    page_.get_by_role("button", name="Create my plan").click()
    expect(page_.locator("#error-summary")).to_be_visible()
    phone.check("situation-with-errors")

    plan = offer_plan(member)
    step = f"/plans/{plan.pk}"
    phone.visit(f"{step}/situation/", "situation-filled")

    phone.visit(f"{step}/reasons/", "reasons-filled")
    library = page_.locator("details.library-reason")
    library.nth(1).locator("summary").click()
    page_.locator("#id_reasons-1-phrasing").fill(
        f"I have thought about this a lot. {BLUNT.capitalize()}."
    )
    expect(page_.locator("#tone-id_reasons-1-phrasing")).to_contain_text("Apply")
    phone.check("reasons-tone-check-library-open")
    page_.locator("#id_own-phrasing").fill("I want to finish the project I started.")
    page_.get_by_role("button", name="Add my reason").click()
    expect(page_.locator("#error-summary")).to_be_visible()
    phone.check("reasons-with-errors")

    phone.visit(f"{step}/door-open/", "door-open-filled")

    phone.visit(f"{step}/conversation/", "call-filled")
    page_.get_by_label("When did the conversation take place?").fill(
        (timezone.localdate() + timedelta(days=3)).isoformat()
    )
    page_.get_by_role("button", name="Save", exact=True).click()
    expect(page_.locator("#error-summary")).to_be_visible()
    phone.check("call-with-errors")

    phone.visit(f"{step}/email/", "email-draft")
    page_.get_by_label("Subject").fill("")
    page_.get_by_role("button", name="Save", exact=True).click()
    expect(page_.locator("#error-summary")).to_be_visible()
    phone.check("email-with-errors")

    phone.visit(f"{step}/reconnect/", "reconnect")
    first = page_.locator("#scheduled-heading + ul > li").first
    first.get_by_role("link", name="Edit").click()
    expect(first.get_by_role("button", name="Save reminder")).to_be_visible()
    phone.check("reconnect-editing-a-reminder")
    page_.get_by_role("button", name="Add reminder").click()
    expect(page_.locator("#error-summary")).to_be_visible()
    phone.check("reminder-add-with-errors")

    phone.visit(f"{step}/", "summary")
    phone.visit("/plans/", "dashboard")
    reminder = plan.reminders.order_by("due_at").first()
    phone.visit(f"/reminders/{reminder.pk}/done/", "reminder-done")
    phone.visit("/reminders/calendar/", "calendar")
