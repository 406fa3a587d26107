"""The call or meeting script is the member's own: edited on the conversation step,
saved with the plan, reset to the suggestion on request, tone-checked like every text
someone else hears, and printed on the call card."""

from __future__ import annotations

import pytest

from apps.content.models import Status, Step
from apps.scripts.models import ScriptTemplate
from tests.helpers import HTMX, assert_builder_fragment, form_values, messages_of
from tests.plans.conftest import button, buttons

pytestmark = pytest.mark.django_db

SUGGESTED = (
    "Hello Claire, this is Alice.\n\n"
    "Thank you for the offer from Northwind Logistics. I have decided not to accept it.\n\n"
    "The daily commute would be hard to combine with my family life.\n\n"
    "I would really like to stay in touch. "
    "If a role closer to home opens up, I would love to hear about it."
)
OWN = "Hello Claire, Alice here.\n\nThank you so much. I will not take the role."
BLUNT = "Hello Claire. Sadly the salary is too low."
REFRAMED = "Hello Claire. Sadly I am looking for a higher level of compensation."


def url(plan) -> str:
    return f"/plans/{plan.pk}/conversation/"


def posted(**fields) -> dict[str, object]:
    """The step's form as a browser posts it (a radio of each version is always on)."""
    return {
        "checklist_done": [],
        "conversation_notes": "",
        "script": OWN,
        "script_tone": "warm",
        "script_length": "full",
        **fields,
    }


def suggestion(content) -> dict[str, object]:
    start = BLUNT.index("the salary")
    return {
        "field": "script",
        "start": start,
        "end": start + len("the salary is too low"),
        "reframe": content.offer_reframe.pk,
    }


# The suggestion, then the member's own words


def test_it_offers_the_suggested_script_to_edit_and_saves_nothing(
    alice_client, offer_plan, content
):
    response = alice_client.get(url(offer_plan))

    assert form_values(response)["script"] == SUGGESTED
    assert 'name="script"' in response.content.decode()
    offer_plan.refresh_from_db()
    assert offer_plan.script == ""
    assert offer_plan.script_sources == ""


def test_it_saves_the_members_script_and_shows_it_from_then_on(alice_client, offer_plan, content):
    response = alice_client.post(url(offer_plan), posted(action="save"))

    assert response["Location"] == url(offer_plan)
    assert messages_of(response) == ["Saved."]
    offer_plan.refresh_from_db()
    assert offer_plan.script == OWN
    assert offer_plan.script_sources == offer_plan.sources_fingerprint()
    assert form_values(alice_client.get(url(offer_plan)))["script"] == OWN


def test_it_saves_line_breaks_as_typed_in_a_browser(alice_client, offer_plan, content):
    alice_client.post(url(offer_plan), posted(action="save", script="Line one\r\n\r\nLine two"))

    offer_plan.refresh_from_db()
    assert offer_plan.script == "Line one\n\nLine two"


def test_it_resets_to_the_suggested_script(alice_client, offer_plan, content):
    offer_plan.use_script(OWN)

    response = alice_client.post(url(offer_plan), posted(action="reset", script="Typed"))

    assert response["Location"] == url(offer_plan)
    assert messages_of(response) == ["Back to the suggested script."]
    offer_plan.refresh_from_db()
    assert offer_plan.script == SUGGESTED


def test_it_keeps_the_script_typed_when_there_is_no_suggestion(alice_client, offer_plan, content):
    ScriptTemplate.objects.filter(kind=ScriptTemplate.Kind.CALL_SCRIPT).update(status=Status.DRAFT)

    response = alice_client.post(url(offer_plan), posted(action="reset", script="Typed"))

    assert messages_of(response) == ["There is no suggested script to go back to."]
    offer_plan.refresh_from_db()
    assert offer_plan.script == "Typed"


def test_it_offers_reset_only_once_there_are_words_of_ones_own(alice_client, offer_plan, content):
    assert not buttons(alice_client.get(url(offer_plan)), "reset")

    offer_plan.use_script(OWN)

    assert button(alice_client.get(url(offer_plan)), "reset").path == ""


def test_an_empty_script_goes_back_to_the_suggestion(alice_client, offer_plan, content):
    offer_plan.use_script(OWN)

    alice_client.post(url(offer_plan), posted(action="save", script=""))

    offer_plan.refresh_from_db()
    assert offer_plan.script == ""
    assert form_values(alice_client.get(url(offer_plan)))["script"] == SUGGESTED


def test_the_call_card_prints_the_members_script(alice_client, offer_plan, content):
    offer_plan.use_script(OWN)

    html = alice_client.get(f"/plans/{offer_plan.pk}/").content.decode()

    assert "Hello Claire, Alice here." in html
    assert "Thank you for the offer from Northwind Logistics" not in html


def test_the_call_card_prints_the_suggestion_until_then(alice_client, offer_plan, content):
    html = alice_client.get(f"/plans/{offer_plan.pk}/").content.decode()

    assert "Thank you for the offer from Northwind Logistics" in html


# The tone check: the script is checked, the private notes never


def test_it_flags_blunt_wording_in_the_script_with_apply(alice_client, offer_plan, content):
    offer_plan.use_script(BLUNT)

    apply = button(alice_client.get(url(offer_plan)), "apply")

    assert apply.path == url(offer_plan)
    assert apply.params == {name: str(value) for name, value in suggestion(content).items()}


