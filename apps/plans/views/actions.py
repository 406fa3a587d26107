"""Actions on whole plans (archive, delete) and the live tone check of the builder."""

from __future__ import annotations

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from apps.content.models import Step
from apps.core.http import MemberRequest
from apps.plans import builder
from apps.plans.forms import (
    MAX_TEXT,
    OWN_PHRASING,
    TOO_LONG,
    ConversationForm,
    DoorOpenForm,
    EmailForm,
)
from apps.plans.models import owned_plan
from apps.plans.views.builder import ADD_OPENER

# Where each tone-checked field lives: its Apply buttons post that step's form.
CHECKED_FIELDS = {
    OWN_PHRASING: Step.REASONS,
    **dict.fromkeys(DoorOpenForm.tone_checked, Step.DOOR_OPEN),
    **dict.fromkeys(ConversationForm.tone_checked, Step.CONVERSATION),
    **dict.fromkeys(EmailForm.tone_checked, Step.EMAIL),
    ADD_OPENER: Step.RECONNECT,
}
REASON_PHRASING = re.compile(r"reasons-\d+-phrasing")


def checked_step(field: str) -> str | None:
    """The step whose form holds a tone-checked field, or None for any other name."""
    if REASON_PHRASING.fullmatch(field):
        return Step.REASONS
    return CHECKED_FIELDS.get(field)


@login_required
@require_POST
def tone_check(request: MemberRequest, plan_id) -> HttpResponse:
    """Live tone check for one field (htmx). Reads the field that triggered it.

    A text past MAX_TEXT is refused with a 400 whose body says so next to the field
    (ajar.js lets htmx show it), as saving it would.
    """
    plan = owned_plan(request.user, plan_id)
    field = (request.htmx.trigger_name if request.htmx else None) or request.POST.get("field", "")
    step = checked_step(field)
    if step is None or field not in request.POST:
        return HttpResponseBadRequest("Which field should be checked?")
    text = request.POST[field]
    context = {"field_name": field, "step_url": builder.step_url(plan, step), "live": True}
    if len(text) > MAX_TEXT:
        context["too_long"] = TOO_LONG % {"limit_value": MAX_TEXT, "show_value": len(text)}
        return render(request, "plans/_tone_findings.html", context, status=400)
    findings = builder.findings_by_field({field: text}, plan.situation).get(field, [])
    return render(request, "plans/_tone_findings.html", {**context, "findings": findings})


@login_required
@require_POST
def archive(request: MemberRequest, plan_id) -> HttpResponse:
    """Archive or restore; either way the member hears what happens to the reminders
    (ReminderQuerySet.live: an archived plan's are neither emailed nor in the feed)."""
    plan = owned_plan(request.user, plan_id)
    names = {"plan": plan.organisation}
    waiting = plan.reminders.open()
    if plan.is_archived:
        plan.restore()
        came_due = waiting.filter(due_at__lte=timezone.now()).count()
        message = _("“%(plan)s” is back among your plans.") % names
        if came_due:
            message += " " + ngettext(
                "One of its reminders came due while it was archived: it goes out with the "
                "next reminder email. Snooze or drop it on your dashboard if the moment "
                "has passed.",
                "%(count)d of its reminders came due while it was archived: they go out "
                "with the next reminder email. Snooze or drop them on your dashboard if "
                "the moment has passed.",
                came_due,
            ) % {"count": came_due}
        messages.success(request, message)
    else:
        plan.archive()
        if waiting.exists():
            message = _(
                "Archived “%(plan)s”. Its reminders are paused: no emails, and they leave "
                "your calendar. Restore the plan any time to bring them back."
            )
        else:
            message = _("Archived “%(plan)s”. You can restore it any time.")
        messages.success(request, message % names)
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
