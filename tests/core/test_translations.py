"""The interface is complete in every language, and nothing visible escapes translation.

docs/i18n.md describes the workflow these tests hold to.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["nl", "fr"]


def po_path(language: str) -> Path:
    return ROOT / "locale" / language / "LC_MESSAGES" / "django.po"


def catalog(language: str) -> Catalog:
    with po_path(language).open("rb") as po_file:
        return read_po(po_file, locale=language, abort_invalid=True)


def entries(cat: Catalog) -> list[Message]:
    return [message for message in cat if message.id]


def describe(message: Message) -> str:
    msgid = message.id[0] if isinstance(message.id, tuple) else message.id
    where = ", ".join(sorted({path for path, _ in message.locations}))
    return f"{msgid!r} ({where})"


def placeholders(text: str) -> set[str]:
    """%(name)s, {name} (str.format) and positional %s / %d, which must stay in number."""
    named = re.findall(r"%\((\w+)\)[sd]|\{(\w+)\}", text)
    positional = re.findall(r"%[sd]", re.sub(r"%%", "", text))
    return {a or b for a, b in named} | {f"{p}#{i}" for i, p in enumerate(positional)}


# Completeness, per language: nl can be finished while fr is still being written.


@pytest.mark.parametrize("language", LANGUAGES)
def test_it_has_no_untranslated_entry(language):
    untranslated = [
        describe(message)
        for message in entries(catalog(language))
        # A plural entry needs every form its language has.
        if not (all(message.string) if isinstance(message.string, tuple) else message.string)
    ]
    assert not untranslated, f"{len(untranslated)} untranslated in {language}:\n" + "\n".join(
        untranslated
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_it_has_no_fuzzy_entry(language):
    cat = catalog(language)
    assert not cat.fuzzy, f"the {language} catalog's header is marked fuzzy"
    fuzzy = [describe(message) for message in entries(cat) if message.fuzzy]
    assert not fuzzy, f"{len(fuzzy)} fuzzy in {language} (check, then drop the flag):\n" + (
        "\n".join(fuzzy)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_it_keeps_every_placeholder(language):
    """A translation that drops or renames %(name)s would crash or lose the member's data."""
    broken = []
    for message in entries(catalog(language)):
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        expected = set().union(*(placeholders(msgid) for msgid in ids))
        # A form may say "één" or "gisteren" instead of the number: %(counter)s, or what
        # only the English plural names; nothing else may go.
        optional = {"counter"} | (expected - placeholders(ids[0])) if len(ids) > 1 else set()
        for string in filter(None, strings):
            missing = expected - placeholders(string) - optional
            unknown = placeholders(string) - expected
            if missing or unknown:
                broken.append(f"{describe(message)}: missing {missing}, unknown {unknown}")
    assert not broken, "\n".join(broken)


def test_the_dutch_catalog_has_dutch_plural_forms():
    cat = catalog("nl")
    assert cat.num_plurals == 2
    for message in entries(cat):
        if isinstance(message.id, tuple):
            assert len(message.string) == 2, describe(message)


# The committed catalogs follow the source.


def source_msgids(tmp_path: Path) -> set[tuple[str, str | None]]:
    """What a fresh `make messages` would extract, run on a copy so locale/ is untouched."""
    for name in ("apps", "config", "templates"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "manage.py", tmp_path / "manage.py")
    (tmp_path / "locale").mkdir()
    env = {**os.environ, "DEBUG": "true", "DJANGO_SETTINGS_MODULE": "config.settings"}
    env.pop("DATABASE_URL", None)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "nl", "--no-location"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    with (tmp_path / "locale" / "nl" / "LC_MESSAGES" / "django.po").open("rb") as po_file:
        fresh = read_po(po_file)
    return {(key_of(message), message.context) for message in entries(fresh)}


