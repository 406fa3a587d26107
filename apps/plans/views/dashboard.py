from __future__ import annotations

from datetime import datetime, timedelta
from operator import attrgetter

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe
from django_htmx.http import push_url

from apps.content.models import Step
from apps.core.http import MemberRequest
from apps.core.ownership import get_owned_or_404
from apps.plans import builder
from apps.plans.checklists import checklist_for
from apps.plans.models import DeclinePlan
from apps.plans.timeline import plan_timeline
from apps.reminders.models import Reminder

# Reminders on the dashboard: the overdue ones and the next 90 days.
UPCOMING = timedelta(days=90)


@login_required
@require_safe
def dashboard(request: MemberRequest) -> HttpResponse:
    plans = DeclinePlan.objects.for_user(request.user)
    show_archived = request.GET.get("show") == "archived"
    listed = list(
        (plans.archived() if show_archived else plans.active()).prefetch_related("reminders")
    )
    now = timezone.now()
    soon = [] if show_archived else coming_up(listed, now)
    return render(
        request,
        "plans/dashboard.html",
        {
            "plans": [
                (
                    plan,
                    builder.step_url(plan, plan.next_step or Step.SUMMARY),
                    plan_timeline(plan, now=now, compact=True),
                )
                for plan in listed
            ],
            "show_archived": show_archived,
            "overdue": [reminder for reminder in soon if reminder.due_at < now],
            "upcoming": [reminder for reminder in soon if reminder.due_at >= now],
            "archived_count": plans.archived().count() if not show_archived else len(listed),
        },
    )


def coming_up(plans: list[DeclinePlan], now: datetime) -> list[Reminder]:
    """The plans' open reminders, overdue or due within UPCOMING, soonest first. They are
    the reminders prefetched for the plans' timelines, so they cost no query of their own."""
    return sorted(
        (
            reminder
            for plan in plans
            for reminder in plan.reminders.all()
            if reminder.is_open and reminder.due_at <= now + UPCOMING
        ),
        key=attrgetter("due_at", "created"),
    )


@login_required
@require_safe
def summary(request: MemberRequest, plan_id) -> HttpResponse:
    queryset = DeclinePlan.objects.select_related("owner").prefetch_related(
        "reasons", "reminders", "contacts"
    )
    plan = get_owned_or_404(queryset, request.user, pk=plan_id)
    checklist = checklist_for(plan.situation)
    context = {
        "plan": plan,
        "step": Step.SUMMARY,
        "step_links": builder.step_links(plan, Step.SUMMARY),
        # The member's own script once they have saved one; the suggestion until then.
        "script": plan.script or getattr(builder.script_draft(plan), "body", ""),
        "email_draft": builder.email_draft(plan),
        "timing": builder.timing_advice(plan),
        "checklist": [(key, label, key in plan.checklist_done) for key, label in checklist],
        "timeline": plan_timeline(plan),
        "conversation_title": builder.step_title(Step.CONVERSATION, plan.situation),
    }
    # Step links and "Save and continue" on the last step reach the summary by htmx.
    if request.htmx and not request.htmx.history_restore_request:
        response = render(request, "plans/summary.html#builder", context)
        return push_url(response, request.get_full_path())
    return render(request, "plans/summary.html", context)
