from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from apps.scripts.wording import content_words, join_reasons, merge_repeats, tidy_sentence

COMMUTE = "The daily commute would be hard to combine with my family life"
PAY = "I am looking for a higher level of compensation"
SPECIALIST = "I do my best work as a hands-on specialist"
BALANCE = "Keeping a sustainable balance between work and home matters a lot to me"
DIRECTION = "The role does not fit the direction I want my career to take"
CONTENT = "I am happy in my current role and want to grow in it"
CITY = "Ghent is a long way from where my children go to school"

ARTEFACTS = re.compile(r" [,.;:!?]|,\s*[.,]|\.\s+\.|\s{2}|^[a-z]|\.\s+[a-z]")


def sentences_of(paragraph: str) -> list[str]:
    return [sentence for sentence in re.split(r"(?<=[.!?])\s+", paragraph) if sentence]


def assert_reads_cleanly(paragraph: str) -> None:
    assert not ARTEFACTS.search(paragraph), paragraph
    assert paragraph.endswith((".", "!", "?")), paragraph
    assert not paragraph.endswith(".."), paragraph
    sentences = [sentence.lower() for sentence in sentences_of(paragraph)]
    assert len(sentences) == len(set(sentences)), paragraph


# Connecting words by number of reasons


def test_it_leaves_one_reason_as_its_sentence():
    assert join_reasons([COMMUTE]) == f"{COMMUTE}."


def test_it_joins_two_short_reasons_in_one_sentence_with_also():
    assert join_reasons([COMMUTE, PAY]) == (
        "The daily commute would be hard to combine with my family life, and I am also "
        "looking for a higher level of compensation."
    )


def test_it_follows_two_long_reasons_on_with_a_connector():
    long_first = f"After thinking it through carefully over the weekend, {COMMUTE[0].lower()}"
    long_first += COMMUTE[1:]
    assert join_reasons([long_first, BALANCE]) == (
        f"{long_first}. On top of that, keeping a sustainable balance between work and home "
        "matters a lot to me."
    )


def test_it_keeps_an_also_the_member_already_wrote():
    second = "I am also looking for a somewhat higher level of compensation"
    assert join_reasons([COMMUTE, second]) == f"{COMMUTE}. {second}."


def test_it_runs_three_reasons_from_above_all_to_finally():
    assert join_reasons([SPECIALIST, BALANCE, DIRECTION]) == (
        "Above all, I do my best work as a hands-on specialist. On top of that, keeping a "
        "sustainable balance between work and home matters a lot to me. Finally, the role "
        "does not fit the direction I want my career to take."
    )


def test_it_gives_five_reasons_each_their_own_connector():
    paragraph = join_reasons([CITY, SPECIALIST, BALANCE, PAY, CONTENT])
    assert sentences_of(paragraph) == [
        "Above all, Ghent is a long way from where my children go to school.",
        "I also do my best work as a hands-on specialist.",
        "Besides that, keeping a sustainable balance between work and home matters a lot to me.",
        "What is more, I am looking for a higher level of compensation.",
        "Finally, I am happy in my current role and want to grow in it.",
    ]


@pytest.mark.parametrize(
    ("first_word", "kept"),
    [("Ghent", "Ghent"), ("AI", "AI"), ("Northwind", "Northwind"), ("The", "the")],
)
def test_it_lowers_only_a_common_first_word_after_a_connector(first_word, kept):
    paragraph = join_reasons([SPECIALIST, BALANCE, f"{first_word} team would grow too fast"])
    assert paragraph.endswith(f"Finally, {kept} team would grow too fast.")


# Merging reasons that say the same thing


def test_it_merges_overlapping_reasons_and_keeps_the_fuller_one():
    short = "The daily commute would be difficult"
    full = "After thinking it through, the daily commute would be difficult to sustain"
    assert join_reasons([short, full]) == f"{full}."
    assert join_reasons([full, short]) == f"{full}."


