"""The reasons step: the member's reasons, one of their own, and the library.

One form with several buttons (see ReasonsAction). Whichever is pressed, what the
member typed is saved first, so nothing is lost; then the button does its one thing.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from apps.content.models import Step
from apps.core.http import MemberRequest
from apps.plans import builder
from apps.plans.forms import (
    OWN_PHRASING,
    BasePlanReasonFormSet,
    OwnReasonForm,
    PlanReasonFormSet,
    ReasonsAction,
    ReasonsButtonForm,
)
from apps.plans.models import DeclinePlan, PlanReason, owned_plan
from apps.plans.views.common import render_step, stay, tell_suggestion, warn_once


@login_required
@require_http_methods(["GET", "POST"])
def reasons(request: MemberRequest, plan_id) -> HttpResponse:
    plan = owned_plan(request.user, plan_id)
    if request.method == "GET":
        return show(request, plan, reason_formset(plan), own_reason_form(plan))
    formset = reason_formset(plan, request.POST)
    own_form = own_reason_form(plan, request.POST)
    button = ReasonsButtonForm(
        request.POST, request.GET, plan=plan, phrasings=formset.by_phrasing_field()
    )
    # A reason of one's own typed into the form is added whichever button was pressed.
    wants_own = button.pressed == ReasonsAction.ADD_OWN or own_form.has_changed()
    with transaction.atomic():
        if formset.save_edits(removing=button.removing):
            if not wants_own:
                return press(request, plan, button, changed=formset.has_changed())
            if own_form.is_valid():
                own = plan.add_own_reason(**own_form.cleaned_data)
                messages.success(request, _("Added “%(title)s”.") % {"title": own.title})
                return press(request, plan, button, changed=True, own=own)
    if not wants_own:
        # Left empty and not asked for: an error elsewhere is no reason to flag it.
        own_form = own_reason_form(plan)
    return show(request, plan, formset, own_form)


def own_reason_form(plan: DeclinePlan, data=None) -> OwnReasonForm:
    tone_url = reverse("plans:tone_check", args=[plan.pk])
    return OwnReasonForm(data, prefix="own", tone_url=tone_url)


def reason_formset(plan: DeclinePlan, data=None) -> BasePlanReasonFormSet:
    tone_url = reverse("plans:tone_check", args=[plan.pk])
    return PlanReasonFormSet(
        data, instance=plan, prefix="reasons", form_kwargs={"tone_url": tone_url}
    )


def press(
    request: MemberRequest,
    plan: DeclinePlan,
    button: ReasonsButtonForm,
    *,
    changed: bool,
    own: PlanReason | None = None,
) -> HttpResponse:
    """Do what the pressed button says, once what was typed is saved."""
    here = builder.step_url(plan, Step.REASONS)
    if not button.is_valid():
        messages.error(request, button.problem)
        return redirect(here)
    chosen = button.cleaned_data
    match chosen["action"]:
        case ReasonsAction.ADD_OWN if own is not None:
            return redirect(f"{here}#reason-{own.pk}")
        case ReasonsAction.ADD:
            added = plan.add_library_reason(chosen["library_reason"], chosen["phrasing"])
            messages.success(request, _("Added “%(title)s”.") % {"title": added.title})
            return redirect(f"{here}#reason-{added.pk}")
        case ReasonsAction.REMOVE:
            removed = chosen["reason"]
            plan.remove_reason(removed)
            messages.success(request, _("Removed “%(title)s”.") % {"title": removed.title})
            return redirect(here)
        case ReasonsAction.APPLY:
            # Apply on a reason of one's own not added yet: added above, then applied.
            reason = own if chosen["field"] == OWN_PHRASING else chosen["reason"]
            tell_suggestion(request, reason.apply_suggestion(*button.suggestion))
            return redirect(f"{here}#reason-{reason.pk}")
        case ReasonsAction.NEXT:
            return continue_or_warn(request, plan, changed=changed)
    return stay(request, plan, Step.REASONS)


def continue_or_warn(request: MemberRequest, plan: DeclinePlan, *, changed: bool) -> HttpResponse:
    """Move on, unless shared wording could sound blunt and the member has not heard so."""
    warning = _(
        "Saved. A few words could sound blunt: the suggestions are under each reason. "
        "Apply one, or continue anyway."
    )
    texts = plan.shared_phrasings
    return warn_once(request, plan, Step.REASONS, texts, changed=changed, warning=warning)


def show(
    request: MemberRequest, plan: DeclinePlan, formset: BasePlanReasonFormSet, own_form
) -> HttpResponse:
    texts = {form.add_prefix("phrasing"): form["phrasing"].value() or "" for form in formset.forms}
    own_phrasing = own_form["phrasing"].value() or ""
    findings = builder.findings_by_field({**texts, OWN_PHRASING: own_phrasing}, plan.situation)
    return render_step(
        request,
        plan,
        Step.REASONS,
        {
            "formset": formset,
            "own_form": own_form,
            "own_findings": findings.get(OWN_PHRASING, []),
            "library": plan.library_reasons(),
            "chosen_ids": {form.instance.reason_id for form in formset.forms},
            "reason_rows": [
                (form, findings.get(form.add_prefix("phrasing"), [])) for form in formset.forms
            ],
        },
    )
