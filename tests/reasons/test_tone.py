from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from apps.content.models import AppliesTo, Status
from apps.reasons.models import Reframe
from apps.reasons.tone import MAX_CHECKED_CHARS, MAX_FINDINGS, NO_PATTERNS, Finding, check_tone

# The apostrophe phones and word processors type (right single quotation mark).
CURLY = "\u2019"


def reframe(
    id: int,
    blunt: str,
    *variants: str,
    alternative: str = "I am looking for a higher level of compensation.",
    why: str = "It names what you want, not what is wrong.",
) -> Reframe:
    """An unsaved reframe: the tone check needs no database when given reframes."""
    return Reframe(
        id=id, blunt=blunt, variants="\n".join(variants), alternative=alternative, why=why
    )


def spans(text: str, *reframes: Reframe) -> list[tuple[str, int | None]]:
    return [
        (f.found, f.reframe_id)
        for f in check_tone(text, "offer", patterns=NO_PATTERNS, reframes=reframes)
    ]


# Spans and advice


def test_it_finds_a_blunt_wording_with_its_span_and_advice():
    text = "Thank you. Honestly, the salary is too low for me."
    salary = reframe(7, "the salary is too low", alternative="Higher pay.", why="Kinder.")

    findings = check_tone(text, "offer", patterns=NO_PATTERNS, reframes=[salary])

    start = text.index("the salary")
    assert findings == [
        Finding(
            start=start,
            end=start + len("the salary is too low"),
            found="the salary is too low",
            alternative="Higher pay.",
            why="Kinder.",
            reframe_id=7,
        )
    ]
    assert findings[0].found == text[findings[0].start : findings[0].end]


def test_it_finds_every_occurrence_sorted_by_start():
    text = "I hate the commute. The boss? I hate the commute, really."
    findings = check_tone(
        text,
        "offer",
        patterns=NO_PATTERNS,
        reframes=[reframe(1, "hate the commute"), reframe(2, "the boss")],
    )

    assert [(f.start, f.reframe_id) for f in findings] == [
        (text.index("hate"), 1),
        (text.index("The boss"), 2),
        (text.rindex("hate"), 1),
    ]
    assert all(f.found == text[f.start : f.end] for f in findings)


def test_it_uses_the_variants():
    salary = reframe(1, "the salary is too low", "pay is too low", "underpaid")

    assert spans("I am underpaid and the pay is too low.", salary) == [
        ("underpaid", 1),
        ("pay is too low", 1),
    ]


def test_it_keeps_offsets_of_the_original_text_when_case_folding_changes_length():
    # "ß" and "İ" become two characters when lowered or case-folded as a whole text.
    text = "Straße, İstanbul, STRASSE: the pay is too low"
    findings = check_tone(
        text, "offer", patterns=NO_PATTERNS, reframes=[reframe(1, "pay is too low")]
    )

    assert [f.found for f in findings] == ["pay is too low"]
    assert findings[0].start == text.index("pay")


# Case, words, whitespace, quotes, punctuation


def test_it_ignores_case():
    assert spans("THE SALARY Is Too LOW", reframe(1, "the salary is too low")) == [
        ("THE SALARY Is Too LOW", 1)
    ]
    assert spans("the salary is too low", reframe(1, "The Salary IS too low")) == [
        ("the salary is too low", 1)
    ]


def test_it_matches_whole_words_only():
    pay = reframe(1, "pay")

    assert spans("repayment, payday, underpay, pay2, pay_slip", pay) == []
    assert spans("pay", pay) == [("pay", 1)]
    assert spans("Pay, pay; (pay) -pay-", pay) == [("Pay", 1), ("pay", 1), ("pay", 1), ("pay", 1)]


def test_it_does_not_match_part_of_a_contraction():
    # "can" inside "can't" would flag the opposite of what the member wrote.
    assert spans("I can't, and I won't.", reframe(1, "can"), reframe(2, "t")) == []
    assert spans("I don't care", reframe(1, "t care")) == []


