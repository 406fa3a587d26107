"""Signed links in reminder emails: /reminders/action/?t=<token>."""

from __future__ import annotations

import base64
import json
import re
import time as clock
import zlib
from datetime import date, timedelta

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone

from apps.reminders.models import ContactLog, Reminder
from apps.reminders.services import (
    ACTION_SALT,
    EmailLinks,
    action_token,
    read_action_link,
    read_action_token,
    reminder_email,
)
from tests.helpers import make_plan, make_reminder

pytestmark = pytest.mark.django_db

URL = "/reminders/action/"
INVALID = "This link has expired or is not valid"


def snapshot(reminder: Reminder) -> dict:
    return Reminder.objects.filter(pk=reminder.pk).values().get()


def assert_refused(response, reminder: Reminder, before: dict) -> None:
    assert response.status_code == 400
    assert INVALID in response.content.decode()
    assert snapshot(reminder) == before
    assert not ContactLog.objects.exists()


def forged(token: str, **changes) -> str:
    """The token with its payload rewritten and the original signature kept."""
    payload, rest = token.split(":", 1)
    compressed = payload.startswith(".")
    raw = base64.urlsafe_b64decode(payload.lstrip(".") + "=" * (-len(payload.lstrip(".")) % 4))
    data = json.loads(zlib.decompress(raw) if compressed else raw)
    new = json.dumps(data | changes, separators=(",", ":")).encode()
    return f"{base64.urlsafe_b64encode(new).decode().rstrip('=')}:{rest}"


def test_it_asks_before_doing_anything(client, reminder):
    before = snapshot(reminder)

    response = client.get(URL, {"t": action_token(reminder, "done")})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Mark this reminder as done?" in html
    assert "Northwind Logistics" in html
    assert 'method="post" action="/reminders/action/"' in html
    (token,) = re.findall(r'name="t" value="([^"]+)"', html)
    assert read_action_token(token) == (str(reminder.pk), "done")
    assert snapshot(reminder) == before
    assert not ContactLog.objects.exists()


def test_it_marks_done_and_logs_the_contact_when_confirmed(client, reminder):
    response = client.post(URL, {"t": action_token(reminder, "done")})

    assert response.status_code == 200
    assert "Marked as done" in response.content.decode()
    reminder.refresh_from_db()
    assert reminder.status == Reminder.Status.DONE
    assert reminder.next_attempt_at is None
    (contact,) = ContactLog.objects.all()
    assert contact.reminder == reminder
    assert contact.plan == reminder.plan
    assert contact.on == timezone.localdate()


@pytest.mark.parametrize(("action", "days"), [("snooze-week", 7), ("snooze-month", 30)])
def test_it_snoozes_when_confirmed(client, plan, action, days):
    today = timezone.localdate()
    reminder = make_reminder(plan, on=today - timedelta(days=2))
    reminder.mark_sent(timezone.now())

    response = client.post(URL, {"t": action_token(reminder, action)})

    assert response.status_code == 200
    assert "Snoozed" in response.content.decode()
    reminder.refresh_from_db()
    assert reminder.status == Reminder.Status.SNOOZED
    assert reminder.local_date == today + timedelta(days=days)
    assert reminder.next_attempt_at == reminder.due_at
    assert not ContactLog.objects.exists()


def test_it_works_from_an_email_with_csrf_checks_on(reminder):
    """The member arrives from their mail app, signed out: the confirmation page's own
    form must be enough to pass the CSRF check."""
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(URL, {"t": action_token(reminder, "snooze-week")})
    form = dict(
        re.findall(r'name="(csrfmiddlewaretoken|t)" value="([^"]+)"', page.content.decode())
    )

    response = browser.post(URL, form)

    assert response.status_code == 200
    assert Reminder.objects.get(pk=reminder.pk).status == Reminder.Status.SNOOZED


def test_it_leaves_a_closed_reminder_alone(client, reminder):
    reminder.drop()
    before = snapshot(reminder)

    page = client.get(URL, {"t": action_token(reminder, "done")})
    response = client.post(URL, {"t": action_token(reminder, "snooze-week")})

    assert "already closed" in page.content.decode()
    assert response.status_code == 200
    assert snapshot(reminder) == before
    assert not ContactLog.objects.exists()


