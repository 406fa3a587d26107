"""The tone check: flag blunt or negative wording and propose curated professional phrasing.

Members type their reasons freely; editors curate, as data, what reads badly:

- **Tone cues** (`ToneCue`): judgement words ("a joke", "pathetic", "too low"),
  accusations aimed at the reader ("you never", "your process"), absolutes ("nobody
  ever", "zero"), and shouting (ALL CAPS, "!!!"; its words are the acronyms to allow).
  Fillers ("really", "way", "tbh") are cues too: they may sit between the words of any
  other cue, so "is a joke" also catches "is a total joke". A "..." in a wording stands
  for up to four words of any kind ("better ... than yours"), and a word written with a
  leading "=" is matched only as written, never by its lemma (the French conditional
  "=détesterais" is calm where "je déteste" is not). Some kinds only change
  how the others read, and are data per language too: negations ("not", "never")
  cancel a judgement or accusation right after them ("never boring" is praise, for
  reframes too) and turn praise into a complaint ("not impressive"), unless the member
  says it of themself ("I can't develop here"); intensifiers ("so", "too") make a mild
  word blunt ("so slow"); calm phrases ("I'd hate to", "no complaints") keep the rest
  of their clause from being flagged, by cues and reframes alike. A word the
  lemmatiser does not know, one letter off a curated word, is read as that word
  ("terible"), so typos are caught without listing them.
- **Tone topics** (`ToneTopic`): the words that name what a sentence is about (pay, the
  commute, managing people...) and the professional sentence to say instead, per
  situation where it differs. A topic without words is the fallback.
- **Reframes** (`Reframe`): an editor's exact blunt phrase and a phrase to swap in, as
  before, in one language too.

The pipeline: the text is folded one character to one (case, quote style) so offsets
stay true; cut into sentences and words; every word is lemmatised (simplemma, in the
language of the check: the active language unless given; cues, topics and reframes are
rows per language, so French and Dutch are data, see docs/tone.md; every form also
stands without accents, as members often type them). A sentence holding a cue gets one
finding: the span is the first cue's words, the alternative is the professional sentence
of the topic the sentence names first (or the fallback), and Apply replaces the whole
sentence (`Finding.replace_start`/`replace_end`), so the result stays grammatical.
Reframes are the phrase-level layer: they flag sentences no cue caught, and Apply splices
their alternative into the phrase's place.

Bounded: only the first `MAX_CHECKED_CHARS` characters are checked (a longer text is
checked up to there, never refused: the views decide what to do with over-long input),
and at most `MAX_FINDINGS` findings are returned.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
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
    negations: frozenset[str]
    intensifiers: frozenset[str]
    selves: frozenset[str]
    calm_by_first: dict[str, tuple[tuple[frozenset[str], ...], ...]]
    acronyms: frozenset[str]
    shouting_why: str | None
    topics_by_first: dict[str, tuple[tuple[tuple[frozenset[str], ...], int], ...]]
    topics: tuple[_Topic, ...]
    fallback: _Topic | None
    # Typo tolerance: each single word of the cues, fillers and topics under itself and
    # under each of its one-letter deletions, so a word one letter off is found.
    near_words: dict[str, frozenset[str]] = field(default_factory=dict)
    _typo_cache: dict[str, frozenset[str]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    @property
    def empty(self) -> bool:
        return not self.cues_by_first and self.shouting_why is None


NO_PATTERNS = TonePatterns(
    DEFAULT_LANGUAGE,
    {},
    frozenset(),
    frozenset(),
    frozenset(),
    frozenset(),
    {},
    frozenset(),
    None,
    {},
    (),
    None,
)


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


def check_with_unsaved(
    text: str, situation: str, *, unsaved: ToneCue | ToneTopic | Reframe
) -> list[Finding]:
    """check_tone with the published content, one row taken as an editor has typed it.

    For the admin's Try it box: the row replaces its saved version (if any), and counts
    as published whatever its status, so a draft can be tried before it goes live. Its
    language is the language of the check. Nothing is cached or saved.
    """
    language = _language(unsaved.language or DEFAULT_LANGUAGE)
    reframes = list(Reframe.objects.published().for_situation(situation).filter(language=language))
    cues = list(ToneCue.objects.published().for_situation(situation).filter(language=language))
    topics = list(ToneTopic.objects.published().for_situation(situation).filter(language=language))
    if isinstance(unsaved, Reframe):
        reframes = _replaced(reframes, unsaved)
    elif isinstance(unsaved, ToneCue):
        cues = _replaced(cues, unsaved)
    else:
        topics = _replaced(topics, unsaved)
    patterns = compile_patterns(cues, topics, language=language)
    return check_tone(text, situation, reframes=reframes, patterns=patterns, language=language)


def _replaced(rows: list, unsaved: ToneCue | ToneTopic | Reframe) -> list:
    """The rows with `unsaved` in its saved version's place (or in its order, if new)."""
    kept = [row for row in rows if unsaved.pk is None or row.pk != unsaved.pk]
    kept.append(unsaved)
    return sorted(kept, key=lambda row: (row.order, row.pk or 0))