def test_it_flags_blunt_wording_in_the_suggested_script(alice_client, offer_plan, content):
    offer_plan.reasons.update(phrasing="the salary is too low")

    response = alice_client.get(url(offer_plan))

    assert "could sound blunt" in response.content.decode()
    assert button(response, "apply").params["field"] == "script"


def test_it_applies_a_suggestion_to_the_script(alice_client, offer_plan, content):
    offer_plan.use_script(BLUNT)

    response = alice_client.post(
        url(offer_plan), posted(action="apply", script=BLUNT), query_params=suggestion(content)
    )

    assert messages_of(response) == ["Suggestion applied."]
    offer_plan.refresh_from_db()
    assert offer_plan.script == REFRAMED


def test_it_applies_a_suggestion_to_the_suggested_script_once_saved(
    alice_client, offer_plan, content
):
    """Apply on the suggestion saves it as the member's script, then swaps the words."""
    response = alice_client.post(
        url(offer_plan), posted(action="apply", script=BLUNT), query_params=suggestion(content)
    )

    assert messages_of(response) == ["Suggestion applied."]
    offer_plan.refresh_from_db()
    assert offer_plan.script == REFRAMED


def test_it_says_once_that_the_script_could_sound_blunt(alice_client, offer_plan, content):
    first = alice_client.post(url(offer_plan), posted(action="next", script=BLUNT))

    assert first["Location"] == url(offer_plan)
    assert "could sound blunt" in messages_of(first)[0]
    second = alice_client.post(url(offer_plan), posted(action="next", script=BLUNT))
    assert second["Location"] == f"/plans/{offer_plan.pk}/email/"


def test_it_never_checks_the_private_notes(alice_client, offer_plan, content):
    offer_plan.use_script(OWN)
    offer_plan.conversation_notes = "Honestly the salary is too low"
    offer_plan.save()

    response = alice_client.get(url(offer_plan))

    assert not buttons(response, "apply")
    assert "could sound blunt" not in response.content.decode()
    moving_on = alice_client.post(
        url(offer_plan), posted(action="next", conversation_notes="the salary is too low")
    )
    assert moving_on["Location"] == f"/plans/{offer_plan.pk}/email/"


def test_it_checks_the_script_live(alice_client, offer_plan, content):
    html = alice_client.get(url(offer_plan)).content.decode()
    assert f'hx-post="/plans/{offer_plan.pk}/tone-check/"' in html
    assert 'hx-params="script"' in html
    assert 'hx-params="conversation_notes"' not in html

    response = alice_client.post(
        f"/plans/{offer_plan.pk}/tone-check/",
        {"script": BLUNT},
        **HTMX,
        HTTP_HX_TRIGGER_NAME="script",
    )

    assert response.status_code == 200
    apply = button(response, "apply")
    assert apply.path == url(offer_plan)
    assert apply.params["field"] == "script"


def test_the_live_check_refuses_the_private_notes(alice_client, offer_plan, content):
    response = alice_client.post(
        f"/plans/{offer_plan.pk}/tone-check/",
        {"conversation_notes": BLUNT},
        **HTMX,
        HTTP_HX_TRIGGER_NAME="conversation_notes",
    )

    assert response.status_code == 400


# Every button, with and without JavaScript; strangers


@pytest.mark.parametrize("htmx", [False, True], ids=["no-js", "htmx"])
@pytest.mark.parametrize(
    ("action", "message", "script"),
    [
        ("save", "Saved.", BLUNT),
        ("reset", "Back to the suggested script.", SUGGESTED),
        ("version", "Here is the suggested script you chose.", SUGGESTED),
        ("apply", "Suggestion applied.", REFRAMED),
    ],
)
def test_each_button_works_with_and_without_javascript(
    alice_client, offer_plan, content, action, message, script, htmx
):
    response = alice_client.post(
        url(offer_plan),
        posted(action=action, script=BLUNT, checklist_done=["quiet-spot"]),
        query_params=suggestion(content) if action == "apply" else {},
        follow=True,
        **(HTMX if htmx else {}),
    )

    assert response.redirect_chain == [(url(offer_plan), 302)]
    html = assert_builder_fragment(response) if htmx else response.content.decode()
    assert ("<html" in html) is not htmx
    assert message in html
    offer_plan.refresh_from_db()
    assert offer_plan.script == script
    # What else was typed is saved whichever button it was.
    assert offer_plan.checklist_done == ["quiet-spot"]


@pytest.mark.parametrize("action", ["save", "reset", "refresh", "version", "apply"])
def test_it_ignores_a_strangers_post(stranger_client, offer_plan, content, action):
    response = stranger_client.post(
        url(offer_plan),
        posted(action=action, script="Mallory", script_tone="formal"),
        query_params=suggestion(content) if action == "apply" else {},
    )

    assert response.status_code == 404
    offer_plan.refresh_from_db()
    assert offer_plan.script == ""
    assert offer_plan.script_tone == "warm"
    assert not offer_plan.is_step_done(Step.CONVERSATION)


def test_it_refuses_an_unknown_version(alice_client, offer_plan, content):
    response = alice_client.post(url(offer_plan), posted(action="version", script_tone="shouty"))

    assert response.status_code == 200
    assert 'href="#id_script_tone"' in response.content.decode()
    offer_plan.refresh_from_db()
    assert offer_plan.script_tone == "warm"
    assert offer_plan.script == ""