def test_it_refuses_a_tampered_token(client, reminder):
    token = action_token(reminder, "done")
    before = snapshot(reminder)
    tampered = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")

    assert_refused(client.get(URL, {"t": tampered}), reminder, before)
    assert_refused(client.post(URL, {"t": tampered}), reminder, before)


def test_it_refuses_to_turn_one_action_into_another(client, reminder):
    token = action_token(reminder, "snooze-week")
    before = snapshot(reminder)
    as_done = forged(token, a="done")

    assert read_action_token(token) == (str(reminder.pk), "snooze-week")
    assert read_action_token(as_done) is None
    assert_refused(client.post(URL, {"t": as_done}), reminder, before)


def test_it_refuses_a_token_pointed_at_another_reminder(client, reminder, stranger_reminder):
    token = forged(action_token(reminder, "done"), r=str(stranger_reminder.pk))
    before = snapshot(stranger_reminder)

    assert_refused(client.post(URL, {"t": token}), stranger_reminder, before)


def test_it_refuses_a_token_signed_for_something_else(client, reminder):
    before = snapshot(reminder)
    unsalted = signing.dumps({"r": str(reminder.pk), "a": "done"}, compress=True)
    unknown_action = signing.dumps({"r": str(reminder.pk), "a": "drop"}, salt=ACTION_SALT)

    for token in (unsalted, unknown_action, "", "not-a-token"):
        assert_refused(client.post(URL, {"t": token}), reminder, before)
    assert_refused(client.get(URL), reminder, before)


def test_it_refuses_a_link_older_than_thirty_days(client, reminder, monkeypatch):
    before = snapshot(reminder)
    real_now = clock.time()
    with monkeypatch.context() as past:
        past.setattr(signing.time, "time", lambda: real_now - timedelta(days=31).total_seconds())
        expired = action_token(reminder, "done")
    with monkeypatch.context() as past:
        past.setattr(signing.time, "time", lambda: real_now - timedelta(days=29).total_seconds())
        recent = action_token(reminder, "snooze-week")

    assert_refused(client.get(URL, {"t": expired}), reminder, before)
    assert_refused(client.post(URL, {"t": expired}), reminder, before)
    assert client.get(URL, {"t": recent}).status_code == 200


def test_it_refuses_a_link_to_a_reminder_that_is_gone(client, reminder):
    token = action_token(reminder, "done")
    reminder.plan.delete()

    response = client.post(URL, {"t": token})

    assert response.status_code == 400
    assert INVALID in response.content.decode()
    assert not ContactLog.objects.exists()


def test_it_escapes_markup_on_the_confirmation_page(client, plan):
    plan.organisation = "<b>Northwind</b>"
    plan.save()
    reminder = make_reminder(plan, title="<script>alert(1)</script>", on=date(2030, 1, 1))

    response = client.get(URL, {"t": action_token(reminder, "done")})

    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Northwind&lt;/b&gt;" in html


def test_it_refuses_get_and_post_only(client, reminder):
    response = client.put(URL, {"t": action_token(reminder, "done")})

    assert response.status_code == 405


def test_it_builds_links_on_the_public_address(settings, reminder):
    settings.SITE_URL = "https://ajar.example"

    url = EmailLinks().action_url(reminder, "snooze-month")

    assert url.startswith("https://ajar.example/reminders/action/?t=")
    assert read_action_token(url.split("?t=", 1)[1]) == (str(reminder.pk), "snooze-month")


@pytest.fixture
def frozen_signing(monkeypatch):
    """Every token signed in the same second, so that two signings can be compared."""
    now = signing.b62_encode(int(clock.time()))
    monkeypatch.setattr(signing.TimestampSigner, "timestamp", lambda self: now)


def test_it_signs_links_as_before_with_the_version_they_were_made_for(reminder, frozen_signing):
    """The same salt and format as links in emails already sent, plus the reminder's
    due instant (the version), so that a link works once."""
    payload = {"r": str(reminder.pk), "a": "done", "v": int(reminder.due_at.timestamp())}
    as_signed = signing.dumps(payload, salt=ACTION_SALT, compress=True)

    assert action_token(reminder, "done") == as_signed
    assert EmailLinks().action_token(reminder, "done") == as_signed
    assert read_action_token(as_signed) == (str(reminder.pk), "done")
    assert read_action_link(as_signed).version == reminder.link_version