def _check(text: str, situation: str, matcher: _Matcher, patterns: TonePatterns) -> list[Finding]:
    checked = text[:MAX_CHECKED_CHARS]
    folded = checked.translate(_FOLD)
    sentence_findings, calm_clauses = _sentence_findings(checked, folded, situation, patterns)
    taken = [(f.replace_start, f.replace_end) for f in sentence_findings] + calm_clauses
    findings = sentence_findings + [
        finding
        for finding in _reframe_findings(checked, folded, matcher)
        if not any(start <= finding.start < end for start, end in taken)
        and not _negated_before(folded, finding.start, patterns)
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
    reframes = Reframe.objects.published().for_situation(situation).filter(language=language)
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

# A word: letters and digits, with inner apostrophes ("don't"). A hyphen separates words,
# so the wording "so-called" also catches "so called", and "on-call" the same two words.
_WORD = re.compile(r"\w+(?:'\w+)*")
# In a wording, "=" before a word keeps it as written, never lemmatised: the French
# conditional "=détesterais" (a polite "I would hate to") must not also be "je déteste".
_EXACT_MARK = "="
_WORDING_WORD = re.compile(r"=?\w+(?:'\w+)*")
# In a wording, "..." stands for a gap of up to _MAX_GAP words of any kind.
_GAP_MARK = "..."
_GAP: frozenset[str] = frozenset({_GAP_MARK})
_MAX_GAP = 4
# A calm phrase covers its clause: up to the next comma, colon, semicolon, dash or the
# language's "but" (a contrast starts a new thought: "geen probleem, maar ...").
_BUT = {"en": "but", "fr": "mais", "nl": "maar"}
_CLAUSE_ENDS = {
    language: re.compile(rf"[,;:\u2013\u2014]|\b{but}\b") for language, but in _BUT.items()
}
# A sentence ends at . ! ? ; or a line break (with the run of them: "!!!", "?!").
_SENTENCE_END = re.compile(r"[.!?;\n]+")
_SHOUTED_PUNCTUATION = re.compile(r"[!?]{2,}")


@lru_cache(maxsize=20_000)
def _forms(word: str, language: str) -> frozenset[str]:
    """What a folded word matches as: itself without apostrophes ("dont" = "don't")
    and its lemma ("lowballing" = "lowball")."""
    bare = word.replace("'", "")
    if "n't" in word:
        # The lemma of "isn't" is "be", which would make "isn't a real" match "is a real":
        # a negated word is only ever itself.
        return frozenset({word, bare})
    lemma = simplemma.lemmatize(word, lang=language).casefold()
    if len(lemma) < 2 and len(word) > 1:
        # A lemma of one letter is a guess ("bs" -> "b") that would match initials.
        return frozenset({word, bare})
    forms = {word, bare, lemma, lemma.replace("'", "")}
    # Members often type without accents ("equipe", "deplacement", "naief"): every form
    # also stands without them, so "équipe" and "equipe" meet.
    return frozenset(forms | {_unaccented(form) for form in forms})


def _as_is(word: str) -> frozenset[str]:
    return frozenset({word, word.replace("'", ""), _unaccented(word)})


def _unaccented(word: str) -> str:
    if word.isascii():
        return word
    return "".join(
        char for char in unicodedata.normalize("NFD", word) if not unicodedata.combining(char)
    )


def _phrase(text: str, language: str) -> tuple[frozenset[str], ...]:
    words: list[frozenset[str]] = []
    for number, part in enumerate(text.translate(_FOLD).split(_GAP_MARK)):
        found = [
            _as_is(word[1:]) if word.startswith(_EXACT_MARK) else _forms(word, language)
            for word in _WORDING_WORD.findall(part)
        ]
        if number and words and found:  # A gap only between words, never at an end.
            words.append(_GAP)
        words += found
    return tuple(words)


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
    cues = list(cues)
    cues_by_first: dict[str, list[_Cue]] = defaultdict(list)
    calm_by_first: dict[str, list[tuple[frozenset[str], ...]]] = defaultdict(list)
    fillers: set[str] = set()
    negations: set[str] = set()
    acronyms: set[str] = set()
    shouting_why = None
    gated: list[_Cue] = []  # Praise and mild words: they match only after a negation or
    intensifiers: set[str] = set()  # an intensifier.
    selves: set[str] = set()
    for cue in cues:
        if cue.kind in (CueKind.PRAISE, CueKind.MILD):
            gated += [_Cue(cue.kind, cue.why, words) for words in _wordings(cue, language)]
        elif cue.kind == CueKind.INTENSIFIER:
            intensifiers |= _as_written(cue)
        elif cue.kind == CueKind.SELF:
            selves |= _as_written(cue)
        elif cue.kind == CueKind.FILLER:
            fillers |= {form for word in cue.word_list for form in _forms_of(word, language)}
        elif cue.kind == CueKind.NEGATION:
            negations |= _as_written(cue)
        elif cue.kind == CueKind.CALM:
            for wording in cue.word_list:
                words = _phrase(wording, language)
                for form in words[0] if words else ():
                    calm_by_first[form].append(words)
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
    near_words: dict[str, set[str]] = defaultdict(set)
    for cue in cues:
        if cue.kind not in (CueKind.JUDGEMENT, CueKind.ACCUSATION, CueKind.ABSOLUTE):
            continue
        for wording in cue.word_list:
            _add_near(near_words, wording)
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
            _add_near(near_words, wording)
            words = _phrase(wording, language)
            for form in words[0] if words else ():
                topics_by_first[form].append((words, index))
    return TonePatterns(
        language=language,
        cues_by_first=_with_gated(ordered, gated),
        fillers=frozenset(fillers),
        negations=frozenset(negations),
        intensifiers=frozenset(intensifiers),
        selves=frozenset(selves),
        calm_by_first={form: tuple(found) for form, found in calm_by_first.items()},
        acronyms=frozenset(acronyms),
        shouting_why=shouting_why,
        topics_by_first={form: tuple(found) for form, found in topics_by_first.items()},
        topics=tuple(compiled_topics),
        fallback=fallback,
        near_words={key: frozenset(words) for key, words in near_words.items()},
    )


# Typos: a word of at least this many letters that the lemmatiser does not know is
# matched as the curated word one letter away ("terible", "colleages", "managment"). A
# known word never is: "garage" is not a typo of "garbage".
_MIN_TYPO_LENGTH = 5


def _deletions(word: str) -> set[str]:
    return {word[:position] + word[position + 1 :] for position in range(len(word))}


def _add_near(near_words: dict[str, set[str]], wording: str) -> None:
    words = _WORD.findall(wording.translate(_FOLD))
    if len(words) != 1 or len(words[0]) <= _MIN_TYPO_LENGTH or not words[0].isalpha():
        return
    (word,) = words
    near_words[word].add(word)
    for deleted in _deletions(word):
        near_words[deleted].add(word)


def _with_typos(word: str, forms: frozenset[str], patterns: TonePatterns) -> frozenset[str]:
    """The forms of a word, plus those of the curated word it is a typo of, if any."""
    if len(word) < _MIN_TYPO_LENGTH or not patterns.near_words or not word.isalpha():
        return forms
    cached = patterns._typo_cache.get(word)
    if cached is not None:
        return cached
    if word in patterns.near_words and word in patterns.near_words[word]:
        found = forms  # The curated word itself.
    elif simplemma.is_known(word, lang=patterns.language):
        found = forms
    else:
        # A letter missing ("terible"), one too many ("reallly"), or one changed.
        near = set(patterns.near_words.get(word, ()))
        for deleted in _deletions(word):
            near |= {other for other in patterns.near_words.get(deleted, ()) if other != word}
        near = {other for other in near if abs(len(other) - len(word)) <= 1}
        found = forms.union(*(_forms(other, patterns.language) for other in near))
    if len(patterns._typo_cache) < _FOLD_TABLE_LIMIT:
        patterns._typo_cache[word] = found
    return found


def _wordings(cue: ToneCue, language: str) -> list[tuple[frozenset[str], ...]]:
    return [words for wording in cue.word_list if (words := _phrase(wording, language))]


def _as_written(cue: ToneCue) -> frozenset[str]:
    # Negations and intensifiers are matched as written, not lemmatised: the lemma of
    # "isn't" is "be".
    return frozenset(
        form
        for wording in cue.word_list
        for word in _WORD.findall(wording.translate(_FOLD))
        for form in (word, word.replace("'", ""), _unaccented(word))
    )


def _with_gated(
    cues_by_first: dict[str, tuple[_Cue, ...]], gated: list[_Cue]
) -> dict[str, tuple[_Cue, ...]]:
    # Praise and mild words are indexed like any cue, after the others at one start.
    merged = {form: list(found) for form, found in cues_by_first.items()}
    for cue in gated:
        for form in cue.words[0]:
            merged.setdefault(form, []).append(cue)
    return {form: tuple(found) for form, found in merged.items()}


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
    if at >= len(tokens) or not tokens[at][2] & words[0]:
        return None
    if len(words) == 1:
        return at
    rest = words[1:]
    if rest[0] is _GAP:
        rest = rest[1:]
        # The shortest gap first, so the match stays as short as it can be.
        nexts = range(at + 1, min(len(tokens), at + 2 + _MAX_GAP))
    else:
        nexts = [at + 1]
        # Fillers may sit between two words, unless the filler is the next word itself.
        while (
            len(nexts) <= _MAX_FILLERS
            and nexts[-1] < len(tokens)
            and not tokens[nexts[-1]][2] & rest[0]
            and tokens[nexts[-1]][2] & fillers
        ):
            nexts.append(nexts[-1] + 1)
    for position in nexts:
        last = _match_at(rest, tokens, position, fillers)
        if last is not None:
            return last
    return None


# The kinds a negation right before cancels; praise is the other way round.
_NEGATABLE = frozenset({CueKind.JUDGEMENT, CueKind.ACCUSATION})


def _negated(
    tokens: list[tuple[int, int, frozenset[str]]],
    at: int,
    patterns: TonePatterns,
    words: frozenset[str] | None = None,
) -> bool:
    """Whether a negation (or one of `words`) sits right before token `at`, fillers
    allowed between."""
    return _negation_before(tokens, at, patterns, words) is not None


def _negation_before(
    tokens: list[tuple[int, int, frozenset[str]]],
    at: int,
    patterns: TonePatterns,
    words: frozenset[str] | None = None,
) -> int | None:
    """The index of the negation (or one of `words`) right before token `at`, or None."""
    words = patterns.negations if words is None else words
    position = at - 1
    for _skipped in range(_MAX_FILLERS + 1):
        if position < 0:
            return None
        forms = tokens[position][2]
        if forms & words:
            return position
        if not forms & patterns.fillers:
            return None
        position -= 1
    return None


def _denied(tokens: list[tuple[int, int, frozenset[str]]], at: int, patterns: TonePatterns) -> bool:
    """Whether praise at token `at` is denied to them: negated, and not by the member
    about themself ("they never listen" is a complaint, "I can't develop" is not)."""
    negation = _negation_before(tokens, at, patterns)
    if negation is None:
        return False
    return not (negation and tokens[negation - 1][2] & patterns.selves)


def _negated_before(folded: str, at: int, patterns: TonePatterns) -> bool:
    """Whether a negation sits right before offset `at` of the same sentence."""
    if not patterns.negations:
        return False
    before = folded[max(0, at - 80) : at]
    before = _SENTENCE_END.split(before)[-1]
    tokens = [(0, 0, _forms(word, patterns.language)) for word in _WORD.findall(before)]
    return _negated(tokens, len(tokens), patterns)


def _calm_clauses(
    folded: str, end: int, tokens: list[tuple[int, int, frozenset[str]]], patterns: TonePatterns
) -> list[tuple[int, int]]:
    """(start, end) of each clause a calm phrase covers in one sentence."""
    clauses = []
    for index, (token_start, _token_end, forms) in enumerate(tokens):
        candidates = {words for form in forms for words in patterns.calm_by_first.get(form, ())}
        for words in candidates:
            last = _match_at(words, tokens, index, patterns.fillers)
            if last is not None:
                clause_end = _CLAUSE_ENDS[patterns.language].search(folded, tokens[last][1], end)
                clauses.append((token_start, clause_end.start() if clause_end else end))
                break
    return clauses


def _sentence_findings(
    text: str, folded: str, situation: str, patterns: TonePatterns
) -> tuple[list[Finding], list[tuple[int, int]]]:
    """The findings of the cues, and the clauses calm phrases keep from any finding."""
    if patterns.empty:
        return [], []
    findings = []
    calm_clauses = []
    for start, end in _sentences(folded):
        tokens = [
            (
                match.start(),
                match.end(),
                _with_typos(match.group(), _forms(match.group(), patterns.language), patterns),
            )
            for match in _WORD.finditer(folded, start, end)
        ]
        calm = _calm_clauses(folded, end, tokens, patterns) if patterns.calm_by_first else []
        calm_clauses += calm
        hit = _first_cue(text, folded, start, end, tokens, patterns, calm)
        if hit is None:
            continue
        hit_start, hit_end, why = hit
        topic = _topic_of(tokens, patterns)
        if topic is None:
            continue
        greeted = _after_greeting(folded, start, end)
        findings.append(
            Finding(
                start=hit_start,
                end=hit_end,
                found=text[hit_start:hit_end],
                alternative=topic.alternative_for(situation),
                why=f"{why} {topic.why}".strip(),
                reframe_id=None,
                # A greeting opening the sentence ("Hi Claire, …") stays as it is.
                replace_start=greeted if greeted <= hit_start else start,
                replace_end=end,
                topic_id=topic.id,
            )
        )
    return findings, calm_clauses


# "Hi Claire, …", "Dear Mr Peeters, …", "Bonjour Claire, …", "Beste Sam, …": a greeting
# and a name before the first comma (folded text: lower case, plain apostrophes).
_GREETING = re.compile(
    r"(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|dag|beste|"
    r"goedemorgen|goedemiddag|bonjour|bonsoir|salut|cher|chère)\b[^,.!?;:\n]{0,40},\s*"
)


def _after_greeting(folded: str, start: int, end: int) -> int:
    """Where a sentence's words begin once a greeting opening it is left out."""
    greeting = _GREETING.match(folded, start, end)
    return greeting.end() if greeting and greeting.end() < end else start


def _first_cue(
    text: str,
    folded: str,
    start: int,
    end: int,
    tokens: list[tuple[int, int, frozenset[str]]],
    patterns: TonePatterns,
    calm: list[tuple[int, int]],
) -> tuple[int, int, str] | None:
    """The earliest cue in one sentence outside calm clauses: (start, end, why)."""
    best = None
    for index, (token_start, _token_end, forms) in enumerate(tokens):
        if any(calm_start <= token_start < calm_end for calm_start, calm_end in calm):
            continue
        found = [patterns.cues_by_first[form] for form in forms if form in patterns.cues_by_first]
        if not found:
            continue
        # One form's cues are sorted already; several forms' need merging.
        candidates = found[0] if len(found) == 1 else _longest_first(found)
        # A cue's second word comes next or after at most _MAX_FILLERS fillers: look at
        # those few words before trying to match the whole cue.
        after = tokens[index + 1 : index + 2 + _MAX_FILLERS]
        following = frozenset().union(*(later for _start, _end, later in after))
        for cue in candidates:
            second = cue.words[1] if len(cue.words) > 1 else None
            if second is not None and second is not _GAP and not second & following:
                continue
            last = _match_at(cue.words, tokens, index, patterns.fillers)
            if last is not None and _reads_badly(cue, tokens, index, patterns):
                best = (token_start, tokens[last][1], cue.why)
                break
        if best:
            break
    if patterns.shouting_why is not None:
        shouted = _first_shout(text, folded, start, end, tokens, patterns.acronyms)
        if shouted is not None and (best is None or shouted < best[0]):
            best = (shouted, _shout_end(text, folded, shouted, tokens), patterns.shouting_why)
    return best


def _longest_first(found: list[tuple[_Cue, ...]]) -> list[_Cue]:
    return sorted({cue for cues in found for cue in cues}, key=lambda cue: -len(cue.words))


def _reads_badly(
    cue: _Cue, tokens: list[tuple[int, int, frozenset[str]]], at: int, patterns: TonePatterns
) -> bool:
    """Whether a cue matched at token `at` reads badly where it stands."""
    if cue.kind in _NEGATABLE:
        # "never boring", "not your fault": the negation turns it round.
        return not _negated(tokens, at, patterns)
    if cue.kind == CueKind.PRAISE:
        # "impressive" is praise; only "not impressive" is a complaint.
        return _denied(tokens, at, patterns)
    if cue.kind == CueKind.MILD:
        # "slow" is a fact; "so slow" is exasperation.
        return _negated(tokens, at, patterns, patterns.intensifiers)
    return True


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