def test_it_merges_inflected_repeats_in_the_place_of_the_first():
    paragraph = join_reasons(
        [
            "Commuting daily to Antwerp would be difficult",
            PAY,
            "The daily commute to Antwerp would be too difficult with my family",
            SPECIALIST,
        ]
    )
    assert paragraph == (
        "Above all, the daily commute to Antwerp would be too difficult with my family. "
        "I am also looking for a higher level of compensation. "
        "Finally, I do my best work as a hands-on specialist."
    )


def test_it_merges_a_reason_typed_twice():
    assert join_reasons([PAY, f"  {PAY.lower()} . "]) == f"{PAY}."


def test_it_keeps_two_reasons_that_only_share_a_word():
    reasons = ["The commute would be hard with my family", "My family needs me at home"]
    assert merge_repeats(reasons) == reasons


def test_it_compares_content_words_not_function_words():
    assert content_words("I would be looking for the salary") == {"salary"}
    assert content_words("Commuting daily") == content_words("the daily commute")


# Punctuation and capitals


@pytest.mark.parametrize(
    ("typed", "tidied"),
    [
        ("the salary is lower than I hoped ,", "The salary is lower than I hoped."),
        ("i'm looking for a role closer to home..", "I'm looking for a role closer to home."),
        ("my family comes first . .", "My family comes first."),
        ("It's a long way , and i am tired -", "It's a long way, and I am tired."),
        ("family first. the commute is long", "Family first. The commute is long."),
        ("Could we revisit this next year?", "Could we revisit this next year?"),
        ("e.g. the commute is long…", "E.g. the commute is long."),
        ("  ", ""),
    ],
)
def test_it_normalises_punctuation_and_capitals_only(typed, tidied):
    assert tidy_sentence(typed) == tidied


def test_it_keeps_the_members_wording_otherwise():
    blunt = "The salary is way too low and your process was a mess"
    assert join_reasons([blunt]) == f"{blunt}."
    assert blunt[1:] in join_reasons([SPECIALIST, blunt, BALANCE])


# Any list of reasons


PHRASES = [
    COMMUTE,
    PAY,
    SPECIALIST,
    BALANCE,
    DIRECTION,
    CONTENT,
    CITY,
    "the salary is too low",
    "I would rather not manage people right now",
    "my health needs attention this year",
    "A role closer to home would suit my family better",
]
NOISE = st.sampled_from(["", " ", ".", " .", ",", " ,", "..", ". .", "  ", "!"])


@st.composite
def typed_reasons(draw) -> list[str]:
    chosen = draw(st.lists(st.sampled_from(PHRASES), min_size=0, max_size=7))
    return [draw(NOISE) + phrase + draw(NOISE) for phrase in chosen]


@settings(max_examples=200, deadline=None)
@given(typed_reasons())
def test_any_list_of_reasons_reads_as_one_clean_paragraph(reasons):
    paragraph = join_reasons(reasons)
    if not any(reason.strip(" .,!") for reason in reasons):
        assert paragraph == ""
        return
    assert_reads_cleanly(paragraph)
    points = merge_repeats([tidy_sentence(reason) for reason in reasons])
    sentences = sentences_of(paragraph)
    # Two short reasons may share one sentence ("..., and I am also ...").
    assert len(sentences) == len(points) or (len(points), len(sentences)) == (2, 1)
    if len(points) >= 3:
        assert sentences[0].startswith("Above all") or sentences[0] == points[0]
        assert sentences[-1].startswith("Finally") or sentences[-1] == points[-1]
    for point in points:
        # Each point is there, in the member's words after any connector ("also" aside).
        words = point[1:-1].replace(" also", "")
        assert words in paragraph.replace(" also", ""), (point, paragraph)


def test_it_stresses_only_a_first_reason_of_one_sentence():
    first = "I have thought about this a lot. I am looking for a higher level of compensation"
    paragraph = join_reasons([first, BALANCE, DIRECTION])
    assert paragraph.startswith(
        "I have thought about this a lot. I am looking for a higher level of compensation. "
        "On top of that, keeping"
    )
    assert "Above all" not in paragraph
    assert_reads_cleanly(paragraph)
