from __future__ import annotations

import zoneinfo
from functools import cache

from django import forms
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language_from_request
from django.utils.translation import gettext_lazy as _

from apps.core.places import country_choices, country_for_zone, country_name, zone_choices


@cache
def _zones() -> frozenset[str]:
    return frozenset(
        zone
        for zone in zoneinfo.available_timezones()
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/"))
    )


def time_zone_choices() -> list[tuple[str, str]]:
    """Every time zone by its city and country, in the active language."""
    return zone_choices(_zones())


def display_name_field() -> forms.CharField:
    return forms.CharField(
        label=_("Your name"),
        max_length=80,
        required=False,
        help_text=_("Optional. Used to greet you and to sign your draft emails."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )


class SignupDetailsForm(forms.Form):
    """Extra fields on allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS)."""

    display_name = display_name_field()
    time_zone = forms.TypedChoiceField(
        label=_("Your time zone"),
        choices=time_zone_choices,
        initial=settings.TIME_ZONE,
        help_text=_("Reminders to reconnect arrive in your local time."),
    )

    def signup(self, request, user) -> None:
        user.display_name = self.cleaned_data["display_name"]
        user.time_zone = self.cleaned_data["time_zone"]
        # The language they signed up in: their emails and calendar are written in it.
        user.language = get_language_from_request(request)
        user.save(update_fields=["display_name", "time_zone", "language"])


class MemberSettingsForm(forms.Form):
    """The member's own settings. Saved by apps.accounts.services.member_update_settings."""

    display_name = display_name_field()
    time_zone = forms.ChoiceField(
        label=_("Your time zone"),
        choices=time_zone_choices,
        help_text=_(
            "Reminders keep the local date and time you chose; they follow you to the new zone."
        ),
    )
    reminder_emails = forms.BooleanField(
        label=_("Email me when a reminder is due"),
        required=False,
        help_text=_("Your calendar feed keeps every reminder either way."),
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("The language of my browser")), *settings.LANGUAGES],
        required=False,
        help_text=_("For Ajar's pages, your reminder emails and your calendar."),
    )
    reminder_time = forms.TimeField(
        label=_("Time for suggested reminders"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text=_("New reminders are set for this local time; each can be moved."),
    )
    country = forms.ChoiceField(
        label=_("Public holidays to skip"),
        required=False,
        help_text=_("Suggested reminders land on working days of this country."),
    )

    def __init__(self, *args, member, **kwargs) -> None:
        kwargs.setdefault(
            "initial",
            {
                "display_name": member.display_name,
                "time_zone": member.time_zone,
                "reminder_emails": member.reminder_emails,
                "language": member.language,
                "reminder_time": member.reminder_time,
                "country": member.country,
            },
        )
        super().__init__(*args, **kwargs)
        self.member = member
        from_zone = country_name(country_for_zone(member.time_zone))
        self.fields["country"].choices = [
            ("", _("The country of my time zone (%(country)s)") % {"country": from_zone})
            if from_zone
            else ("", _("None (weekends only)")),
            *country_choices(),
        ]
        # A zone set elsewhere (an admin, an older list) stays selectable, so saving
        # the form never moves a member's reminders by accident.
        zones = time_zone_choices()
        if member.time_zone not in {value for value, _label in zones}:
            self.fields["time_zone"].choices = [(member.time_zone, member.time_zone), *zones]

    def clean_reminder_time(self):
        # Left blank: the time it was.
        return self.cleaned_data["reminder_time"] or self.member.reminder_time


class DeleteAccountForm(forms.Form):
    """Deleting is for good: the member types their own address to show they mean it."""

    email = forms.CharField(
        label=_("Type your email address to confirm"),
        max_length=254,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )

    def __init__(self, *args, member, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.member = member
        # Crispy renders help text as HTML: format_html escapes the address.
        self.fields["email"].help_text = format_html(
            _("Your account's address is <strong>{email}</strong>."), email=member.email
        )

    def clean_email(self) -> str:
        typed = self.cleaned_data["email"].strip()
        if typed.casefold() != self.member.email.casefold():
            raise forms.ValidationError(
                _("That is not this account's email address. Nothing was deleted."),
                code="wrong_email",
            )
        return typed