def legacy_token(reminder: Reminder, action: str) -> str:
    """A link from an email sent before links carried a version."""
    return signing.dumps({"r": str(reminder.pk), "a": action}, salt=ACTION_SALT, compress=True)


def test_it_still_honours_a_link_from_an_email_sent_before_links_had_a_version_once(client, plan):
    reminder = make_reminder(plan, on=timezone.localdate() - timedelta(days=1))
    reminder.mark_sent(timezone.now() - timedelta(minutes=5))
    token = legacy_token(reminder, "snooze-week")

    first = client.post(URL, {"t": token})
    reminder.refresh_from_db()
    snoozed_to = reminder.local_date
    second = client.post(URL, {"t": token})

    assert "Snoozed" in first.content.decode()
    assert snoozed_to == timezone.localdate() + timedelta(days=7)
    assert "This link has been used already" in second.content.decode()
    reminder.refresh_from_db()
    assert reminder.local_date == snoozed_to


def test_it_refuses_an_old_link_once_the_reminder_was_emailed_again(client, plan):
    reminder = make_reminder(plan, on=timezone.localdate() - timedelta(days=1))
    token = legacy_token(reminder, "snooze-week")
    reminder.mark_sent(timezone.now() + timedelta(seconds=2))  # a later email
    before = snapshot(reminder)

    response = client.post(URL, {"t": token})

    assert "This link has been used already" in response.content.decode()
    assert snapshot(reminder) == before


# A link works once


def test_it_snoozes_once_however_often_the_link_is_posted(client, plan):
    today = timezone.localdate()
    reminder = make_reminder(plan, on=today - timedelta(days=2))
    reminder.mark_sent(timezone.now())
    token = action_token(reminder, "snooze-week")

    responses = [client.post(URL, {"t": token}) for _ in range(3)]

    reminder.refresh_from_db()
    assert reminder.local_date == today + timedelta(days=7)
    assert reminder.status == Reminder.Status.SNOOZED
    assert "Snoozed" in responses[0].content.decode()
    for replay in responses[1:]:
        assert replay.status_code == 200
        html = replay.content.decode()
        assert "This link has been used already" in html
        assert f"{reminder.local_date:%A %-d %B %Y}" in html
        assert 'name="t"' not in html  # no button to press again
    # The confirmation page says so too, before anything is pressed.
    page = client.get(URL, {"t": token}).content.decode()
    assert "This link has been used already" in page


def test_it_refuses_a_link_made_before_the_reminder_was_rescheduled(client, reminder):
    token = action_token(reminder, "snooze-month")
    reminder.reschedule(reminder.local_date + timedelta(days=3), reminder.local_time, "UTC")
    before = snapshot(reminder)

    response = client.post(URL, {"t": token})

    assert "This link has been used already" in response.content.decode()
    assert snapshot(reminder) == before


def test_it_logs_one_contact_however_often_the_done_link_is_posted(client, reminder):
    token = action_token(reminder, "done")

    for _ in range(3):
        assert client.post(URL, {"t": token}).status_code == 200

    assert ContactLog.objects.filter(reminder=reminder).count() == 1


def test_it_writes_the_same_links_for_one_email_and_for_a_batch(
    settings, alice, plan, frozen_signing
):
    settings.SITE_URL = "https://ajar.example"
    other_plan = make_plan(alice, organisation="Contoso Analytics")
    first = make_reminder(plan, title="First")
    second = make_reminder(other_plan, title="Second")
    batch = EmailLinks()
    reminder_email(alice, [first], links=batch)  # the batch's links made once before

    alone = reminder_email(alice, [first, second]).body
    in_batch = reminder_email(alice, [first, second], links=batch).body

    assert in_batch == alone
    for reminder in (first, second):
        for action in ("done", "snooze-week", "snooze-month"):
            link = f"https://ajar.example/reminders/action/?t={action_token(reminder, action)}"
            assert alone.count(link) == 1
    assert f"https://ajar.example/plans/{plan.pk}/" in alone
    assert f"https://ajar.example/plans/{other_plan.pk}/" in alone
