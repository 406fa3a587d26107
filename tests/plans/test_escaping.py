"""Markup a member types comes back as text, on every page and in every fragment."""

from __future__ import annotations

import pytest
from django.utils.html import escape

from apps.content.models import Situation
from tests.helpers import HTMX, add_reason, make_plan

pytestmark = pytest.mark.django_db


def markup(field: str) -> str:
    return f'<script>alert("{field}")</script>'


PLAN_FIELDS = [
    "organisation",
    "role",
    "contact_name",
    "contact_role",
    "stay_in_touch",
    "reconsider_if",
    "alternatives",
    "support_wanted",
    "future_statement",
    "conversation_notes",
    "email_subject",
    "email_body",
]
REASON_FIELDS = ["title", "phrasing", "private_note"]
EVERY_FIELD = PLAN_FIELDS + REASON_FIELDS


@pytest.fixture
def marked_plans(alice, content):
    """An offer and a promotion where every field the member types holds markup."""
    plans = {}
    for situation in Situation.values:
        plan = make_plan(
            alice,
            situation=situation,
            conversation_held_on="2025-03-04",
            **{field: markup(field) for field in PLAN_FIELDS},
        )
        add_reason(plan, **{field: markup(field) for field in REASON_FIELDS})
        plans[situation] = plan
    return plans


def assert_escaped(html: str, *shown: str) -> None:
    for field in EVERY_FIELD:
        assert markup(field) not in html, f"{field} is not escaped"
    for field in shown:
        assert escape(markup(field)) in html, f"{field} is not on the page"


OFFER_PAGES = {
    "situation/": ["organisation", "role", "contact_name", "contact_role"],
    "reasons/": ["organisation", "title", "phrasing", "private_note"],
    "door-open/": ["stay_in_touch", "reconsider_if"],
    "conversation/": [
        "organisation",
        "contact_name",
        "phrasing",
        "stay_in_touch",
        "conversation_notes",
    ],
    "email/": ["contact_name", "email_subject", "email_body"],
    "reconnect/": ["organisation"],
    "": [
        "organisation",
        "role",
        "contact_name",
        "contact_role",
        "title",
        "phrasing",
        "private_note",
        "stay_in_touch",
        "reconsider_if",
        "conversation_notes",
        "email_subject",
        "email_body",
    ],
}


@pytest.mark.parametrize("path", list(OFFER_PAGES))
@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_it_escapes_what_the_member_typed(alice_client, marked_plans, path, htmx):
    plan = marked_plans[Situation.OFFER]

    response = alice_client.get(f"/plans/{plan.pk}/{path}", **(HTMX if htmx else {}))

    assert response.status_code == 200
    assert_escaped(response.content.decode(), *OFFER_PAGES[path])


@pytest.mark.parametrize("path", ["door-open/", "conversation/", ""])
def test_it_escapes_a_promotions_door_open_answers(alice_client, marked_plans, path):
    plan = marked_plans[Situation.PROMOTION]

    html = alice_client.get(f"/plans/{plan.pk}/{path}").content.decode()

    assert_escaped(html, "alternatives", "support_wanted", "future_statement")


def test_it_escapes_the_composed_email_draft(alice_client, marked_plans):
    plan = marked_plans[Situation.OFFER]
    plan.use_email_draft("", "")

    html = alice_client.get(f"/plans/{plan.pk}/email/").content.decode()

    assert_escaped(html, "organisation", "contact_name", "phrasing", "reconsider_if")


def test_it_escapes_the_dashboard_and_the_delete_page(alice_client, marked_plans):
    plan = marked_plans[Situation.OFFER]

    assert_escaped(
        alice_client.get("/plans/").content.decode(), "organisation", "role", "contact_name"
    )
    assert_escaped(alice_client.get(f"/plans/{plan.pk}/delete/").content.decode(), "organisation")


def test_it_escapes_the_member_words_in_messages(alice_client, marked_plans):
    plan = marked_plans[Situation.OFFER]

    archived = alice_client.post(f"/plans/{plan.pk}/archive/", follow=True)
    assert_escaped(archived.content.decode(), "organisation")

    added = alice_client.post(
        f"/plans/{plan.pk}/reasons/",
        {
            "action": "add-own",
            "reasons-TOTAL_FORMS": "0",
            "reasons-INITIAL_FORMS": "0",
            "own-title": markup("title"),
            "own-phrasing": "",
        },
        follow=True,
        **HTMX,
    )
    html = added.content.decode()
    assert_escaped(html, "title")
    assert f"Added “{escape(markup('title'))}”." in html


def test_it_escapes_the_field_name_echoed_by_the_tone_check(alice_client, marked_plans):
    plan = marked_plans[Situation.OFFER]
    field = '"><script>alert("field")</script>'

    response = alice_client.post(
        f"/plans/{plan.pk}/tone-check/",
        {field: "the salary is too low"},
        HTTP_HX_TRIGGER_NAME=field,
        **HTMX,
    )

    # Only the builder's own field names are checked: anything else is refused, unechoed.
    html = response.content.decode()
    assert response.status_code == 400
    assert field not in html
    assert "<script>" not in html
