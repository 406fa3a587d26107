"""Every page costs a small, fixed number of queries, however much there is to show.

The builder pages and the dashboard have theirs in tests/plans/test_query_counts.py;
these are the other pages: the landing page, the guide and the reminders pages.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.content.seeding import seed_starter_content, starter_seeds
from apps.reminders.services import action_token, calendar_token_regenerate
from tests.helpers import HTMX, make_plan, make_reminder

pytestmark = pytest.mark.django_db

BUDGET = 10
GUIDE_PAGES = [
    "/guide/",
    "/guide/job-offer/",
    "/guide/promotion/",
    "/guide/reasons/",
    "/guide/reasons/?for=promotion",
]


def queries_for(client, url: str, **extra) -> int:
    client.get(url, **extra)  # once to warm what is cached per process
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    return len(queries)


def more_content(copies: int) -> None:
    """Copies of the starter content under new slugs: a library that has grown."""
    for _label, model, items in starter_seeds():
        for copy in range(copies):
            for item in items:
                model.objects.create(**(item | {"slug": f"{item['slug']}-{copy}"}))


def test_it_serves_the_landing_page_in_few_queries(client, alice_client):
    assert queries_for(client, "/") <= BUDGET
    assert queries_for(alice_client, "/") <= BUDGET


@pytest.mark.parametrize("path", GUIDE_PAGES)
def test_it_builds_each_guide_page_in_the_same_few_queries_as_the_library_grows(client, path):
    seed_starter_content()
    starter = queries_for(client, path)
    more_content(copies=2)
    grown = queries_for(client, path)

    assert starter <= BUDGET
    assert grown == starter, f"{path}: {starter} queries, then {grown} with three times the content"


@pytest.mark.parametrize("path", GUIDE_PAGES)
def test_a_signed_in_member_reads_the_guide_in_few_queries(alice_client, path):
    seed_starter_content()
    assert queries_for(alice_client, path) <= BUDGET


def test_it_serves_the_reminder_pages_in_few_queries(alice, alice_client):
    plan = make_plan(alice)
    reminder = make_reminder(plan)
    pages = [
        f"/reminders/{reminder.pk}/edit/",
        f"/reminders/{reminder.pk}/done/",
        f"/reminders/{reminder.pk}/reminder.ics",
    ]
    for page in pages:
        assert queries_for(alice_client, page) <= BUDGET, page
    assert queries_for(alice_client, pages[0], **HTMX) <= BUDGET
    # The old calendar page only points to the member's settings now.
    with CaptureQueriesContext(connection) as queries:
        assert alice_client.get("/reminders/calendar/").status_code in {200, 302}
    assert len(queries) <= BUDGET


def test_it_opens_a_signed_email_link_in_few_queries(client, alice):
    reminder = make_reminder(make_plan(alice))
    url = f"/reminders/action/?t={action_token(reminder, 'done')}"

    assert queries_for(client, url) <= BUDGET


def test_the_calendar_feed_costs_the_same_for_1_or_30_reminders(client, alice):
    token = calendar_token_regenerate(user=alice)
    plans = [make_plan(alice, organisation=f"Organisation {n}") for n in range(3)]
    make_reminder(plans[0])
    one = queries_for(client, f"/calendar/{token}.ics")
    for number in range(29):
        make_reminder(plans[number % 3], title=f"Reminder {number}")

    thirty = queries_for(client, f"/calendar/{token}.ics")

    assert one <= BUDGET
    assert thirty == one, f"the feed: {one} queries for 1 reminder, {thirty} for 30"


def test_the_health_check_asks_the_database_once(client):
    assert queries_for(client, "/healthz") == 1
