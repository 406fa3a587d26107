"""Reminders that talk to the outside world: scheduling, sending, signed links, the feed token."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import secrets
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage, mailers
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property

from apps.accounts.models import User
from apps.content.models import ReconnectIdea
from apps.reminders.models import ContactLog, Reminder

logger = logging.getLogger(__name__)

ACTION_SALT = "ajar.reminders.action"
ACTION_MAX_AGE = timedelta(days=30)
ACTIONS = {"done", "snooze-week", "snooze-month"}
SNOOZE_DAYS = {"snooze-week": 7, "snooze-month": 30}


@dataclass(frozen=True)
class Proposal:
    idea: ReconnectIdea
    on: date
    suggested: bool = True


# Ticked by default: a rhythm that spreads out over time (two weeks, three months,
# six months, a year, two years), each at least this much later than the last.
RHYTHM_GROWTH = 1.6


def reminders_propose(*, plan, today: date | None = None) -> list[Proposal]:
    """Every published idea for the situation, counted from the day the member decided,
    with a spreading-out rhythm of them ticked."""
    start = plan.decided_on or today or timezone.localdate()
    ideas = sorted(
        ReconnectIdea.objects.published().for_situation(plan.situation),
        key=lambda idea: (idea.default_days_after, idea.order),
    )
    proposals = []
    last_ticked = 0
    for idea in ideas:
        suggested = last_ticked == 0 or idea.default_days_after >= last_ticked * RHYTHM_GROWTH
        if suggested:
            last_ticked = idea.default_days_after
        proposals.append(
            Proposal(
                idea=idea, on=start + timedelta(days=idea.default_days_after), suggested=suggested
            )
        )
    return proposals


@transaction.atomic
def reminders_schedule(
    *, plan, proposals: list[Proposal], at: time = Reminder.DEFAULT_TIME
) -> list[Reminder]:
    time_zone = plan.owner.time_zone
    reminders = []
    for proposal in proposals:
        reminder = Reminder(
            plan=plan, idea=proposal.idea, title=proposal.idea.title, opener=proposal.idea.opener
        )
        reminder.schedule(proposal.on, at, time_zone)
        reminders.append(reminder)
    return Reminder.objects.bulk_create(reminders)


def reminder_add(*, plan, title: str, opener: str, on: date, at: time) -> Reminder:
    reminder = Reminder(plan=plan, title=title, opener=opener)
    reminder.schedule(on, at, plan.owner.time_zone)
    reminder.save()
    return reminder


@transaction.atomic
def member_change_time_zone(*, user, time_zone: str) -> None:
    """Reminders keep their local date and time; the instant they fire moves with the member."""
    user.time_zone = time_zone
    user.full_clean(validate_unique=False, validate_constraints=False)
    user.save(update_fields=["time_zone"])
    for reminder in Reminder.objects.for_user(user).open().select_for_update():
        reminder.recompute_due(time_zone)


# Signed links in reminder emails: they name a reminder and an action, and
# open a confirmation page. Nothing changes until the member presses the button.


def action_signer() -> signing.TimestampSigner:
    """The one signer of email links: every token is made and read with it. (A token
    is what signing.dumps(..., salt=ACTION_SALT, compress=True) makes, as it always
    was, so links in emails already sent keep working.)"""
    return signing.TimestampSigner(salt=ACTION_SALT)


def read_action_token(token: str) -> tuple[str, str] | None:
    """(reminder id, action), or None for a tampered, expired or unknown link."""
    try:
        data = action_signer().unsign_object(token, max_age=ACTION_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("a") not in ACTIONS or not data.get("r"):
        return None
    return str(data["r"]), str(data["a"])


def site_url(name: str, *args) -> str:
    """An absolute link for emails and calendars, which have no request to build one from."""
    return f"{settings.SITE_URL}{reverse(name, args=args)}"


class EmailLinks:
    """Every link a reminder email carries, the signed ones included.

    One per email, or one for a whole batch of emails: what the links share (the
    signer, the action page's address, each plan's) is worked out once, because a
    reverse() and a new signer for each of a reminder's three signed links cost more
    than the signing itself (docs/performance.md).
    """

    def __init__(self) -> None:
        self.signer = action_signer()
        self.plan_urls: dict[object, str] = {}

    @cached_property
    def action_base(self) -> str:
        return site_url("reminders:action")

    @cached_property
    def settings_url(self) -> str:
        return site_url("accounts:settings")

    def action_token(self, reminder: Reminder, action: str) -> str:
        return self.signer.sign_object({"r": str(reminder.pk), "a": action}, compress=True)

    def action_url(self, reminder: Reminder, action: str) -> str:
        # The token travels in the query string, which no access log here records.
        return f"{self.action_base}?t={self.action_token(reminder, action)}"

    def plan_url(self, plan_id) -> str:
        if plan_id not in self.plan_urls:
            self.plan_urls[plan_id] = site_url("plans:summary", plan_id)
        return self.plan_urls[plan_id]

    def for_reminder(self, reminder: Reminder) -> dict[str, str]:
        """The links under one reminder in the email."""
        return {
            "plan_url": self.plan_url(reminder.plan_id),
            "done_url": self.action_url(reminder, "done"),
            "week_url": self.action_url(reminder, "snooze-week"),
            "month_url": self.action_url(reminder, "snooze-month"),
        }


def action_token(reminder: Reminder, action: str) -> str:
    """One link's token, as an email carries it."""
    return EmailLinks().action_token(reminder, action)


