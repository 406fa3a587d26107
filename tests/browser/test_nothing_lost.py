"""Journey 7: nothing typed or ticked in the builder is lost on the way somewhere else.

"← Back" and the step links save the step first (with JavaScript, through htmx; without
it, as plain form posts); a link out of the builder asks first; "Save and continue" on
the reconnect step schedules what is ticked.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from apps.content.models import Situation
from apps.plans.models import DeclinePlan
from tests.browser.helpers import DESKTOP, Evidence, log_in
from tests.browser.journeys import check_page, settled

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STAY = "I would really like to stay in touch."
RECONSIDER = "If a role closer to home opens up, I would love to hear about it."


def make_plan(member) -> DeclinePlan:
    return DeclinePlan.objects.create(
        owner=member,
        situation=Situation.OFFER,
        organisation="Northwind Logistics",
        contact_name="Claire Dubois",
    )


def type_and_go_back(page: Page, plan: DeclinePlan) -> None:
    page.goto(f"/plans/{plan.pk}/door-open/")
    page.get_by_label("How you will say you want to stay in touch").fill(STAY)
    page.get_by_label("What would make you reconsider later").fill(RECONSIDER)
    page.get_by_role("button", name="← Back").click()
    expect(page.locator("h1")).to_have_text("Reasons")
    settled(page)
    page.get_by_role("navigation", name="Plan steps").get_by_role(
        "button", name="Keep the door open"
    ).click()
    expect(page.locator("h1")).to_have_text("Keep the door open")
    expect(page.get_by_label("How you will say you want to stay in touch")).to_have_value(STAY)
    expect(page.get_by_label("What would make you reconsider later")).to_have_value(RECONSIDER)


def test_back_and_the_step_links_keep_what_was_typed(page: Page, content, member, base_url):
    evidence = Evidence("nothing-lost")
    plan = make_plan(member)
    log_in(page.context, member, base_url)

    type_and_go_back(page, plan)
    check_page(page, evidence, "door-open-kept")
    plan.refresh_from_db()
    assert (plan.stay_in_touch, plan.reconsider_if) == (STAY, RECONSIDER)


def test_without_javascript_too(browser: Browser, content, member, base_url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False, viewport=DESKTOP)
    page = context.new_page()
    plan = make_plan(member)
    log_in(context, member, base_url)

    type_and_go_back(page, plan)
    context.close()


def test_leaving_the_builder_with_unsaved_typing_asks_first(page: Page, content, member, base_url):
    plan = make_plan(member)
    log_in(page.context, member, base_url)
    page.goto(f"/plans/{plan.pk}/door-open/")
    page.get_by_label("How you will say you want to stay in touch").click()
    page.keyboard.type("Let's stay in touch")
    asked = []

    def answer(dialog) -> None:
        asked.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", answer)
    page.get_by_role("link", name="Guide").first.click(no_wait_after=True)
    page.wait_for_timeout(500)

    assert asked == ["beforeunload"]
    expect(page).to_have_url(f"{base_url}/plans/{plan.pk}/door-open/")


def test_save_and_continue_schedules_the_ticked_reminders(page: Page, content, member, base_url):
    evidence = Evidence("nothing-lost-reconnect")
    plan = make_plan(member)
    log_in(page.context, member, base_url)
    page.goto(f"/plans/{plan.pk}/reconnect/")
    ticked = page.locator("input[name=idea]:checked").count()
    assert ticked >= 2

    page.get_by_role("button", name="Save and continue").click()

    expect(page.locator("#builder h1")).to_have_text("Your plan for Northwind Logistics")
    settled(page)
    check_page(page, evidence, "summary-with-reminders")
    assert plan.reminders.count() == ticked
    expect(page.get_by_text("No reminders yet.")).to_have_count(0)


def test_a_step_saves_itself_as_the_member_types(page: Page, content, member, base_url):
    evidence = Evidence("nothing-lost-autosave")
    plan = make_plan(member)
    log_in(page.context, member, base_url)
    page.goto(f"/plans/{plan.pk}/door-open/")

    page.get_by_label("How you will say you want to stay in touch").press_sequentially(
        "I would really like", delay=20
    )
    status = page.locator("[data-autosave-status]")
    expect(status).to_have_text("All changes saved")
    check_page(page, evidence, "autosaved")
    plan.refresh_from_db()
    assert plan.stay_in_touch == "I would really like"

    # Typing on saves again; a reload shows what was saved, with nothing pressed.
    with page.expect_response(lambda r: r.request.method == "POST" and r.status == 204):
        page.get_by_label("How you will say you want to stay in touch").press_sequentially(
            " to stay in touch."
        )
    expect(status).to_have_text("All changes saved")
    page.reload()
    expect(page.get_by_label("How you will say you want to stay in touch")).to_have_value(
        "I would really like to stay in touch."
    )


def test_an_autosave_that_fails_says_so_and_retries(page: Page, content, member, base_url):
    plan = make_plan(member)
    log_in(page.context, member, base_url)
    page.goto(f"/plans/{plan.pk}/door-open/")
    page.route(
        "**/door-open/",
        lambda route: route.abort() if route.request.method == "POST" else route.continue_(),
    )

    page.get_by_label("How you will say you want to stay in touch").fill("Offline words")
    status = page.locator("[data-autosave-status]")
    expect(status).to_contain_text("Not saved yet")
    page.unroute("**/door-open/")
    status.get_by_role("button", name="Try again").click()
    expect(status).to_have_text("All changes saved")
    plan.refresh_from_db()
    assert plan.stay_in_touch == "Offline words"
