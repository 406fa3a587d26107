"""The tone check: flag blunt or negative wording and propose curated professional phrasing.

Members type their reasons freely; editors curate, as data, what reads badly:

- **Tone cues** (`ToneCue`): judgement words ("a joke", "pathetic", "too low"),
  accusations aimed at the reader ("you never", "your process"), absolutes ("nobody
  ever", "zero"), and shouting (ALL CAPS, "!!!"; its words are the acronyms to allow).
  Fillers ("really", "way", "tbh") are cues too: they may sit between the words of any
  other cue, so "is a joke" also catches "is a total joke".
- **Tone topics** (`ToneTopic`): the words that name what a sentence is about (pay, the
  commute, managing people...) and the professional sentence to say instead, per
  situation where it differs. A topic without words is the fallback.
- **Reframes** (`Reframe`): an editor's exact blunt phrase and a phrase to swap in, as
  before.

The pipeline: the text is folded one character to one (case, quote style) so offsets
stay true; cut into sentences and words; every word is lemmatised (simplemma, in the
language of the check: the active language unless given; cues and topics are rows per
language, so French and Dutch are data). A sentence holding a cue gets one finding: the
span is the first cue's words, the alternative is the professional sentence of the topic
the sentence names first (or the fallback), and Apply replaces the whole sentence
(`Finding.replace_start`/`replace_end`), so the result stays grammatical. Reframes are
the phrase-level layer: they flag sentences no cue caught, and Apply splices their
alternative into the phrase's place.

Bounded: only the first `MAX_CHECKED_CHARS` characters are checked (a longer text is
checked up to there, never refused: the views decide what to do with over-long input),
and at most `MAX_FINDINGS` findings are returned.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import simplemma
from django.utils.translation import get_language

from apps.content.versions import content_version
from apps.reasons.models import CueKind, Reframe, ToneCue, ToneTopic

# A text past this is checked up to here only (about two pages of a reason or email).
MAX_CHECKED_CHARS = 5_000
# More findings than this would bury the member; the first ones are the ones to fix.
MAX_FINDINGS = 20
LANGUAGES = ("en", "fr", "nl")
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Finding:
    """One blunt wording in the member's text; offsets index the original text.

    `start`/`end` are the words that read badly, `found` those words. Apply replaces
    `replace_start`/`replace_end` (the whole sentence, when the alternative is a
    sentence; the words themselves when unset) with `alternative`.
    """

    start: int
    end: int
    found: str
    alternative: str
    why: str
    reframe_id: int | None
    replace_start: int | None = None
    replace_end: int | None = None
    topic_id: int | None = None

    @property
    def replaced_span(self) -> tuple[int, int]:
        if self.replace_start is None or self.replace_end is None:
            return self.start, self.end
        return self.replace_start, self.replace_end

    @property
    def suggestion_id(self) -> int | None:
        """The curated row behind the advice, as the Apply button names it."""
        return self.reframe_id if self.topic_id is None else self.topic_id


@dataclass(frozen=True)
class _Cue:
    kind: str
    why: str
    words: tuple[frozenset[str], ...]  # Each word: the forms it matches.


@dataclass(frozen=True)
class _Topic:
    id: int | None
    alternative: str
    alternative_promotion: str
    why: str

    def alternative_for(self, situation: str) -> str:
        if situation == "promotion" and self.alternative_promotion:
            return self.alternative_promotion
        return self.alternative


@dataclass(frozen=True)
class TonePatterns:
    """The compiled cues and topics of one language (immutable, so it can be cached)."""

    language: str
    cues_by_first: dict[str, tuple[_Cue, ...]]
    fillers: frozenset[str]
    acronyms: frozenset[str]
    shouting_why: str | None
    topics_by_first: dict[str, tuple[tuple[tuple[frozenset[str], ...], int], ...]]
    topics: tuple[_Topic, ...]
    fallback: _Topic | None

    @property
    def empty(self) -> bool:
        return not self.cues_by_first and self.shouting_why is None


NO_PATTERNS = TonePatterns(DEFAULT_LANGUAGE, {}, frozenset(), frozenset(), None, {}, (), None)


def check_tone(
    text: str,
    situation: str,
    *,
    reframes: Iterable[Reframe] | None = None,
    patterns: TonePatterns | None = None,
    language: str | None = None,
) -> list[Finding]:
    """Findings for the blunt wording in `text`, sorted by start, never overlapping.

    Without `reframes`, the published reframes for the situation (and for both) are
    used; without `patterns`, the published cues and topics of `language` (default: the
    active language). Only the first MAX_CHECKED_CHARS characters are checked, and at
    most MAX_FINDINGS findings returned.
    """
    if not text:
        return []
    language = _language(language)
    if reframes is None or patterns is None:
        published_matcher, published_patterns = _published(situation, language)
    matcher = published_matcher if reframes is None else _matcher_for(reframes)
    patterns = published_patterns if patterns is None else patterns
    return _check(text, situation, matcher, patterns)


def check_texts(
    texts: dict[str, str], situation: str, *, language: str | None = None
) -> dict[str, list[Finding]]:
    """check_tone for several texts at once, keyed like `texts` (blank ones left out).

    The published content is looked up once for the batch (one query while the compiled
    patterns are cached), not once per text.
    """
    texts = {name: text for name, text in texts.items() if text.strip()}
    if not texts:
        return {}
    matcher, patterns = _published(situation, _language(language))
    return {name: _check(text, situation, matcher, patterns) for name, text in texts.items()}


def _check(text: str, situation: str, matcher: _Matcher, patterns: TonePatterns) -> list[Finding]:
    checked = text[:MAX_CHECKED_CHARS]
    folded = checked.translate(_FOLD)
    sentence_findings = _sentence_findings(checked, folded, situation, patterns)
    taken = [(f.replace_start, f.replace_end) for f in sentence_findings]
    findings = sentence_findings + [
        finding
        for finding in _reframe_findings(checked, folded, matcher)
        if not any(start <= finding.start < end for start, end in taken)
    ]
    findings.sort(key=lambda finding: finding.start)
    return findings[:MAX_FINDINGS]


def _language(language: str | None) -> str:
    code = (language or get_language() or DEFAULT_LANGUAGE).split("-")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def _published(situation: str, language: str) -> tuple[_Matcher, TonePatterns]:
    # Keyed by the one content version (apps.content.versions): any change an editor
    # makes, in any process, gives a new key, so no worker keeps a stale matcher.
    return _published_at(situation, language, content_version())


@lru_cache(maxsize=8)
def _published_at(situation: str, language: str, version: str) -> tuple[_Matcher, TonePatterns]:
    # The rows are read after the version, so they are at least as new as it: a change
    # in between is cached under the older key and replaced at the next check.
    reframes = Reframe.objects.published().for_situation(situation)
    cues = ToneCue.objects.published().for_situation(situation).filter(language=language)
    topics = ToneTopic.objects.published().for_situation(situation).filter(language=language)
    return _compiled(_entries(reframes)), compile_patterns(cues, topics, language=language)


def _reframe_findings(text: str, folded: str, matcher: _Matcher) -> list[Finding]:
    if matcher.pattern is None:
        return []
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


# Words and sentences.

# A word: letters and digits, with inner apostrophes and hyphens ("don't", "so-called").
_WORD = re.compile(r"\w+(?:['\-]\w+)*")
# A sentence ends at . ! ? ; or a line break (with the run of them: "!!!", "?!").
_SENTENCE_END = re.compile(r"[.!?;\n]+")
_SHOUTED_PUNCTUATION = re.compile(r"[!?]{2,}")


@lru_cache(maxsize=20_000)
def _forms(word: str, language: str) -> frozenset[str]:
    """What a folded word matches as: itself without apostrophes ("dont" = "don't")
    and its lemma ("lowballing" = "lowball")."""
    bare = word.replace("'", "")
    lemma = simplemma.lemmatize(word, lang=language).casefold()
    return frozenset({word, bare, lemma, lemma.replace("'", "")})


def _phrase(text: str, language: str) -> tuple[frozenset[str], ...]:
    return tuple(_forms(word, language) for word in _WORD.findall(text.translate(_FOLD)))


def _sentences(folded: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, its closing punctuation included, spaces not."""
    spans = []
    position = 0
    for match in [*_SENTENCE_END.finditer(folded), None]:
        content_end = match.start() if match else len(folded)
        # The punctuation closing the sentence, not the line break after it.
        closing = match.group().split("\n")[0] if match else ""
        chunk = folded[position:content_end]
        if chunk.strip():
            start = position + len(chunk) - len(chunk.lstrip())
            spans.append((start, content_end + len(closing)))
        position = match.end() if match else len(folded)
    return spans


