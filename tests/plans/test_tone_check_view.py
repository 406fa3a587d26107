from __future__ import annotations

import pytest

from tests.helpers import HTMX, login_url_for
from tests.plans.conftest import DRAFT_MARK, button

pytestmark = pytest.mark.django_db

FIELD = "reasons-0-phrasing"


def url(plan) -> str:
    return f"/plans/{plan.pk}/tone-check/"


def check(client, plan, text: str, field: str = FIELD, **extra):
    headers = HTMX | {"HTTP_HX_TRIGGER_NAME": field} | extra
    return client.post(url(plan), {field: text}, **headers)


def test_it_suggests_a_reframe_for_the_field_being_typed(alice_client, offer_plan, content):
    text = "Sadly the salary is too low"

    response = check(alice_client, offer_plan, text)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert "“the salary is too low”" in html
    assert "I am looking for a higher level of compensation" in html
    start = text.index("the salary")
    apply = button(response, "apply")
    # Applying posts the reasons step's form, whose field this is.
    assert apply.path == f"/plans/{offer_plan.pk}/reasons/"
    assert apply.params == {
        "field": FIELD,
        "start": str(start),
        "end": str(start + 21),
        "reframe": str(content.offer_reframe.pk),
    }
    # Nothing is saved by checking.
    assert offer_plan.reasons.get(title="Commute").phrasing.startswith("The daily commute")


def test_it_says_when_the_wording_reads_well(alice_client, offer_plan, content):
    html = check(alice_client, offer_plan, "I am grateful for the offer").content.decode()

    assert "Tone check: this reads professionally." in html


def test_it_uses_only_published_reframes_for_the_plans_situation(
    alice_client, promotion_plan, content
):
    html = check(alice_client, promotion_plan, "Honestly, the salary is too low").content.decode()

    assert "Tone check: this reads professionally." in html
    assert DRAFT_MARK not in html


def test_it_checks_a_named_field_without_htmx(alice_client, offer_plan, content):
    response = alice_client.post(
        url(offer_plan), {"field": "email_body", "email_body": "The work is boring."}
    )

    assert response.status_code == 200
    assert "I am looking for a new challenge" in response.content.decode()
    apply = button(response, "apply")
    assert apply.path == f"/plans/{offer_plan.pk}/email/"
    assert apply.params == {
        "field": "email_body",
        "start": "0",
        "end": "18",
        "reframe": str(content.both_reframe.pk),
    }


@pytest.mark.parametrize(
    ("data", "headers"),
    [({}, {}), ({FIELD: "text"}, {}), ({"field": "other"}, {}), ({FIELD: "x"}, HTMX)],
)
def test_it_asks_which_field_to_check(alice_client, offer_plan, data, headers):
    response = alice_client.post(url(offer_plan), data, **headers)

    assert response.status_code == 400


@pytest.mark.parametrize("method", ["get", "put", "delete", "patch"])
def test_it_answers_only_posts(alice_client, offer_plan, method):
    assert getattr(alice_client, method)(url(offer_plan)).status_code == 405


def test_it_sends_anonymous_visitors_to_log_in(client, offer_plan):
    response = check(client, offer_plan, "the salary is too low")

    assert response["Location"] == login_url_for(url(offer_plan))


def test_it_hides_the_plan_from_a_stranger(stranger_client, offer_plan, content):
    response = check(stranger_client, offer_plan, "the salary is too low")

    assert response.status_code == 404
