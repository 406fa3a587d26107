"""Helpers every builder view uses."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib import messages
from django.forms import BoundField
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_htmx.http import push_url

from apps.core.http import MemberRequest
from apps.plans import builder
from apps.plans.forms import CheckedStepButtonForm, CheckedTextMixin
from apps.plans.models import DeclinePlan

PAGE = "plans/step.html"
# Every step's form has this id: "← Back" and the step links outside it submit it
# (form="step-form"), so what was typed is saved on the way to another step.
STEP_FORM = "step-form"


def render_step(
    request: MemberRequest, plan: DeclinePlan | None, step: str, context: dict[str, Any]
) -> HttpResponse:
    situation = plan.situation if plan else context.get("situation", "offer")
    previous, following = builder.neighbours(step)
    context = {
        "plan": plan,
        "step": step,
        "step_title": builder.step_title(step, situation),
        "step_links": builder.step_links(plan, step) if plan else [],
        "previous_url": builder.step_url(plan, previous) if plan and previous else None,
        "previous_step": previous,
        "step_form": STEP_FORM if plan else None,
        "next_url": builder.step_url(plan, following) if plan else None,
        "tips": builder.tips_for(situation, step),
        "step_template": f"plans/steps/_{step}.html",
        **context,
    }
    if request.htmx and not request.htmx.history_restore_request:
        response = render(request, f"{PAGE}#builder", context)
        # A post's query string names what its button acted on, not a page to come back to.
        path = request.get_full_path() if request.method == "GET" else request.path
        return push_url(response, path)
    return render(request, PAGE, context)


def after_save(request: MemberRequest, plan: DeclinePlan, step: str) -> HttpResponse:
    """Post/redirect/get: "save" stays on the step, anything else moves on."""
    if request.POST.get("action") == "save":
        return stay(request, plan, step)
    return move_on(plan, step)


def stay(request: MemberRequest, plan: DeclinePlan, step: str) -> HttpResponse:
    """Saved: back to the step, or on to the step a Back button or step link names.
    An autosave (ajar.js) is answered with no content: the member is still typing."""
    if request.headers.get("X-Ajar-Autosave") and request.method == "POST":
        return HttpResponse(status=204)
    messages.success(request, _("Saved."))
    going_to = request.GET.get("to", "")
    if going_to in builder.STEP_URL_NAMES:
        return redirect(builder.step_url(plan, going_to))
    return redirect(builder.step_url(plan, step))


def move_on(plan: DeclinePlan, step: str) -> HttpResponse:
    plan.complete_step(step)
    _previous, following = builder.neighbours(step)
    return redirect(builder.step_url(plan, following))


def tell_suggestion(request: MemberRequest, applied: bool) -> None:
    """What an "apply" button did: a suggestion applies only to the wording it was for."""
    if applied:
        messages.success(request, _("Suggestion applied."))
    else:
        messages.info(request, _("That wording has already changed; nothing to apply."))


def checked_rows(plan: DeclinePlan, form: CheckedTextMixin) -> list[tuple[BoundField, list]]:
    """Each tone-checked field of the form with what the tone check finds in it."""
    findings = builder.findings_by_field(form.checked_texts(), plan.situation)
    return [(field, findings.get(field.html_name, [])) for field in form.checked_fields()]


def press_checked(
    request: MemberRequest,
    plan: DeclinePlan,
    step: str,
    button: CheckedStepButtonForm,
    *,
    changed: bool,
) -> HttpResponse:
    """A step of tone-checked texts, once they are saved: apply a suggestion, stay, or
    move on; "continue" with blunt wording first says so, once (see `warn_once`)."""
    here = builder.step_url(plan, step)
    if not button.is_valid():
        messages.error(request, button.problem)
        return redirect(here)
    match button.cleaned_data["action"]:
        case "apply":
            tell_suggestion(
                request, plan.apply_suggestion(button.cleaned_data["field"], *button.suggestion)
            )
            return redirect(here)
        case "next":
            texts = [getattr(plan, name) for name in button.checked]
            return warn_once(request, plan, step, texts, changed=changed)
    return stay(request, plan, step)


BLUNT_WARNING = gettext_lazy(
    "Saved. A few words could sound blunt: the suggestions are under each field. "
    "Apply one, or continue anyway."
)


def warn_once(
    request: MemberRequest,
    plan: DeclinePlan,
    step: str,
    texts: Iterable[str],
    *,
    changed: bool,
    warning: str = BLUNT_WARNING,
) -> HttpResponse:
    """Move on, unless the texts could sound blunt and the member has not heard so: the
    warning comes once, and "continue" again with nothing changed means "anyway"."""
    heard = not changed and plan.is_step_done(step)
    if heard or not builder.sounds_blunt(texts, plan.situation):
        return move_on(plan, step)
    plan.complete_step(step)
    messages.warning(request, warning)
    return redirect(builder.step_url(plan, step))
