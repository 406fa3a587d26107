"""Members choose the version of the suggested script and email: warm or formal, full
or short, and, when a call was not possible, an email that declines on its own."""

from __future__ import annotations

import pytest

from apps.content.models import AppliesTo
from apps.scripts.models import ScriptTemplate
from tests.helpers import HTMX, assert_builder_fragment, form_values, make_script, messages_of

pytestmark = pytest.mark.django_db

Kind = ScriptTemplate.Kind
NOTE = "A call is still the better way: send this only if you could not reach them."


@pytest.fixture
def versions(content) -> None:
    make_script(
        "call-formal",
        Kind.CALL_SCRIPT,
        AppliesTo.OFFER,
        "Hello {contact_name}, this is {member_name}. I must decline the offer.\n\n{reasons}",
        tone="formal",
    )
    make_script(
        "call-short",
        Kind.CALL_SCRIPT,
        AppliesTo.OFFER,
        "Hi {contact_first_name}. A short no, with thanks.\n\n{reasons}",
        length="short",
    )
    make_script(
        "email-formal",
        Kind.FOLLOW_UP_EMAIL,
        AppliesTo.BOTH,
        "Dear {contact_name},\n\nFurther to our call, I decline. {reasons}\n\n"
        "Yours sincerely,\n{member_name}",
        subject="My decision, formally",
        tone="formal",
    )
    make_script(
        "decline-email",
        Kind.DECLINE_EMAIL,
        AppliesTo.BOTH,
        "Dear {contact_first_name},\n\nI tried to reach you by phone. I have decided not to "
        "accept the offer. {reasons}\n\nKind regards,\n{member_name}",
        subject="My answer on your offer",
        member_note=NOTE,
    )


def conversation(plan) -> str:
    return f"/plans/{plan.pk}/conversation/"


def email(plan) -> str:
    return f"/plans/{plan.pk}/email/"


def script_post(**fields) -> dict[str, object]:
    return {
        "checklist_done": [],
        "script": "",
        "script_tone": "warm",
        "script_length": "full",
        **fields,
    }


def email_post(**fields) -> dict[str, object]:
    return {
        "email_subject": "Typed subject",
        "email_body": "Typed body.",
        "email_tone": "warm",
        "email_length": "full",
        **fields,
    }


# The script


def test_it_offers_the_versions_as_radio_buttons(alice_client, offer_plan, versions):
    response = alice_client.get(conversation(offer_plan))

    html = response.content.decode()
    for value in ("warm", "formal", "full", "short"):
        assert f'value="{value}"' in html
    values = form_values(response)
    assert (values["script_tone"], values["script_length"]) == ("warm", "full")
    assert 'name="action" value="version"' in html


@pytest.mark.parametrize(
    ("tone", "length", "opening"),
    [
        ("warm", "full", "Hello Claire, this is Alice."),
        ("formal", "full", "Hello Claire Dubois, this is Alice. I must decline the offer."),
        ("warm", "short", "Hi Claire. A short no, with thanks."),
        # No formal short one: the tone counts before the length.
        ("formal", "short", "Hello Claire Dubois, this is Alice."),
    ],
)
def test_it_writes_the_script_in_the_version_chosen(
    alice_client, offer_plan, versions, tone, length, opening
):
    response = alice_client.post(
        conversation(offer_plan),
        script_post(action="version", script_tone=tone, script_length=length),
    )

    assert messages_of(response) == ["Here is the suggested script you chose."]
    offer_plan.refresh_from_db()
    assert (offer_plan.script_tone, offer_plan.script_length) == (tone, length)
    assert offer_plan.script.startswith(opening)
    assert "The daily commute would be hard to combine with my family life." in offer_plan.script
    assert form_values(alice_client.get(conversation(offer_plan)))["script"] == offer_plan.script


def test_it_shows_the_version_chosen_until_words_of_ones_own(alice_client, offer_plan, versions):
    offer_plan.script_tone = "formal"
    offer_plan.save()

    script = form_values(alice_client.get(conversation(offer_plan)))["script"]

    assert script.startswith("Hello Claire Dubois, this is Alice. I must decline the offer.")


