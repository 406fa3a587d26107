"""The tone check: flag blunt or negative wording and propose curated reframes.

Members type their reasons freely; editors curate reframes (a blunt wording and its
variants, a professional alternative, a short why). `check_tone` finds every place
the member's text uses one of those wordings, so the builder can offer the reframe.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from apps.content.versions import content_version
from apps.reasons.models import Reframe


@dataclass(frozen=True)
class Finding:
    """One blunt wording in the member's text; start/end index the original text."""

    start: int
    end: int
    found: str
    alternative: str
    why: str
    reframe_id: int | None


def check_tone(
    text: str, situation: str, *, reframes: Iterable[Reframe] | None = None
) -> list[Finding]:
    """Findings for every blunt wording in `text`, sorted by start, never overlapping.

    Without `reframes`, the published reframes for the situation (and for both) are used.
    """
    matcher = _published_matcher(situation) if reframes is None else _matcher_for(reframes)
    if matcher.pattern is None or not text:
        return []
    folded = text.translate(_FOLD)
    findings = []
    # finditer already gives the resolution we promise: it scans left to right, takes
    # the first alternative that matches at the earliest start (the longest, by the
    # order of the pattern) and resumes after it, so spans are sorted and disjoint.
    for match in matcher.pattern.finditer(folded):
        suggestion = matcher.suggestion_for.get(" ".join(match.group().split()))
        if suggestion is None:  # Unreachable: every alternative comes from a key.
            continue
        start, end = match.span()
        findings.append(
            Finding(
                start=start,
                end=end,
                found=text[start:end],
                alternative=suggestion.alternative,
                why=suggestion.why,
                reframe_id=suggestion.reframe_id,
            )
        )
    return findings


# Folding. Matching runs on a folded copy of the text in which every character maps to
# exactly one character, so offsets found in the copy are offsets in the original text
# (str.lower() or casefold() on the whole text could change its length: "ß" -> "ss").

# Phones and word processors type a right single quotation mark for an apostrophe.
_SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b\u02bc"
_DOUBLE_QUOTES = '"\u201c\u201d\u201e\u201f'
# Past this, rare characters are folded on every call rather than remembered, so a
# text of random unicode cannot grow the table without bound.
_FOLD_TABLE_LIMIT = 10_000


class _FoldTable(dict[int, str]):
    """A str.translate table filled lazily: case and quote style folded, 1 char to 1."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in _SINGLE_QUOTES:
            folded = "'"
        elif char in _DOUBLE_QUOTES:
            folded = '"'
        else:
            folded = char.casefold()
            if len(folded) != 1:
                folded = char.lower() if len(char.lower()) == 1 else char
        if len(self) < _FOLD_TABLE_LIMIT:
            self[code] = folded
        return folded


_FOLD = _FoldTable()


def _key(wording: str) -> str:
    """A wording as matching sees it: folded, words separated by single spaces."""
    return " ".join(wording.translate(_FOLD).split())


# Matching.

# A word's inner apostrophe belongs to it: "can" must not match the "can" of "can't",
# which says the opposite, and "t care" must not match the end of "don't care".
_WORD_START = r"(?<!\w)(?<!\w')"
_WORD_END = r"(?!\w)(?!'\w)"
_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class _Suggestion:
    reframe_id: int | None
    alternative: str
    why: str


@dataclass(frozen=True)
class _Matcher:
    pattern: re.Pattern[str] | None
    suggestion_for: dict[str, _Suggestion]


# (id, blunt, variants, alternative, why) of each reframe, in the order they come: the
# raw fields, because splitting variants into wordings on every check would cost more
# than the match itself.
type _Entries = tuple[tuple[int | None, str, str, str, str], ...]


def _entries(reframes: Iterable[Reframe]) -> _Entries:
    return tuple((r.pk, r.blunt, r.variants, r.alternative, r.why) for r in reframes)


def _matcher_for(reframes: Iterable[Reframe]) -> _Matcher:
    return _compiled(_entries(reframes))


@lru_cache(maxsize=16)
def _compiled(entries: _Entries) -> _Matcher:
    """One regex for a whole set of reframes (compiling costs ~100 checks, so cached)."""
    suggestion_for: dict[str, _Suggestion] = {}
    for reframe_id, blunt, variants, alternative, why in entries:
        # The model decides what counts as a wording; an unsaved copy lets it say so.
        for wording in Reframe(blunt=blunt, variants=variants).wordings:
            key = _key(wording)
            # The same wording in two reframes: the first one in order gives the advice.
            if key and key not in suggestion_for:
                suggestion_for[key] = _Suggestion(reframe_id, alternative, why)
    if not suggestion_for:
        return _Matcher(pattern=None, suggestion_for={})

    # Two wordings that match at the same start match the same text, character for
    # character outside whitespace, so the one with more non-space characters is the
    # longer match: trying alternatives in that order makes the first match the longest.
    keys = sorted(suggestion_for, key=lambda key: len(key) - key.count(" "), reverse=True)

    # Alternatives are grouped under their first character. Without IGNORECASE each group
    # starts with a plain literal, which the regex engine rejects in one comparison, so a
    # position is tried against a few dozen groups instead of every wording (~5x faster).
    # Wordings starting with a word character share one word-start check; the others
    # (a quote, a dash) need none, and the two kinds can never match at the same start.
    groups: dict[bool, dict[str, list[str]]] = {True: defaultdict(list), False: defaultdict(list)}
    for key in keys:
        rest = r"\s+".join(re.escape(word) for word in key[1:].split(" "))
        if _WORD_CHAR.match(key[-1]):
            rest += _WORD_END
        groups[bool(_WORD_CHAR.match(key[0]))][key[0]].append(rest)

    def alternation(by_first: dict[str, list[str]]) -> str:
        return "|".join(
            f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items()
        )

    parts = []
    if groups[True]:
        parts.append(f"{_WORD_START}(?:{alternation(groups[True])})")
    if groups[False]:
        parts.append(f"(?:{alternation(groups[False])})")
    return _Matcher(pattern=re.compile("|".join(parts)), suggestion_for=suggestion_for)


def _published_matcher(situation: str) -> _Matcher:
    # Keyed by the one content version (apps.content.versions): any change an editor
    # makes, in any process, gives a new key, so no worker keeps a stale matcher.
    return _published_matcher_at(situation, content_version())


@lru_cache(maxsize=8)
def _published_matcher_at(situation: str, version: str) -> _Matcher:
    # The rows are read after the version, so they are at least as new as it: a change
    # in between is cached under the older key and replaced at the next check.
    published = Reframe.objects.published().for_situation(situation)
    return _compiled(_entries(published))
