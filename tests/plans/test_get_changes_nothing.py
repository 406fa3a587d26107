"""Looking at a plan never changes it: no GET saves, completes a step or drafts an email."""

from __future__ import annotations

import pytest

from apps.plans.models import DeclinePlan, PlanReason
from tests.helpers import HTMX

pytestmark = pytest.mark.django_db

PAGES = [
    "situation/",
    "reasons/",
    "door-open/",
    "conversation/",
    "email/",
    "reconnect/",
    "",
    "delete/",
]


def snapshot(plan: DeclinePlan) -> tuple:
    plan.refresh_from_db()
    reasons = list(PlanReason.objects.filter(plan=plan).values())
    return (
        plan.updated,
        list(plan.completed_steps),
        plan.email_subject,
        plan.email_body,
        plan.email_sent_on,
        plan.archived_at,
        reasons,
    )


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_it_changes_nothing_on_get(alice_client, offer_plan, content, path, htmx):
    # Blunt wording, a draft waiting and steps left: everything a GET could be tempted by.
    offer_plan.reasons.filter(title="Commute").update(phrasing="the salary is too low")
    before = snapshot(offer_plan)

    response = alice_client.get(f"/plans/{offer_plan.pk}/{path}", **(HTMX if htmx else {}))

    assert response.status_code == 200
    assert snapshot(offer_plan) == before
    assert DeclinePlan.objects.count() == 1


@pytest.mark.parametrize("url", ["/plans/", "/plans/?show=archived", "/plans/new/"])
def test_it_creates_nothing_on_get(alice_client, offer_plan, url):
    before = snapshot(offer_plan)

    assert alice_client.get(url).status_code == 200

    assert snapshot(offer_plan) == before
    assert DeclinePlan.objects.count() == 1