# Sending


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    emails: int = 0
    skipped: int = 0


def reminder_email(
    member, reminders: list[Reminder], *, links: EmailLinks | None = None
) -> EmailMessage:
    """One member's email for their due reminders; a sender passes one EmailLinks for
    its whole batch."""
    links = links or EmailLinks()
    context = {
        "member": member,
        "items": [{"reminder": reminder, **links.for_reminder(reminder)} for reminder in reminders],
        "settings_url": links.settings_url,
    }
    subject = render_to_string("reminders/email/due_subject.txt", context).strip()
    body = render_to_string("reminders/email/due_body.txt", context)
    return EmailMessage(subject=subject, body=body, to=[member.email])


def reminders_send_due(*, now: datetime | None = None, batch_size: int = 200) -> SendReport:
    """Email every due reminder, one message per member, and mark each sent only once
    the mail server has accepted it. Safe to run in several processes at once."""
    now = now or timezone.now()
    report = SendReport()
    while True:
        batch = _send_batch(now=now, batch_size=batch_size)
        if batch is None:
            return report
        report.sent += batch.sent
        report.failed += batch.failed
        report.emails += batch.emails
        report.skipped += batch.skipped
        if batch.sent + batch.failed + batch.skipped == 0:
            return report


def _send_batch(*, now: datetime, batch_size: int) -> SendReport | None:
    report = SendReport()
    with transaction.atomic():
        # The member is the unit of work, so that each gets one email per round:
        # a sender locks up to batch_size members who have something due, then
        # all of their due reminders. Members another sender holds are skipped,
        # not waited for (PostgreSQL); NO KEY UPDATE still lets rows that point at
        # the member (a new plan) be written meanwhile. On SQLite the IMMEDIATE
        # transaction takes the write lock, so senders queue.
        members = {
            member.pk: member
            for member in User.objects.filter(
                pk__in=Reminder.objects.due(now).values("plan__owner_id")
            )
            .select_for_update(skip_locked=True, no_key=True)
            .order_by("pk")[:batch_size]
        }
        if not members:
            return None
        reminders = (
            Reminder.objects.due(now)
            .filter(plan__owner_id__in=members)
            .select_for_update(of=("self",))
            .select_related("plan")
            .order_by("due_at")
        )
        by_member: dict[int, list[Reminder]] = defaultdict(list)
        for reminder in reminders:
            by_member[reminder.plan.owner_id].append(reminder)
        settled: list[Reminder] = []
        links = EmailLinks()
        # One connection to the mail server for the whole batch, not one per email.
        mailer = mailers.default
        try:
            for member_id, group in by_member.items():
                member = members[member_id]
                if not member.reminder_emails or not member.is_active:
                    # Their calendar still shows it; no email, and no retries.
                    settled += group
                    report.skipped += len(group)
                    continue
                try:
                    mailer.open()  # a no-op while the connection is up
                    mailer.send_messages([reminder_email(member, group, links=links)])
                except Exception as error:
                    # The next member gets a fresh connection.
                    _close_quietly(mailer)
                    for reminder in group:
                        reminder.mark_failed(now, f"{type(error).__name__}: {error}")
                    report.failed += len(group)
                    logger.warning(
                        "Reminder email failed (%s); %d reminder(s) will be retried",
                        type(error).__name__,
                        len(group),
                    )
                    continue
                # The server accepted it: settled, marked sent with the rest below.
                settled += group
                report.sent += len(group)
                report.emails += 1
        finally:
            _close_quietly(mailer)
        Reminder.objects.filter(pk__in=[reminder.pk for reminder in settled]).mark_sent(now)
    return report


def _close_quietly(mailer) -> None:
    """Close the mail server connection; one already broken has nothing left to report."""
    with contextlib.suppress(Exception):
        mailer.close()


# The private calendar feed


def hash_calendar_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def calendar_token_regenerate(*, user) -> str:
    """A new feed token (256 bits); only its hash is stored, so it is shown once."""
    token = secrets.token_urlsafe(32)
    user.calendar_token_hash = hash_calendar_token(token)
    user.save(update_fields=["calendar_token_hash"])
    return token


def calendar_feed_url(token: str) -> str:
    return site_url("reminders:feed", token)


@transaction.atomic
def reminder_mark_done(*, reminder: Reminder, on: date, channel: str, note: str = "") -> None:
    """Done means the member got in touch: the contact goes into the plan's log."""
    reminder.mark_done()
    ContactLog.objects.create(
        plan_id=reminder.plan_id, reminder=reminder, on=on, channel=channel, note=note
    )


def reminder_act(*, reminder: Reminder, action: str, today: date | None = None) -> None:
    """Carry out a signed email link's action (after the member confirmed it)."""
    today = today or timezone.localdate()
    if action == "done":
        reminder_mark_done(reminder=reminder, on=today, channel=ContactLog.Channel.OTHER)
    else:
        reminder.snooze(SNOOZE_DAYS[action], reminder.plan.owner.time_zone, today=today)
