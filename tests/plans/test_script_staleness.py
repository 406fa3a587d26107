"""A saved script or email remembers what it was written from, and says when the
reasons or door-open words have changed since: refreshing it is the member's call."""

from __future__ import annotations

import pytest

from tests.helpers import add_reason, form_values, messages_of
from tests.plans.conftest import button, buttons

pytestmark = pytest.mark.django_db

STALE = "Your reasons changed since this"
REPLACED = "will be replaced"


def conversation(plan) -> str:
    return f"/plans/{plan.pk}/conversation/"


def email(plan) -> str:
    return f"/plans/{plan.pk}/email/"


# What a draft is written from


def test_the_fingerprint_follows_the_shared_reasons_and_door_open_words(offer_plan):
    before = offer_plan.sources_fingerprint()
    reason = offer_plan.reasons.get(title="Commute")

    reason.phrasing = "The commute would be long"
    reason.save()
    changed_reason = offer_plan.sources_fingerprint()
    reason.share = False
    reason.save()
    unshared = offer_plan.sources_fingerprint()
    offer_plan.stay_in_touch = "Let us stay in touch"
    door_changed = offer_plan.sources_fingerprint()

    assert len({before, changed_reason, unshared, door_changed}) == 4


def test_the_fingerprint_ignores_spacing_and_private_words(offer_plan):
    before = offer_plan.sources_fingerprint()
    reason = offer_plan.reasons.get(title="Commute")
    reason.phrasing = "  The daily commute would be hard to combine\nwith my family life "
    reason.private_note = "A new private note"
    reason.save()
    offer_plan.conversation_notes = "Notes"

    assert offer_plan.sources_fingerprint() == before


def test_a_saved_draft_is_not_stale_until_a_reason_changes(offer_plan):
    offer_plan.use_script("My script.")
    offer_plan.use_email_draft("Subject", "My email.")
    assert not offer_plan.script_is_stale
    assert not offer_plan.email_is_stale

    add_reason(offer_plan, "Timing", phrasing="The timing is not right for my family")

    assert offer_plan.script_is_stale
    assert offer_plan.email_is_stale


def test_no_saved_draft_is_never_stale(offer_plan):
    offer_plan.script_sources = offer_plan.email_sources = "written-from-something-else"

    assert not offer_plan.script_is_stale
    assert not offer_plan.email_is_stale


# The conversation step


def script_post(**fields) -> dict[str, object]:
    return {"checklist_done": [], "script_tone": "warm", "script_length": "full", **fields}


def test_the_script_is_not_stale_after_saving(alice_client, offer_plan, content):
    alice_client.post(conversation(offer_plan), script_post(action="save", script="Mine."))

    response = alice_client.get(conversation(offer_plan))

    assert STALE not in response.content.decode()
    assert not buttons(response, "refresh")


def test_the_script_says_so_when_a_reason_changed(alice_client, offer_plan, content):
    alice_client.post(conversation(offer_plan), script_post(action="save", script="Mine."))
    offer_plan.reasons.filter(title="Commute").update(phrasing="The commute would be long")

    response = alice_client.get(conversation(offer_plan))

    html = response.content.decode()
    assert "Your reasons changed since this script was saved." in html
    assert REPLACED in html
    assert button(response, "refresh")
    # Nothing is replaced until the member asks.
    assert form_values(response)["script"] == "Mine."


def test_saving_the_script_unchanged_keeps_it_stale(alice_client, offer_plan, content):
    """Ticking the checklist is not rereading the script: it still says it is old."""
    offer_plan.use_script("Line one\n\nLine two")
    offer_plan.reasons.filter(title="Commute").update(phrasing="The commute would be long")

    alice_client.post(
        conversation(offer_plan),
        script_post(
            action="save", script="Line one\r\n\r\nLine two", checklist_done=["quiet-spot"]
        ),
    )

    offer_plan.refresh_from_db()
    assert offer_plan.checklist_done == ["quiet-spot"]
    assert offer_plan.script_is_stale


def test_editing_the_script_brings_it_up_to_date(alice_client, offer_plan, content):
    offer_plan.use_script("Mine.")
    offer_plan.reasons.filter(title="Commute").update(phrasing="The commute would be long")

    alice_client.post(conversation(offer_plan), script_post(action="save", script="Mine, again."))

    offer_plan.refresh_from_db()
    assert not offer_plan.script_is_stale


def test_refresh_writes_the_script_afresh_from_the_reasons(alice_client, offer_plan, content):
    offer_plan.use_script("Mine.")
    offer_plan.reasons.filter(title="Commute").update(phrasing="The commute would be long")

    response = alice_client.post(
        conversation(offer_plan), script_post(action="refresh", script="Mine.")
    )

    assert messages_of(response) == ["Refreshed from your reasons."]
    offer_plan.refresh_from_db()
    assert "The commute would be long." in offer_plan.script
    assert "Mine." not in offer_plan.script
    assert not offer_plan.script_is_stale
    assert STALE not in alice_client.get(conversation(offer_plan)).content.decode()


# The email step


def email_post(**fields) -> dict[str, object]:
    return {"email_tone": "warm", "email_length": "full", **fields}


def test_the_email_is_not_stale_after_saving(alice_client, offer_plan, content):
    alice_client.post(
        email(offer_plan), email_post(action="save", email_subject="Hi", email_body="Mine.")
    )

    response = alice_client.get(email(offer_plan))

    assert STALE not in response.content.decode()
    assert not buttons(response, "refresh")


def test_the_email_says_so_when_the_door_open_words_changed(alice_client, offer_plan, content):
    alice_client.post(
        email(offer_plan), email_post(action="save", email_subject="Hi", email_body="Mine.")
    )
    offer_plan.refresh_from_db()
    offer_plan.stay_in_touch = "I hope our paths cross again"
    offer_plan.save()

    response = alice_client.get(email(offer_plan))

    html = response.content.decode()
    assert "Your reasons changed since this draft. Refresh it from your reasons?" in html
    assert REPLACED in html
    assert button(response, "refresh")
    assert form_values(response)["email_body"] == "Mine."


def test_refresh_writes_the_email_afresh_from_the_reasons(alice_client, offer_plan, content):
    offer_plan.use_email_draft("Hi", "Mine.")
    offer_plan.stay_in_touch = "I hope our paths cross again"
    offer_plan.save()

    response = alice_client.post(
        email(offer_plan), email_post(action="refresh", email_subject="Hi", email_body="Mine.")
    )

    assert messages_of(response) == ["Refreshed from your reasons."]
    offer_plan.refresh_from_db()
    assert "I hope our paths cross again." in offer_plan.email_body
    assert offer_plan.email_subject == "Thank you, and my decision (Northwind Logistics)"
    assert not offer_plan.email_is_stale


def test_an_email_saved_before_fingerprints_is_not_called_stale(alice_client, offer_plan, content):
    offer_plan.email_subject, offer_plan.email_body = "Old", "Written last year."
    offer_plan.save()

    assert STALE not in alice_client.get(email(offer_plan)).content.decode()
