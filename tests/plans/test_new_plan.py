from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from apps.content.models import AppliesTo, Situation, Status, Step, StepTip
from apps.plans.models import DeclinePlan
from tests.helpers import HTMX, assert_builder_fragment, form_values, login_url_for

pytestmark = pytest.mark.django_db

URL = "/plans/new/"


def situation_data(**changes) -> dict[str, str]:
    data = {
        "situation": Situation.OFFER,
        "organisation": "Northwind Logistics",
        "role": "Senior Data Analyst",
        "contact_name": "Claire Dubois",
        "contact_role": "Head of Talent",
        "contact_email": "claire@northwind.example",
        "contact_phone": "+32 2 555 01 01",
        "deadline": "",
        "decided_on": "",
    }
    return data | changes


def test_it_shows_an_empty_form(alice_client):
    response = alice_client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Start a new plan" in html
    assert 'action="/plans/new/"' in html
    # A new plan has no steps to show yet.
    assert 'aria-label="Plan steps"' not in html
    assert form_values(response).get("organisation", "") == ""


@pytest.mark.parametrize("situation", [Situation.OFFER, Situation.PROMOTION])
def test_it_preselects_the_situation_from_the_link(alice_client, situation):
    response = alice_client.get(URL, {"for": situation})

    assert form_values(response)["situation"] == situation


def test_it_creates_the_plan_for_the_member_and_goes_to_the_reasons(alice_client, alice):
    deadline = timezone.localdate() + timedelta(days=5)

    response = alice_client.post(URL, situation_data(deadline=deadline.isoformat()))

    plan = DeclinePlan.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/plans/{plan.pk}/reasons/"
    assert plan.owner == alice
    assert plan.situation == Situation.OFFER
    assert plan.organisation == "Northwind Logistics"
    assert plan.contact_name == "Claire Dubois"
    assert plan.contact_email == "claire@northwind.example"
    assert plan.deadline == deadline
    assert plan.completed_steps == [Step.SITUATION]


def test_it_never_takes_the_owner_from_the_form(alice_client, alice, stranger):
    alice_client.post(URL, situation_data(owner=str(stranger.pk)))

    assert DeclinePlan.objects.get().owner == alice
    assert not DeclinePlan.objects.filter(owner=stranger).exists()


def test_it_keeps_everything_typed_when_the_organisation_is_missing(alice_client):
    response = alice_client.post(
        URL, situation_data(situation=Situation.PROMOTION, organisation="", deadline="2031-02-03")
    )

    assert response.status_code == 200
    assert not DeclinePlan.objects.exists()
    values = form_values(response)
    assert values["situation"] == Situation.PROMOTION
    assert values["role"] == "Senior Data Analyst"
    assert values["contact_name"] == "Claire Dubois"
    assert values["contact_role"] == "Head of Talent"
    assert values["contact_email"] == "claire@northwind.example"
    assert values["contact_phone"] == "+32 2 555 01 01"
    assert values["deadline"] == "2031-02-03"
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert 'href="#id_organisation"' in html
    assert 'id="id_organisation"' in html


def test_it_refuses_a_decision_date_in_the_future(alice_client):
    tomorrow = timezone.localdate() + timedelta(days=1)

    response = alice_client.post(URL, situation_data(decided_on=tomorrow.isoformat()))

    assert response.status_code == 200
    assert not DeclinePlan.objects.exists()
    assert "This date is in the future" in response.content.decode()
    assert 'href="#id_decided_on"' in response.content.decode()


@pytest.mark.parametrize("situation", ["", "internship"])
def test_it_refuses_an_unknown_situation(alice_client, situation):
    response = alice_client.post(URL, situation_data(situation=situation))

    assert response.status_code == 200
    assert not DeclinePlan.objects.exists()
    assert form_values(response)["organisation"] == "Northwind Logistics"


def test_it_refuses_an_invalid_contact_email(alice_client):
    response = alice_client.post(URL, situation_data(contact_email="claire-at-northwind"))

    assert response.status_code == 200
    assert not DeclinePlan.objects.exists()
    assert 'href="#id_contact_email"' in response.content.decode()


def test_it_shows_the_tips_for_the_situation_being_started(alice_client):
    StepTip.objects.create(
        slug="offer-facts",
        step=Step.SITUATION,
        applies_to=AppliesTo.OFFER,
        title="Note who made the offer",
        body="Offer tip.",
        status=Status.PUBLISHED,
    )
    StepTip.objects.create(
        slug="promotion-facts",
        step=Step.SITUATION,
        applies_to=AppliesTo.PROMOTION,
        title="Note who offered you the promotion",
        body="Promotion tip.",
        status=Status.PUBLISHED,
    )

    promotion = alice_client.get(URL, {"for": Situation.PROMOTION}).content.decode()
    offer = alice_client.get(URL, {"for": Situation.OFFER}).content.decode()

    assert "Note who offered you the promotion" in promotion
    assert "Note who made the offer" not in promotion
    assert "Note who made the offer" in offer
    assert "Note who offered you the promotion" not in offer


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_it_refuses_other_methods(alice_client, method):
    response = getattr(alice_client, method)(URL)

    assert response.status_code == 405
    assert not DeclinePlan.objects.exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_it_sends_anonymous_visitors_to_log_in(client, method):
    response = getattr(client, method)(URL, situation_data() if method == "post" else None)

    assert response.status_code == 302
    assert response["Location"] == login_url_for(URL)
    assert not DeclinePlan.objects.exists()


def test_it_answers_htmx_with_the_builder_fragment(alice_client):
    response = alice_client.get(URL, {"for": Situation.PROMOTION}, **HTMX)

    assert_builder_fragment(response)
    assert response["HX-Push-Url"] == f"{URL}?for=promotion"


def test_it_answers_an_htmx_post_with_errors_as_a_fragment(alice_client):
    response = alice_client.post(URL, situation_data(organisation=""), **HTMX)

    html = assert_builder_fragment(response)
    assert 'href="#id_organisation"' in html
    assert form_values(response)["contact_name"] == "Claire Dubois"
    assert not DeclinePlan.objects.exists()