def key_of(message: Message) -> str:
    return message.id[0] if isinstance(message.id, tuple) else message.id


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> set[tuple[str, str | None]]:
    if not (shutil.which("xgettext") and shutil.which("msgmerge")):
        pytest.skip(
            "GNU gettext (xgettext, msgmerge) is not installed: cannot extract the strings "
            "to compare (apt-get install gettext); the other translation checks still run"
        )
    return source_msgids(tmp_path_factory.mktemp("makemessages"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalog_is_up_to_date_with_the_source(language, source):
    committed = {(key_of(message), message.context) for message in entries(catalog(language))}
    missing = sorted(msgid for msgid, _ in source - committed)
    stale = sorted(msgid for msgid, _ in committed - source)
    assert not missing, f"run `make messages`: new strings not in {language}: {missing}"
    assert not stale, f"run `make messages`: {language} has strings no longer used: {stale}"


# Every visible word of a template is marked.

# Words that are the same in every language: the brand, format names. Text without a
# letter (·, →, digits) never needs marking.
ALLOWED_WORDS = {"Ajar", ".ics", "iCal"}
# Templates with no text of their own whose markup the scan cannot read, and why.
SKIPPED_TEMPLATES = {
    "allauth/elements/button.html": "chooses its tag name (<a> or <button>) with {% if %}",
}
# Attributes a person reads or hears.
VISIBLE_ATTRIBUTES = {"title", "alt", "placeholder", "aria-label", "aria-description"}

_COMMENT_BLOCK = re.compile(r"{%\s*comment\b.*?%}.*?{%\s*endcomment\s*%}", re.DOTALL)
# The admin's <body class="...">: CSS class names, never shown.
_CLASS_BLOCK = re.compile(r"{%\s*block bodyclass\s*%}.*?{%\s*endblock\b.*?%}", re.DOTALL)
_TRANSLATED_BLOCK = re.compile(
    r"{%\s*blocktrans(?:late)?\b.*?%}.*?{%\s*endblocktrans(?:late)?\s*%}", re.DOTALL
)
_TAG = re.compile(r"{%.*?%}|{{.*?}}|{#.*?#}", re.DOTALL)
_LETTER = re.compile(r"[^\W\d_]")


def blank_out(match: re.Match[str]) -> str:
    """Keep the line count, so a finding points at the right line."""
    return " " + "\n" * match.group(0).count("\n")


def template_text(source: str) -> str:
    for pattern in (_COMMENT_BLOCK, _CLASS_BLOCK, _TRANSLATED_BLOCK, _TAG):
        source = pattern.sub(blank_out, source)
    return source


class VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        for name, value in attrs:
            if name in VISIBLE_ATTRIBUTES and value:
                self.check(value, f"{name}=")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.check(data)

    def check(self, text: str, prefix: str = "") -> None:
        line = self.getpos()[0]
        for offset, piece in enumerate(text.split("\n")):
            words = [word for word in piece.split() if _LETTER.search(word)]
            if any(word not in ALLOWED_WORDS for word in words):
                self.found.append((line + (0 if prefix else offset), prefix + " ".join(words)))


def unmarked_text(path: Path) -> list[str]:
    parser = VisibleText()
    parser.feed(template_text(path.read_text()))
    parser.close()
    return [f"{path.relative_to(ROOT)}:{line}: {text!r}" for line, text in parser.found]


TEMPLATES = sorted(
    path
    for pattern in ("*.html", "*.txt")
    for path in (ROOT / "templates").rglob(pattern)
    if str(path.relative_to(ROOT / "templates")) not in SKIPPED_TEMPLATES
)


def test_it_scans_the_templates():
    assert len(TEMPLATES) > 50
    sample = "<p>{% translate 'Hi' %} there</p>\n<b title='Close'>{{ x }}</b><script>no</script>"
    parser = VisibleText()
    parser.feed(template_text(sample))
    assert parser.found == [(1, "there"), (2, "title=Close")]
    marked = "{% blocktranslate %}Hi {{ n }}{% endblocktranslate %} · Ajar"
    assert template_text(marked).split() == ["·", "Ajar"]


def test_every_visible_template_text_is_marked_for_translation():
    found = [finding for path in TEMPLATES for finding in unmarked_text(path)]
    assert not found, "wrap these in {% translate %} / {% blocktranslate %}:\n" + "\n".join(found)


# Every way Ajar starts compiles the catalogs first (they are not committed).


def test_the_catalogs_are_compiled_wherever_ajar_runs():
    makefile = (ROOT / "Makefile").read_text()
    for target in ("run", "test"):
        (line,) = re.findall(rf"^{target}:.*$", makefile, flags=re.MULTILINE)
        assert "translations" in line.split("##")[0], f"make {target} does not compile"
    assert "manage.py compilemessages_py" in makefile
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert dockerfile.index("compilemessages_py") < dockerfile.index("USER ajar")
    assert "*.mo" in (ROOT / ".gitignore").read_text().split()
    assert "**/*.mo" in (ROOT / ".dockerignore").read_text().split()
