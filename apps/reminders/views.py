from __future__ import annotations

from collections.abc import Callable
from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from apps.accounts.models import User
from apps.core.http import MemberRequest
from apps.core.ownership import get_owned_or_404
from apps.plans.builder import findings_by_field, sounds_blunt
from apps.plans.forms import MAX_TEXT, TOO_LONG
from apps.plans.models import owned_plan
from apps.reminders import services
from apps.reminders.calendar import (
    Revision,
    feed_revision,
    reminder_revision,
    reminders_calendar,
)
from apps.reminders.forms import BLUNT_OPENER, DoneForm, ReminderForm, SnoozeForm, opener_applied
from apps.reminders.models import Reminder


def owned_reminder(request: MemberRequest, reminder_id) -> Reminder:
    queryset = Reminder.objects.select_related("plan__owner")
    return get_owned_or_404(queryset, request.user, pk=reminder_id)


def back_to(request: HttpRequest, fallback: str) -> str:
    """Where to return after an action: a path on this site from `next`, or the fallback."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    # Only a path: a bare word would be taken for a view name, "x.example" for a relative URL.
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}
    ):
        return target
    return fallback


def row_or_redirect(
    request: MemberRequest, reminder: Reminder, fallback: str, message: str = ""
) -> HttpResponse:
    """htmx swaps the updated row in place (the row shows the new state); a plain
    form gets the message and a redirect back."""
    if request.htmx:
        return render(
            request,
            "reminders/_reminder.html",
            {"reminder": reminder, "next": back_to(request, fallback)},
        )
    if message:
        messages.success(request, message)
    return redirect(back_to(request, fallback))


def closed_reminder(request: MemberRequest, reminder: Reminder) -> HttpResponse:
    messages.info(request, _("That reminder is already closed."))
    return redirect(back_to(request, "plans:dashboard"))


def ics_response(
    request: HttpRequest, revision: Revision, build: Callable[[], bytes], filename: str = ""
) -> HttpResponse:
    """A calendar file, answered from its revision where that is enough: 304 when the
    calendar has this version, headers alone for HEAD (gunicorn warns about a body on a
    HEAD response, and building the file is the expensive part), the file otherwise."""
    response = HttpResponse(content_type="text/calendar; charset=utf-8")
    response["ETag"] = revision.etag
    last_modified = int(revision.last_modified.timestamp()) if revision.last_modified else None
    if last_modified:
        response["Last-Modified"] = http_date(last_modified)
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Private data: no shared or disk caches. Calendars still send the ETag and
    # Last-Modified back, and a poll that finds nothing new gets an empty 304.
    patch_cache_control(response, private=True, no_store=True)
    conditional = get_conditional_response(
        request, etag=revision.etag, last_modified=last_modified, response=response
    )
    if conditional is not response or request.method == "HEAD":
        conditional.headers_only = True  # no "Content-Length: 0" (HeadersOnlyMiddleware)
        return conditional
    response.content = build()
    return response


# The calendar


@require_safe
def feed(request: HttpRequest, token: str) -> HttpResponse:
    """The member's private feed. The token is the only key, so unknown ones answer 404."""
    member = User.objects.filter(
        calendar_token_hash=services.hash_calendar_token(token), is_active=True
    ).first()
    if member is None or not token:
        raise Http404
    reminders = Reminder.objects.for_user(member).open().live().select_related("plan")
    # A calendar app polls with no cookie and its own Accept-Language: the member's
    # language, whoever asks (and in the ETag, so a change of language is a new file).
    with translation.override(member.preferred_language):
        return ics_response(
            request,
            feed_revision(member),
            lambda: reminders_calendar(reminders, name=_("Ajar reminders")),
        )


@login_required
@require_safe
def download(request: MemberRequest, reminder_id) -> HttpResponse:
    reminder = owned_reminder(request, reminder_id)
    return ics_response(
        request,
        reminder_revision(reminder),
        lambda: reminders_calendar([reminder], name=reminder.title),
        filename=f"ajar-reminder-{reminder.local_date:%Y-%m-%d}.ics",
    )


@login_required
@require_safe
def calendar_link(request: MemberRequest) -> HttpResponse:
    """The feed address moved to the member's settings; older emails still link here."""
    return redirect(f"{reverse('accounts:settings')}#calendar")


# Signed links from reminder emails


@require_http_methods(["GET", "POST"])
def action(request: HttpRequest) -> HttpResponse:
    token = request.POST.get("t") if request.method == "POST" else request.GET.get("t")
    link = services.read_action_link(token or "")
    reminder = None
    if link:
        reminder = (
            Reminder.objects.select_related("plan__owner").filter(pk=link.reminder_id).first()
        )
    if reminder is None:
        return render(request, "reminders/action_invalid.html", status=400)
    if request.method == "POST":
        acted = services.reminder_act(link=link)
        if acted is not None:
            return render(
                request, "reminders/action_done.html", {"reminder": acted, "verb": link.action}
            )
        reminder.refresh_from_db()
    context = {
        "reminder": reminder,
        "verb": link.action,
        "token": token,
        "usable": services.action_link_usable(link, reminder),
    }
    return render(request, "reminders/action_confirm.html", context)


# Inline actions (dashboard, reconnect step)


@login_required
@require_http_methods(["GET", "POST"])
def done(request: MemberRequest, reminder_id) -> HttpResponse:
    reminder = owned_reminder(request, reminder_id)
    if not reminder.is_open:
        return closed_reminder(request, reminder)
    form = DoneForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not services.reminder_mark_done(reminder=reminder, **form.cleaned_data):
            # Another request closed it a moment ago (a second tab, a double click).
            reminder.refresh_from_db()
            return row_or_redirect(request, reminder, "plans:dashboard")
        return row_or_redirect(
            request, reminder, "plans:dashboard", _("Nice work. Logged as done.")
        )
    return render(
        request,
        "reminders/done.html",
        {"reminder": reminder, "form": form, "next": back_to(request, "")},
    )


