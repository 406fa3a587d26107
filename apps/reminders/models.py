from __future__ import annotations

import uuid
import zoneinfo
from datetime import UTC, date, datetime, time, timedelta

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.content.models import ReconnectIdea
from apps.core.ownership import OwnedQuerySet


def local_instant(on: date, at: time, time_zone: str) -> datetime:
    """The UTC instant of a local date and time in a member's zone.

    A time skipped by a spring-forward change is taken with the offset from
    before the change (02:30 becomes 03:30 local); a time that happens twice at
    fall-back is its first occurrence. Either way there is exactly one instant.
    """
    zone = zoneinfo.ZoneInfo(time_zone)
    return datetime.combine(on, at, tzinfo=zone).astimezone(UTC)


# The choices live outside the models that use them so that each model's Meta, whose
# class body cannot see the model's own names, can build its constraints from them.


class ReminderStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    SENT = "sent", _("Sent")
    DONE = "done", _("Done")
    SNOOZED = "snoozed", _("Snoozed")
    DROPPED = "dropped", _("Dropped")


# Waiting to be emailed: what the sender reads, through the partial index below.
PENDING_STATUSES = (ReminderStatus.SCHEDULED, ReminderStatus.SNOOZED)
# Still waiting for the member: not done and not dropped.
OPEN_STATUSES = (*PENDING_STATUSES, ReminderStatus.SENT)


class ContactChannel(models.TextChoices):
    CALL = "call", _("Call")
    EMAIL = "email", _("Email")
    EVENT = "event", _("Event")
    COFFEE = "coffee", _("Coffee")
    MESSAGE = "message", _("Message")
    OTHER = "other", _("Other")


class ReminderQuerySet(OwnedQuerySet):
    owner_path = "plan__owner"

    def open(self) -> ReminderQuerySet:
        """Reminders still waiting for the member: not done and not dropped."""
        return self.filter(status__in=OPEN_STATUSES)

    def due(self, now: datetime) -> ReminderQuerySet:
        """Reminders to email now; served by the partial index on next_attempt_at."""
        return self.filter(status__in=PENDING_STATUSES, next_attempt_at__lte=now)

    def mark_sent(self, now: datetime) -> int:
        """The mail server accepted the email these reminders were in: settled, in one
        UPDATE however many there are (the sender marks a whole batch at once)."""
        return self.update(
            status=ReminderStatus.SENT,
            sent_at=now,
            next_attempt_at=None,
            last_error="",
            updated=timezone.now(),
        )


class Reminder(models.Model):
    """A nudge to reconnect with the people from one plan, on a chosen day."""

    Status = ReminderStatus
    PENDING_STATUSES = PENDING_STATUSES
    OPEN_STATUSES = OPEN_STATUSES
    DEFAULT_TIME = time(9, 0)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    plan = models.ForeignKey(
        "plans.DeclinePlan", on_delete=models.CASCADE, related_name="reminders"
    )
    idea = models.ForeignKey(
        ReconnectIdea, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    title = models.CharField(_("what to do"), max_length=160)
    opener = models.TextField(_("opener"), blank=True)
    local_date = models.DateField(_("date"))
    local_time = models.TimeField(_("time"), default=DEFAULT_TIME)
    due_at = models.DateTimeField(_("due"))
    status = models.CharField(max_length=10, choices=Status, default=Status.SCHEDULED)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ReminderQuerySet.as_manager()

    class Meta:
        ordering = ["due_at", "created"]
        indexes = [
            # "What is due now" reads only pending rows, oldest first. (A list, as the
            # migration that made the index recorded it.)
            models.Index(
                fields=["next_attempt_at"],
                name="reminders_pending_due",
                condition=Q(status__in=list(PENDING_STATUSES)),
            ),
            models.Index(fields=["plan", "due_at"], name="reminders_plan_due"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ReminderStatus.values),
                name="reminders_status_known",
            ),
            # Only "sent" requires it: done, snoozed and rescheduled reminders keep the
            # sent_at of their last email.
            models.CheckConstraint(
                condition=~Q(status=ReminderStatus.SENT) | Q(sent_at__isnull=False),
                name="reminders_sent_has_sent_at",
                violation_error_message=_("A sent reminder needs the time it was sent."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    @property
    def is_retrying(self) -> bool:
        return self.status in self.PENDING_STATUSES and self.attempts > 0

    def schedule(self, on: date, at: time, time_zone: str) -> None:
        """Set the local date and time, and the instant they mean in the member's zone."""
        self.local_date = on
        self.local_time = at
        self.due_at = local_instant(on, at, time_zone)
        self.next_attempt_at = self.due_at
        if self.status not in self.PENDING_STATUSES:
            self.status = self.Status.SCHEDULED
        self.attempts = 0
        self.last_error = ""

    def reschedule(self, on: date, at: time, time_zone: str) -> None:
        self.schedule(on, at, time_zone)
        self.save()

    def recompute_due(self, time_zone: str) -> None:
        """The member moved time zone: same local date and time, new instant."""
        self.due_at = local_instant(self.local_date, self.local_time, time_zone)
        if self.status in self.PENDING_STATUSES and self.attempts == 0:
            self.next_attempt_at = self.due_at
        self.save(update_fields=["due_at", "next_attempt_at", "updated"])

    def snooze(self, days: int, time_zone: str, today: date | None = None) -> None:
        start = max(today or timezone.localdate(), self.local_date)
        self.schedule(start + timedelta(days=days), self.local_time, time_zone)
        self.status = self.Status.SNOOZED
        self.save()

    def drop(self) -> None:
        self.status = self.Status.DROPPED
        self.next_attempt_at = None
        self.save(update_fields=["status", "next_attempt_at", "updated"])

    def mark_done(self) -> None:
        self.status = self.Status.DONE
        self.next_attempt_at = None
        self.save(update_fields=["status", "next_attempt_at", "updated"])

    def mark_sent(self, now: datetime) -> None:
        """ReminderQuerySet.mark_sent for this one reminder."""
        Reminder.objects.filter(pk=self.pk).mark_sent(now)
        self.refresh_from_db()

    def mark_failed(self, now: datetime, error: str) -> None:
        """Keep it pending and try again later: minutes at first, then hours, capped."""
        self.attempts += 1
        delay = min(RETRY_FIRST * 2 ** (self.attempts - 1), RETRY_CAP)
        self.next_attempt_at = now + delay
        self.last_error = error[:300]
        self.save(update_fields=["attempts", "next_attempt_at", "last_error", "updated"])


RETRY_FIRST = timedelta(minutes=5)
RETRY_CAP = timedelta(hours=6)


class ContactLog(models.Model):
    """A note of having been in touch with the people from a plan."""

    Channel = ContactChannel

    plan = models.ForeignKey("plans.DeclinePlan", on_delete=models.CASCADE, related_name="contacts")
    reminder = models.ForeignKey(
        Reminder, on_delete=models.SET_NULL, null=True, blank=True, related_name="contacts"
    )
    on = models.DateField(_("date"))
    channel = models.CharField(_("how"), max_length=10, choices=Channel, default=Channel.MESSAGE)
    note = models.TextField(_("note"), blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-on", "-created"]
        constraints = [
            models.CheckConstraint(
                condition=Q(channel__in=ContactChannel.values),
                name="reminders_contact_channel_known",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} on {self.on}"
