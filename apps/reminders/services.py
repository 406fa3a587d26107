"""Reminders that talk to the outside world: scheduling, sending, signed links, the feed token."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import secrets
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage, mailers
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateparse import parse_date
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from apps.accounts.models import User
from apps.content.models import ReconnectIdea
from apps.core.places import next_working_day
from apps.reminders.models import MAX_ATTEMPTS, ContactLog, Reminder

logger = logging.getLogger(__name__)

ACTION_SALT = "ajar.reminders.action"
ACTION_MAX_AGE = timedelta(days=30)
ACTIONS = {"done", "snooze-week", "snooze-month"}
SNOOZE_DAYS = {"snooze-week": 7, "snooze-month": 30}


@dataclass(frozen=True)
class Proposal:
    idea: ReconnectIdea
    # None for an idea tied to an event: only the member knows its date.
    on: date | None
    suggested: bool = True


# Ticked by default: a rhythm that spreads out over time (two weeks, three months,
# six months, a year, two years), each at least this much later than the last.
RHYTHM_GROWTH = 1.6


def reminders_propose(
    *, plan, today: date | None = None, taken: Iterable[date] | None = None
) -> list[Proposal]:
    """Every published idea for the situation, counted from the day the member decided,
    with a spreading-out rhythm of them ticked.

    Each lands on a working day of the member's country (no weekend, no public holiday)
    that no other proposal and none of the plan's open reminders (`taken`, read from
    the plan when not given) has, moving a few days later when it must. An idea tied
    to an event gets no date and no tick: the member knows when the event is.
    """
    start = plan.decided_on or today or timezone.localdate()
    country = plan.owner.holiday_country
    if taken is None:
        taken = plan.reminders.open().values_list("local_date", flat=True)
    days_taken = set(taken)
    ideas = sorted(
        ReconnectIdea.objects.published().for_situation(plan.situation),
        key=lambda idea: (idea.default_days_after, idea.order),
    )
    proposals = []
    last_ticked = 0
    for idea in ideas:
        if idea.tied_to_event:
            proposals.append(Proposal(idea=idea, on=None, suggested=False))
            continue
        suggested = last_ticked == 0 or idea.default_days_after >= last_ticked * RHYTHM_GROWTH
        if suggested:
            last_ticked = idea.default_days_after
        counted = start + timedelta(days=idea.default_days_after)
        on = next_working_day(counted, country, days_taken)
        days_taken.add(on)
        proposals.append(Proposal(idea=idea, on=on, suggested=suggested))
    return proposals


def reminders_ticked(*, plan, data, today: date | None = None) -> list[Proposal]:
    """The proposals a posted reconnect form keeps ticked ("idea"), on the dates it
    gives ("date-<idea>"); ideas the situation does not offer and past dates are left out
    (ticked ideas without a usable date: `reminders_ticks`)."""
    return reminders_ticks(plan=plan, data=data, today=today)[0]


def reminders_ticks(
    *, plan, data, today: date | None = None
) -> tuple[list[Proposal], list[ReconnectIdea]]:
    """What a posted reconnect form ticks, in one read of the ideas: the proposals that
    can be scheduled, and the ideas ticked without a date from today on (an event's idea
    before the member gave the event's date), which cannot be yet."""
    today = today or timezone.localdate()
    dated, undated = [], []
    for idea, on in _ticked(plan, data):
        if on and on >= today:
            dated.append(Proposal(idea=idea, on=on))
        else:
            undated.append(idea)
    return dated, undated


def _ticked(plan, data) -> list[tuple[ReconnectIdea, date | None]]:
    ideas = {
        str(idea.pk): idea
        for idea in ReconnectIdea.objects.published().for_situation(plan.situation)
    }
    return [
        (ideas[idea_id], _date_or_none(data.get(f"date-{idea_id}", "")))
        for idea_id in dict.fromkeys(data.getlist("idea"))
        if idea_id in ideas
    ]


def reminders_as_posted(proposals: list[Proposal], data) -> list[Proposal]:
    """The proposals as a posted reconnect form left them (ticks and dates), to show the
    form again without losing what the member changed."""
    ticked = set(data.getlist("idea"))
    return [
        replace(
            proposal,
            suggested=str(proposal.idea.pk) in ticked,
            on=_date_or_none(data.get(f"date-{proposal.idea.pk}", "")) or proposal.on,
        )
        for proposal in proposals
    ]


def _date_or_none(text: str) -> date | None:
    try:
        return parse_date(text or "")
    except ValueError:  # well formed, but no such day ("2027-02-30")
        return None


def _lock_plan(plan) -> None:
    """Serialise writes to one plan's reminders: a form sent twice (a double click, a
    resend after a slow answer) waits for the first to commit, then sees what it made.
    (SQLite's IMMEDIATE transactions serialise every writer anyway.)"""
    list(type(plan).objects.select_for_update(no_key=True).filter(pk=plan.pk).values("pk"))


@transaction.atomic
def reminders_schedule(
    *, plan, proposals: list[Proposal], at: time | None = None
) -> list[Reminder]:
    """The reminders made, at `at` (by default the member's reminder time); an idea the
    plan already has a reminder for is not scheduled again (the reconnect step only
    offers ideas not yet scheduled, so a second one comes from the same form sent twice)."""
    at = at or plan.owner.reminder_time
    _lock_plan(plan)
    taken = set(plan.reminders.filter(idea__isnull=False).values_list("idea_id", flat=True))
    time_zone = plan.owner.time_zone
    reminders = []
    for proposal in proposals:
        if proposal.idea.pk in taken:
            continue
        taken.add(proposal.idea.pk)
        reminder = Reminder(
            plan=plan, idea=proposal.idea, title=proposal.idea.title, opener=proposal.idea.opener
        )
        reminder.schedule(proposal.on, at, time_zone)
        reminders.append(reminder)
    return Reminder.objects.bulk_create(reminders)


@transaction.atomic
def reminder_add(*, plan, title: str, opener: str, on: date, at: time) -> Reminder:
    """A reminder of the member's own; the same one sent twice is added once (an open
    reminder with the same words at the same local date and time is the one returned)."""
    _lock_plan(plan)
    same = plan.reminders.open().filter(
        idea__isnull=True, title=title, opener=opener, local_date=on, local_time=at
    )
    if existing := same.first():
        return existing
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


@dataclass(frozen=True)
class ActionLink:
    """What a signed email link says: which reminder, which action, and for which version
    of the reminder it was made (None in links made before they carried one)."""

    reminder_id: str
    action: str
    version: int | None
    signed_at: int


def read_action_token(token: str) -> tuple[str, str] | None:
    """(reminder id, action), or None for a tampered, expired or unknown link."""
    link = read_action_link(token)
    return (link.reminder_id, link.action) if link else None


def read_action_link(token: str) -> ActionLink | None:
    """The link, or None for a tampered, expired or unknown one."""
    signer = action_signer()
    try:
        data = signer.unsign_object(token, max_age=ACTION_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("a") not in ACTIONS or not data.get("r"):
        return None
    version = data.get("v")
    if version is not None and not isinstance(version, int):
        return None
    signed_at = signing.b62_decode(token.rsplit(signer.sep, 2)[1])
    return ActionLink(str(data["r"]), str(data["a"]), version, signed_at)


def action_link_usable(link: ActionLink, reminder: Reminder) -> bool:
    """A link works once: snoozing or rescheduling moves the due instant it was made
    for, and done closes the reminder."""
    if not reminder.is_open:
        return False
    if link.version is not None:
        return link.version == reminder.link_version
    # Links from before links carried a version: usable while the reminder is as the
    # email left it (sent, and not sent again since the link was signed).
    return (
        reminder.status == Reminder.Status.SENT
        and reminder.sent_at is not None
        and int(reminder.sent_at.timestamp()) <= link.signed_at
    )


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
        payload = {"r": str(reminder.pk), "a": action, "v": reminder.link_version}
        return self.signer.sign_object(payload, compress=True)

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
    # True when a stop (SIGTERM) ended the run before everything due was sent.
    stopped: bool = False

    def add(self, other: SendReport) -> None:
        self.sent += other.sent
        self.failed += other.failed
        self.emails += other.emails
        self.skipped += other.skipped


def header_text(value: str) -> str:
    """One line for an email header: line breaks and other control characters (which
    make Django refuse the header, so the email could never go) become spaces."""
    cleaned = "".join(
        " " if unicodedata.category(char) in {"Cc", "Zl", "Zp"} else char for char in value
    )
    return " ".join(cleaned.split())


def _person(plan) -> tuple[str, str]:
    """Who a plan's reminders are about: its contact by name and address, or by name at
    the organisation where the plan has no address."""
    name = plan.contact_name.strip().casefold()
    if email := plan.contact_email.strip().casefold():
        return name, email
    return name, f"@{plan.organisation.strip().casefold()}"


def digest_subject(reminders: list[Reminder]) -> str:
    """The subject counts whom to reconnect with, not reminders: three reminders about
    one organisation name it; several people are counted once each; where a reminder
    names no contact, organisations are counted instead."""
    plans = list({reminder.plan_id: reminder.plan for reminder in reminders}.values())
    organisations = {plan.organisation.strip().casefold() for plan in plans}
    if len(organisations) == 1:
        return _("Time to reconnect with %(org)s") % {"org": plans[0].organisation.strip()}
    if all(plan.contact_name.strip() or plan.contact_email.strip() for plan in plans):
        count = len({_person(plan) for plan in plans})
        return ngettext(
            "%(count)d person to reconnect with", "%(count)d people to reconnect with", count
        ) % {"count": count}
    count = len(organisations)
    return ngettext(
        "%(count)d organisation to reconnect with",
        "%(count)d organisations to reconnect with",
        count,
    ) % {"count": count}


def reminder_email(
    member, reminders: list[Reminder], *, links: EmailLinks | None = None
) -> EmailMessage:
    """One member's email for their due reminders; a sender passes one EmailLinks for
    its whole run."""
    links = links or EmailLinks()
    context = {
        "member": member,
        "items": [{"reminder": reminder, **links.for_reminder(reminder)} for reminder in reminders],
        "settings_url": links.settings_url,
    }
    # In the member's language, whichever process sends it.
    with translation.override(member.preferred_language):
        body = render_to_string("reminders/email/due_body.txt", context)
        subject = header_text(digest_subject(reminders))
    return EmailMessage(subject=subject, body=body, to=[member.email])


def reminders_send_due(
    *,
    now: datetime | None = None,
    batch_size: int = 200,
    stopping: threading.Event | None = None,
) -> SendReport:
    """Email every due reminder, one message per member, and mark that member's
    reminders sent, committed, as soon as the mail server has accepted their message:
    a sender stopped or killed between two messages leaves nothing to send twice.
    `stopping` (set by SIGTERM) is read before each member, so a stop waits for one
    message at most. Safe to run in several processes at once."""
    now = now or timezone.now()
    report = SendReport()
    links = EmailLinks()
    # One connection to the mail server for the whole run, not one per email.
    mailer = mailers.default
    after = None
    try:
        while members := _members_with_something_due(now, after=after, limit=batch_size):
            for member_id in members:
                if stopping is not None and stopping.is_set():
                    report.stopped = True
                    return report
                report.add(_send_member(member_id, now=now, mailer=mailer, links=links))
            after = members[-1]
    finally:
        _close_quietly(mailer)
    return report


def _members_with_something_due(now: datetime, *, after, limit: int) -> list:
    """The next members, in id order, with a reminder due: read without locks; each is
    claimed on its own in _send_member. Going on from the last id makes the run end even
    when a member's email fails or another sender holds them."""
    members = User.objects.filter(pk__in=Reminder.objects.due(now).values("plan__owner_id"))
    if after is not None:
        members = members.filter(pk__gt=after)
    return list(members.order_by("pk").values_list("pk", flat=True)[:limit])


def _send_member(member_id, *, now: datetime, mailer, links: EmailLinks) -> SendReport:
    """Claim one member, email them their due reminders, and commit what happened."""
    report = SendReport()
    with transaction.atomic():
        # The claim: the member's row. Members another sender holds are skipped, not
        # waited for (PostgreSQL); NO KEY UPDATE still lets rows that point at the
        # member (a new plan) be written meanwhile. On SQLite the IMMEDIATE transaction
        # takes the write lock, so senders take turns. (Locking the member and their
        # reminders in one query with SKIP LOCKED would let two senders each skip a
        # reminder the other had locked, leaving it for the next round.)
        member = (
            User.objects.filter(pk=member_id)
            .select_for_update(skip_locked=True, no_key=True)
            .first()
        )
        if member is None:
            return report
        # Read again under the claim: another sender may have just sent them.
        reminders = list(
            Reminder.objects.due(now)
            .filter(plan__owner_id=member_id)
            .select_for_update(of=("self",))
            .select_related("plan")
            .order_by("due_at")
        )
        if not reminders:
            return report
        settled = Reminder.objects.filter(pk__in=[reminder.pk for reminder in reminders])
        if not member.reminder_emails or not member.is_active:
            # Their calendar still shows them; no email, and no retries.
            settled.mark_sent(now)
            report.skipped = len(reminders)
            return report
        try:
            message = reminder_email(member, reminders, links=links)
            mailer.open()  # a no-op while the connection is up
            mailer.send_messages([message])
        except Exception as error:
            # The next member gets a fresh connection.
            _close_quietly(mailer)
            _record_failure(reminders, now=now, error=error)
            report.failed = len(reminders)
            return report
        # The server accepted it: settled, and committed before the next message.
        settled.mark_sent(now)
        report.sent = len(reminders)
        report.emails = 1
    return report


def _record_failure(reminders: list[Reminder], *, now: datetime, error: Exception) -> None:
    """Retry later, or give up after MAX_ATTEMPTS. The log names reminders by id and
    errors by type: an error's text can hold an address, which stays in last_error."""
    for reminder in reminders:
        reminder.mark_failed(now, f"{type(error).__name__}: {error}")
    failed = Reminder.Status.FAILED
    given_up = [str(reminder.pk) for reminder in reminders if reminder.status == failed]
    if retried := len(reminders) - len(given_up):
        logger.warning(
            "Reminder email failed (%s); %d reminder(s) will be retried",
            type(error).__name__,
            retried,
        )
    if given_up:
        logger.error(
            "Reminder email failed %d times (%s); gave up on reminder(s) %s",
            MAX_ATTEMPTS,
            type(error).__name__,
            ", ".join(given_up),
        )


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
def reminder_mark_done(*, reminder: Reminder, on: date, channel: str, note: str = "") -> bool:
    """Done means the member got in touch: the contact goes into the plan's log, once.
    False when the reminder was closed already (two requests at once, a form resent)."""
    if not reminder.mark_done():
        return False
    ContactLog.objects.create(
        plan_id=reminder.plan_id, reminder=reminder, on=on, channel=channel, note=note
    )
    return True


@transaction.atomic
def reminder_snooze(
    *, reminder: Reminder, days: int, version: int | None = None, today: date | None = None
) -> bool:
    """Snooze an open reminder, read again under a lock; with `version` (what the form
    or link was made for), only if nothing moved it since, so a form sent twice snoozes
    once. False when nothing changed."""
    current = Reminder.objects.select_for_update().filter(pk=reminder.pk).first()
    if current is None or not current.is_open:
        return False
    if version is not None and version != current.link_version:
        return False
    current.snooze(days, reminder.plan.owner.time_zone, today=today)
    reminder.refresh_from_db()
    return True


@transaction.atomic
def reminder_act(*, link: ActionLink, today: date | None = None) -> Reminder | None:
    """Carry out a signed email link's action (after the member confirmed it), once:
    None when the link was used already or the reminder changed since it was made."""
    reminder = (
        Reminder.objects.select_for_update(of=("self",))
        .select_related("plan__owner")
        .filter(pk=link.reminder_id)
        .first()
    )
    if reminder is None or not action_link_usable(link, reminder):
        return None
    today = today or timezone.localdate()
    if link.action == "done":
        reminder_mark_done(reminder=reminder, on=today, channel=ContactLog.Channel.OTHER)
    else:
        reminder.snooze(SNOOZE_DAYS[link.action], reminder.plan.owner.time_zone, today=today)
    return reminder
