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


# Members' words in iCalendar text: line breaks and control characters


def assert_clean_ics(content: bytes) -> None:
    """RFC 5545 content lines: CRLF ends each, nothing else breaks one, no control
    characters, at most 75 octets before folding."""
    assert re.search(rb"\r(?!\n)|(?<!\r)\n", content) is None
    for line in content.split(b"\r\n"):
        assert re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", line) is None, line
        assert len(line) <= 75, line


def test_it_downloads_a_reminder_whose_words_hold_line_breaks(alice_client, plan):
    plan.organisation = "North\rwind"
    plan.save()
    reminder = make_reminder(
        plan,
        title="Call\r\nClaire\rabout\nthe\x07 summit\u2028now",
        opener="First line\r\nSecond line\rThird\x1b line",
    )

    response = alice_client.get(f"/reminders/{reminder.pk}/reminder.ics")

    assert response.status_code == 200
    assert_clean_ics(response.content)
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["X-WR-CALNAME"]) == "Call Claire about the summit now"
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Reconnect with North wind: Call Claire about the summit now"
    assert "Opener: First line\nSecond line\nThird line" in str(event["DESCRIPTION"])
    (alarm,) = event.walk("VALARM")
    assert str(alarm["DESCRIPTION"]) == "Call Claire about the summit now"


def test_it_keeps_line_breaks_out_of_the_feed_too(client, alice, plan):
    plan.contact_name = "Claire\r\nDubois"
    plan.save()
    make_reminder(plan, title="Ask\rabout it", opener="Hi\r\nthere")
    token = calendar_token_regenerate(user=alice)

    response = client.get(feed_path(token))

    assert_clean_ics(response.content)
    (event,) = events(response).values()
    assert "With Claire Dubois" in str(event["DESCRIPTION"])
    assert str(event["SUMMARY"]) == "Reconnect with Northwind Logistics: Ask about it"


# The same reminders make the same file; polls that find nothing new are cheap


def age(reminder, plan, when: datetime) -> None:
    """As if the reminder and its plan had last changed at `when`."""
    type(reminder).objects.filter(pk=reminder.pk).update(updated=when)
    type(plan).objects.filter(pk=plan.pk).update(updated=when)


def test_it_stamps_events_with_their_last_change_not_the_time_of_the_request(client, alice, plan):
    reminder = make_reminder(plan)
    age(reminder, plan, datetime(2027, 1, 4, 10, 30, 15, 123456, tzinfo=UTC))
    token = calendar_token_regenerate(user=alice)

    first = client.get(feed_path(token))
    second = client.get(feed_path(token))

    (event,) = events(first).values()
    assert event.decoded("DTSTAMP") == datetime(2027, 1, 4, 10, 30, 15, tzinfo=UTC)
    assert event.decoded("LAST-MODIFIED") == datetime(2027, 1, 4, 10, 30, 15, tzinfo=UTC)
    assert first.content == second.content
    assert first["Last-Modified"] == "Mon, 04 Jan 2027 10:30:15 GMT"


def test_it_answers_304_to_a_calendar_that_has_the_latest_feed(client, alice, plan):
    reminder = make_reminder(plan)
    age(reminder, plan, datetime(2027, 1, 4, 10, 30, tzinfo=UTC))
    token = calendar_token_regenerate(user=alice)
    first = client.get(feed_path(token))
    etag, last_modified = first["ETag"], first["Last-Modified"]

    by_etag = client.get(feed_path(token), HTTP_IF_NONE_MATCH=etag)
    by_date = client.get(feed_path(token), HTTP_IF_MODIFIED_SINCE=last_modified)
    gzipped = client.get(feed_path(token), HTTP_IF_NONE_MATCH=etag, HTTP_ACCEPT_ENCODING="gzip")

    assert etag.startswith('W/"')
    for response in (by_etag, by_date, gzipped):
        assert response.status_code == 304
        assert response.content == b""
        assert response["ETag"] == etag
        assert_private(response)
    assert client.get(feed_path(token), HTTP_IF_NONE_MATCH='W/"other"').status_code == 200


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda r: r.reschedule(upcoming(30), r.local_time, "UTC"), id="rescheduled"),
        pytest.param(lambda r: r.mark_done(), id="done"),
        pytest.param(lambda r: r.drop(), id="dropped"),
        pytest.param(lambda r: r.plan.archive(), id="plan-archived"),
        pytest.param(lambda r: r.plan.delete(), id="plan-deleted"),
    ],
)
def test_it_sends_the_new_feed_after_any_change(client, alice, plan, change):
    make_reminder(make_plan(alice, organisation="Contoso Analytics"))
    reminder = make_reminder(plan)
    age(reminder, plan, datetime(2027, 1, 4, 10, 30, tzinfo=UTC))
    token = calendar_token_regenerate(user=alice)
    etag = client.get(feed_path(token))["ETag"]

    change(reminder)

    response = client.get(feed_path(token), HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag


def test_it_answers_head_from_one_query_without_building_the_feed(
    client, alice, plan, monkeypatch, django_assert_num_queries
):
    make_reminder(plan)
    token = calendar_token_regenerate(user=alice)
    full = client.get(feed_path(token))

    def no_building(*args, **kwargs):
        raise AssertionError("HEAD built the calendar")

    monkeypatch.setattr("apps.reminders.views.reminders_calendar", no_building)
    with django_assert_num_queries(2):  # the member by token, the feed's revision
        response = client.head(feed_path(token))

    assert response.status_code == 200
    assert response.content == b""
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["ETag"] == full["ETag"]
    assert response["Last-Modified"] == full["Last-Modified"]
    # Not "Content-Length: 0": that would say the feed itself is empty.
    assert "Content-Length" not in response
    unchanged = client.head(feed_path(token), HTTP_IF_NONE_MATCH=full["ETag"])
    assert unchanged.status_code == 304
    assert "Content-Length" not in unchanged


def test_an_empty_feed_is_still_a_valid_calendar(client, alice, plan):
    make_reminder(plan).drop()
    token = calendar_token_regenerate(user=alice)

    response = client.get(feed_path(token))

    assert response.status_code == 200
    assert_clean_ics(response.content)
    calendar = Calendar.from_ical(response.content)
    assert calendar.walk("VEVENT") == []
    (zone,) = calendar.walk("VTIMEZONE")  # RFC 5545: at least one component
    assert str(zone["TZID"]) == "UTC"
    (standard,) = zone.walk("STANDARD")
    assert standard.decoded("TZOFFSETTO") == timedelta(0)
    assert str(calendar["VERSION"]) == "2.0"
    assert "PRODID" in calendar


# Archived plans


def test_it_leaves_an_archived_plans_reminders_out_until_it_is_restored(client, alice, plan):
    archived = make_reminder(plan, title="On an archived plan")
    live = make_reminder(make_plan(alice, organisation="Contoso Analytics"))
    token = calendar_token_regenerate(user=alice)

    plan.archive()
    while_archived = set(events(client.get(feed_path(token))))
    plan.restore()
    restored = set(events(client.get(feed_path(token))))

    assert while_archived == {f"reminder-{live.pk}@ajar"}
    assert restored == {f"reminder-{live.pk}@ajar", f"reminder-{archived.pk}@ajar"}
