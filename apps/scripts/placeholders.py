"""The named placeholders editors may use in script and email templates.

Templates are data, never code: `{name}` is replaced by plain text, `{{` and
`}}` stand for literal braces, and anything else in braces is refused.
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
    "reasons": _("the reasons the member chose to share, as sentences"),
    "door_open": _("the member's door-open statement (stay in touch, alternatives, growth)"),
    "deadline": _("the decision deadline, e.g. Friday 4 December"),
}

# One token at a time: an escaped brace, a placeholder, or a stray brace.
TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


@dataclass(frozen=True)
class TemplateProblem:
    message: str


def find_problems(text: str) -> list[TemplateProblem]:
    """Everything wrong with a template's placeholders, in the order found."""
    problems: list[TemplateProblem] = []
    for match in TOKEN.finditer(text):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        name = match.group(1)
        if name is None:
            problems.append(
                TemplateProblem(
                    f"A lone “{token}” at character {match.start() + 1}: "
                    "write {{ or }} for a literal brace."
                )
            )
        elif name.strip() not in PLACEHOLDERS or name != name.strip():
            problems.append(TemplateProblem(f"Unknown placeholder “{{{name}}}”."))
    return problems


def allowed_names_text() -> str:
    return ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