# Cues and topics.


def compile_patterns(
    cues: Iterable[ToneCue], topics: Iterable[ToneTopic], *, language: str = DEFAULT_LANGUAGE
) -> TonePatterns:
    """The cues and topics of one language, indexed by the forms of their first word."""
    cues_by_first: dict[str, list[_Cue]] = defaultdict(list)
    fillers: set[str] = set()
    acronyms: set[str] = set()
    shouting_why = None
    for cue in cues:
        if cue.kind == CueKind.FILLER:
            fillers |= {form for word in cue.word_list for form in _forms_of(word, language)}
        elif cue.kind == CueKind.SHOUTING:
            acronyms |= {word.translate(_FOLD) for word in cue.word_list}
            shouting_why = shouting_why or cue.why
        else:
            for wording in cue.word_list:
                words = _phrase(wording, language)
                if words:
                    compiled = _Cue(cue.kind, cue.why, words)
                    for form in words[0]:
                        cues_by_first[form].append(compiled)
    # Longer cues first, so "the pay is a joke" is preferred to "a joke" at one start.
    ordered = {
        form: tuple(sorted(found, key=lambda cue: -len(cue.words)))
        for form, found in cues_by_first.items()
    }
    topics_by_first: dict[str, list[tuple[tuple[frozenset[str], ...], int]]] = defaultdict(list)
    compiled_topics = []
    fallback = None
    for topic in topics:
        compiled = _Topic(
            topic.pk,
            topic.alternative.strip(),
            topic.alternative_promotion.strip(),
            topic.why.strip(),
        )
        if not topic.word_list:
            fallback = fallback or compiled
            continue
        index = len(compiled_topics)
        compiled_topics.append(compiled)
        for wording in topic.word_list:
            words = _phrase(wording, language)
            for form in words[0] if words else ():
                topics_by_first[form].append((words, index))
    return TonePatterns(
        language=language,
        cues_by_first=ordered,
        fillers=frozenset(fillers),
        acronyms=frozenset(acronyms),
        shouting_why=shouting_why,
        topics_by_first={form: tuple(found) for form, found in topics_by_first.items()},
        topics=tuple(compiled_topics),
        fallback=fallback,
    )


