"""The member's reasons as one paragraph, and tidy punctuation in composed text.

A script is read out by one person and an email is signed by one: the shared
reasons are joined with connecting words, a reason that repeats another is
merged into it, and punctuation is normalised. The member's own words are
otherwise kept as typed: nothing here rewrites what a reason says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import simplemma
from django.utils.translation import get_language
from django.utils.translation import gettext as _

LEMMA_LANGUAGES = ("en", "fr", "nl")


# Words that carry no point of their own: two reasons sharing only these are not
# saying the same thing. Compared after lemmatising, so "would", "am" and "been"
# need no inflected forms here.
def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = {
    "en": word_set(
        """a about above after again all also am an and any are as at be because been
        before being both but by can could did do does doing down during each even
        few for from further had has have having he her here him his how i if in into
        is it its just let like lot may me might more most much must my myself no nor
        not now of off on once only or other our out over own quite rather really
        same she should so some such than that the their them then there these they
        this those through to too under until up very was we were what when where
        which while who why will with would you your yours point moment time right
        currently think thought feel find get make want need look go take
        something thing way well"""
    ),
    "fr": word_set(
        """à au aux avec ce ces cet cette dans de des du elle en est et être il je la
        le les leur lui ma mais me mes moi mon ne nous on ou par pas pour qu que qui
        sa se ses son sur ta te tes toi ton tu un une vous avoir faire très plus"""
    ),
    "nl": word_set(
        """aan al als bij dat de den der deze die dit doen door een en er heb hebben
        het hij hoe ik in is je kan kunnen maar me met mij mijn naar niet nog nu of
        om ook op over te tot u uit van veel voor was wat we wel wij worden zal zijn
        zo zou"""
    ),
}

# Openings that already connect a reason to the one before: no second connector.
CONNECTED_OPENINGS = re.compile(
    r"^(also|above all|finally|first(ly)?|second(ly)?|third(ly)?|lastly|last of all|"
    r"on top of that|in addition|additionally|besides|moreover|furthermore|what is more|"
    r"what's more|plus|another|mainly|most of all|the main reason|equally|beyond that|"
    r"at the same time|and|but|as well)\b",
    re.IGNORECASE,
)
# "Honestly, ..." in front of a reason suggests the rest was less than honest, and it
# cannot follow a connector ("On top of that, frankly I..."): it goes.
HEDGE_OPENING = re.compile(
    r"^(?:(?:quite\s+)?frankly|honestly|to\s+be\s+(?:honest|frank|fair)|tbh|truthfully|"
    r"in\s+all\s+honesty)\b[\s,:;\-]*(?=\w)",
    re.IGNORECASE,
)
# "I am also looking...": the member already said "also" near the start.
EARLY_ALSO = re.compile(r"^(\S+\s+){0,4}also\b", re.IGNORECASE)
# The auxiliaries "also" follows ("I am also", "I would also"); after any other verb
# it comes first ("I also want"). "have" is left out: "I have also a family" is wrong.
AUXILIARY_START = re.compile(
    r"^I(?:'m|'d|'ve|'ll|\s+(?:am|was|would|will|can|could|should|must|might|may))\b"
)
NBSP = "\u00a0"
# Runs of whitespace other than the no-break space French puts before ; : ! ? and
# inside « »: those are typography, kept as written.
SPACES = re.compile(rf"[^\S{NBSP}]+")
ABBREVIATION_END = re.compile(r"\b(?:e\.g|i\.e|etc|vs|approx|incl|no)\.$", re.IGNORECASE)
# "i" as a word ("i am", "i'm"), not the one in "i.e.".
LOWER_I = re.compile(r"(?<![\w'.])i(?=(?:'[a-z]+)?(?:\s|[,;:!?]|$))")
APOSTROPHE = "\u2019"  # the curly apostrophe phones and word processors type
DASHES = "\u2013\u2014"  # en and em dashes
WORD = re.compile(rf"[^\W\d_][\w'{APOSTROPHE}-]*")
# "De plus, J'ai…": a French first word elided before a vowel ("J'", "L'", "Qu'").
FRENCH_ELIDED = re.compile(rf"^(?:[CDJLMNST]|Qu)['{APOSTROPHE}](?=\w)")

# The most words two reasons may have between them to share one sentence.
ONE_SENTENCE_WORDS = 30
# Reasons sharing at least this share of the shorter one's content words repeat it.
OVERLAP = 0.6


def lemma_language() -> str:
    language = (get_language() or "en")[:2]
    return language if language in LEMMA_LANGUAGES else "en"


def as_sentence(text: str) -> str:
    """One line as a sentence: single spaces, a capital, a final full stop."""
    text = SPACES.sub(" ", text).strip()
    if text and text[-1] not in ".!?…":
        text += "."
    return text[:1].upper() + text[1:]


def tidy_sentence(text: str) -> str:
    """A reason as the member typed it, with its punctuation and capitals normalised:
    single spaces, no space before punctuation, no doubled or trailing commas, one
    final full stop (or their own ! or ?), and every sentence starting with a capital."""
    text = tidy_punctuation(SPACES.sub(" ", text).strip())
    text = LOWER_I.sub("I", text)
    # Dangling punctuation at the end ("...because,", "my family -") and an ellipsis
    # trailing off both end as one full stop.
    text = re.sub(rf"[\s,;:\-{DASHES}.…]+$", "", text)
    text = re.sub(rf"^[\s,;:\-{DASHES}.…!?]+", "", text)
    text = re.sub(r"([!?])[!?.\s]*$", r"\1", text)
    text = HEDGE_OPENING.sub("", text)
    if not text:
        return ""
    if text[-1] not in "!?":
        text += "."
    return typography(capitalise_sentences(text))


def capitalise_sentences(text: str) -> str:
    def upper(match: re.Match[str]) -> str:
        before = text[: match.start(2)].rstrip()
        if ABBREVIATION_END.search(before):
            return match.group(0)
        return match.group(1) + match.group(2).upper()

    text = re.sub(r"([.!?]\s+)([a-z])", upper, text)
    return text[:1].upper() + text[1:]


def tidy_punctuation(line: str) -> str:
    """The holes a missing value or a careless space leaves: " ,", ", .", ". .", "()"."""
    line = re.sub(r"([(\[])\s+", r"\1", line)
    line = re.sub(r"\s+([)\]])", r"\1", line)
    line = re.sub(r"\(\)|\[\]", "", line)
    line = re.sub(rf"[^\S{NBSP}]+([,.;:!?])", r"\1", line)
    # "Thank you, {name}, for..." with no name: the name's commas go with it.
    line = re.sub(r",(?:\s*,)+\s*", " ", line)
    line = re.sub(r"[,;:]+(?=[.!?])", "", line)
    # Two full stops (not an ellipsis) are one.
    line = re.sub(r"(?<!\.)\.(?:\s*\.)(?!\.)", ".", line)
    return SPACES.sub(" ", line).strip()


def french_spacing(text: str) -> str:
    """French typography: a no-break space before ; ! ? and before a colon that ends a
    clause ("Enfin :"), never inside "14:30" or "https://"."""
    text = re.sub(rf"(?<=[^\s{NBSP};!?])[ ]?([;!?])", rf"{NBSP}\1", text)
    return re.sub(rf"(?<=[^\s{NBSP}:])[ ]?:(?=\s|$)", f"{NBSP}:", text)


def typography(text: str) -> str:
    """The spacing the active language's punctuation asks for."""
    return french_spacing(text) if lemma_language() == "fr" else text


