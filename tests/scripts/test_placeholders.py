from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from apps.scripts.models import ScriptTemplate
from apps.scripts.placeholders import PLACEHOLDERS, allowed_names_text, find_problems

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/scripts/scripttemplate/add/"


def script(**fields) -> ScriptTemplate:
    defaults = {
        "slug": "offer-call",
        "kind": ScriptTemplate.Kind.CALL_SCRIPT,
        "name": "Call to decline an offer",
        "applies_to": "offer",
        "body": "Hello {contact_first_name}, thank you for the offer from {organisation}.",
    }
    return ScriptTemplate(**(defaults | fields))


def errors_of(template: ScriptTemplate) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        template.full_clean()
    return caught.value.message_dict


def add_form(**fields) -> dict[str, str]:
    """The admin's add form, English columns named plainly (`body=` is `body_en`)."""
    english = {"name", "subject", "body", "member_note"}
    fields = {f"{name}_en" if name in english else name: value for name, value in fields.items()}
    return {
        "kind": ScriptTemplate.Kind.FOLLOW_UP_EMAIL,
        "tone": ScriptTemplate.Tone.WARM,
        "length": ScriptTemplate.Length.FULL,
        "name_en": "Follow-up after the call",
        "subject_en": "Thank you, {contact_first_name}",
        "body_en": "Dear {contact_first_name},\n\n{reasons}\n\n{door_open}\n\n{member_name}",
        "applies_to": "both",
        "status": "draft",
        "order": "10",
        "slug": "follow-up-after-the-call",
        "_save": "Save",
    } | fields


def test_it_accepts_every_named_placeholder():
    body = " ".join(f"{{{name}}}" for name in PLACEHOLDERS)
    script(body=body, subject="{organisation}").full_clean()


def test_it_accepts_escaped_braces():
    assert find_problems("Use {{ and }} for braces, like {{this}}.") == []
    script(body="Literal {{braces}} next to {contact_name}.").full_clean()


def test_it_refuses_an_unknown_placeholder_with_the_allowed_names():
    errors = errors_of(script(body="Hello {contact}, about {organisation}."))
    assert list(errors) == ["body_en"]
    assert "Unknown placeholder “{contact}”." in errors["body_en"]
    assert any(allowed_names_text() in message for message in errors["body_en"])


def test_it_refuses_a_placeholder_written_with_spaces():
    errors = errors_of(script(body="Hello { contact_name }."))
    assert "Unknown placeholder “{ contact_name }”." in errors["body_en"]


@pytest.mark.parametrize("text", ["Hello {contact_name", "Hello contact_name}", "a { b"])
def test_it_refuses_broken_braces(text):
    errors = errors_of(script(body=text))
    assert any("A lone “" in message for message in errors["body_en"])


def test_it_puts_subject_problems_on_the_subject():
    errors = errors_of(
        script(kind=ScriptTemplate.Kind.FOLLOW_UP_EMAIL, subject="Thanks {first_name}")
    )
    assert list(errors) == ["subject_en"]
    assert "Unknown placeholder “{first_name}”." in errors["subject_en"]


@pytest.mark.parametrize(
    "kind", [ScriptTemplate.Kind.FOLLOW_UP_EMAIL, ScriptTemplate.Kind.RECONNECT_MESSAGE]
)
def test_it_refuses_an_email_without_a_subject(kind):
    errors = errors_of(script(kind=kind, subject="   "))
    assert errors["subject_en"] == ["An email or message needs a subject line."]


@pytest.mark.parametrize(
    "kind", [ScriptTemplate.Kind.CALL_SCRIPT, ScriptTemplate.Kind.MEETING_SCRIPT]
)
def test_it_lets_a_spoken_script_go_without_a_subject(kind):
    script(kind=kind, subject="").full_clean()


def test_it_shows_placeholder_errors_in_the_admin_and_saves_nothing(editor_client):
    response = editor_client.post(
        ADD_URL, add_form(subject="Thanks {first_name}", body="Dear {contact_first_name")
    )
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "Unknown placeholder “{first_name}”." in form.errors["subject_en"]
    assert any("A lone “{”" in message for message in form.errors["body_en"])
    html = response.content.decode()
    assert "Unknown placeholder “{first_name}”." in html
    assert allowed_names_text() in html
    assert ScriptTemplate.objects.count() == 0


def test_it_refuses_an_email_without_a_subject_in_the_admin(editor_client):
    response = editor_client.post(ADD_URL, add_form(subject=""))
    assert response.status_code == 200
    assert "An email or message needs a subject line." in response.content.decode()
    assert ScriptTemplate.objects.count() == 0


def test_it_saves_a_valid_template_from_the_admin(editor_client):
    response = editor_client.post(ADD_URL, add_form())
    assert response.status_code == 302
    template = ScriptTemplate.objects.get()
    assert template.subject == "Thank you, {contact_first_name}"
    assert template.status == "draft"


def test_it_lists_the_allowed_placeholders_on_the_form(editor_client):
    html = editor_client.get(ADD_URL).content.decode()
    for name in PLACEHOLDERS:
        assert f"<code>{{{name}}}</code>" in html


# Words for a missing value: {name|words}


def test_it_accepts_words_for_a_missing_value():
    assert find_problems("Hi {contact_first_name|there}, from {member_name|[your name]}.") == []
    script(body="Dear {contact_first_name|Hiring Manager},").full_clean()


def test_it_refuses_a_bar_with_nothing_after_it():
    errors = errors_of(script(body="Hi {contact_first_name|},"))
    assert any(
        "Nothing after the bar in “{contact_first_name|}”" in message
        and "{contact_first_name|there}" in message
        for message in errors["body_en"]
    )


def test_it_refuses_words_for_a_missing_value_on_several_lines():
    errors = errors_of(script(body="Hi {contact_first_name|dear\nreader},"))
    assert any("must fit on one line" in message for message in errors["body_en"])


def test_it_refuses_overlong_words_for_a_missing_value():
    errors = errors_of(script(body="Hi {contact_first_name|" + "x" * 81 + "},"))
    assert any("at most 80 characters" in message for message in errors["body_en"])


def test_it_refuses_an_unknown_name_with_words_for_a_missing_value():
    errors = errors_of(script(body="Hi {contact|there},"))
    assert "Unknown placeholder “{contact}”." in errors["body_en"]


def test_it_refuses_a_placeholder_inside_the_words_for_a_missing_value():
    # The words are literal text: a brace inside them is a lone brace.
    errors = errors_of(script(body="Hi {contact_first_name|{member_name}},"))
    assert any("A lone “" in message for message in errors["body_en"])


def test_it_explains_words_for_a_missing_value_on_the_form(editor_client):
    html = editor_client.get(ADD_URL).content.decode()
    assert "<code>Hi {contact_first_name|there},</code>" in html
    assert "if missing: [Your name: add it in Settings]" in html


def test_it_checks_each_language_under_its_own_field():
    """A Dutch body is checked like the English one; a Dutch email needs its own subject."""
    template = script(
        kind=ScriptTemplate.Kind.FOLLOW_UP_EMAIL,
        subject="Thank you",
        body_nl="Beste {contact},",
        body_fr="Bonjour {contact_first_name},",
    )
    errors = errors_of(template)
    assert "Unknown placeholder “{contact}”." in errors["body_nl"]
    assert errors["subject_nl"] == ["An email or message needs a subject line."]
    assert errors["subject_fr"] == ["An email or message needs a subject line."]
    assert "body_en" not in errors and "subject_en" not in errors
