"""The plan builder: one view per step, each serving GET and POST.

Every step works as a plain form post with a redirect; with htmx the same
forms post in place and the step renders as the page's `builder` partial.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from apps.content.models import Situation, Step
from apps.core.http import MemberRequest
from apps.plans import builder
from apps.plans.forms import (
    ConversationForm,
    DoorOpenForm,
    EmailForm,
    OwnReasonForm,
    PlanReasonFormSet,
    SituationForm,
)
from apps.plans.models import DeclinePlan, owned_plan
from apps.plans.views.actions import handle_email_post, handle_reasons_post
from apps.plans.views.common import after_save, render_step
from apps.reasons.models import Reason
from apps.reminders.forms import ReminderForm
from apps.reminders.services import reminders_propose
from apps.scripts.models import ScriptTemplate


def mailto_url(to: str, subject: str, body: str) -> str:
    query = urlencode({"subject": subject, "body": body}, quote_via=quote)
    return f"mailto:{quote(to, safe='@')}?{query}"


def tone_kwargs(plan: DeclinePlan) -> dict[str, str]:
    return {"tone_url": reverse("plans:tone_check", args=[plan.pk])}


@login_required
@require_http_methods(["GET", "POST"])
def new_plan(request: MemberRequest) -> HttpResponse:
    form = SituationForm(request.POST or None, initial={"situation": request.GET.get("for")})
    if request.method == "POST" and form.is_valid():
        plan = form.save(commit=False)
        plan.owner = request.user
        plan.completed_steps = [Step.SITUATION]
        plan.save()
        return redirect(builder.step_url(plan, Step.REASONS))
    # The tips follow the situation being chosen (the link's, or the one posted).
    chosen = form["situation"].value()
    situation = chosen if chosen in Situation.values else Situation.OFFER
    return render_step(
        request, None, Step.SITUATION, {"form": form, "is_new": True, "situation": situation}
    )


@login_required
@require_http_methods(["GET", "POST"])
def situation(request: MemberRequest, plan_id) -> HttpResponse:
    plan = owned_plan(request.user, plan_id)
    form = SituationForm(request.POST or None, instance=plan)
    if request.method == "POST" and form.is_valid():
        form.save()
        return after_save(request, plan, Step.SITUATION)
    return render_step(request, plan, Step.SITUATION, {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def reasons(request: MemberRequest, plan_id) -> HttpResponse:
    plan = owned_plan(request.user, plan_id)
    if request.method == "POST":
        formset = PlanReasonFormSet(
            request.POST, instance=plan, prefix="reasons", form_kwargs=tone_kwargs(plan)
        )
        own_form = OwnReasonForm(request.POST, prefix="own")
        response = handle_reasons_post(request, plan, formset, own_form)
        if response is not None:
            return response
        if not own_form.has_changed() and not request.POST.get("action", "").startswith("add-own"):
            # Left empty and not asked for: an error elsewhere is no reason to flag it.
            own_form = OwnReasonForm(prefix="own")
    else:
        formset = PlanReasonFormSet(instance=plan, prefix="reasons", form_kwargs=tone_kwargs(plan))
        own_form = OwnReasonForm(prefix="own")
    library = Reason.objects.published().for_situation(plan.situation)
    chosen_ids = {form.instance.reason_id for form in formset.forms}
    texts = {form.add_prefix("phrasing"): form["phrasing"].value() or "" for form in formset.forms}
    findings = builder.findings_by_field(texts, plan.situation)
    return render_step(
        request,
        plan,
        Step.REASONS,
        {
            "formset": formset,
            "own_form": own_form,
            "library": library,
            "chosen_ids": chosen_ids,
            "reason_rows": [
                (form, findings.get(form.add_prefix("phrasing"), [])) for form in formset.forms
            ],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def door_open(request: MemberRequest, plan_id) -> HttpResponse:
    plan = owned_plan(request.user, plan_id)
    form = DoorOpenForm(request.POST or None, instance=plan)
    if request.method == "POST" and form.is_valid():
        form.save()
        return after_save(request, plan, Step.DOOR_OPEN)
    return render_step(request, plan, Step.DOOR_OPEN, {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def conversation(request: MemberRequest, plan_id) -> HttpResponse:
    plan = owned_plan(request.user, plan_id, with_reasons=True)
    form = ConversationForm(request.POST or None, instance=plan)
    if request.method == "POST" and form.is_valid():
        form.save()
        return after_save(request, plan, Step.CONVERSATION)
    return render_step(
        request,
        plan,
        Step.CONVERSATION,
        {
            "form": form,
            "script": builder.composed(plan, builder.script_kind(plan.situation)),
            "timing": builder.timing_advice(plan),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def email(request: MemberRequest, plan_id) -> HttpResponse:
    plan = owned_plan(request.user, plan_id, with_reasons=True)
    draft = builder.composed(plan, ScriptTemplate.Kind.FOLLOW_UP_EMAIL)
    if request.method == "POST":
        form = EmailForm(request.POST, instance=plan)
        response = handle_email_post(request, plan, form, draft)
        if response is not None:
            return response
    else:
        initial = {}
        if not plan.email_body and draft:
            initial = {"email_subject": draft.subject, "email_body": draft.body}
        form = EmailForm(instance=plan, initial=initial)
    body = form["email_body"].value() or ""
    return render_step(
        request,
        plan,
        Step.EMAIL,
        {
            "form": form,
            "draft": draft,
            "mailto": mailto_url(plan.contact_email, form["email_subject"].value() or "", body),
            "findings": builder.findings_by_field({"email_body": body}, plan.situation),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def reconnect(request: MemberRequest, plan_id) -> HttpResponse:
    plan = owned_plan(request.user, plan_id)
    if request.method == "POST":
        return after_save(request, plan, Step.RECONNECT)
    reminders = list(plan.reminders.all())
    scheduled_ideas = {reminder.idea_id for reminder in reminders}
    proposals = [
        proposal
        for proposal in reminders_propose(plan=plan)
        if proposal.idea.pk not in scheduled_ideas and proposal.on >= timezone.localdate()
    ]
    return render_step(
        request,
        plan,
        Step.RECONNECT,
        {
            "reminders": reminders,
            "proposals": proposals,
            "add_form": ReminderForm(prefix="add"),
            "contacts": list(plan.contacts.all()),
        },
    )
