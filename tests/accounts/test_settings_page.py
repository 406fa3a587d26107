"""/account/: the member's settings, and the private calendar address on it."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

import pytest

from apps.reminders.models import Reminder, local_instant
from apps.reminders.services import reminder_email, reminders_send_due
from tests.helpers import login_url_for, make_plan, make_reminder, messages_of

pytestmark = pytest.mark.django_db

URL = "/account/"
CALENDAR_URL = "/account/calendar/"
OLD_CALENDAR_URL = "/reminders/calendar/"


def settings_data(**changes) -> dict[str, str]:
    """The form as a browser posts it; a False value leaves the field out (an unticked box)."""
    data = {"display_name": "Alice", "time_zone": "Europe/Brussels", "reminder_emails": "on"}
    for name, value in changes.items():
        if value is False:
            data.pop(name)
        else:
            data[name] = value
    return data


def new_address(client) -> str:
    response = client.post(CALENDAR_URL)
    assert response.status_code == 200
    (url,) = re.findall(
        r'id="feed-url" type="text" readonly value="([^"]+)"', response.content.decode()
    )
    return url


def feed_path(url: str) -> str:
    return url.removeprefix("http://127.0.0.1:8000")


# The page


def test_it_shows_the_members_settings(alice_client, alice):
    response = alice_client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="display_name" value="Alice"' in html
    assert '<option value="Europe/Brussels" selected>' in html
    assert re.search(r'name="reminder_emails"[^>]*checked', html)
    for field in ("display_name", "time_zone", "reminder_emails"):
        assert re.search(rf'<label\s+for="id_{field}"', html)
    assert "alice@example.com" in html
    for link in ("/accounts/email/", "/accounts/password/change/", "/account/export/"):
        assert f'href="{link}"' in html
    assert 'href="/account/delete/"' in html
    assert "You have no calendar address yet." in html
    assert "style=" not in html
    assert "<script>" not in html  # only static, nonced scripts


def test_it_is_in_the_account_nav_and_the_navbar(alice_client):
    html = alice_client.get(URL).content.decode()

    nav = html[html.index('aria-label="Account"') :]
    assert 'aria-current="page" href="/account/">Settings</a>' in nav
    assert 'href="/account/export/">Export my data</a>' in nav
    assert 'href="/account/delete/">Delete account</a>' in nav
    menu = html[html.index('aria-labelledby="account-menu"') :]
    assert 'class="dropdown-item" href="/account/">Settings</a>' in menu


def test_the_allauth_pages_share_the_account_nav(alice_client):
    html = alice_client.get("/accounts/password/change/").content.decode()

    assert 'href="/account/">Settings</a>' in html
    assert 'href="/account/delete/">Delete account</a>' in html


def test_it_escapes_markup_in_the_members_name(alice_client, alice):
    alice.display_name = '<img src=x onerror="alert(1)">'
    alice.save()

    html = alice_client.get(URL).content.decode()

    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


# Saving


def test_it_saves_the_name_and_the_reminder_emails(alice_client, alice):
    response = alice_client.post(
        URL, settings_data(display_name="Alice Peeters", reminder_emails=False)
    )

    assert response.status_code == 302
    assert response.url == URL
    assert messages_of(response) == ["Your settings are saved."]
    alice.refresh_from_db()
    assert alice.display_name == "Alice Peeters"
    assert alice.reminder_emails is False
    assert alice.time_zone == "Europe/Brussels"


def test_it_keeps_the_input_and_saves_nothing_when_a_field_is_wrong(alice_client, alice):
    response = alice_client.post(
        URL, settings_data(display_name="Alice Peeters", time_zone="Mars/Olympus_Mons")
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert 'href="#id_time_zone">Your time zone</a>' in html
    assert 'name="display_name" value="Alice Peeters"' in html
    alice.refresh_from_db()
    assert alice.display_name == "Alice"
    assert alice.time_zone == "Europe/Brussels"


def test_it_refuses_a_name_that_is_too_long(alice_client, alice):
    response = alice_client.post(URL, settings_data(display_name="A" * 81))

    assert response.status_code == 200
    assert 'href="#id_display_name">Your name</a>' in response.content.decode()
    alice.refresh_from_db()
    assert alice.display_name == "Alice"


def test_a_time_zone_change_keeps_each_reminders_local_time(alice_client, alice):
    plan = make_plan(alice)
    on = date(2031, 3, 12)
    reminder = make_reminder(plan, on=on, at=time(9, 30))
    done = make_reminder(plan, on=on, at=time(9, 30))
    done.mark_done()
    assert reminder.due_at == datetime(2031, 3, 12, 8, 30, tzinfo=UTC)

    response = alice_client.post(URL, settings_data(time_zone="America/New_York"))

    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.time_zone == "America/New_York"
    reminder.refresh_from_db()
    assert (reminder.local_date, reminder.local_time) == (on, time(9, 30))
    assert reminder.due_at == local_instant(on, time(9, 30), "America/New_York")
    assert reminder.due_at == datetime(2031, 3, 12, 13, 30, tzinfo=UTC)
    assert reminder.next_attempt_at == reminder.due_at
    done.refresh_from_db()
    assert done.due_at == datetime(2031, 3, 12, 8, 30, tzinfo=UTC)  # closed: left alone


def test_with_reminder_emails_off_the_sender_emails_nothing(alice_client, alice, mailoutbox):
    reminder = make_reminder(make_plan(alice))

    alice_client.post(URL, settings_data(reminder_emails=False))
    report = reminders_send_due(now=reminder.due_at)

    assert mailoutbox == []
    assert report.skipped == 1
    reminder.refresh_from_db()
    assert reminder.status == Reminder.Status.SENT  # settled, and still in the calendar


def test_with_reminder_emails_on_the_sender_emails_the_member(alice_client, alice, mailoutbox):
    alice.reminder_emails = False
    alice.save()
    reminder = make_reminder(make_plan(alice))

    alice_client.post(URL, settings_data(reminder_emails="on"))
    reminders_send_due(now=reminder.due_at)

    assert [message.to for message in mailoutbox] == [["alice@example.com"]]


def test_a_zone_missing_from_the_list_stays_selected(alice_client, alice):
    alice.time_zone = "UTC"
    alice.save()

    html = alice_client.get(URL).content.decode()
    response = alice_client.post(URL, settings_data(time_zone="UTC", display_name="Al"))

    assert '<option value="UTC" selected>' in html
    assert response.status_code == 302
    alice.refresh_from_db()
    assert (alice.time_zone, alice.display_name) == ("UTC", "Al")


def test_it_refuses_other_methods(alice_client):
    assert alice_client.put(URL).status_code == 405
    assert alice_client.delete(URL).status_code == 405


def test_it_sends_anonymous_visitors_to_log_in(client, alice):
    assert client.get(URL).url == login_url_for(URL)
    response = client.post(URL, settings_data(display_name="Mallory was here"))
    assert response.url == login_url_for(URL)
    alice.refresh_from_db()
    assert alice.display_name == "Alice"


def test_it_only_ever_changes_the_signed_in_member(stranger_client, alice, stranger):
    stranger_client.post(URL, settings_data(display_name="Changed"))

    alice.refresh_from_db()
    stranger.refresh_from_db()
    assert alice.display_name == "Alice"
    assert stranger.display_name == "Changed"


# The private calendar address


def test_it_makes_a_calendar_address_and_shows_it_once(alice_client, client, alice):
    make_reminder(make_plan(alice))

    url = new_address(alice_client)

    assert url.startswith("http://127.0.0.1:8000/calendar/")
    assert client.get(feed_path(url)).status_code == 200
    html = alice_client.get(URL).content.decode()
    assert url not in html
    assert 'id="feed-url"' not in html
    assert "You have a calendar address." in html
    assert "Make a new calendar address" in html


def test_the_address_page_has_a_copy_button_and_is_never_cached(alice_client):
    response = alice_client.post(CALENDAR_URL)

    html = response.content.decode()
    assert 'data-copy-from="#feed-url"' in html
    assert '<label class="form-label small" for="feed-url">' in html
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control


def test_a_new_address_stops_the_old_one(alice_client, client, alice):
    make_reminder(make_plan(alice))
    old = new_address(alice_client)

    new = new_address(alice_client)

    assert new != old
    assert client.get(feed_path(old)).status_code == 404
    assert client.get(feed_path(new)).status_code == 200


def test_each_member_gets_their_own_address(alice_client, stranger_client, alice, stranger):
    assert new_address(alice_client) != new_address(stranger_client)
    alice.refresh_from_db()
    stranger.refresh_from_db()
    assert alice.calendar_token_hash != stranger.calendar_token_hash


def test_the_calendar_address_page_sends_a_get_back_to_the_settings(alice_client, alice):
    response = alice_client.get(CALENDAR_URL)

    assert response.status_code == 302
    assert response.url == "/account/#calendar"
    alice.refresh_from_db()
    assert alice.calendar_token_hash == ""
    assert alice_client.put(CALENDAR_URL).status_code == 405


def test_it_makes_no_address_for_anonymous_visitors(client, alice):
    response = client.post(CALENDAR_URL)

    assert response.url == login_url_for(CALENDAR_URL)
    alice.refresh_from_db()
    assert alice.calendar_token_hash == ""


# The old address of the calendar page, in reminder emails sent before


def test_the_old_calendar_page_redirects_here(alice_client, client):
    response = alice_client.get(OLD_CALENDAR_URL)

    assert response.status_code == 302
    assert response.url == "/account/#calendar"
    assert client.get(OLD_CALENDAR_URL).url == login_url_for(OLD_CALENDAR_URL)


def test_reminder_emails_and_the_reconnect_step_link_to_the_settings(alice_client, alice):
    plan = make_plan(alice)
    reminder = make_reminder(plan)

    body = reminder_email(alice, [reminder]).body
    html = alice_client.get(f"/plans/{plan.pk}/reconnect/").content.decode()

    assert "Reminder emails and your calendar feed: http://127.0.0.1:8000/account/\n" in body
    assert 'href="/account/#calendar"' in html
    assert "/reminders/calendar/" not in html


# When suggested reminders arrive, and whose public holidays they skip


def test_it_offers_the_time_and_the_country_with_the_zones_country_first(alice_client):
    html = alice_client.get(URL).content.decode()

    assert 'name="reminder_time" value="09:00"' in html
    assert '<option value="" selected>The country of my time zone (Belgium)</option>' in html
    assert '<option value="NL">Netherlands</option>' in html
    for field in ("reminder_time", "country"):
        assert re.search(rf'<label\s+for="id_{field}"', html)


def test_it_saves_the_reminder_time_and_the_country(alice_client, alice):
    response = alice_client.post(URL, settings_data(reminder_time="07:45", country="NL"))

    assert response.status_code == 302
    alice.refresh_from_db()
    assert (alice.reminder_time, alice.country, alice.holiday_country) == (
        time(7, 45),
        "NL",
        "NL",
    )

    alice_client.post(URL, settings_data(reminder_time="", country=""))

    alice.refresh_from_db()
    assert alice.reminder_time == time(7, 45)  # left blank: kept
    assert (alice.country, alice.holiday_country) == ("", "BE")  # from the time zone


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"country": "XX"}, "Select a valid choice."),
        ({"reminder_time": "25:00"}, "Enter a valid time."),
    ],
)
def test_it_refuses_a_country_or_time_that_does_not_exist(alice_client, alice, changes, message):
    response = alice_client.post(URL, settings_data(**changes))

    assert response.status_code == 200
    assert message in response.content.decode()
    alice.refresh_from_db()
    assert (alice.country, alice.reminder_time) == ("", time(9, 0))
