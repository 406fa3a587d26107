from __future__ import annotations

import html as html_lib
import re
from datetime import time

import pytest
from django.utils.formats import date_format

from apps.content.models import Situation, Step
from apps.plans.models import BUILDER_STEPS, DeclinePlan
from tests.helpers import login_url_for, make_plan, upcoming

pytestmark = pytest.mark.django_db

URL = "/plans/"


def page(client, **params) -> str:
    response = client.get(URL, params)
    assert response.status_code == 200
    return html_lib.unescape(response.content.decode())


def listed(html: str) -> list[str]:
    """The organisations of the plans listed, in order."""
    return re.findall(r'<h2 class="h5 mb-1"><a href="/plans/[^/]+/">([^<]*)</a>', html)


def test_it_lists_only_the_members_plans(alice_client, offer_plan, promotion_plan, stranger_plan):
    html = page(alice_client)

    assert sorted(listed(html)) == ["Contoso Analytics", "Northwind Logistics"]
    assert "Mallory Holdings" not in html
    assert str(stranger_plan.pk) not in html


def test_it_lists_the_most_recently_updated_first(alice_client, offer_plan, promotion_plan):
    offer_plan.complete_step(Step.REASONS)

    assert listed(page(alice_client)) == ["Northwind Logistics", "Contoso Analytics"]


def test_it_shows_what_each_plan_is_about(alice_client, offer_plan):
    offer_plan.deadline = upcoming(3)
    offer_plan.save()

    html = page(alice_client)

    assert "Job offer" in html
    assert "· Senior Data Analyst" in html
    assert "With Claire Dubois" in html
    assert f"Deadline {date_format(offer_plan.deadline, 'j M Y')}" in html


def test_it_shows_progress_and_the_next_step(alice_client, offer_plan):
    offer_plan.completed_steps = [Step.SITUATION, Step.REASONS]
    offer_plan.save()

    html = page(alice_client)

    assert 'value="33" max="100"' in html
    assert "33% done" in html
    assert re.search(rf'href="/plans/{offer_plan.pk}/door-open/">\s*Continue', html), (
        "Continue should lead to the first step not done"
    )


def test_it_opens_the_summary_of_a_finished_plan(alice_client, offer_plan):
    offer_plan.completed_steps = list(BUILDER_STEPS)
    offer_plan.save()

    html = page(alice_client)

    assert "100% done" in html
    assert re.search(rf'href="/plans/{offer_plan.pk}/">\s*Open', html)


def test_it_keeps_archived_plans_apart(alice_client, offer_plan, promotion_plan):
    promotion_plan.archive()

    html = page(alice_client)
    assert listed(html) == ["Northwind Logistics"]
    assert "1 archived plan" in html

    archived = page(alice_client, show="archived")
    assert listed(archived) == ["Contoso Analytics"]
    assert "Archived plans" in archived
    assert "Restore" in archived
    assert "Continue" not in archived


def test_it_says_when_nothing_is_archived(alice_client, offer_plan):
    html = page(alice_client, show="archived")

    assert "No archived plans." in html
    assert listed(html) == []


def test_it_welcomes_a_member_without_plans(alice_client, stranger_plan):
    html = page(alice_client)

    assert "Welcome, Alice." in html
    assert "You have no decline plans yet." in html
    assert f'href="/plans/new/?for={Situation.OFFER}"' in html
    assert f'href="/plans/new/?for={Situation.PROMOTION}"' in html
    assert "Mallory Holdings" not in html


def test_it_welcomes_by_email_name_without_a_display_name(alice_client, alice):
    alice.display_name = ""
    alice.save()

    assert "Welcome, alice." in page(alice_client)


def test_it_changes_nothing(alice_client, offer_plan):
    before = offer_plan.updated

    page(alice_client)

    offer_plan.refresh_from_db()
    assert offer_plan.updated == before
    assert DeclinePlan.objects.count() == 1


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_it_refuses_other_methods(alice_client, method):
    assert getattr(alice_client, method)(URL).status_code == 405


def test_it_sends_anonymous_visitors_to_log_in(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"] == login_url_for(URL)


def test_it_shows_a_stranger_only_their_own_plans(stranger_client, offer_plan, stranger_plan):
    html = page(stranger_client)

    assert listed(html) == ["Mallory Holdings"]
    assert "Northwind Logistics" not in html


def test_it_lists_many_plans(alice_client, alice):
    for number in range(12):
        make_plan(alice, organisation=f"Organisation {number:02}")

    assert len(listed(page(alice_client))) == 12


def make_reminder(plan, title, days_from_today, **fields):
    from apps.reminders.services import reminder_add

    reminder = reminder_add(
        plan=plan, title=title, opener="", on=upcoming(max(days_from_today, 0)), at=time(9, 0)
    )
    if days_from_today < 0:
        # Overdue: moved into the past directly, as the clock would.
        reminder.schedule(upcoming(days_from_today), time(9, 0), plan.owner.time_zone)
        reminder.save()
    for name, value in fields.items():
        setattr(reminder, name, value)
    reminder.save()
    return reminder


def test_it_shows_overdue_and_upcoming_reminders_across_plans(
    alice_client, offer_plan, promotion_plan, stranger_plan
):
    make_reminder(offer_plan, "Overdue coffee", -3)
    make_reminder(promotion_plan, "Check in next month", 30)
    make_reminder(offer_plan, "Far away", 200)
    make_reminder(offer_plan, "Already done", 5, status="done")
    make_reminder(offer_plan, "Dropped one", 5, status="dropped")
    make_reminder(stranger_plan, "Mallory's reminder", 5)

    html = page(alice_client)

    overdue_at = html.index("Overdue coffee")
    assert html.index("Overdue") < overdue_at < html.index("Coming up in the next 90 days")
    assert "Check in next month" in html
    assert "Contoso Analytics" in html
    for hidden in ["Far away", "Already done", "Dropped one", "Mallory"]:
        assert hidden not in html


def test_it_shows_no_reminder_section_without_reminders(alice_client, offer_plan):
    assert "Reconnect reminders" not in page(alice_client)


def test_reminders_do_not_add_queries_per_row(
    alice_client, offer_plan, django_assert_max_num_queries
):
    for day in range(1, 16):
        make_reminder(offer_plan, f"Reminder {day}", day)
    with django_assert_max_num_queries(5):
        assert "Reminder 15" in page(alice_client)