def test_it_says_a_new_version_replaces_the_members_words(alice_client, offer_plan, versions):
    before = alice_client.get(conversation(offer_plan)).content.decode()
    offer_plan.use_script("My own words.")
    after = alice_client.get(conversation(offer_plan)).content.decode()

    assert "your edits to the script will be replaced" not in before
    assert "your edits to the script will be replaced" in after


def test_saving_keeps_the_members_words_in_any_version(alice_client, offer_plan, versions):
    alice_client.post(
        conversation(offer_plan), script_post(action="save", script="Mine.", script_tone="formal")
    )

    offer_plan.refresh_from_db()
    assert (offer_plan.script, offer_plan.script_tone) == ("Mine.", "formal")


def test_a_post_without_a_version_keeps_the_one_chosen(alice_client, offer_plan, versions):
    offer_plan.script_tone = "formal"
    offer_plan.save()

    alice_client.post(conversation(offer_plan), {"action": "save", "script": "Mine."})

    offer_plan.refresh_from_db()
    assert (offer_plan.script_tone, offer_plan.script_length) == ("formal", "full")


@pytest.mark.parametrize("htmx", [False, True], ids=["no-js", "htmx"])
def test_choosing_a_version_works_with_and_without_javascript(
    alice_client, offer_plan, versions, htmx
):
    response = alice_client.post(
        conversation(offer_plan),
        script_post(action="version", script_length="short"),
        follow=True,
        **(HTMX if htmx else {}),
    )

    html = assert_builder_fragment(response) if htmx else response.content.decode()
    assert ("<html" in html) is not htmx
    assert form_values(response)["script"].startswith("Hi Claire. A short no, with thanks.")


# The email


def test_it_writes_the_email_in_the_version_chosen(alice_client, offer_plan, versions):
    response = alice_client.post(
        email(offer_plan), email_post(action="version", email_tone="formal", email_body="")
    )

    assert messages_of(response) == ["Here is the suggested draft you chose."]
    offer_plan.refresh_from_db()
    assert offer_plan.email_tone == "formal"
    assert offer_plan.email_subject == "My decision, formally"
    assert offer_plan.email_body.startswith(
        "Dear Claire Dubois,\n\nFurther to our call, I decline."
    )
    assert offer_plan.email_body.endswith("Yours sincerely,\nAlice")


def test_it_declines_by_email_when_no_call_was_possible(alice_client, offer_plan, versions):
    alice_client.post(email(offer_plan), email_post(action="version", decline_by_email="on"))

    offer_plan.refresh_from_db()
    assert offer_plan.decline_by_email
    assert offer_plan.email_subject == "My answer on your offer"
    assert "I tried to reach you by phone." in offer_plan.email_body
    html = alice_client.get(email(offer_plan)).content.decode()
    assert NOTE in html
    assert "Decline in writing" in html
    assert 'name="decline_by_email"' in html and "checked" in html


def test_it_shows_the_decline_by_email_until_saved(alice_client, offer_plan, versions):
    offer_plan.decline_by_email = True
    offer_plan.save()

    values = form_values(alice_client.get(email(offer_plan)))

    assert values["email_subject"] == "My answer on your offer"
    assert "I tried to reach you by phone." in values["email_body"]


def test_it_keeps_the_email_typed_when_a_version_has_no_draft(alice_client, offer_plan, content):
    response = alice_client.post(
        email(offer_plan), email_post(action="version", decline_by_email="on")
    )

    assert messages_of(response) == [
        "There is no suggested draft for that choice yet; your email is kept."
    ]
    offer_plan.refresh_from_db()
    assert offer_plan.decline_by_email
    assert (offer_plan.email_subject, offer_plan.email_body) == ("Typed subject", "Typed body.")


def test_the_summary_waits_with_the_version_chosen(alice_client, offer_plan, versions):
    offer_plan.script_length = "short"
    offer_plan.save()

    html = alice_client.get(f"/plans/{offer_plan.pk}/").content.decode()

    assert "Hi Claire. A short no, with thanks." in html


def test_it_ignores_a_strangers_choice(stranger_client, offer_plan, versions):
    response = stranger_client.post(
        email(offer_plan), email_post(action="version", email_tone="formal", decline_by_email="on")
    )

    assert response.status_code == 404
    offer_plan.refresh_from_db()
    assert (offer_plan.email_tone, offer_plan.decline_by_email) == ("warm", False)
    assert offer_plan.email_body == ""