def _forms_of(wording: str, language: str) -> frozenset[str]:
    return frozenset(form for word in _phrase(wording, language) for form in word)


# Between two words of a cue, at most this many fillers ("is a total joke").
_MAX_FILLERS = 2


def _match_at(
    words: tuple[frozenset[str], ...],
    tokens: list[tuple[int, int, frozenset[str]]],
    at: int,
    fillers: frozenset[str],
) -> int | None:
    """The index of the last token of `words` matched from token `at`, or None."""
    position = at
    for number, word in enumerate(words):
        if number:
            position += 1
            skipped = 0
            while (
                position < len(tokens)
                and not (tokens[position][2] & word)
                and tokens[position][2] & fillers
                and skipped < _MAX_FILLERS
            ):
                position += 1
                skipped += 1
        if position >= len(tokens) or not tokens[position][2] & word:
            return None
    return position


def _sentence_findings(
    text: str, folded: str, situation: str, patterns: TonePatterns
) -> list[Finding]:
    if patterns.empty:
        return []
    findings = []
    for start, end in _sentences(folded):
        tokens = [
            (match.start(), match.end(), _forms(match.group(), patterns.language))
            for match in _WORD.finditer(folded, start, end)
        ]
        hit = _first_cue(text, folded, start, end, tokens, patterns)
        if hit is None:
            continue
        hit_start, hit_end, why = hit
        topic = _topic_of(tokens, patterns)
        if topic is None:
            continue
        findings.append(
            Finding(
                start=hit_start,
                end=hit_end,
                found=text[hit_start:hit_end],
                alternative=topic.alternative_for(situation),
                why=f"{why} {topic.why}".strip(),
                reframe_id=None,
                replace_start=start,
                replace_end=end,
                topic_id=topic.id,
            )
        )
    return findings


def _first_cue(
    text: str,
    folded: str,
    start: int,
    end: int,
    tokens: list[tuple[int, int, frozenset[str]]],
    patterns: TonePatterns,
) -> tuple[int, int, str] | None:
    """The earliest cue in one sentence: (start, end, why)."""
    best = None
    for index, (token_start, _token_end, forms) in enumerate(tokens):
        candidates = {cue for form in forms for cue in patterns.cues_by_first.get(form, ())}
        for cue in sorted(candidates, key=lambda cue: -len(cue.words)):
            last = _match_at(cue.words, tokens, index, patterns.fillers)
            if last is not None:
                best = (token_start, tokens[last][1], cue.why)
                break
        if best:
            break
    if patterns.shouting_why is not None:
        shouted = _first_shout(text, folded, start, end, tokens, patterns.acronyms)
        if shouted is not None and (best is None or shouted < best[0]):
            best = (shouted, _shout_end(text, folded, shouted, tokens), patterns.shouting_why)
    return best


def _is_shouted(word: str, folded: str, acronyms: frozenset[str]) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 3 and word.isupper() and folded not in acronyms


def _first_shout(text, folded, start, end, tokens, acronyms) -> int | None:
    for token_start, token_end, _forms in tokens:
        if _is_shouted(text[token_start:token_end], folded[token_start:token_end], acronyms):
            return token_start
    match = _SHOUTED_PUNCTUATION.search(folded, start, end)
    return match.start() if match else None


def _shout_end(text, folded, at, tokens) -> int:
    for token_start, token_end, _forms in tokens:
        if token_start == at:
            return token_end
    match = _SHOUTED_PUNCTUATION.match(folded, at)
    return match.end() if match else at + 1


def _topic_of(
    tokens: list[tuple[int, int, frozenset[str]]], patterns: TonePatterns
) -> _Topic | None:
    """The topic the sentence names first, or the fallback."""
    for index, (_start, _end, forms) in enumerate(tokens):
        candidates = {entry for form in forms for entry in patterns.topics_by_first.get(form, ())}
        # At one word, the longest wording wins ("office politics" is about the culture,
        # "office" alone about the location); between equals, the topic listed first.
        for words, topic in sorted(candidates, key=lambda entry: (-len(entry[0]), entry[1])):
            if _match_at(words, tokens, index, patterns.fillers) is not None:
                return patterns.topics[topic]
    return patterns.fallback


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


# Reframes: exact phrases.

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
