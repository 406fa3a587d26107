"""Actions on whole plans (archive, delete) and the live tone check of the builder."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from apps.content.models import Step
from apps.core.http import MemberRequest
from apps.plans import builder
from apps.plans.models import owned_plan


@login_required
@require_POST
def tone_check(request: MemberRequest, plan_id) -> HttpResponse:
    """Live tone check for one field (htmx). Reads the field that triggered it."""
    plan = owned_plan(request.user, plan_id)
    field = (request.htmx.trigger_name if request.htmx else None) or request.POST.get("field", "")
    if not field or field not in request.POST:
        return HttpResponseBadRequest("Which field should be checked?")
    text = request.POST[field]
    # Its "apply" buttons post the form the field is in: the email's, or the reasons'.
    step = Step.EMAIL if field == "email_body" else Step.REASONS
    return render(
        request,
        "plans/_tone_findings.html",
        {
            "field_name": field,
            "findings": builder.findings_by_field({field: text}, plan.situation).get(field, []),
            "step_url": builder.step_url(plan, step),
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
