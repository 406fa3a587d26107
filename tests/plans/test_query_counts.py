"""Every builder page costs a small, fixed number of queries, however big the plan."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.content.models import Step
from apps.plans.models import DeclinePlan
from tests.helpers import HTMX, add_reason, make_plan

pytestmark = pytest.mark.django_db

BUDGET = 10
PAGES = ["situation/", "reasons/", "door-open/", "conversation/", "email/", "reconnect/", ""]


def plan_with_reasons(owner, count: int, content) -> DeclinePlan:
    """A plan as full as the pages can show: every reason with blunt words to flag."""
    plan = make_plan(
        owner,
        completed_steps=[Step.SITUATION, Step.REASONS],
        stay_in_touch="I would like to stay in touch",
        checklist_done=["quiet-spot"],
        email_subject="Thank you",
        email_body="Sadly the salary is too low.",
    )
    for number in range(count):
        add_reason(
            plan,
            f"Reason {number}",
            reason=content.both_reason if number % 3 == 0 else None,
            phrasing=f"Reason {number}: the work is boring and the salary is too low",
            private_note=f"Private note {number}",
            share=number % 2 == 0,
        )
    return plan


def queries_for(client, url: str, **extra) -> int:
    client.get(url, **extra)  # once to warm what is cached per process
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_it_builds_each_page_in_the_same_few_queries_for_1_or_30_reasons(
    alice_client, alice, content, django_assert_max_num_queries, path, htmx
):
    extra = HTMX if htmx else {}
    small = plan_with_reasons(alice, 1, content)
    large = plan_with_reasons(alice, 30, content)

    counts = [
        queries_for(alice_client, f"/plans/{plan.pk}/{path}", **extra) for plan in (small, large)
    ]
    with django_assert_max_num_queries(BUDGET):
        alice_client.get(f"/plans/{large.pk}/{path}", **extra)

    assert counts[0] == counts[1], f"/plans/<id>/{path}: {counts[0]} vs {counts[1]} queries"


def test_it_builds_the_new_plan_page_in_few_queries(
    alice_client, content, django_assert_max_num_queries
):
    alice_client.get("/plans/new/")
    with django_assert_max_num_queries(BUDGET):
        assert alice_client.get("/plans/new/").status_code == 200


def test_it_lists_1_or_10_plans_in_the_same_few_queries(
    alice_client, alice, content, django_assert_max_num_queries
):
    make_plan(alice).archive()
    counts = []
    for total in (1, 10):
        while DeclinePlan.objects.for_user(alice).active().count() < total:
            plan_with_reasons(alice, 3, content)
        counts.append(queries_for(alice_client, "/plans/"))
        with django_assert_max_num_queries(BUDGET):
            alice_client.get("/plans/")

    assert counts[0] == counts[1]
    assert queries_for(alice_client, "/plans/?show=archived") <= BUDGET


def test_it_shows_a_summary_in_the_same_queries_for_1_or_10_plans(
    alice_client, alice, content, django_assert_max_num_queries
):
    first = plan_with_reasons(alice, 3, content)
    alone = queries_for(alice_client, f"/plans/{first.pk}/")
    for _ in range(9):
        plan_with_reasons(alice, 3, content)

    among_many = queries_for(alice_client, f"/plans/{first.pk}/")
    with django_assert_max_num_queries(BUDGET):
        alice_client.get(f"/plans/{first.pk}/")

    assert alone == among_many
