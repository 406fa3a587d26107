"""Render script and email templates against a plan, without a template engine.

`compose_template(template, plan)` is the one composer: the builder, the admin
preview and the public guide all go through it. Output is plain text; callers
escape it like any other text when they put it in HTML.

A missing value takes the template's words for it (`{name|words}`), else the
placeholder's default, else nothing; the punctuation it leaves is then tidied, and
a line that held only missing values goes altogether. The reasons arrive as one
paragraph (apps.scripts.wording.join_reasons).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from django.utils import formats, translation

from apps.content import languages
from apps.scripts.placeholders import DEFAULT_FALLBACKS, PLACEHOLDERS, TOKEN, Placeholder

# Defined beside the other wording rules; still importable from here, as before.
from apps.scripts.wording import as_sentence as as_sentence
from apps.scripts.wording import join_reasons, lemma_language, tidy_line


class PlanLike(Protocol):
    """What a template needs from a plan. DeclinePlan and SamplePlan both fit."""

    situation: str
    member_name: str
    contact_name: str
    organisation: str
    role: str
    deadline: date | None

    @property
    def shared_phrasings(self) -> Sequence[str]: ...

    @property
    def door_open_text(self) -> str: ...


@dataclass(frozen=True)
class Composed:
    subject: str
    body: str
    # The template's advice to the member (never part of the text they send or say).
    note: str = ""


def placeholder_values(plan: PlanLike) -> dict[str, str]:
    contact_name = plan.contact_name.strip()
    return {
        "member_name": plan.member_name.strip(),
        "contact_name": contact_name,
        "contact_first_name": contact_name.split()[0] if contact_name else "",
        "organisation": plan.organisation.strip(),
        "role": plan.role.strip(),
        "reasons": join_reasons(plan.shared_phrasings),
        "door_open": plan.door_open_text.strip(),
        "deadline": formats.date_format(plan.deadline, "l j F") if plan.deadline else "",
    }


def compose(text: str, values: Mapping[str, str]) -> str:
    """Replace {name} with values[name]; {{ and }} become literal braces.

    Unknown names and stray braces are left as written: templates are
    validated when saved, and a composer must never crash on a member's page.
    """
    composed: list[str | None] = [compose_line(line, values) for line in text.splitlines()]
    tidy: list[str] = []
    for line in composed:
        if line is None:
            continue
        # One blank line between paragraphs, however many the template or the gaps left.
        if line or (tidy and tidy[-1]):
            tidy.append(line)
    return "\n".join(tidy).strip()


def compose_line(line: str, values: Mapping[str, str]) -> str | None:
    """One line composed and tidied; None when it held only placeholders, all missing
    (a signature line with no name), so that no empty line is left in its place."""
    only_placeholders = TOKEN.sub("", line).strip() == "" and TOKEN.search(line) is not None

    composed = TOKEN.sub(lambda match: _value(match, values), line)
    if lemma_language() == "fr":
        # "le poste de {role}" with "ingénieur": "d'ingénieur", as French elides a
        # short word before a vowel; only where a value begins, never in the template's
        # own words.
        composed = FRENCH_ELISION.sub(lambda m: f"{m.group(1)[:-1]}'", composed)
    result = tidy_line(composed.replace(VALUE_START, ""))
    if only_placeholders and not result:
        return None
    return result


# Marks where a value begins while a line is composed (removed before it is returned).
VALUE_START = "\x00"
FRENCH_ELISION = re.compile(
    rf"\b([DdJjLlMmNnSsTt]e|[Qq]ue)\s+(?={VALUE_START}[AEIOUYÀÂÆÉÈÊËÎÏÔŒÙÛÜaeiouyàâæéèêëîïôœùûü])"
)


def _value(match: re.Match[str], values: Mapping[str, str]) -> str:
    """What one token of a template line becomes."""
    token = match.group(0)
    if token == "{{":
        return "{"
    if token == "}}":
        return "}"
    if match.group(1) is None:
        return token
    placeholder = Placeholder.parse(match.group(1))
    if placeholder.name not in PLACEHOLDERS:
        return token
    value = values.get(placeholder.name, "").replace(VALUE_START, "").strip()
    if value:
        return VALUE_START + value
    if placeholder.fallback:
        return placeholder.fallback
    return str(DEFAULT_FALLBACKS.get(placeholder.name, ""))


def compose_template(template, plan: PlanLike) -> Composed:
    """The template for this plan, in the language the template reads in on this page
    (its English where it has no translation yet, apps.content.languages): the date,
    the words joining the reasons and the typography follow that language."""
    with translation.override(languages.shown_language(template)):
        values = placeholder_values(plan)
        return Composed(
            subject=compose(template.subject, values),
            body=compose(template.body, values),
            note=template.member_note.strip(),
        )
