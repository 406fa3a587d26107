"""What the builder pages share: step navigation, tips, timing advice, composed drafts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from apps.content.models import Situation, Step, StepTip
from apps.plans.models import BUILDER_STEPS, DeclinePlan

# Defined beside the verbs that apply suggestions; still importable from here, as before.
from apps.plans.models import apply_finding as apply_finding
from apps.reasons.tone import Finding, check_texts
from apps.scripts.compose import Composed, compose_template
from apps.scripts.models import ScriptTemplate

STEP_URL_NAMES = {
    Step.SITUATION: "plans:situation",
    Step.REASONS: "plans:reasons",
    Step.DOOR_OPEN: "plans:door_open",
    Step.CONVERSATION: "plans:conversation",
    Step.EMAIL: "plans:email",
    Step.RECONNECT: "plans:reconnect",
    Step.SUMMARY: "plans:summary",
}


def step_url(plan: DeclinePlan, step: str) -> str:
    return reverse(STEP_URL_NAMES[Step(step)], args=[plan.pk])


def step_title(step: str, situation: str) -> str:
    """Step names adapt to the situation: a call for an offer, a meeting for a promotion."""
    if step == Step.CONVERSATION:
        return _("The call") if situation == Situation.OFFER else _("The meeting")
    return str(Step(step).label)


@dataclass(frozen=True)
class StepLink:
    step: str
    number: int
    title: str
    url: str
    done: bool
    current: bool


def step_links(plan: DeclinePlan, current: str) -> list[StepLink]:
    steps = [*BUILDER_STEPS, Step.SUMMARY]
    return [
        StepLink(
            step=step,
            number=number,
            title=step_title(step, plan.situation),
            url=step_url(plan, step),
            done=plan.is_step_done(step),
            current=step == current,
        )
        for number, step in enumerate(steps, start=1)
    ]


def neighbours(step: str) -> tuple[str | None, str]:
    steps = [*BUILDER_STEPS, Step.SUMMARY]
    index = steps.index(Step(step))
    previous = steps[index - 1] if index > 0 else None
    following = steps[min(index + 1, len(steps) - 1)]
    return previous, following


def tips_for(situation: str, step: str) -> list[StepTip]:
    return list(StepTip.objects.published().for_situation(situation).filter(step=step))


def script_kind(situation: str) -> str:
    if situation == Situation.OFFER:
        return ScriptTemplate.Kind.CALL_SCRIPT
    return ScriptTemplate.Kind.MEETING_SCRIPT


def email_kind(plan: DeclinePlan) -> str:
    """The follow-up to a call, or the decline itself when the member could not call."""
    if plan.decline_by_email:
        return ScriptTemplate.Kind.DECLINE_EMAIL
    return ScriptTemplate.Kind.FOLLOW_UP_EMAIL


def first_template(
    situation: str,
    kind: str,
    *,
    tone: str = ScriptTemplate.Tone.WARM,
    length: str = ScriptTemplate.Length.FULL,
) -> ScriptTemplate | None:
    """The published template of this kind closest to the tone and length asked for."""
    published = ScriptTemplate.objects.published().for_situation(situation)
    return published.best_for(kind, tone, length)


def version_of(plan: DeclinePlan, kind: str) -> tuple[str, str]:
    """The tone and length the member chose for this kind of text."""
    if kind in {ScriptTemplate.Kind.CALL_SCRIPT, ScriptTemplate.Kind.MEETING_SCRIPT}:
        return plan.script_tone, plan.script_length
    return plan.email_tone, plan.email_length


def composed(plan: DeclinePlan, kind: str) -> Composed | None:
    tone, length = version_of(plan, kind)
    template = first_template(plan.situation, kind, tone=tone, length=length)
    return compose_template(template, plan) if template else None


def script_draft(plan: DeclinePlan) -> Composed | None:
    """The suggested call or meeting script, in the version the member chose."""
    return composed(plan, script_kind(plan.situation))


def email_draft(plan: DeclinePlan) -> Composed | None:
    """The suggested email, in the version the member chose."""
    return composed(plan, email_kind(plan))


@dataclass(frozen=True)
class Timing:
    level: str  # a Bootstrap alert colour
    message: str


def timing_advice(plan: DeclinePlan) -> Timing:
    """When to have the conversation, against the member's deadline."""
    days = plan.days_to_deadline()
    talk = _("call") if plan.is_offer else _("ask for a meeting")
    if days is None:
        return Timing(
            "info",
            _("No deadline set. Reply promptly anyway: once you have decided, %(talk)s soon.")
            % {"talk": talk},
        )
    if days < 0:
        return Timing(
            "danger",
            ngettext(
                "Your deadline passed yesterday. %(talk)s today, and apologise briefly for "
                "the delay.",
                "Your deadline passed %(days)d days ago. %(talk)s today, and apologise briefly for "
                "the delay.",
                -days,
            )
            % {"days": -days, "talk": talk.capitalize()},
        )
    if days == 0:
        return Timing(
            "danger",
            _("Your deadline is today: %(talk)s this morning if you can.") % {"talk": talk},
        )
    if days <= 3:
        return Timing(
            "warning",
            ngettext(
                "%(talk)s today: your deadline is tomorrow.",
                "%(talk)s today: your deadline is in %(days)d days.",
                days,
            )
            % {"days": days, "talk": talk.capitalize()},
        )
    return Timing(
        "info",
        _(
            "Your deadline is in %(days)d days. Once you have decided, %(talk)s promptly rather "
            "than waiting for the last day."
        )
        % {"days": days, "talk": talk},
    )


def findings_by_field(texts: dict[str, str], situation: str) -> dict[str, list[Finding]]:
    """Tone-check findings for several fields at once, keyed by field name (blank
    fields left out): the curated content is looked up once for all of them."""
    return check_texts(texts, situation)


def sounds_blunt(texts: Iterable[str], situation: str) -> bool:
    """Whether any of the texts holds wording the tone check would flag."""
    numbered = {str(number): text for number, text in enumerate(texts)}
    return any(findings_by_field(numbered, situation).values())