def test_it_matches_words_across_any_run_of_whitespace():
    salary = reframe(1, "salary is too low")
    text = "The salary\n  is\t\ttoo \u00a0\r\nlow."

    assert spans(text, salary) == [("salary\n  is\t\ttoo \u00a0\r\nlow", 1)]


def test_it_does_not_match_words_run_together():
    assert spans("The salaryis toolow.", reframe(1, "salary is too low")) == []


def test_it_treats_straight_and_curly_apostrophes_alike():
    straight = reframe(1, "I can't afford it")
    curly = reframe(2, f"I don{CURLY}t like")

    assert spans(f"Sadly I can{CURLY}t afford it.", straight) == [(f"I can{CURLY}t afford it", 1)]
    assert spans("Sadly I can't afford it.", straight) == [("I can't afford it", 1)]
    assert spans("I don't like it.", curly) == [("I don't like", 2)]
    assert spans(f"I DON{CURLY}T like it.", curly) == [(f"I DON{CURLY}T like", 2)]


def test_it_treats_straight_and_curly_quotes_alike():
    quoted = reframe(1, 'not a "career move"')

    assert spans("It is not a “career move” for me.", quoted) == [("not a “career move”", 1)]


def test_it_allows_punctuation_around_words():
    salary = reframe(1, "salary is too low")

    assert spans("The salary is too low!", salary) == [("salary is too low", 1)]
    assert spans("(salary is too low)", salary) == [("salary is too low", 1)]
    assert spans("“Salary is too low”, I said.", salary) == [("Salary is too low", 1)]
    assert spans("...salary is too low...", salary) == [("salary is too low", 1)]


def test_it_matches_a_wording_that_contains_punctuation():
    assert spans("No 9-to-5 jobs, thanks.", reframe(1, "9-to-5")) == [("9-to-5", 1)]
    assert spans("Seriously?! No.", reframe(1, "seriously?!")) == [("Seriously?!", 1)]
    assert spans("Low pay!!! Bye.", reframe(1, "pay!!!")) == [("pay!!!", 1)]


def test_it_treats_regex_metacharacters_literally():
    metachars = reframe(1, "(.*) [a-z]+ $1 \\d")

    assert spans("It was (.*) [a-z]+ $1 \\d indeed.", metachars) == [("(.*) [a-z]+ $1 \\d", 1)]
    assert spans("It was anything at all.", metachars) == []
    assert spans("(((.*[[[\\", reframe(1, "c++"), reframe(2, "a|b")) == []


# Overlaps


def test_it_prefers_the_longest_wording_at_the_same_start():
    short = reframe(1, "too low")
    long = reframe(2, "too low for me")

    assert spans("It is too low for me.", short, long) == [("too low for me", 2)]
    assert spans("It is too low for me.", long, short) == [("too low for me", 2)]
    assert spans("It is too low, for me.", short, long) == [("too low", 1)]


def test_it_prefers_the_earliest_start_over_a_longer_overlapping_wording():
    findings = check_tone(
        "The pay is too low and the hours are long.",
        "offer",
        patterns=NO_PATTERNS,
        reframes=[reframe(1, "pay is too"), reframe(2, "too low and the hours are long")],
    )

    assert [(f.found, f.reframe_id) for f in findings] == [("pay is too", 1)]


def test_it_never_returns_overlapping_findings():
    wordings = [reframe(i, w) for i, w in enumerate(["a b", "b c", "c d", "b", "a b c d"])]

    findings = check_tone("a b c d b c", "offer", patterns=NO_PATTERNS, reframes=wordings)

    assert [(f.found, f.reframe_id) for f in findings] == [("a b c d", 4), ("b c", 1)]
    assert all(a.end <= b.start for a, b in itertools.pairwise(findings))


def test_it_gives_the_advice_of_the_first_reframe_sharing_a_wording():
    first = reframe(1, "boring", alternative="First.")
    second = reframe(2, "dull", "Boring", alternative="Second.")

    findings = check_tone("It is boring.", "offer", patterns=NO_PATTERNS, reframes=[first, second])

    assert [(f.reframe_id, f.alternative) for f in findings] == [(1, "First.")]


