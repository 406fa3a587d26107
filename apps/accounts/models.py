from __future__ import annotations

import zoneinfo
from datetime import time

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from apps.accounts.emails import canonical_email
from apps.core.places import country_for_zone


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("%(value)s is not a time zone we know. Pick one such as Europe/Brussels."),
            params={"value": value},
            code="invalid_time_zone",
        )


def default_time_zone() -> str:
    return settings.TIME_ZONE


class UserManager(BaseUserManager["User"]):
    """Email is the login: there are no usernames."""

    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=canonical_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields) -> User:
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields) -> User:
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(
        _("display name"),
        max_length=80,
        blank=True,
        help_text=_("How Ajar greets you and signs your drafts. Optional."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=default_time_zone,
        validators=[validate_time_zone],
        help_text=_("Reminders arrive at the local time you choose in this zone."),
    )

    reminder_emails = models.BooleanField(
        _("reminder emails"),
        default=True,
        help_text=_("Email me when it is time to reconnect. Calendar reminders stay either way."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("Ajar's pages, emails and calendar for this member. Blank: the browser's."),
    )
    reminder_time = models.TimeField(
        _("reminder time"),
        default=time(9, 0),
        help_text=_("The local time suggested reminders are set for."),
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        help_text=_(
            "Suggested reminders skip this country's public holidays. Blank: the country "
            "of your time zone."
        ),
    )
    # Only a hash of the private calendar token is kept; the URL is shown once.
    calendar_token_hash = models.CharField(max_length=64, blank=True, db_index=True)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.email

    @property
    def preferred_language(self) -> str:
        """The language to write to the member in when no browser is asking (emails,
        the calendar feed): their choice, else the site's default."""
        return self.language or settings.LANGUAGE_CODE

    @property
    def holiday_country(self) -> str:
        """Whose public holidays suggested reminders skip: the member's choice, else the
        country of their time zone ("" when the zone has none)."""
        return self.country or country_for_zone(self.time_zone)

    @property
    def greeting_name(self) -> str:
        return self.display_name or self.email.split("@", 1)[0]

    def get_full_name(self) -> str:
        return self.display_name or self.email

    def get_short_name(self) -> str:
        return self.greeting_name
