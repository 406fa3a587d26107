"""Finding English words on a page that should be all Dutch or all French.

A word is English interface here when it is a word of the interface's English (the
msgids of Ajar's, allauth's and Django's catalogs) and no word of the language's own
interface or advice (their translations, the curated content in that language, and
what the member typed). Text marked as another language (`lang="en"`, the language
switcher's "English") is left out: it says it is English. Nothing here knows a page:
it is the same check on every page and email of every journey.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import allauth
import django
from babel.messages.pofile import read_po
from django.conf import settings
from django.utils import translation
from playwright.sync_api import Page

from apps.accounts.forms import time_zone_choices
from apps.content import languages
from apps.content.models import curated_models
from apps.content.versions import content_version
from apps.core.places import country_choices

APOSTROPHE = "\u2019"
WORD = re.compile(rf"[^\W\d_]+(?:['{APOSTROPHE}-][^\W\d_]+)*")
# Names that are the same in every language.
NAMES = {"ajar", "ical", "ics", "google", "apple", "outlook", "linkedin"}


URL = re.compile(r"\b(?:https?|webcal)://\S+|\S+@\S+\.\w+")


def words(text: str) -> set[str]:
    """The words of a text; addresses (links, emails) are not words."""
    text = URL.sub(" ", text)
    return {word for word in WORD.findall(text.lower().replace(APOSTROPHE, "'")) if len(word) > 2}


def _catalogs(language: str) -> list[Path]:
    return [
        Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po",
        Path(allauth.__file__).parent / "locale" / language / "LC_MESSAGES" / "django.po",
        Path(django.__file__).parent / "conf" / "locale" / language / "LC_MESSAGES" / "django.po",
    ]


@functools.cache
def _interface(language: str) -> tuple[frozenset[str], frozenset[str]]:
    english: set[str] = set()
    translated: set[str] = set()
    for path in _catalogs(language):
        if not path.exists():
            continue
        with path.open("rb") as file:
            catalog = read_po(file)
        for message in catalog:
            if not message.id:
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for text in ids:
                english |= words(re.sub(r"%\(\w+\)[sd]|\{\w+\}|<[^>]+>", " ", text))
            for text in strings:
                translated |= words(text or "")
    return frozenset(english), frozenset(translated)


def _content_words(language: str) -> frozenset[str]:
    """The curated content's words in the language, read once per content version (every
    page of a journey asks)."""
    return _content_words_at(language, content_version())


@functools.cache
def _content_words_at(language: str, version: str) -> frozenset[str]:
    found: set[str] = set()
    for model in curated_models():
        fields = languages.translated_fields(model)
        if fields:
            for row in model.objects.values_list(*(f"{name}_{language}" for name in fields)):
                for text in row:
                    found |= words(text or "")
        elif any(field.name == "language" for field in model._meta.fields):
            for row in model.objects.filter(language=language).values():
                for value in row.values():
                    if isinstance(value, str):
                        found |= words(value)
    return frozenset(found)


@functools.cache
def _place_words(language: str) -> frozenset[str]:
    """Cities and countries as CLDR names them in the language ("New York", "Tell City"
    are the Dutch names too): the time zone and country lists."""
    with translation.override(language):
        labels = [label for _zone, label in time_zone_choices()]
        labels += [label for _code, label in country_choices()]
    return frozenset(words(" ".join(labels)))


def english_words(text: str, language: str, *, typed: str = "") -> set[str]:
    """The words of `text` that are English interface, not `language`."""
    english, translated = _interface(language)
    own = translated | _content_words(language) | _place_words(language) | words(typed) | NAMES
    return (words(text) & english) - own


VISIBLE_TEXT = """(language) => {
    const parts = [];
    const foreign = (element) => {
        const marked = element.closest("[lang]");
        return marked && marked.getAttribute("lang").split("-")[0] !== language;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const parent = walker.currentNode.parentElement;
        if (!parent || foreign(parent) || parent.closest("script, style, template, [hidden]")) {
            continue;
        }
        const style = getComputedStyle(parent);
        if (style.display === "none" || style.visibility === "hidden") continue;
        parts.push(walker.currentNode.textContent);
    }
    for (const element of document.querySelectorAll(
        "[aria-label], [placeholder], [title], img[alt], input[type=submit][value]"
    )) {
        if (foreign(element)) continue;
        for (const name of ["aria-label", "placeholder", "title", "alt"]) {
            if (element.hasAttribute(name)) parts.push(element.getAttribute(name));
        }
        if (element.matches("input[type=submit]")) parts.push(element.value);
    }
    parts.push(document.title);
    return parts.join("\\n");
}"""


def page_english_words(page: Page, language: str, *, typed: str = "") -> set[str]:
    """English interface words a member reading `language` would meet on this page,
    what screen readers say (labels, titles) included."""
    return english_words(page.evaluate(VISIBLE_TEXT, language), language, typed=typed)