# Nothing to find


def test_it_returns_nothing_for_empty_text_or_no_reframes():
    assert check_tone("", "offer", patterns=NO_PATTERNS, reframes=[reframe(1, "pay")]) == []
    assert check_tone("   \n", "offer", patterns=NO_PATTERNS, reframes=[reframe(1, "pay")]) == []
    assert check_tone("The pay is low.", "offer", patterns=NO_PATTERNS, reframes=[]) == []


def test_it_ignores_blank_wordings():
    blank = reframe(1, "   ", "", "  \t ", "\u00a0")

    assert (
        check_tone("Some text with   spaces.", "offer", patterns=NO_PATTERNS, reframes=[blank])
        == []
    )


def test_it_checks_a_huge_text_up_to_its_bounds():
    # A longer text is checked up to MAX_CHECKED_CHARS, and findings stop at MAX_FINDINGS.
    text = "The salary is too low. " * 20_000 + "pay"
    salary = reframe(1, "salary is too low")
    findings = check_tone(text, "offer", patterns=NO_PATTERNS, reframes=[salary])

    assert len(findings) == MAX_FINDINGS
    assert all(f.found == "salary is too low" for f in findings)
    tail = "x" * MAX_CHECKED_CHARS + " the salary is too low"
    assert check_tone(tail, "offer", patterns=NO_PATTERNS, reframes=[salary]) == []


# Published reframes from the database


def make_reframe(
    slug: str,
    blunt: str,
    *,
    applies_to: str = AppliesTo.BOTH,
    status: str = Status.PUBLISHED,
    alternative: str = "A professional alternative.",
) -> Reframe:
    return Reframe.objects.create(
        slug=slug,
        blunt=blunt,
        applies_to=applies_to,
        status=status,
        alternative=alternative,
        why="A short why.",
    )


# Made-up words, so starter content loaded into the database cannot match.
TEXT = "Zorblax, then quimfle, then vantrop, then glimbert."


def found_ids(situation: str) -> set[int | None]:
    return {f.reframe_id for f in check_tone(TEXT, situation)}


@pytest.mark.django_db
def test_it_uses_published_reframes_for_the_situation_and_for_both():
    offer = make_reframe("offer", "zorblax", applies_to=AppliesTo.OFFER)
    promotion = make_reframe("promotion", "quimfle", applies_to=AppliesTo.PROMOTION)
    both = make_reframe("both", "vantrop", applies_to=AppliesTo.BOTH)

    assert found_ids("offer") == {offer.pk, both.pk}
    assert found_ids("promotion") == {promotion.pk, both.pk}


@pytest.mark.django_db
def test_it_never_uses_draft_reframes():
    make_reframe("draft", "glimbert", status=Status.DRAFT)
    published = make_reframe("published", "vantrop")

    assert found_ids("offer") == {published.pk}
    assert found_ids("promotion") == {published.pk}


@pytest.mark.django_db
def test_it_finds_nothing_without_published_reframes():
    make_reframe("draft", "zorblax", status=Status.DRAFT)

    assert check_tone(TEXT, "offer") == []


@pytest.mark.django_db
def test_it_sees_an_edited_reframe_at_once():
    edited = make_reframe("edited", "zorblax", alternative="Before.")
    assert [f.alternative for f in check_tone(TEXT, "offer")] == ["Before."]

    edited.alternative = "After."
    edited.save()
    assert [f.alternative for f in check_tone(TEXT, "offer")] == ["After."]

    edited.blunt = "quimfle"
    edited.save()
    assert [f.found for f in check_tone(TEXT, "offer")] == ["quimfle"]


@pytest.mark.django_db
def test_it_drops_an_unpublished_reframe_at_once():
    # The older one goes, so the newest `updated` stays the same: only the count moves.
    dropped = make_reframe("dropped", "quimfle")
    kept = make_reframe("kept", "zorblax")
    assert found_ids("offer") == {kept.pk, dropped.pk}

    dropped.unpublish()
    assert found_ids("offer") == {kept.pk}

    dropped.publish()
    assert found_ids("offer") == {kept.pk, dropped.pk}


