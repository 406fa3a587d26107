"""Reminders as iCalendar: the private feed and one-reminder downloads."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db.models import Count, Max
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event, Timezone, TimezoneStandard

from apps.reminders.models import Reminder

EVENT_LENGTH = timedelta(minutes=30)
# Part of every feed's ETag: bump it when the feed's shape changes, so that calendars
# holding the old shape fetch the new one although no reminder changed.
FEED_FORMAT = 2
# Where line breaks become spaces, and what is left out altogether: every control
# character (RFC 5545 TEXT allows none but the tab); Unicode's line and paragraph
# separators count as line breaks.
LINE_BREAKS = {"\r\n", "\r", "\n", "\u2028", "\u2029", "\x85"}


def ics_text(value: str, *, multiline: bool = False) -> str:
    """A member's words, safe in any iCalendar text value: CR, LF and CRLF become one
    line break (icalendar writes it as \\n) where a value may hold several lines, and a
    space where it may not (a calendar's name, an event's title); other control
    characters become spaces. Without this a title with a line break made the download
    fail, and a lone CR went into the file raw."""
    for line_break in sorted(LINE_BREAKS, key=len, reverse=True):
        value = value.replace(line_break, "\n")
    cleaned = "".join(
        char if char == "\n" or unicodedata.category(char) != "Cc" else " " for char in value
    )
    if multiline:
        return "\n".join(" ".join(line.split()) for line in cleaned.split("\n")).strip()
    return " ".join(cleaned.split())


def revised_at(reminder: Reminder) -> datetime:
    """When what the event shows last changed: the reminder, or its plan (the
    organisation and the contact are in the event)."""
    return max(reminder.updated, reminder.plan.updated).astimezone(UTC).replace(microsecond=0)


def reminder_event(reminder: Reminder) -> Event:
    plan = reminder.plan
    event = Event()
    # Stable across feed refreshes, so calendars update events instead of duplicating them.
    event.add("uid", f"reminder-{reminder.pk}@ajar")
    # The event's last revision (RFC 5545 3.8.7.2 for a calendar without METHOD), not
    # the time of the request: the same reminders make the same file.
    event.add("dtstamp", revised_at(reminder))
    event.add("dtstart", reminder.due_at.astimezone(UTC))
    event.add("dtend", (reminder.due_at + EVENT_LENGTH).astimezone(UTC))
    event.add(
        "summary",
        ics_text(
            _("Reconnect with %(org)s: %(title)s")
            % {"org": plan.organisation, "title": reminder.title}
        ),
    )
    lines = []
    if plan.contact_name:
        lines.append(ics_text(_("With %(name)s") % {"name": plan.contact_name}))
    if reminder.opener:
        lines.append(
            ics_text(_("Opener: %(opener)s") % {"opener": reminder.opener}, multiline=True)
        )
    lines.append(f"{settings.SITE_URL}{reverse('plans:summary', args=[plan.pk])}")
    event.add("description", "\n\n".join(lines))
    event.add("url", f"{settings.SITE_URL}{reverse('plans:summary', args=[plan.pk])}")
    event.add("last-modified", revised_at(reminder))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", ics_text(reminder.title))
    alarm.add("trigger", timedelta(minutes=0))
    event.add_component(alarm)
    return event


def utc_timezone() -> Timezone:
    """UTC, which every event's times are in. RFC 5545 wants at least one component in
    a calendar, so an empty feed (no reminders yet, or all done) still has this one."""
    zone = Timezone()
    zone.add("tzid", "UTC")
    standard = TimezoneStandard()
    standard.add("dtstart", datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", timedelta(0))
    standard.add("tzoffsetto", timedelta(0))
    standard.add("tzname", "UTC")
    zone.add_component(standard)
    return zone


def reminders_calendar(reminders: Iterable[Reminder], *, name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Ajar//Reconnect reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", ics_text(name))
    calendar.add_component(utc_timezone())
    for reminder in reminders:
        calendar.add_component(reminder_event(reminder))
    return calendar.to_ical()


# Conditional requests: calendars poll the feed, mostly for nothing new.


@dataclass(frozen=True)
class Revision:
    """What a calendar file's ETag and Last-Modified are made of, known without building
    the file (a HEAD, or a poll that ends in 304)."""

    etag: str
    last_modified: datetime | None


def feed_revision(member) -> Revision:
    """One query over all the member's reminders, closed and archived ones too: a
    reminder leaving the feed (done, dropped, its plan archived or deleted) changes the
    count or the latest change, and so the ETag. Last-Modified cannot see a deleted plan
    (its rows are gone); the ETag can, and clients that send both are answered by it."""
    state = Reminder.objects.for_user(member).aggregate(
        count=Count("pk"), changed=Max("updated"), plan_changed=Max("plan__updated")
    )
    changes = [instant for instant in (state["changed"], state["plan_changed"]) if instant]
    return Revision(
        etag=weak_etag(state["count"], state["changed"], state["plan_changed"]),
        last_modified=max(changes).astimezone(UTC).replace(microsecond=0) if changes else None,
    )


def reminder_revision(reminder: Reminder) -> Revision:
    return Revision(
        etag=weak_etag(reminder.pk, reminder.updated, reminder.plan.updated),
        last_modified=revised_at(reminder),
    )


def weak_etag(*parts: object) -> str:
    """Weak (the same reminders make the same events, not always the same bytes:
    compression changes them), from what the file is built from and how."""
    key = ":".join(str(part) for part in (*parts, get_language(), settings.SITE_URL, FEED_FORMAT))
    return f'W/"{hashlib.sha256(key.encode()).hexdigest()[:32]}"'
