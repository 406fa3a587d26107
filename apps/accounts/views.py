"""The member's own account: settings, calendar feed, data export and deletion."""

from __future__ import annotations

import json

from allauth.account.decorators import reauthentication_required
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from apps.accounts import services
from apps.accounts.export import member_export
from apps.accounts.forms import DeleteAccountForm, MemberSettingsForm
from apps.core.http import MemberRequest
from apps.plans.models import DeclinePlan
from apps.reminders.models import Reminder
from apps.reminders.services import calendar_feed_url, calendar_token_regenerate


def settings_page(
    request: MemberRequest, form: MemberSettingsForm, feed_url: str | None = None
) -> HttpResponse:
    return render(
        request,
        "accounts/settings.html",
        {
            "form": form,
            "feed_url": feed_url,
            "has_feed": bool(request.user.calendar_token_hash),
            "is_mfa_enabled": is_mfa_enabled(request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def member_settings(request: MemberRequest) -> HttpResponse:
    form = MemberSettingsForm(request.POST or None, member=request.user)
    if request.method == "POST" and form.is_valid():
        services.member_update_settings(user=request.user, **form.cleaned_data)
        messages.success(request, _("Your settings are saved."))
        return redirect("accounts:settings")
    return settings_page(request, form)


@login_required
@require_http_methods(["GET", "POST"])
def calendar(request: MemberRequest) -> HttpResponse:
    """Make (or remake) the private feed address and show it this once: only its
    hash is kept, so the answer to the POST is the one page that can hold it."""
    if request.method == "GET":
        return redirect(f"{reverse('accounts:settings')}#calendar")
    feed_url = calendar_feed_url(calendar_token_regenerate(user=request.user))
    return settings_page(request, MemberSettingsForm(member=request.user), feed_url=feed_url)


@login_required
@require_safe
def export(request: MemberRequest) -> HttpResponse:
    return render(request, "accounts/export.html")


@login_required
@require_safe
def export_download(request: MemberRequest) -> HttpResponse:
    """One JSON file with everything the member gave. Reading it changes nothing."""
    document = json.dumps(member_export(request.user), indent=2, ensure_ascii=False)
    response = HttpResponse(document, content_type="application/json; charset=utf-8")
    filename = f"ajar-export-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    patch_cache_control(response, private=True, no_store=True)
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete(request: MemberRequest) -> HttpResponse:
    """Delete the account for good, once the member has typed their own address (a typo
    is caught before anything else) and then given their password again."""
    form = DeleteAccountForm(request.POST or None, member=request.user)
    if request.method == "POST" and form.is_valid():
        return delete_confirmed(request)
    plans = DeclinePlan.objects.for_user(request.user)
    return render(
        request,
        "accounts/delete.html",
        {
            "form": form,
            "plan_count": plans.count(),
            "reminder_count": Reminder.objects.for_user(request.user).open().count(),
        },
    )


@reauthentication_required
def delete_confirmed(request: MemberRequest) -> HttpResponse:
    """Without a recent password, allauth asks for it and then replays the whole POST."""
    services.member_delete(user=request.user)
    logout(request)
    messages.success(
        request, _("Your account and everything in it are deleted. Goodbye, and good luck.")
    )
    return redirect("home")
