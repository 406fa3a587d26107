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
    # Every attempt to email it failed (MAX_ATTEMPTS): still open, in the calendar and
    # on the member's lists, and emailed again only once the member reschedules it.
    FAILED = "failed", _("Email failed")


# Waiting to be emailed: what the sender reads, through the partial index below.
PENDING_STATUSES = (ReminderStatus.SCHEDULED, ReminderStatus.SNOOZED)
# Still waiting for the member: not done and not dropped.
OPEN_STATUSES = (*PENDING_STATUSES, ReminderStatus.SENT, ReminderStatus.FAILED)

# Tries before a reminder is marked failed: 5 minutes, then doubling (RETRY_FIRST,
# RETRY_CAP), so about ten and a half hours of trying, which outlasts a mail server's
# night-long outage, while a message that can never go stops being tried.
MAX_ATTEMPTS = 8
RETRY_FIRST = timedelta(minutes=5)
RETRY_CAP = timedelta(hours=6)


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

    def live(self) -> ReminderQuerySet:
        """Reminders of plans that are not archived. An archived plan's reminders are
        neither emailed nor in the feed; restoring the plan brings them back as they were
        (one that fell due meanwhile is emailed by the next round)."""
        return self.filter(plan__archived_at__isnull=True)

    def due(self, now: datetime) -> ReminderQuerySet:
        """Reminders to email now; served by the partial index on next_attempt_at."""
        return self.live().filter(status__in=PENDING_STATUSES, next_attempt_at__lte=now)

    def mark_sent(self, now: datetime) -> int:
        """The mail server accepted the email these reminders were in: settled, in one
        UPDATE however many there are (all of one member's reminders in their email)."""
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

    @property
    def link_version(self) -> int:
        """What a signed email link or a snooze form was made for: the due instant, which
        every snooze or reschedule moves, so a link or form works once."""
        return int(self.due_at.timestamp())

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

    def mark_done(self) -> bool:
        """Close it, unless it is closed already: one conditional UPDATE, so of two
        requests at once (two tabs, a double click) exactly one closes it and is told so."""
        now = timezone.now()
        closed = Reminder.objects.filter(pk=self.pk, status__in=self.OPEN_STATUSES).update(
            status=self.Status.DONE, next_attempt_at=None, updated=now
        )
        if closed:
            self.status, self.next_attempt_at, self.updated = self.Status.DONE, None, now
        return bool(closed)

    def mark_sent(self, now: datetime) -> None:
        """ReminderQuerySet.mark_sent for this one reminder."""
        Reminder.objects.filter(pk=self.pk).mark_sent(now)
        self.refresh_from_db()

    def mark_failed(self, now: datetime, error: str) -> None:
        """Try again later: minutes at first, then hours, capped; after MAX_ATTEMPTS,
        stop and show the member that the email failed."""
        self.attempts += 1
        if self.attempts >= MAX_ATTEMPTS:
            self.status = self.Status.FAILED
            self.next_attempt_at = None
        else:
            delay = min(RETRY_FIRST * 2 ** (self.attempts - 1), RETRY_CAP)
            self.next_attempt_at = now + delay
        self.last_error = error[:300]
        self.save(update_fields=["status", "attempts", "next_attempt_at", "last_error", "updated"])


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
            # Marking a reminder done logs one contact, however many requests try at once.
            models.UniqueConstraint(
                fields=["reminder"],
                condition=Q(reminder__isnull=False),
                name="reminders_one_contact_per_reminder",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} on {self.on}"


class Delivery(Reminder):
    """A reminder as the staff's delivery page sees it (apps/reminders/admin.py)."""

    class Meta:
        proxy = True
        verbose_name = _("reminder delivery")
        verbose_name_plural = _("reminder deliveries")
