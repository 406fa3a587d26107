"""Every text someone else reads is tone-checked; every free text is bounded.

The reasons' own phrasings are covered in test_reasons_step.py and the live check in
test_tone_check_view.py; here: a reason of one's own before it is added, the door-open
fields, the email subject, and the length limit on save and on the live check.
"""

from __future__ import annotations

import pytest

from apps.content.models import Step
from apps.plans.forms import MAX_TEXT
from tests.helpers import HTMX, form_values, messages_of
from tests.plans.conftest import button, reasons_data

pytestmark = pytest.mark.django_db

BLUNT = "Sadly the salary is too low"
CALM = "Sadly I am looking for a higher level of compensation"


def door_open(plan) -> str:
    return f"/plans/{plan.pk}/door-open/"


def door_open_data(action: str = "save", **changes: str) -> dict[str, str]:
    return {
        "action": action,
        "stay_in_touch": "I would really like to stay in touch",
        "reconsider_if": "If a role closer to home opens up, I would love to hear about it",
        **changes,
    }


def live_check(client, plan, field: str, text: str):
    headers = HTMX | {"HTTP_HX_TRIGGER_NAME": field}
    return client.post(f"/plans/{plan.pk}/tone-check/", {field: text}, **headers)


def test_it_shows_findings_under_a_door_open_field(alice_client, offer_plan, content):
    offer_plan.reconsider_if = BLUNT
    offer_plan.save()

    page = alice_client.get(door_open(offer_plan))

    html = page.content.decode()
    assert 'id="tone-id_reconsider_if"' in html
    assert "“the salary is too low”" in html
    apply = button(page, "apply", field="reconsider_if")
    assert apply.path == door_open(offer_plan)


def test_it_applies_a_suggestion_to_a_door_open_field(alice_client, offer_plan, content):
    offer_plan.reconsider_if = BLUNT
    offer_plan.save()
    apply = button(alice_client.get(door_open(offer_plan)), "apply", field="reconsider_if")

    response = alice_client.post(
        apply.formaction, door_open_data("apply", reconsider_if=BLUNT), follow=True
    )

    offer_plan.refresh_from_db()
    assert offer_plan.reconsider_if == CALM
    assert "Suggestion applied." in messages_of(response)
    assert "“the salary is too low”" not in response.content.decode()


def test_it_saves_what_was_typed_before_applying(alice_client, offer_plan, content):
    offer_plan.reconsider_if = BLUNT
    offer_plan.save()
    apply = button(alice_client.get(door_open(offer_plan)), "apply", field="reconsider_if")

    alice_client.post(
        apply.formaction,
        door_open_data("apply", reconsider_if=BLUNT, stay_in_touch="Let's keep in touch"),
    )

    offer_plan.refresh_from_db()
    assert offer_plan.stay_in_touch == "Let's keep in touch"
    assert offer_plan.reconsider_if == CALM


def test_it_warns_once_before_moving_on_with_blunt_wording(alice_client, offer_plan, content):
    first = alice_client.post(door_open(offer_plan), door_open_data("next", reconsider_if=BLUNT))

    assert first.url == door_open(offer_plan)
    warned = alice_client.get(first.url)
    assert any("could sound blunt" in message for message in messages_of(warned))

    again = alice_client.post(door_open(offer_plan), door_open_data("next", reconsider_if=BLUNT))

    assert again.url == f"/plans/{offer_plan.pk}/conversation/"
    offer_plan.refresh_from_db()
    assert offer_plan.is_step_done(Step.DOOR_OPEN)


def test_it_moves_on_at_once_when_the_wording_is_calm(alice_client, offer_plan, content):
    response = alice_client.post(door_open(offer_plan), door_open_data("next"))

    assert response.url == f"/plans/{offer_plan.pk}/conversation/"


def test_it_checks_a_door_open_field_live(alice_client, promotion_plan, content):
    response = live_check(
        alice_client, promotion_plan, "alternatives", "Honestly, managing people is a chore"
    )

    assert response.status_code == 200
    assert button(response, "apply").path == door_open(promotion_plan)


def test_it_checks_the_email_subject(alice_client, offer_plan, content):
    offer_plan.email_subject = "My decision: the salary is too low"
    offer_plan.email_body = "Dear Claire, thank you."
    offer_plan.save()

    page = alice_client.get(f"/plans/{offer_plan.pk}/email/")

    apply = button(page, "apply", field="email_subject")
    response = alice_client.post(
        apply.formaction,
        {"action": "apply", **form_values(page)},
        follow=True,
    )
    offer_plan.refresh_from_db()
    assert offer_plan.email_subject == (
        "My decision: I am looking for a higher level of compensation"
    )
    assert "Suggestion applied." in messages_of(response)


def test_it_checks_a_reason_of_ones_own_before_it_is_added(alice_client, offer_plan, content):
    response = live_check(alice_client, offer_plan, "own-phrasing", BLUNT)

    assert "“the salary is too low”" in response.content.decode()
    assert button(response, "apply").params["field"] == "own-phrasing"


def test_applying_to_a_reason_of_ones_own_adds_it_reworded(alice_client, offer_plan, content):
    apply = button(live_check(alice_client, offer_plan, "own-phrasing", BLUNT), "apply")
    data = reasons_data(offer_plan, "apply", **{"own-title": "Money", "own-phrasing": BLUNT})

    response = alice_client.post(apply.formaction, data, follow=True)

    own = offer_plan.reasons.get(title="Money")
    assert own.phrasing == CALM
    assert "Suggestion applied." in messages_of(response)


