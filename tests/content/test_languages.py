"""Curated advice in English, Dutch and French (apps.content.languages): a member reads an
item whole in one language, editors see what is missing, the starter content is complete."""

from __future__ import annotations

import re

import pytest
from django.template import Context, Template
from django.utils import translation

from apps.content import languages
from apps.content.models import ReconnectIdea, StepTip
from apps.content.seeding import seed_starter_content
from apps.reasons.models import Reason
from apps.scripts.models import ScriptTemplate
from apps.scripts.placeholders import TOKEN
from tests.helpers import make_reason

pytestmark = pytest.mark.django_db

DUTCH = {
    "title_nl": "Verplaatsing",
    "explanation_nl": "Een lange rit weegt op elke werkdag.",
    "phrasings_nl": "De verplaatsing zou elke dag te zwaar wegen.",
    "phrasings_to_avoid_nl": "Die rit is een hel.",
}


def test_it_reads_an_item_translated_whole_in_the_active_language():
    reason = make_reason("commute", "both", "Commute", **DUTCH)
    with translation.override("nl"):
        assert reason.title == "Verplaatsing"
        assert reason.phrasing_list == ["De verplaatsing zou elke dag te zwaar wegen."]
        assert languages.shown_language(reason) == "nl"
    with translation.override("fr"):
        assert reason.title == "Commute"
        assert languages.shown_language(reason) == "en"
    assert languages.missing_languages(reason) == ["fr"]


def test_it_shows_a_half_translated_item_all_in_english():
    """A Dutch title over an English explanation would be half a translation: until every
    field with English text has Dutch text, the whole item reads in English."""
    reason = make_reason("commute", "both", "Commute", title_nl="Verplaatsing")
    with translation.override("nl"):
        assert reason.title == "Commute"
        assert reason.explanation == "Why commute is a fair reason."
        assert languages.shown_language(reason) == "en"
    assert languages.missing_languages(reason) == ["nl", "fr"]


def test_it_does_not_ask_for_a_translation_of_an_empty_english_field():
    dutch = {**DUTCH, "phrasings_to_avoid_nl": ""}
    reason = make_reason("commute", "both", "Commute", phrasings_to_avoid="", **dutch)
    assert "nl" not in languages.missing_languages(reason)


def test_it_marks_an_english_fallback_for_screen_readers():
    untranslated = make_reason("commute", "both", "Commute")
    translated = make_reason("family", "both", "Family", **DUTCH)
    page = Template("{% load curated %}<p{{ item|lang_attr }}>{{ item.title }}</p>")
    with translation.override("nl"):
        assert page.render(Context({"item": untranslated})) == '<p lang="en">Commute</p>'
        assert page.render(Context({"item": translated})) == "<p>Verplaatsing</p>"
    with translation.override("en"):
        assert page.render(Context({"item": untranslated})) == "<p>Commute</p>"


def test_it_lists_what_each_item_is_missing_for_editors(editor_client):
    make_reason("commute", "both", "Commute", **DUTCH)
    make_reason("family", "both", "Family")
    html = editor_client.get("/admin/reasons/reason/").content.decode()
    assert "Missing: French (members see English)" in html
    assert "Missing: Dutch, French (members see English)" in html

    only_dutch_missing = editor_client.get("/admin/reasons/reason/?missing=nl")
    assert [r.slug for r in only_dutch_missing.context["cl"].result_list] == ["family"]
    french_missing = editor_client.get("/admin/reasons/reason/?missing=fr")
    assert {r.slug for r in french_missing.context["cl"].result_list} == {"commute", "family"}


def test_it_shows_every_language_of_a_field_in_the_admin_form(editor_client):
    reason = make_reason("commute", "both", "Commute")
    html = editor_client.get(f"/admin/reasons/reason/{reason.pk}/change/").content.decode()
    for language in languages.LANGUAGES:
        assert f'name="title_{language}"' in html
        assert f'name="explanation_{language}"' in html
    # The untranslated column is never an input: it would repeat one language's text.
    assert 'name="title"' not in html


@pytest.fixture
def starter():
    seed_starter_content()


@pytest.mark.parametrize("model", [Reason, StepTip, ReconnectIdea, ScriptTemplate])
def test_it_ships_every_starter_item_in_dutch_and_french(starter, model):
    items = list(model.objects.all())
    assert items
    assert [item.slug for item in items if languages.missing_languages(item)] == []


def placeholders(text: str) -> set[str]:
    names = set()
    for match in TOKEN.finditer(text or ""):
        if match.group(1):
            names.add(match.group(1).split("|")[0])
    return names


def test_it_keeps_the_same_placeholders_in_every_language(starter):
    for template in ScriptTemplate.objects.all():
        for field in ("subject", "body"):
            english = placeholders(getattr(template, f"{field}_en"))
            for language in languages.TRANSLATIONS:
                assert placeholders(getattr(template, f"{field}_{language}")) == english, (
                    template.slug,
                    field,
                    language,
                )
        template.full_clean()


def test_it_writes_french_starter_punctuation_with_no_break_spaces(starter):
    for template in ScriptTemplate.objects.all():
        text = f"{template.subject_fr}\n{template.body_fr}"
        assert not re.search(r"\w ?[?!;]", text), template.slug


def test_it_seeds_the_translations_once(starter):
    again = seed_starter_content()
    assert all(result.created == 0 and result.updated == 0 for result in again)


def test_the_database_finds_what_each_item_is_missing_as_the_item_says():
    """The admin's filter asks the database; it agrees with missing_languages(), spaces
    counting as missing."""
    make_reason("commute", "both", "Commute", **DUTCH)
    make_reason("family", "both", "Family", title_nl="   ")
    make_reason("health", "both", "Health")
    for language in languages.TRANSLATIONS:
        by_database = {item.slug for item in languages.missing_in(Reason.objects.all(), language)}
        by_item = {
            item.slug
            for item in Reason.objects.all()
            if language in languages.missing_languages(item)
        }
        assert by_database == by_item
    assert {r.slug for r in languages.missing_in(Reason.objects.all(), "nl")} == {
        "family",
        "health",
    }


def test_it_filters_the_items_complete_in_every_language(editor_client):
    make_reason("commute", "both", "Commute", **DUTCH)
    complete = {**DUTCH, **{key.replace("_nl", "_fr"): value for key, value in DUTCH.items()}}
    make_reason("family", "both", "Family", **complete)
    listed = editor_client.get("/admin/reasons/reason/?missing=none").context["cl"].result_list
    assert [reason.slug for reason in listed] == ["family"]