@pytest.mark.django_db
def test_it_sees_a_reframe_moved_to_the_other_situation_or_deleted():
    moved = make_reframe("moved", "zorblax", applies_to=AppliesTo.OFFER)
    assert found_ids("offer") == {moved.pk}
    assert found_ids("promotion") == set()

    moved.applies_to = AppliesTo.PROMOTION
    moved.save()
    assert found_ids("offer") == set()
    assert found_ids("promotion") == {moved.pk}

    moved.delete()
    assert found_ids("promotion") == set()


@pytest.mark.django_db
def test_it_asks_the_database_once_per_check_when_nothing_changed(django_assert_num_queries):
    make_reframe("cached", "zorblax")
    check_tone(TEXT, "offer")

    with django_assert_num_queries(1):
        assert len(check_tone(TEXT, "offer")) == 1


# Properties over random input

WORDISH = st.text(alphabet="abAB '\u2019\"\u201c-!?.\n\t", max_size=12)
ANY_TEXT = st.text(max_size=40)


@st.composite
def texts_and_reframes(draw: st.DrawFn) -> tuple[str, list[Reframe]]:
    wording = st.one_of(WORDISH, ANY_TEXT)
    reframes = [
        reframe(i, draw(wording), *draw(st.lists(wording, max_size=3)))
        for i in range(draw(st.integers(0, 6)))
    ]
    # Text stitched from the wordings (in random case) and noise, so matches happen.
    known = [w for r in reframes for w in r.wordings] or ["pay"]
    pieces = st.one_of(
        st.sampled_from(known).map(lambda w: w.upper() if len(w) % 2 else w),
        WORDISH,
        ANY_TEXT,
    )
    return "".join(draw(st.lists(pieces, max_size=12))), reframes


@settings(max_examples=200, deadline=None)
@given(texts_and_reframes())
def test_it_always_returns_sorted_disjoint_in_bounds_spans(case):
    text, reframes = case

    findings = check_tone(text, "offer", patterns=NO_PATTERNS, reframes=reframes)

    ids = {r.pk for r in reframes}
    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.found == text[finding.start : finding.end]
        assert finding.reframe_id in ids
    for before, after in itertools.pairwise(findings):
        assert before.end <= after.start


VOCABULARY = ["a", "b", "ab", "ba", "A", "aB", "bb"]
WHITESPACE = st.sampled_from([" ", "  ", "\n", "\t ", " \n "])


@st.composite
def words_and_wordings(draw: st.DrawFn) -> tuple[str, list[Reframe]]:
    def phrase(max_words: int) -> str:
        words = draw(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=max_words))
        return "".join(word + draw(WHITESPACE) for word in words).strip()

    reframes = [reframe(i, phrase(3), phrase(3)) for i in range(draw(st.integers(1, 5)))]
    return phrase(25), reframes


def expected_spans(text: str, reframes: list[Reframe]) -> list[tuple[int, int, int | None]]:
    """The rules, applied word by word: earliest start, then most words, then first."""
    words = [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"\S+", text)]
    wordings = [(tuple(wording.lower().split()), r.pk) for r in reframes for wording in r.wordings]
    found = []
    i = 0
    while i < len(words):
        best: tuple[int, int | None] | None = None
        for wording, reframe_id in wordings:
            at_i = tuple(word for _, _, word in words[i : i + len(wording)])
            if at_i == wording and (best is None or len(wording) > best[0]):
                best = (len(wording), reframe_id)
        if best is None:
            i += 1
        else:
            found.append((words[i][0], words[i + best[0] - 1][1], best[1]))
            i += best[0]
    return found


@settings(max_examples=200, deadline=None)
@given(words_and_wordings())
def test_it_resolves_overlaps_like_the_rules_say(case):
    text, reframes = case

    findings = check_tone(text, "offer", patterns=NO_PATTERNS, reframes=reframes)

    expected = expected_spans(text, reframes)[:MAX_FINDINGS]  # the first ones, capped
    assert [(f.start, f.end, f.reframe_id) for f in findings] == expected
