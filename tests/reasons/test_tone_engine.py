"""The tone check with the starter cues and topics: it reads meaning, stays calm where
the member is calm, and its suggestions apply to grammatical sentences."""

from __future__ import annotations

import pytest

from apps.content.seeding import seed_starter_content
from apps.plans.models import apply_finding
from apps.reasons.tone import MAX_CHECKED_CHARS, MAX_FINDINGS, check_tone
from bench.tone_report import load_corpus, measure

pytestmark = pytest.mark.django_db


@pytest.fixture
def starter(db):
    seed_starter_content()


def test_it_keeps_recall_on_the_corpus_and_never_flags_a_calm_sentence(starter):
    report = measure(load_corpus(), check_tone).all

    assert [flagged.entry.text for flagged in report.false_positives] == []
    assert report.recall >= 0.85, f"recall {report.recall:.1%} is below 85%"


@pytest.mark.parametrize(
    "text",
    [
        "honestly the salary is WAY too low",
        "Your process was a total mess.",
        "the hours there are completely insane",
        "I hated managing the interns.",
        "weekends AND evenings??",
    ],
)
def test_it_catches_blunt_wording_however_it_is_typed(starter, text):
    assert check_tone(text, "offer")


@pytest.mark.parametrize(
    "text",
    [
        "Please don't worry about the call being moved; no offence was taken.",
        "I managed the project last year.",
        "The pay is not the issue; the timing is.",
    ],
)
def test_it_leaves_calm_sentences_alone(starter, text):
    assert check_tone(text, "offer") == []


def test_a_finding_names_the_words_and_the_sentence_to_replace(starter):
    text = "Thank you for the offer. The hours are insane"
    (finding,) = check_tone(text, "offer")

    assert finding.found == "insane"
    assert text[slice(*finding.replaced_span)] == "The hours are insane"
    assert finding.why and finding.alternative.endswith(".")


@pytest.mark.parametrize(
    ("text", "situation"),
    [("I hate managing people.", "promotion"), ("The hours are insane", "offer")],
)
def test_applying_leaves_a_grammatical_sentence_the_check_passes(starter, text, situation):
    (finding,) = check_tone(text, situation)

    applied = apply_finding(text, situation, finding.start, finding.end, finding.suggestion_id)

    assert applied == finding.alternative
    assert applied[:1].isupper() and applied.endswith(".")
    assert check_tone(applied, situation) == []


def test_a_second_apply_can_follow_the_first(starter):
    text = "The hours are insane. Your process was a mess."
    first = check_tone(text, "offer")[0]
    once = apply_finding(text, "offer", first.start, first.end, first.suggestion_id)
    (second,) = check_tone(once, "offer")

    twice = apply_finding(once, "offer", second.start, second.end, second.suggestion_id)

    assert check_tone(twice, "offer") == []
    assert twice.startswith(first.alternative)


def test_it_answers_in_bounds_for_the_longest_text_full_of_blunt_words(starter):
    text = ("This is a joke!!! " * MAX_CHECKED_CHARS)[: MAX_CHECKED_CHARS * 2]

    findings = check_tone(text, "offer")

    assert len(findings) == MAX_FINDINGS
    assert all(finding.end <= MAX_CHECKED_CHARS for finding in findings)