def test_a_reason_of_ones_own_without_a_title_is_kept_not_applied(
    alice_client, offer_plan, content
):
    apply = button(live_check(alice_client, offer_plan, "own-phrasing", BLUNT), "apply")
    data = reasons_data(offer_plan, "apply", **{"own-phrasing": BLUNT})

    response = alice_client.post(apply.formaction, data)

    assert response.status_code == 200
    assert not offer_plan.reasons.filter(phrasing=BLUNT).exists()
    assert form_values(response)["own-phrasing"] == BLUNT
    assert "Give your reason a short name" in response.content.decode()


def test_it_refuses_a_text_past_the_limit_and_keeps_it_in_the_form(
    alice_client, offer_plan, content
):
    too_long = "word " * (MAX_TEXT // 5) + "and more"

    response = alice_client.post(door_open(offer_plan), door_open_data(reconsider_if=too_long))

    assert response.status_code == 200
    html = response.content.decode()
    assert f"Please keep this under {MAX_TEXT:,}".replace(",", "") in html.replace(",", "")
    assert form_values(response)["reconsider_if"] == too_long
    offer_plan.refresh_from_db()
    assert offer_plan.reconsider_if != too_long


def test_it_refuses_to_check_a_text_past_the_limit_live(alice_client, offer_plan, content):
    response = live_check(alice_client, offer_plan, "stay_in_touch", "x" * (MAX_TEXT + 1))

    assert response.status_code == 400
    html = response.content.decode()
    assert "Please keep this under" in html
    assert "<html" not in html


def test_it_checks_a_text_at_the_limit_live(alice_client, offer_plan, content):
    response = live_check(alice_client, offer_plan, "stay_in_touch", "x" * MAX_TEXT)

    assert response.status_code == 200


def test_it_bounds_private_notes_too(alice_client, offer_plan, content):
    too_long = "x" * (MAX_TEXT + 1)
    data = reasons_data(offer_plan, **{"0-private_note": too_long})

    response = alice_client.post(f"/plans/{offer_plan.pk}/reasons/", data)

    assert response.status_code == 200
    assert "Please keep this under" in response.content.decode()


def test_it_never_checks_a_private_note(alice_client, offer_plan, content):
    response = live_check(alice_client, offer_plan, "reasons-0-private_note", BLUNT)

    assert response.status_code == 400
    assert "salary" not in response.content.decode()


# Nothing typed is lost on the way to another step.


@pytest.mark.parametrize("going_to", ["reasons", "conversation", "summary"])
def test_back_and_the_step_links_save_what_was_typed_first(
    alice_client, offer_plan, content, going_to
):
    page = alice_client.get(door_open(offer_plan))
    assert f'formaction="{door_open(offer_plan)}?to={going_to}"' in page.content.decode()

    response = alice_client.post(
        f"{door_open(offer_plan)}?to={going_to}",
        door_open_data("save", stay_in_touch="Let's keep in touch"),
    )

    expected = f"/plans/{offer_plan.pk}/" + ("" if going_to == "summary" else f"{going_to}/")
    assert response["Location"] == expected
    offer_plan.refresh_from_db()
    assert offer_plan.stay_in_touch == "Let's keep in touch"
    assert not offer_plan.is_step_done(Step.DOOR_OPEN)


def test_it_stays_on_the_step_for_anywhere_else(alice_client, offer_plan, content):
    response = alice_client.post(
        f"{door_open(offer_plan)}?to=https://evil.example/", door_open_data("save")
    )

    assert response["Location"] == door_open(offer_plan)


def test_an_error_keeps_the_member_on_the_step_with_what_they_typed(
    alice_client, offer_plan, content
):
    too_long = "x" * (MAX_TEXT + 1)

    response = alice_client.post(
        f"{door_open(offer_plan)}?to=reasons", door_open_data("save", reconsider_if=too_long)
    )

    assert response.status_code == 200
    assert form_values(response)["reconsider_if"] == too_long


def test_the_summary_has_plain_step_links(alice_client, offer_plan, content):
    html = alice_client.get(f"/plans/{offer_plan.pk}/").content.decode()

    assert f'href="/plans/{offer_plan.pk}/reasons/"' in html
    assert 'form="step-form"' not in html


AUTOSAVE = {"HTTP_X_AJAR_AUTOSAVE": "1"}


def test_an_autosave_saves_and_answers_with_no_content(alice_client, offer_plan, content):
    response = alice_client.post(
        door_open(offer_plan), door_open_data("save", stay_in_touch="Typed so far"), **AUTOSAVE
    )

    assert response.status_code == 204
    offer_plan.refresh_from_db()
    assert offer_plan.stay_in_touch == "Typed so far"
    # No "Saved." waiting for the next page: the member never pressed anything.
    assert messages_of(alice_client.get(door_open(offer_plan))) == []


def test_an_autosave_of_an_invalid_step_says_so(alice_client, offer_plan, content):
    data = door_open_data("save", reconsider_if="x" * (MAX_TEXT + 1))

    response = alice_client.post(door_open(offer_plan), data, **AUTOSAVE)

    assert response.status_code == 200  # the page with its errors: not a 204
    offer_plan.refresh_from_db()
    assert offer_plan.reconsider_if != data["reconsider_if"]


def test_an_autosave_of_the_reasons_adds_no_reason(alice_client, offer_plan, content):
    # ajar.js leaves a reason of one's own out of an autosave; its button adds it.
    data = reasons_data(offer_plan, "save", **{"0-phrasing": "Changed while typing"})
    del data["own-title"], data["own-phrasing"]

    response = alice_client.post(f"/plans/{offer_plan.pk}/reasons/", data, **AUTOSAVE)

    assert response.status_code == 204
    assert offer_plan.reasons.count() == 2
    assert offer_plan.reasons.filter(phrasing="Changed while typing").exists()
