"""Reminders as iCalendar: the private feed and one-reminder downloads."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

from apps.reminders.models import Reminder

EVENT_LENGTH = timedelta(minutes=30)


def reminder_event(reminder: Reminder, stamp: datetime) -> Event:
    plan = reminder.plan
    event = Event()
    # Stable across feed refreshes, so calendars update events instead of duplicating them.
    event.add("uid", f"reminder-{reminder.pk}@ajar")
    event.add("dtstamp", stamp)
    event.add("dtstart", reminder.due_at.astimezone(UTC))
    event.add("dtend", (reminder.due_at + EVENT_LENGTH).astimezone(UTC))
    event.add(
        "summary",
        _("Reconnect with %(org)s: %(title)s")
        % {"org": plan.organisation, "title": reminder.title},
    )
    lines = []
    if plan.contact_name:
        lines.append(_("With %(name)s") % {"name": plan.contact_name})
    if reminder.opener:
        lines.append(_("Opener: %(opener)s") % {"opener": reminder.opener})
    lines.append(f"{settings.SITE_URL}{reverse('plans:summary', args=[plan.pk])}")
    event.add("description", "\n\n".join(lines))
    event.add("url", f"{settings.SITE_URL}{reverse('plans:summary', args=[plan.pk])}")
    event.add("last-modified", reminder.updated.astimezone(UTC))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", reminder.title)
    alarm.add("trigger", timedelta(minutes=0))
    event.add_component(alarm)
    return event


def reminders_calendar(reminders: Iterable[Reminder], *, name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Ajar//Reconnect reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    stamp = datetime.now(UTC).replace(microsecond=0)
    for reminder in reminders:
        calendar.add_component(reminder_event(reminder, stamp))
    return calendar.to_ical()