@login_required
@require_POST
def snooze(request: MemberRequest, reminder_id) -> HttpResponse:
    reminder = owned_reminder(request, reminder_id)
    form = SnoozeForm(request.POST)
    message = ""
    if form.is_valid() and services.reminder_snooze(
        reminder=reminder, days=form.cleaned_data["days"], version=form.cleaned_data["version"]
    ):
        message = _("Snoozed until %(date)s.") % {"date": f"{reminder.local_date:%d %b %Y}"}
    return row_or_redirect(request, reminder, "plans:dashboard", message)


@login_required
@require_POST
def drop(request: MemberRequest, reminder_id) -> HttpResponse:
    reminder = owned_reminder(request, reminder_id)
    if reminder.is_open:
        reminder.drop()
    message = _("Dropped “%(title)s”.") % {"title": reminder.title}
    return row_or_redirect(request, reminder, "plans:dashboard", message)


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: MemberRequest, reminder_id) -> HttpResponse:
    reminder = owned_reminder(request, reminder_id)
    if not reminder.is_open:
        return closed_reminder(request, reminder)
    form = ReminderForm(request.POST or None, instance=reminder, tone_url=tone_url(reminder))
    if request.POST.get("action") == "apply":
        return apply_to_opener(request, reminder, form)
    if request.method == "POST" and form.is_valid():
        reminder = form.save(commit=False)
        reminder.reschedule(reminder.local_date, reminder.local_time, request.user.time_zone)
        return row_or_redirect(request, reminder, "plans:dashboard", _("Reminder saved."))
    return show_edit(request, reminder, form)


def tone_url(reminder: Reminder) -> str:
    return reverse("reminders:tone_check", args=[reminder.pk])


def show_edit(
    request: MemberRequest, reminder: Reminder, form: ReminderForm, *, applied: bool | None = None
) -> HttpResponse:
    """The edit form, with what the tone check finds in the opener (`applied`: what an
    Apply button just did, said next to the field)."""
    opener = form["opener"].value() or ""
    context = {
        "reminder": reminder,
        "form": form,
        "form_id": edit_form_id(reminder),
        "next": back_to(request, ""),
        "opener_findings": findings_by_field({"opener": opener}, reminder.plan.situation).get(
            "opener", []
        ),
        "opener_rechecked": applied is not None,
        "applied": applied,
    }
    template = "reminders/_reminder_edit.html" if request.htmx else "reminders/edit.html"
    return render(request, template, context)


def apply_to_opener(request: MemberRequest, reminder: Reminder, form: ReminderForm):
    """Apply swaps the words in the form as typed; "Save reminder" keeps them."""
    situation = reminder.plan.situation
    typed, applied = opener_applied(form, request.POST, request.GET, situation)
    unsaved = ReminderForm(initial=typed, instance=reminder, tone_url=tone_url(reminder))
    return show_edit(request, reminder, unsaved, applied=applied)


@login_required
@require_POST
def tone_check(request: MemberRequest, reminder_id) -> HttpResponse:
    """Live tone check of a reminder's opener while it is edited (htmx)."""
    reminder = owned_reminder(request, reminder_id)
    field = ReminderForm.tone_checked[0]
    if field not in request.POST:
        return HttpResponseBadRequest("Which field should be checked?")
    text = request.POST[field]
    context = {
        "field_name": field,
        "step_url": reverse("reminders:edit", args=[reminder.pk]),
        "form_id": edit_form_id(reminder),
        "live": True,
    }
    if len(text) > MAX_TEXT:
        context["too_long"] = TOO_LONG % {"limit_value": MAX_TEXT, "show_value": len(text)}
        return render(request, "plans/_tone_findings.html", context, status=400)
    context["findings"] = findings_by_field({field: text}, reminder.plan.situation).get(field, [])
    return render(request, "plans/_tone_findings.html", context)


def edit_form_id(reminder: Reminder) -> str:
    return f"reminder-form-{reminder.pk}"


# Scheduling from the reconnect step


@login_required
@require_POST
def schedule(request: MemberRequest, plan_id) -> HttpResponse:
    """Accept the proposed cadence: the ideas the member kept ticked, on the dates they set."""
    plan = owned_plan(request.user, plan_id)
    proposals = services.reminders_ticked(plan=plan, data=request.POST)
    created = services.reminders_schedule(plan=plan, proposals=proposals)
    if created:
        messages.success(request, _("Scheduled %(count)d reminders.") % {"count": len(created)})
    elif proposals:
        # The same form sent twice: the first one scheduled them.
        messages.info(request, _("Those reminders are already scheduled."))
    else:
        messages.error(request, _("Tick at least one reminder, with a date from today on."))
    return redirect("plans:reconnect", plan.pk)


@login_required
@require_POST
def add(request: MemberRequest, plan_id) -> HttpResponse:
    plan = owned_plan(request.user, plan_id)
    form = ReminderForm(request.POST, prefix="add")
    if form.is_valid():
        services.reminder_add(
            plan=plan,
            title=form.cleaned_data["title"],
            opener=form.cleaned_data["opener"],
            on=form.cleaned_data["local_date"],
            at=form.cleaned_data["local_time"],
        )
        if sounds_blunt([form.cleaned_data["opener"]], plan.situation):
            messages.warning(request, BLUNT_OPENER)
        else:
            messages.success(request, _("Reminder added."))
        return redirect("plans:reconnect", plan.pk)
    return render(request, "reminders/add.html", {"plan": plan, "form": form})


def parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
