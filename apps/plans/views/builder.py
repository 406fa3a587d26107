"""The plan builder: one view per step, each serving GET and POST.

Every step works as a plain form post with a redirect; with htmx the same
forms post in place and the step renders as the page's `builder` partial.
The steps with several buttons have a module each: reasons.py and email.py.
"""

from __future__ import annotations

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
    DoorOpenButtonForm,
    DoorOpenForm,
    SituationForm,
)
from apps.plans.models import DeclinePlan, owned_plan
from apps.plans.views.common import after_save, checked_rows, press_checked, render_step
from apps.reminders.forms import ReminderForm
from apps.reminders.services import reminders_propose


@login_required
@require_http_methods(["GET", "POST"])
def new_plan(request: MemberRequest) -> HttpResponse:
    form = SituationForm(request.POST or None, initial={"situation": request.GET.get("for")})
    if request.method == "POST" and form.is_valid():
        plan = DeclinePlan.start(owner=request.user, **form.cleaned_data)
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
def door_open(request: MemberRequest, plan_id) -> HttpResponse:
    plan = owned_plan(request.user, plan_id)
    tone_url = reverse("plans:tone_check", args=[plan.pk])
    form = DoorOpenForm(request.POST or None, instance=plan, tone_url=tone_url)
    if request.method == "POST" and form.is_valid():
        changed = form.has_changed()
        form.save()
        button = DoorOpenButtonForm(request.POST, request.GET, form=form)
        return press_checked(request, plan, Step.DOOR_OPEN, button, changed=changed)
    return render_step(
        request, plan, Step.DOOR_OPEN, {"form": form, "rows": checked_rows(plan, form)}
    )


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
