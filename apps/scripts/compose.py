"""Render script and email templates against a plan, without a template engine.

`compose_template(template, plan)` is the one composer: the builder, the admin
preview and the public guide all go through it. Output is plain text; callers
escape it like any other text when they put it in HTML.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from django.utils import formats

from apps.scripts.placeholders import PLACEHOLDERS, TOKEN


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


def as_sentence(text: str) -> str:
    text = " ".join(text.split())
    if text and text[-1] not in ".!?…":
        text += "."
    return text[:1].upper() + text[1:]


def placeholder_values(plan: PlanLike) -> dict[str, str]:
    contact_name = plan.contact_name.strip()
    return {
        "member_name": plan.member_name.strip(),
        "contact_name": contact_name,
        "contact_first_name": contact_name.split()[0] if contact_name else "",
        "organisation": plan.organisation.strip(),
        "role": plan.role.strip(),
        "reasons": " ".join(as_sentence(p) for p in plan.shared_phrasings if p.strip()),
        "door_open": plan.door_open_text.strip(),
        "deadline": formats.date_format(plan.deadline, "l j F") if plan.deadline else "",
    }


def compose(text: str, values: Mapping[str, str]) -> str:
    """Replace {name} with values[name]; {{ and }} become literal braces.

    Unknown names and stray braces are left as written: templates are
    validated when saved, and a composer must never crash on a member's page.
    """

    def replace(match) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = match.group(1)
        if name is not None and name in PLACEHOLDERS:
            return values.get(name, "")
        return token

    composed = TOKEN.sub(replace, text)
    # A placeholder with no value can leave doubled spaces or empty lines behind.
    lines = [" ".join(line.split()) for line in composed.splitlines()]
    tidy: list[str] = []
    for line in lines:
        if line or (tidy and tidy[-1]):
            tidy.append(line)
    return "\n".join(tidy).strip()


def compose_template(template, plan: PlanLike) -> Composed:
    values = placeholder_values(plan)
    return Composed(subject=compose(template.subject, values), body=compose(template.body, values))
