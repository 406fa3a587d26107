"""The Try it box on the admin pages of tone cues, tone topics and reframes: a sample
sentence checked with the published content plus the row as typed, nothing saved."""

from __future__ import annotations

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Permission
from django.forms.models import model_to_dict
from django.test import Client

from apps.content.seeding import seed_starter_content
from apps.reasons.admin import MAX_TRY_CHARS
from apps.reasons.models import Reframe, ToneCue, ToneTopic
from tests.helpers import make_member

pytestmark = pytest.mark.django_db

# A word no starter cue, topic or reframe holds, so only the row under test can catch it.
WORD = "flibbertigibbet"


@pytest.fixture
def starter(db):
    seed_starter_content()


def make_cue(**fields) -> ToneCue:
    defaults = {
        "slug": "test-cue",
        "name": "Test cue",
        "kind": "judgement",
        "language": "en",
        "words": "gobbledygook",
        "why": "It sounds like a test.",
        "status": "published",
    }
    return ToneCue.objects.create(**(defaults | fields))


def try_url(model: type, pk: int | None = None) -> str:
    base = f"/admin/reasons/{model._meta.model_name}/"
    return f"{base}{pk}/try/" if pk else f"{base}try/"


def typed(row, **changes) -> dict:
    """The change form as posted: the row's fields, with what the editor typed."""
    data = {key: value for key, value in model_to_dict(row).items() if value is not None}
    data.pop("id", None)
    return {**data, **changes}


def new_cue_form(**changes) -> dict:
    return {
        "name": "New cue",
        "kind": "judgement",
        "language": "en",
        "words": WORD,
        "why": "It reads like nonsense.",
        "applies_to": "both",
        "status": "draft",
        "order": "100",
        "slug": "new-cue",
        **changes,
    }


