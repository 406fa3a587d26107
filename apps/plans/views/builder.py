"""The plan builder: one view per step, each serving GET and POST.

Every step works as a plain form post with a redirect; with htmx the same
forms post in place and the step renders as the page's `builder` partial.
The steps with several buttons have a module each: reasons.py, conversation.py and
email.py.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from apps.content.models import Situation, Step
from apps.core.http import MemberRequest
from apps.core.places import country_name
from apps.plans import builder
from apps.plans.forms import (
    DoorOpenButtonForm,
    DoorOpenForm,
    SituationForm,
)
from apps.plans.models import DeclinePlan, owned_plan
from apps.plans.views.common import (
    STEP_FORM,
    after_save,
    checked_rows,
    press_checked,
    render_step,
    tell_suggestion,
)
from apps.reminders.forms import BLUNT_OPENER, ReminderForm, opener_applied
from apps.reminders.services import (
    reminder_add,
    reminders_as_posted,
    reminders_propose,
    reminders_schedule,
    reminders_ticks,
)


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
def reconnect(request: MemberRequest, plan_id) -> HttpResponse:
    """The suggested rhythm and a reminder of one's own, in one form with the step's
    buttons: "Save and continue" schedules the ticked ideas as the schedule button does,
    and any button adds a reminder typed in, so nothing typed is lost."""
    plan = owned_plan(request.user, plan_id)
    if request.method == "GET":
        return show_reconnect(request, plan, reminder_form(plan))
    action = request.POST.get("action", "")
    add_form = reminder_form(plan, request.POST)
    if action == "apply":
        return apply_to_opener(request, plan, add_form)
    # The time has a default, so a reminder counts as typed in by its other fields.
    typed = any(request.POST.get(add_form.add_prefix(name), "").strip() for name in TYPED)
    if action == "add-reminder" or typed:
        if not add_form.is_valid():
            return show_reconnect(request, plan, add_form, posted=request.POST)
        data = add_form.cleaned_data
        reminder_add(
            plan=plan,
            title=data["title"],
            opener=data["opener"],
            on=data["local_date"],
            at=data["local_time"],
        )
        if builder.sounds_blunt([data["opener"]], plan.situation):
            messages.warning(request, BLUNT_OPENER)
        else:
            messages.success(request, _("Reminder added."))
    # Ticks are suggestions until the member schedules or continues: going back to an
    # earlier step (a save) schedules nothing.
    scheduling = action in SCHEDULING
    ticked, undated = reminders_ticks(plan=plan, data=request.POST) if scheduling else ([], [])
    if ticked:
        created = reminders_schedule(plan=plan, proposals=ticked)
        if created:
            messages.success(
                request,
                ngettext(
                    "Scheduled %(count)d reminder.", "Scheduled %(count)d reminders.", len(created)
                )
                % {"count": len(created)},
            )
    if undated:
        # Ticked, but with no date yet (an event's idea): kept ticked, and asked for.
        messages.warning(request, needs_a_date(undated))
        return show_reconnect(request, plan, reminder_form(plan), posted=request.POST)
    if action in ("add-reminder", "schedule"):
        return redirect(builder.step_url(plan, Step.RECONNECT))
    return after_save(request, plan, Step.RECONNECT)


def needs_a_date(ideas) -> str:
    titles = ", ".join(f"“{idea.title}”" for idea in ideas)
    return ngettext(
        "%(titles)s needs a date from today on before it can be scheduled: the day you "
        "want to get in touch (a week or two before the event).",
        "%(titles)s need dates from today on before they can be scheduled: the days you "
        "want to get in touch.",
        len(ideas),
    ) % {"titles": titles}


def apply_to_opener(request: MemberRequest, plan: DeclinePlan, add_form: ReminderForm):
    """Apply under the opener of a reminder not yet added: the words change where they
    were typed, and the member adds the reminder when it reads right (nothing is added
    that was not asked for, and nothing ticked or typed is lost)."""
    typed, applied = opener_applied(add_form, request.POST, request.GET, plan.situation)
    tell_suggestion(request, applied)
    form = reminder_form(plan, initial=typed)
    return show_reconnect(request, plan, form, posted=request.POST, rechecked=True)


def reminder_form(plan: DeclinePlan, data=None, initial=None) -> ReminderForm:
    tone_url = reverse("plans:tone_check", args=[plan.pk])
    form = ReminderForm(data, initial=initial, prefix=ADD_PREFIX, tone_url=tone_url)
    form.fields["local_time"].initial = plan.owner.reminder_time
    for field in form.fields.values():
        # The fields sit outside the step's form on the page (the reminders listed in
        # between have forms of their own), and belong to it.
        field.widget.attrs["form"] = STEP_FORM
    return form


ADD_PREFIX = "add"
# The opener of the reminder being added, as the step's form posts it.
ADD_OPENER = f"{ADD_PREFIX}-opener"
TYPED = ("title", "local_date", "opener")
SCHEDULING = ("next", "schedule")


def show_reconnect(
    request: MemberRequest,
    plan: DeclinePlan,
    add_form: ReminderForm,
    *,
    posted=None,
    rechecked: bool = False,
) -> HttpResponse:
    """The step; shown again after a post (`posted`), with its ticks and dates as sent."""
    reminders = list(plan.reminders.all())
    scheduled_ideas = {reminder.idea_id for reminder in reminders}
    taken = [reminder.local_date for reminder in reminders if reminder.is_open]
    proposals = [
        proposal
        for proposal in reminders_propose(plan=plan, taken=taken)
        if proposal.idea.pk not in scheduled_ideas
        and (proposal.on is None or proposal.on >= timezone.localdate())
    ]
    if posted is not None:
        proposals = reminders_as_posted(proposals, posted)
    opener = add_form["opener"].value() or ""
    return render_step(
        request,
        plan,
        Step.RECONNECT,
        {
            "reminders": reminders,
            "proposals": proposals,
            "add_form": add_form,
            "opener_findings": builder.findings_by_field({"opener": opener}, plan.situation).get(
                "opener", []
            ),
            "opener_rechecked": rechecked,
            "holiday_country": country_name(plan.owner.holiday_country),
            "contacts": list(plan.contacts.all()),
        },
    )
