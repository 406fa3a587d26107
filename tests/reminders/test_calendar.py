"""The private feed /calendar/<token>.ics, its address page, and one-reminder downloads."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from icalendar import Calendar

from apps.accounts.models import User
from apps.reminders.services import calendar_token_regenerate, reminders_send_due
from tests.helpers import login_url_for, make_plan, make_reminder, upcoming

pytestmark = pytest.mark.django_db

LINK_URL = "/account/calendar/"  # POST makes the address; GET goes to the settings
SETTINGS_URL = "/account/"


def feed_path(token: str) -> str:
    return f"/calendar/{token}.ics"


def events(response) -> dict[str, object]:
    """The feed's events by UID."""
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def assert_private(response) -> None:
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control


def new_address(client) -> str:
    response = client.post(LINK_URL)
    assert response.status_code == 200
    (url,) = re.findall(
        r'id="feed-url" type="text" readonly value="([^"]+)"', response.content.decode()
    )
    return url


def test_it_holds_the_members_open_reminders_and_nothing_else(
    client, alice, plan, stranger, stranger_plan
):
    other_plan = make_plan(alice, organisation="Contoso Analytics", contact_name="")
    scheduled = make_reminder(plan, title="Ask about the warehouse", opener="How is Antwerp?")
    sent = make_reminder(other_plan, title="Congratulate them", opener="")
    sent.mark_sent(datetime(2027, 5, 3, tzinfo=UTC))
    make_reminder(plan, title="Done already").mark_done()
    make_reminder(plan, title="Dropped").drop()
    make_reminder(stranger_plan, title="Mallory's reminder")
    calendar_token_regenerate(user=stranger)
    token = calendar_token_regenerate(user=alice)

    response = client.get(feed_path(token))

    assert response.status_code == 200
    assert_private(response)
    found = events(response)
    assert set(found) == {f"reminder-{scheduled.pk}@ajar", f"reminder-{sent.pk}@ajar"}
    event = found[f"reminder-{scheduled.pk}@ajar"]
    assert str(event["SUMMARY"]) == "Reconnect with Northwind Logistics: Ask about the warehouse"
    description = str(event["DESCRIPTION"])
    assert "Opener: How is Antwerp?" in description
    assert "With Claire Dubois" in description
    assert f"/plans/{plan.pk}/" in description
    assert event.decoded("DTSTART") == scheduled.due_at
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=30)
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert "Contoso Analytics" in str(found[f"reminder-{sent.pk}@ajar"]["SUMMARY"])


def test_it_keeps_event_ids_stable_between_fetches(client, alice, plan):
    reminder = make_reminder(plan)
    token = calendar_token_regenerate(user=alice)

    first = events(client.get(feed_path(token)))
    reminder.reschedule(reminder.local_date + timedelta(days=3), reminder.local_time, "UTC")
    second = events(client.get(feed_path(token)))

    assert set(first) == set(second) == {f"reminder-{reminder.pk}@ajar"}
    (event,) = second.values()
    assert event.decoded("DTSTART") == reminder.due_at


def test_it_lists_reminders_of_members_who_turned_emails_off(client, alice, plan, mailoutbox):
    alice.reminder_emails = False
    alice.save()
    past = make_reminder(plan, title="Due yesterday", on=upcoming(-1))
    coming = make_reminder(plan, title="Due next week", on=upcoming(7))
    token = calendar_token_regenerate(user=alice)

    reminders_send_due()

    assert mailoutbox == []
    assert set(events(client.get(feed_path(token)))) == {
        f"reminder-{past.pk}@ajar",
        f"reminder-{coming.pk}@ajar",
    }


def test_it_answers_404_to_an_unknown_token(client, alice, plan):
    make_reminder(plan)
    calendar_token_regenerate(user=alice)

    assert client.get(feed_path("x" * 43)).status_code == 404
    assert client.get(feed_path(alice.calendar_token_hash)).status_code == 404


def test_it_answers_404_once_the_member_is_deactivated(client, alice, plan):
    token = calendar_token_regenerate(user=alice)
    alice.is_active = False
    alice.save()

    assert client.get(feed_path(token)).status_code == 404


def test_it_refuses_to_change_anything_through_the_feed(client, alice):
    token = calendar_token_regenerate(user=alice)

    assert client.post(feed_path(token)).status_code == 405


def test_it_makes_a_private_address_and_keeps_only_its_hash(alice_client, alice, plan):
    make_reminder(plan)

    url = new_address(alice_client)

    assert url.startswith("http://127.0.0.1:8000/calendar/")
    token = url.removeprefix("http://127.0.0.1:8000/calendar/").removesuffix(".ics")
    assert len(token) >= 43  # 32 random bytes: 256 bits
    assert re.fullmatch(r"[A-Za-z0-9_-]+", token)
    alice.refresh_from_db()
    assert alice.calendar_token_hash == hashlib.sha256(token.encode()).hexdigest()
    dump = io.StringIO()
    call_command("dumpdata", stdout=dump)
    assert token not in dump.getvalue()
    assert alice.calendar_token_hash in dump.getvalue()
    assert alice_client.get(feed_path(token)).status_code == 200


def test_it_shows_the_address_only_once(alice_client):
    url = new_address(alice_client)

    response = alice_client.get(SETTINGS_URL)

    html = response.content.decode()
    assert url not in html
    assert 'id="feed-url"' not in html
    assert "Make a new calendar address" in html


def test_it_stops_the_old_address_when_a_new_one_is_made(alice_client, client, plan):
    make_reminder(plan)
    old = new_address(alice_client).removeprefix("http://127.0.0.1:8000")

    new = new_address(alice_client).removeprefix("http://127.0.0.1:8000")

    assert new != old
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200


def test_it_makes_each_member_their_own_address(alice_client, stranger_client, alice, stranger):
    alices = new_address(alice_client)
    strangers = new_address(stranger_client)

    assert alices != strangers
    alice.refresh_from_db()
    stranger.refresh_from_db()
    assert alice.calendar_token_hash != stranger.calendar_token_hash
    assert User.objects.exclude(calendar_token_hash="").count() == 2


def test_it_sends_anonymous_visitors_to_log_in_for_the_address(client):
    assert client.get(LINK_URL).url == login_url_for(LINK_URL)
    response = client.post(LINK_URL)
    assert response.url == login_url_for(LINK_URL)
    assert not User.objects.exclude(calendar_token_hash="").exists()


# One reminder as a file


def download_path(reminder) -> str:
    return f"/reminders/{reminder.pk}/reminder.ics"


def test_it_downloads_one_reminder_as_a_calendar_file(alice_client, reminder):
    response = alice_client.get(download_path(reminder))

    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="ajar-reminder-{reminder.local_date:%Y-%m-%d}.ics"'
    )
    assert_private(response)
    assert set(events(response)) == {f"reminder-{reminder.pk}@ajar"}


def test_it_hides_a_reminder_file_from_strangers(stranger_client, reminder):
    assert stranger_client.get(download_path(reminder)).status_code == 404


def test_it_sends_anonymous_visitors_to_log_in_for_a_file(client, reminder):
    response = client.get(download_path(reminder))

    assert response.status_code == 302
    assert response.url == login_url_for(download_path(reminder))