def test_it_shows_what_a_saved_cue_catches_with_span_alternative_and_why(starter, editor_client):
    cue = make_cue(words=WORD)

    response = editor_client.post(
        try_url(ToneCue, cue.pk), typed(cue, try_text=f"The pay is {WORD}.")
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert f"The pay is <mark>{WORD}</mark>." in html
    assert "It sounds like a test." in html  # The why of the cue...
    pay = ToneTopic.objects.get(slug="pay")
    assert pay.alternative in html  # ...and the topic's sentence to say instead.


def test_it_uses_the_unsaved_edit_and_saves_nothing(starter, editor_client):
    cue = make_cue(words="gobbledygook")
    before = ToneCue.objects.count()
    versions = cue.history.count()

    response = editor_client.post(
        try_url(ToneCue, cue.pk), typed(cue, words=WORD, try_text=f"The hours are {WORD}")
    )

    html = response.content.decode()
    assert f"<mark>{WORD}</mark>" in html
    assert f"{WORD}</textarea>" in html  # The form keeps what was typed.
    cue.refresh_from_db()
    assert cue.words == "gobbledygook"
    assert ToneCue.objects.count() == before
    assert cue.history.count() == versions
    assert not LogEntry.objects.exists()


def test_the_unsaved_edit_replaces_the_saved_version(starter, editor_client):
    cue = make_cue(words=WORD)

    response = editor_client.post(
        try_url(ToneCue, cue.pk), typed(cue, words="gobbledygook", try_text=f"It is {WORD}.")
    )

    assert "flags nothing" in response.content.decode()


def test_it_tries_a_draft_cue_on_the_add_page(starter, editor_client):
    response = editor_client.post(try_url(ToneCue), new_cue_form(try_text=f"so {WORD} tbh"))

    assert response.status_code == 200
    assert f"<mark>{WORD}</mark>" in response.content.decode()
    assert not ToneCue.objects.filter(slug="new-cue").exists()


def test_it_tries_a_topic_as_typed(starter, editor_client):
    topic = ToneTopic.objects.get(slug="pay")
    alternative = "I would like a package that reflects the role."

    response = editor_client.post(
        try_url(ToneTopic, topic.pk),
        typed(topic, alternative=alternative, try_text="The salary is a joke."),
    )

    html = response.content.decode()
    assert "<mark>a joke</mark>" in html
    assert alternative in html


def test_it_tries_a_reframe_as_typed(starter, editor_client):
    reframe = Reframe.objects.order_by("pk").first()

    response = editor_client.post(
        try_url(Reframe, reframe.pk),
        typed(reframe, blunt=WORD, variants="", try_text=f"Frankly, {WORD}."),
    )

    html = response.content.decode()
    assert f"<mark>{WORD}</mark>" in html
    assert reframe.alternative in html


def test_it_escapes_the_sample(starter, editor_client):
    cue = make_cue(words=WORD)

    response = editor_client.post(
        try_url(ToneCue, cue.pk), typed(cue, try_text=f"<script>alert(1)</script> {WORD}")
    )

    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_it_refuses_a_sample_that_is_too_long(starter, editor_client):
    cue = make_cue(words=WORD)
    text = f"{WORD} " * (MAX_TRY_CHARS // len(WORD))

    response = editor_client.post(try_url(ToneCue, cue.pk), typed(cue, try_text=text))

    html = response.content.decode()
    assert response.status_code == 200
    assert f"try at most {MAX_TRY_CHARS}" in html
    assert "<mark>" not in html


def test_it_asks_for_a_corrected_form_before_trying(starter, editor_client):
    cue = make_cue(words=WORD)

    response = editor_client.post(
        try_url(ToneCue, cue.pk), typed(cue, why="", try_text=f"It is {WORD}.")
    )

    html = response.content.decode()
    assert "Correct what is marked below" in html
    assert "<mark>" not in html


def test_the_change_and_add_pages_offer_the_box(starter, editor_client):
    cue = make_cue()

    change = editor_client.get(f"/admin/reasons/tonecue/{cue.pk}/change/").content.decode()
    add = editor_client.get("/admin/reasons/tonecue/add/").content.decode()

    assert f'formaction="{try_url(ToneCue, cue.pk)}"' in change
    assert f'formaction="{try_url(ToneCue)}"' in add
    assert 'name="try_text"' in add


def test_it_answers_only_posts(editor_client):
    assert editor_client.get(try_url(ToneCue, make_cue().pk)).status_code == 405


def test_it_sends_members_and_visitors_to_the_admin_login(alice_client, client):
    cue = make_cue()
    for someone in (alice_client, client):
        response = someone.post(try_url(ToneCue, cue.pk), typed(cue, try_text=WORD))
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_it_refuses_staff_without_the_cue_permission(db):
    staff = make_member("staff@example.com")
    staff.is_staff = True
    staff.save(update_fields=["is_staff"])
    client = Client()
    client.force_login(staff)
    cue = make_cue()

    assert client.post(try_url(ToneCue, cue.pk), typed(cue, try_text=WORD)).status_code == 403
    assert client.post(try_url(ToneCue), new_cue_form(try_text=WORD)).status_code == 403


def test_it_refuses_staff_who_may_only_view_cues(starter, db):
    # The box tries edits, and a viewer cannot edit: the saved cue is tried in the Try it
    # box of an editor, or on the members' pages once published.
    viewer = make_member("viewer@example.com")
    viewer.is_staff = True
    viewer.save(update_fields=["is_staff"])
    viewer.user_permissions.add(Permission.objects.get(codename="view_tonecue"))
    client = Client()
    client.force_login(viewer)
    cue = make_cue(words=WORD)

    response = client.post(try_url(ToneCue, cue.pk), typed(cue, try_text=f"It is {WORD}."))

    assert response.status_code == 403


def test_it_checks_the_csrf_token(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    cue = make_cue()

    assert client.post(try_url(ToneCue, cue.pk), typed(cue, try_text=WORD)).status_code == 403
