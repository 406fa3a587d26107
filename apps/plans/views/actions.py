"""Actions inside builder steps and on whole plans.

Reasons and email steps have several submit buttons in one form (add, remove,
apply a suggestion, reset, mark sent). Each action first saves what the
member typed, so nothing is lost, then does its one thing.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Max
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from apps.content.models import Step
from apps.core.http import MemberRequest
from apps.plans import builder
from apps.plans.forms import EmailForm, OwnReasonForm
from apps.plans.models import DeclinePlan, PlanReason, owned_plan
from apps.plans.views.common import after_save
from apps.reasons.models import Reason
from apps.scripts.compose import Composed


def next_order(plan: DeclinePlan) -> int:
    return (plan.reasons.aggregate(top=Max("order"))["top"] or 0) + 1


def add_curated_reason(plan: DeclinePlan, value: str) -> PlanReason | None:
    """value is "<reason id>:<phrasing index>" from a library button."""
    try:
        reason_id, index = (int(part) for part in value.split(":"))
        reason = Reason.objects.published().for_situation(plan.situation).get(pk=reason_id)
        phrasing = reason.phrasing_list[index]
    except (ValueError, IndexError, Reason.DoesNotExist):
        return None
    return plan.reasons.create(
        reason=reason, title=reason.title, phrasing=phrasing, order=next_order(plan)
    )


def save_edits(formset, removing: PlanReason | None) -> bool:
    """Save what the member typed; the reason on its way out need not be valid."""
    if removing is None:
        if not formset.is_valid():
            return False
        formset.save()
        return True
    staying = [form for form in formset.forms if form.instance.pk != removing.pk]
    if not formset.management_form.is_valid() or not all(f.is_valid() for f in staying):
        return False
    for form in staying:
        if form.has_changed():
            form.save()
    return True


def handle_reasons_post(
    request: MemberRequest, plan: DeclinePlan, formset, own_form: OwnReasonForm
) -> HttpResponse | None:
    """Returns a redirect when done, or None to show the step again with errors."""
    action, _sep, value = request.POST.get("action", "save").partition(":")
    removing = None
    if action == "remove":
        removing = plan.reasons.filter(pk=value if value.isdigit() else 0).first()
    with transaction.atomic():
        if not save_edits(formset, removing):
            return None
        here = builder.step_url(plan, Step.REASONS)
        # A reason of one's own typed into the form is added whichever button was pressed.
        if action == "add-own" or own_form.has_changed():
            if not own_form.is_valid():
                return None
            added = plan.reasons.create(
                title=own_form.cleaned_data["title"],
                phrasing=own_form.cleaned_data["phrasing"],
                order=next_order(plan),
            )
            messages.success(request, _("Added “%(title)s”.") % {"title": added.title})
            if action == "add-own":
                return redirect(f"{here}#reason-{added.pk}")
        if action == "add":
            added = add_curated_reason(plan, value)
            if added is None:
                messages.error(request, _("That reason is no longer available."))
                return redirect(here)
            messages.success(request, _("Added “%(title)s”.") % {"title": added.title})
            return redirect(f"{here}#reason-{added.pk}")
        if action == "remove":
            if removing:
                removing.delete()
                messages.success(request, _("Removed “%(title)s”.") % {"title": removing.title})
            return redirect(here)
        if action == "apply":
            return apply_to_reason(request, plan, formset, value)
    # Warn once: "continue" again with nothing changed means "continue anyway".
    warn = formset.has_changed() or own_form.has_changed() or not plan.is_step_done(Step.REASONS)
    if (
        action == "next"
        and warn
        and any(
            builder.findings_by_field(
                {str(r.pk): r.phrasing for r in plan.shared_reasons}, plan.situation
            ).values()
        )
    ):
        plan.complete_step(Step.REASONS)
        messages.warning(
            request,
            _(
                "Saved. A few words could sound blunt: the suggestions are under each reason. "
                "Apply one, or continue anyway."
            ),
        )
        return redirect(builder.step_url(plan, Step.REASONS))
    return after_save(request, plan, Step.REASONS)


def apply_to_reason(request: MemberRequest, plan: DeclinePlan, formset, value: str) -> HttpResponse:
    here = builder.step_url(plan, Step.REASONS)
    parsed = builder.parse_apply(value)
    forms_by_field = {form.add_prefix("phrasing"): form for form in formset.forms}
    if parsed is None or parsed[0] not in forms_by_field:
        return redirect(here)
    field, start, end, reframe_id = parsed
    reason = forms_by_field[field].instance
    new_text = builder.apply_finding(reason.phrasing, plan.situation, start, end, reframe_id)
    if new_text is None:
        messages.info(request, _("That wording has already changed; nothing to apply."))
    else:
        reason.phrasing = new_text
        reason.save(update_fields=["phrasing"])
        messages.success(request, _("Suggestion applied."))
    return redirect(f"{here}#reason-{reason.pk}")


def handle_email_post(
    request: MemberRequest, plan: DeclinePlan, form: EmailForm, draft: Composed | None
) -> HttpResponse | None:
    action, _sep, value = request.POST.get("action", "save").partition(":")
    here = builder.step_url(plan, Step.EMAIL)
    if action == "reset":
        if draft is None:
            messages.error(request, _("There is no suggested draft to go back to."))
        else:
            plan.use_email_draft(draft.subject, draft.body)
            messages.success(request, _("Back to the suggested draft."))
        return redirect(here)
    if not form.is_valid():
        return None
    form.save()
    if action == "apply":
        parsed = builder.parse_apply(value)
        if parsed and parsed[0] == "email_body":
            _field, start, end, reframe_id = parsed
            new_body = builder.apply_finding(
                plan.email_body, plan.situation, start, end, reframe_id
            )
            if new_body is not None:
                plan.use_email_draft(plan.email_subject, new_body)
                messages.success(request, _("Suggestion applied."))
        return redirect(here)
    if action == "sent":
        plan.mark_email_sent()
        messages.success(request, _("Marked as sent. Well done: the hardest part is behind you."))
        return redirect(here)
    return after_save(request, plan, Step.EMAIL)


@login_required
@require_POST
def tone_check(request: MemberRequest, plan_id) -> HttpResponse:
    """Live tone check for one field (htmx). Reads the field that triggered it."""
    plan = owned_plan(request.user, plan_id)
    field = (request.htmx.trigger_name if request.htmx else None) or request.POST.get("field", "")
    if not field or field not in request.POST:
        return HttpResponseBadRequest("Which field should be checked?")
    text = request.POST[field]
    return render(
        request,
        "plans/_tone_findings.html",
        {
            "field_name": field,
            "findings": builder.findings_by_field({field: text}, plan.situation).get(field, []),
            "live": True,
        },
    )


@login_required
@require_POST
def archive(request: MemberRequest, plan_id) -> HttpResponse:
    plan = owned_plan(request.user, plan_id)
    if plan.is_archived:
        plan.restore()
        messages.success(
            request, _("“%(plan)s” is back among your plans.") % {"plan": plan.organisation}
        )
    else:
        plan.archive()
        messages.success(
            request,
            _("Archived “%(plan)s”. You can restore it any time.") % {"plan": plan.organisation},
        )
    return redirect("plans:dashboard")


@login_required
@require_http_methods(["GET", "POST"])
def delete(request: MemberRequest, plan_id) -> HttpResponse:
    plan = owned_plan(request.user, plan_id)
    if request.method == "POST":
        organisation = plan.organisation
        plan.delete()
        messages.success(request, _("Deleted your plan for %(org)s.") % {"org": organisation})
        return redirect("plans:dashboard")
    return render(request, "plans/delete.html", {"plan": plan})
