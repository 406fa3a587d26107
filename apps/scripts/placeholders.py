"""The named placeholders editors may use in script and email templates.

Templates are data, never code: `{name}` is replaced by plain text, `{{` and
`}}` stand for literal braces, and anything else in braces is refused.

`{name|words}` says what to write when the value is missing: the words after the
bar are literal text (no placeholders inside), e.g. "Hi {contact_first_name|there},".
Without them a missing value is left out and the punctuation around it tidied
("Hello {contact_first_name}," → "Hello,"); a few names have a default instead
(DEFAULT_FALLBACKS), so that an unsigned email says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

PLACEHOLDERS: dict[str, str] = {
    "member_name": _("the member's name"),
    "contact_name": _("the contact person's full name"),
    "contact_first_name": _("the contact person's first name, for greetings"),
    "organisation": _("the organisation that made the offer or promotion"),
    "role": _("the role offered"),
    "reasons": _("the reasons the member chose to share, as one paragraph with connecting words"),
    "door_open": _("the member's door-open statement (stay in touch, alternatives, growth)"),
    "deadline": _("the decision deadline, e.g. Friday 4 December"),
}

# Written when a value is missing and the template says nothing else. An email
# signed with a gap reads as finished; a bracketed prompt is plainly for the member.
DEFAULT_FALLBACKS: dict[str, str] = {
    "member_name": _("[Your name: add it in Settings]"),
}

FALLBACK_SEPARATOR = "|"
FALLBACK_MAX_LENGTH = 80

# One token at a time: an escaped brace, a placeholder, or a stray brace.
TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


@dataclass(frozen=True)
class TemplateProblem:
    message: str


@dataclass(frozen=True)
class Placeholder:
    """What is inside one pair of braces: a name, and the words for a missing value."""

    name: str
    fallback: str | None

    @classmethod
    def parse(cls, inside: str) -> Placeholder:
        name, bar, fallback = inside.partition(FALLBACK_SEPARATOR)
        return cls(name, fallback.strip() if bar else None)


def find_problems(text: str) -> list[TemplateProblem]:
    """Everything wrong with a template's placeholders, in the order found."""
    problems: list[TemplateProblem] = []
    for match in TOKEN.finditer(text):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        inside = match.group(1)
        if inside is None:
            problems.append(
                TemplateProblem(
                    f"A lone “{token}” at character {match.start() + 1}: "
                    "write {{ or }} for a literal brace."
                )
            )
            continue
        placeholder = Placeholder.parse(inside)
        name = placeholder.name
        if name.strip() not in PLACEHOLDERS or name != name.strip():
            problems.append(TemplateProblem(f"Unknown placeholder “{{{name}}}”."))
        elif placeholder.fallback is not None:
            problems.extend(fallback_problems(token, placeholder))
    return problems


def fallback_problems(token: str, placeholder: Placeholder) -> list[TemplateProblem]:
    fallback = placeholder.fallback or ""
    if not fallback:
        return [
            TemplateProblem(
                f"Nothing after the bar in “{token}”: write {{{placeholder.name}}} to leave "
                f"a missing value out, or the words to use instead after the bar, "
                f"e.g. {{{placeholder.name}|there}}."
            )
        ]
    if "\n" in fallback or "\r" in fallback:
        return [
            TemplateProblem(f"The words for a missing value in “{token}” must fit on one line.")
        ]
    if len(fallback) > FALLBACK_MAX_LENGTH:
        return [
            TemplateProblem(
                f"The words for a missing value in “{token}” are too long: at most "
                f"{FALLBACK_MAX_LENGTH} characters."
            )
        ]
    return []


def allowed_names_text() -> str:
    return ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
