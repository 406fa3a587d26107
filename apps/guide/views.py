"""The public guide: the whole approach, built only from published content.

Every page fetches each content type once (no query per item) and leaves out
any section that has no published content, so an empty library never shows
empty headings.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.functional import Promise
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from apps.content.models import ReconnectIdea, Situation, Step, StepTip
from apps.content.versions import content_version
from apps.guide.timing import duration_in_words
from apps.reasons.models import Reason, Reframe
from apps.scripts.compose import Composed, compose_template
from apps.scripts.models import ScriptTemplate
from apps.scripts.sample import sample_plan

# How many reasons the index teases, and how many reconnect ideas a guide shows.
TEASER_REASONS = 6
GUIDE_RECONNECT_IDEAS = 4
# How long a process keeps a rendered article that nobody asks for any more.
ARTICLE_CACHE_SECONDS = 60 * 60

# Step headings that read better in the guide than the builder's step labels.
STEP_HEADINGS: dict[str, dict[str, Promise]] = {
    Situation.OFFER: {
        Step.SITUATION: _("Decide, then prepare"),
        Step.REASONS: _("Know your reasons"),
        Step.CONVERSATION: _("The call"),
        Step.EMAIL: _("The follow-up email"),
        Step.RECONNECT: _("Stay in touch"),
    },
    Situation.PROMOTION: {
        Step.SITUATION: _("Decide, then prepare"),
        Step.REASONS: _("Know your reasons"),
        Step.DOOR_OPEN: _("Offer another way forward"),
        Step.CONVERSATION: _("The meeting"),
        Step.EMAIL: _("The follow-up email"),
        Step.RECONNECT: _("Keep growing, keep in touch"),
    },
}
SCRIPT_KINDS = {
    Situation.OFFER: ScriptTemplate.Kind.CALL_SCRIPT,
    Situation.PROMOTION: ScriptTemplate.Kind.MEETING_SCRIPT,
}


@dataclass(frozen=True)
class GuideStep:
    step: str
    heading: str
    tips: list[StepTip]


@dataclass(frozen=True)
class TimedIdea:
    idea: ReconnectIdea
    after: str


def situation_from(value: str | None) -> str | None:
    """A valid situation from a query string, or None for anything else."""
    return value if value in Situation.values else None


def guide_steps(situation: str) -> list[GuideStep]:
    """Published tips for the situation, grouped by builder step in the builder's order."""
    tips_by_step: dict[str, list[StepTip]] = {}
    for tip in StepTip.objects.published().for_situation(situation):
        tips_by_step.setdefault(tip.step, []).append(tip)
    headings = STEP_HEADINGS[situation]
    return [
        GuideStep(step=step, heading=str(headings.get(step, step.label)), tips=tips_by_step[step])
        for step in Step
        if step in tips_by_step
    ]


def example_scripts(situation: str) -> tuple[Composed | None, Composed | None]:
    """The first published conversation script and follow-up email, composed on a sample plan."""
    script_kind = SCRIPT_KINDS[situation]
    email_kind = ScriptTemplate.Kind.FOLLOW_UP_EMAIL
    first: dict[str, ScriptTemplate] = {}
    templates = (
        ScriptTemplate.objects.published()
        .for_situation(situation)
        .filter(kind__in=[script_kind, email_kind])
    )
    for template in templates:
        first.setdefault(template.kind, template)
    plan = sample_plan(situation)

    def composed(kind: str) -> Composed | None:
        return compose_template(first[kind], plan) if kind in first else None

    return composed(script_kind), composed(email_kind)


def timed_ideas(situation: str) -> list[TimedIdea]:
    """A few published reconnect ideas, earliest first, with their timing in words."""
    ideas = ReconnectIdea.objects.published().for_situation(situation)[:GUIDE_RECONNECT_IDEAS]
    return [
        TimedIdea(idea, duration_in_words(idea.default_days_after))
        for idea in sorted(ideas, key=lambda idea: idea.default_days_after)
    ]


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    reasons = list(Reason.objects.published().only("slug", "title", "applies_to"))
    return render(
        request,
        "guide/index.html",
        {
            "teaser_reasons": reasons[:TEASER_REASONS],
            "reason_count": len(reasons),
        },
    )


@require_safe
def situation_guide(request: HttpRequest, situation: str) -> HttpResponse:
    is_offer = situation == Situation.OFFER
    # Rendering the article costs more than fetching its content (docs/performance.md),
    # and fetching it costs more than asking whether it changed. Each process keeps the
    # articles it rendered, keyed by the content version: an editor's change shows at once.
    signed_in = request.user.is_authenticated
    key = f"guide:{situation}:{get_language()}:{signed_in}:{content_version()}"
    article = caches["local"].get(key)
    if article is None:
        script, email = example_scripts(situation)
        context = {
            "situation": situation,
            "is_offer": is_offer,
            "steps": guide_steps(situation),
            "reasons": list(Reason.objects.published().for_situation(situation)),
            "script": script,
            "email": email,
            "ideas": timed_ideas(situation),
            "sample": sample_plan(situation),
        }
        article = render_to_string("guide/situation.html#article", context, request)
        caches["local"].set(key, article, ARTICLE_CACHE_SECONDS)
    # The article partial escaped everything it shows when it was rendered.
    context = {"situation": situation, "is_offer": is_offer, "article": mark_safe(article)}  # noqa: S308
    return render(request, "guide/situation.html", context)


@require_safe
def reasons(request: HttpRequest) -> HttpResponse:
    situation = situation_from(request.GET.get("for"))
    reason_list = Reason.objects.published()
    # A reframe's wording and alternative are in one language: the page's, or English
    # where that language has none yet.
    reframes = Reframe.objects.published().filter(language=get_language() or "en")
    if not reframes.exists():
        reframes = Reframe.objects.published().filter(language="en")
    if situation:
        reason_list = reason_list.for_situation(situation)
        reframes = reframes.for_situation(situation)
    return render(
        request,
        "guide/reasons.html",
        {
            "situation": situation,
            "situations": Situation.choices,
            "reasons": list(reason_list),
            "reframes": list(reframes),
        },
    )
