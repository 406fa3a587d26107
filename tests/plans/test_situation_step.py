from __future__ import annotations

import pytest

from apps.content.models import Situation, Step
from tests.helpers import (
    HTMX,
    assert_builder_fragment,
    form_values,
    login_url_for,
    messages_of,
    upcoming,
)

pytestmark = pytest.mark.django_db


def url(plan) -> str:
    return f"/plans/{plan.pk}/situation/"


def situation_data(plan, action: str = "save", **changes) -> dict[str, str]:
    data = {
        "action": action,
        "situation": plan.situation,
        "organisation": plan.organisation,
        "role": plan.role,
        "contact_name": plan.contact_name,
        "contact_role": plan.contact_role,
        "contact_email": plan.contact_email,
        "contact_phone": plan.contact_phone,
        "deadline": plan.deadline.isoformat() if plan.deadline else "",
        "decided_on": plan.decided_on.isoformat() if plan.decided_on else "",
    }
    return data | changes


def test_it_shows_the_saved_facts(alice_client, offer_plan):
    response = alice_client.get(url(offer_plan))

    assert response.status_code == 200
    values = form_values(response)
    assert values["situation"] == Situation.OFFER
    assert values["organisation"] == "Northwind Logistics"
    assert values["contact_name"] == "Claire Dubois"
    assert values["contact_email"] == "claire@northwind.example"
    html = response.content.decode()
    assert 'aria-current="step"' in html
    # The step links save first: buttons of the step's form.
    assert f'formaction="/plans/{offer_plan.pk}/situation/?to=reasons"' in html


def test_it_saves_and_stays_on_the_step(alice_client, offer_plan):
    deadline = upcoming(4)

    response = alice_client.post(
        url(offer_plan),
        situation_data(offer_plan, organisation="Northwind Group", deadline=deadline.isoformat()),
    )

    assert response.status_code == 302
    assert response["Location"] == url(offer_plan)
    assert messages_of(response) == ["Saved."]
    offer_plan.refresh_from_db()
    assert offer_plan.organisation == "Northwind Group"
    assert offer_plan.deadline == deadline
    assert offer_plan.completed_steps == [Step.SITUATION]


def test_it_saves_and_continues_to_the_reasons(alice_client, offer_plan):
    offer_plan.completed_steps = []
    offer_plan.save()

    response = alice_client.post(
        url(offer_plan), situation_data(offer_plan, "next", contact_name="Claire Martin")
    )

    assert response["Location"] == f"/plans/{offer_plan.pk}/reasons/"
    offer_plan.refresh_from_db()
    assert offer_plan.contact_name == "Claire Martin"
    assert offer_plan.completed_steps == [Step.SITUATION]


def test_it_switches_the_plan_to_a_promotion(alice_client, offer_plan):
    alice_client.post(url(offer_plan), situation_data(offer_plan, situation=Situation.PROMOTION))

    offer_plan.refresh_from_db()
    assert offer_plan.situation == Situation.PROMOTION
    html = alice_client.get(url(offer_plan)).content.decode()
    assert "The meeting" in html
    assert "The call" not in html


def test_it_keeps_everything_typed_when_the_organisation_is_missing(alice_client, offer_plan):
    response = alice_client.post(
        url(offer_plan),
        situation_data(
            offer_plan,
            organisation="",
            contact_name="Claire Martin",
            contact_phone="+32 470 00 00 00",
            deadline="2031-02-03",
        ),
    )

    assert response.status_code == 200
    values = form_values(response)
    assert values["organisation"] == ""
    assert values["contact_name"] == "Claire Martin"
    assert values["contact_phone"] == "+32 470 00 00 00"
    assert values["deadline"] == "2031-02-03"
    assert values["role"] == "Senior Data Analyst"
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert '<a class="alert-link" href="#id_organisation">Organisation</a>' in html
    offer_plan.refresh_from_db()
    assert offer_plan.organisation == "Northwind Logistics"
    assert offer_plan.contact_name == "Claire Dubois"


def test_it_refuses_a_decision_date_in_the_future(alice_client, offer_plan):
    response = alice_client.post(
        url(offer_plan), situation_data(offer_plan, "next", decided_on=upcoming(1).isoformat())
    )

    assert response.status_code == 200
    assert 'href="#id_decided_on"' in response.content.decode()
    offer_plan.refresh_from_db()
    assert offer_plan.decided_on is None


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_it_refuses_other_methods(alice_client, offer_plan, method):
    response = getattr(alice_client, method)(url(offer_plan))

    assert response.status_code == 405


@pytest.mark.parametrize("method", ["get", "post"])
def test_it_sends_anonymous_visitors_to_log_in(client, offer_plan, method):
    data = situation_data(offer_plan, organisation="Anonymous Inc") if method == "post" else None

    response = getattr(client, method)(url(offer_plan), data)

    assert response.status_code == 302
    assert response["Location"] == login_url_for(url(offer_plan))
    offer_plan.refresh_from_db()
    assert offer_plan.organisation == "Northwind Logistics"


def test_it_hides_the_plan_from_a_stranger(stranger_client, offer_plan):
    assert stranger_client.get(url(offer_plan)).status_code == 404


def test_it_ignores_a_strangers_post(stranger_client, offer_plan):
    before = offer_plan.updated

    response = stranger_client.post(
        url(offer_plan), situation_data(offer_plan, "next", organisation="Mallory Holdings")
    )

    assert response.status_code == 404
    offer_plan.refresh_from_db()
    assert offer_plan.organisation == "Northwind Logistics"
    assert offer_plan.updated == before


def test_it_answers_htmx_with_the_builder_fragment(alice_client, offer_plan):
    response = alice_client.get(url(offer_plan), **HTMX)

    html = assert_builder_fragment(response)
    assert response["HX-Push-Url"] == url(offer_plan)
    assert "<title>Situation · Northwind Logistics · Ajar</title>" in html


def test_it_answers_an_htmx_post_with_errors_as_a_fragment(alice_client, offer_plan):
    response = alice_client.post(
        url(offer_plan), situation_data(offer_plan, contact_email="nope"), **HTMX
    )

    html = assert_builder_fragment(response)
    assert 'href="#id_contact_email"' in html
    assert form_values(response)["contact_email"] == "nope"