def tidy_line(line: str) -> str:
    """A composed line, tidied; a line a missing value left starting with a comma
    loses it and starts with a capital ("{contact_first_name}, thank you" → "Thank you")."""
    line = tidy_punctuation(SPACES.sub(" ", line).strip())
    stripped = re.sub(rf"^[,;:.{NBSP}]+\s*", "", line)
    if stripped != line:
        line = stripped[:1].upper() + stripped[1:]
    return typography(line)


# Merging reasons that say the same thing


def content_words(text: str, language: str | None = None) -> frozenset[str]:
    """The words that carry a reason's point, lemmatised: "commute", "family", "salary"."""
    language = language or lemma_language()
    stop = STOPWORDS.get(language, STOPWORDS["en"])
    words: set[str] = set()
    for token in WORD.findall(text.lower().replace(APOSTROPHE, "'")):
        token = re.sub(r"'(s|d|m|ll|ve|re)$", "", token).strip("'-")
        if len(token) < 2 or token in stop:
            continue
        lemma = simplemma.lemmatize(token, lang=language).lower()
        if lemma not in stop:
            words.add(lemma)
    return frozenset(words)


def repeats(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two reasons make the same point: most of the shorter one's content
    words are in the other (a single shared word is enough only for a one-word point)."""
    if not first or not second:
        return first == second
    shared = len(first & second)
    smaller = min(len(first), len(second))
    return shared >= OVERLAP * smaller and (shared >= 2 or smaller == 1)


@dataclass
class _Kept:
    sentence: str
    words: frozenset[str]

    def fuller_than(self, other: _Kept) -> bool:
        return (len(self.words), len(self.sentence)) > (len(other.words), len(other.sentence))


def merge_repeats(sentences: Iterable[str], language: str | None = None) -> list[str]:
    """The reasons in order, each point once: of two that repeat each other the fuller
    one is kept, in the place of the first."""
    kept: list[_Kept] = []
    for sentence in sentences:
        candidate = _Kept(sentence, content_words(sentence, language))
        for index, earlier in enumerate(kept):
            if repeats(earlier.words, candidate.words):
                if candidate.fuller_than(earlier):
                    kept[index] = candidate
                break
        else:
            kept.append(candidate)
    return [item.sentence for item in kept]


# Connecting words


def lower_first_word(sentence: str, language: str) -> str:
    """Lower-case the first word so a connector can go in front: "The commute" → "the
    commute", but "I", "Ghent", "AI" and names simplemma does not know stay as typed."""
    if language == "fr" and FRENCH_ELIDED.match(sentence):
        return sentence[:1].lower() + sentence[1:]
    match = WORD.match(sentence)
    if not match:
        return sentence
    word = match.group(0)
    acronym = len(word) > 1 and not word[1:].islower()
    if word == "I" or word.startswith(("I'", f"I{APOSTROPHE}")) or acronym:
        return sentence
    lower = word.lower()
    lemma = simplemma.lemmatize(lower, lang=language)
    if not simplemma.is_known(lower, lang=language) or not lemma[:1].islower():
        return sentence
    return lower + sentence[len(word) :]


def with_also(sentence: str) -> str | None:
    """ "I am looking..." → "I am also looking...", "I want..." → "I also want...";
    None when the sentence does not start with "I" (English only)."""
    match = AUXILIARY_START.match(sentence)
    if match:
        return f"{sentence[: match.end()]} also{sentence[match.end() :]}"
    if re.match(r"^I\s+[a-z]", sentence):
        return f"I also {sentence[2:]}"
    return None


def already_connected(sentence: str) -> bool:
    return bool(CONNECTED_OPENINGS.match(sentence) or EARLY_ALSO.match(sentence))


def connect(sentence: str, opener: str, *, also: bool, language: str) -> str:
    """The sentence with a connecting word: "also" inside an English "I ..." sentence
    when `also`, otherwise the opener in front ("On top of that, the salary...")."""
    if already_connected(sentence):
        return sentence
    if also and language == "en":
        inserted = with_also(sentence)
        if inserted:
            return inserted
    return f"{opener} {lower_first_word(sentence, language)}"


def is_one_sentence(sentence: str) -> bool:
    return not re.search(r"[.!?]\s", sentence) and sentence.endswith(".")


def join_reasons(phrasings: Iterable[str], language: str | None = None) -> str:
    """The shared reasons as one paragraph, in one voice.

    One reason stands as it is. Two are joined with "and ... also" when they fit in one
    sentence, or follow each other with "also" / "On top of that". Three or more run
    "Above all" (when the first is one sentence), "also" / "On top of that", "Besides
    that", "What is more", and end with "Finally".
    """
    language = language or lemma_language()
    sentences = [tidy_sentence(phrasing) for phrasing in phrasings]
    sentences = merge_repeats([sentence for sentence in sentences if sentence], language)
    if len(sentences) <= 1:
        return "".join(sentences)
    on_top = _("On top of that,")
    if len(sentences) == 2:
        first, second = sentences
        joined = connect(second, on_top, also=True, language=language)
        short = len(first.split()) + len(second.split()) <= ONE_SENTENCE_WORDS
        if (
            language == "en"
            and short
            and is_one_sentence(first)
            and is_one_sentence(second)
            and joined != second
            and joined.startswith(("I ", "I'"))
        ):
            return f"{first[:-1]}, and {joined}"
        return f"{first} {joined}"
    middle_openers = [on_top, _("Besides that,"), _("What is more,")]
    # "Above all" stresses the point of one sentence; in front of a reason of several it
    # would stress whatever comes first ("Above all, I have thought about this a lot.").
    first = sentences[0]
    if is_one_sentence(first):
        first = connect(first, _("Above all,"), also=False, language=language)
    paragraph = [first]
    for position, sentence in enumerate(sentences[1:-1]):
        opener = middle_openers[position % len(middle_openers)]
        paragraph.append(connect(sentence, opener, also=position == 0, language=language))
    paragraph.append(connect(sentences[-1], _("Finally,"), also=False, language=language))
    return " ".join(paragraph)
