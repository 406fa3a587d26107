from __future__ import annotations

import pytest

from apps.content.models import Step
from tests.helpers import HTMX, assert_builder_fragment, form_values, login_url_for, messages_of

pytestmark = pytest.mark.django_db

OFFER_FIELDS = {"stay_in_touch", "reconsider_if"}
PROMOTION_FIELDS = {"alternatives", "support_wanted", "future_statement"}


def url(plan) -> str:
    return f"/plans/{plan.pk}/door-open/"


def test_it_asks_an_offer_what_would_make_them_reconsider(alice_client, offer_plan):
    response = alice_client.get(url(offer_plan))

    assert response.status_code == 200
    values = form_values(response)
    assert values.keys() >= OFFER_FIELDS
    assert not PROMOTION_FIELDS & values.keys()
    assert values["stay_in_touch"] == "I would really like to stay in touch"
    assert "A no today can be a yes later" in response.content.decode()


def test_it_asks_a_promotion_for_alternatives_support_and_growth(alice_client, promotion_plan):
    response = alice_client.get(url(promotion_plan))

    values = form_values(response)
    assert values.keys() >= PROMOTION_FIELDS
    assert not OFFER_FIELDS & values.keys()
    assert values["alternatives"] == "I could mentor the two new analysts"
    assert "lack of ambition" in response.content.decode()


def test_it_saves_and_stays_on_the_step(alice_client, offer_plan):
    response = alice_client.post(
        url(offer_plan),
        {
            "action": "save",
            "stay_in_touch": "Let us meet at the next data conference",
            "reconsider_if": "",
        },
    )

    assert response["Location"] == url(offer_plan)
    assert messages_of(response) == ["Saved."]
    offer_plan.refresh_from_db()
    assert offer_plan.stay_in_touch == "Let us meet at the next data conference"
    assert offer_plan.reconsider_if == ""
    assert not offer_plan.is_step_done(Step.DOOR_OPEN)


def test_it_ignores_the_fields_of_the_other_situation(alice_client, offer_plan):
    alice_client.post(
        url(offer_plan),
        {
            "action": "save",
            "stay_in_touch": "Stay in touch",
            "reconsider_if": "Closer to home",
            "alternatives": "Smuggled alternative",
        },
    )

    offer_plan.refresh_from_db()
    assert offer_plan.alternatives == ""


def test_it_continues_to_the_conversation_and_marks_the_step_done(alice_client, promotion_plan):
    response = alice_client.post(
        url(promotion_plan),
        {
            "action": "next",
            "alternatives": "I could lead the migration project",
            "support_wanted": "A people-management course",
            "future_statement": "I want to become the team's forecasting expert",
        },
    )

    assert response["Location"] == f"/plans/{promotion_plan.pk}/conversation/"
    promotion_plan.refresh_from_db()
    assert promotion_plan.alternatives == "I could lead the migration project"
    assert promotion_plan.is_step_done(Step.DOOR_OPEN)


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_it_refuses_other_methods(alice_client, offer_plan, method):
    assert getattr(alice_client, method)(url(offer_plan)).status_code == 405


@pytest.mark.parametrize("method", ["get", "post"])
def test_it_sends_anonymous_visitors_to_log_in(client, offer_plan, method):
    data = {"action": "next", "stay_in_touch": "Anonymous"}

    response = getattr(client, method)(url(offer_plan), data if method == "post" else None)

    assert response["Location"] == login_url_for(url(offer_plan))
    offer_plan.refresh_from_db()
    assert offer_plan.stay_in_touch == "I would really like to stay in touch"


def test_it_hides_the_plan_from_a_stranger(stranger_client, offer_plan):
    assert stranger_client.get(url(offer_plan)).status_code == 404


def test_it_ignores_a_strangers_post(stranger_client, offer_plan):
    response = stranger_client.post(
        url(offer_plan), {"action": "next", "stay_in_touch": "Mallory was here"}
    )

    assert response.status_code == 404
    offer_plan.refresh_from_db()
    assert offer_plan.stay_in_touch == "I would really like to stay in touch"
    assert not offer_plan.is_step_done(Step.DOOR_OPEN)


def test_it_answers_htmx_with_the_builder_fragment(alice_client, offer_plan):
    response = alice_client.get(url(offer_plan), **HTMX)

    assert_builder_fragment(response)
    assert response["HX-Push-Url"] == url(offer_plan)
    assert form_values(response)["reconsider_if"].startswith("If a role closer to home")
