"""One reminder as a list row (templates/reminders/_reminder.html): its state at a glance."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from django.template.loader import render_to_string

from tests.helpers import make_reminder
from tests.reminders.conftest import BRUSSELS

pytestmark = pytest.mark.django_db

SENT_AT = datetime(2027, 5, 3, 7, 0, tzinfo=UTC)


def badges(reminder) -> list[str]:
    html = render_to_string("reminders/_reminder.html", {"reminder": reminder, "next": ""})
    return re.findall(r'<span class="badge [^"]+">([^<]+)</span>', html)


def test_it_shows_each_state_of_a_reminder(plan):
    scheduled = make_reminder(plan)
    sent = make_reminder(plan)
    sent.mark_sent(SENT_AT)
    done = make_reminder(plan)
    done.mark_done()
    dropped = make_reminder(plan)
    dropped.drop()
    snoozed = make_reminder(plan)
    snoozed.snooze(7, BRUSSELS, today=date(2027, 5, 3))

    assert badges(scheduled) == []
    assert badges(sent) == ["Email sent"]
    assert badges(done) == ["Done"]
    assert badges(dropped) == ["Dropped"]
    assert badges(snoozed) == ["Snoozed"]


def test_it_shows_a_snoozed_reminder_sent_before_as_snoozed(plan):
    reminder = make_reminder(plan)
    reminder.mark_sent(SENT_AT)
    reminder.snooze(7, BRUSSELS, today=date(2027, 5, 3))

    assert badges(reminder) == ["Snoozed"]
