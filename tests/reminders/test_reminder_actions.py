"""Inline actions on one reminder: edit, done, snooze, drop; and who may use them."""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection, connections
from django.test import Client
from django.utils import timezone

from apps.reminders import services
from apps.reminders.models import ContactLog, Reminder
from tests.helpers import HTMX, assert_fragment, login_url_for, make_reminder, messages_of, upcoming

pytestmark = pytest.mark.django_db

MARKUP = "<script>alert('x')</script>"
ESCAPED = "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"


def url(reminder: Reminder, action: str) -> str:
    return f"/reminders/{reminder.pk}/{action}/"


def everything() -> tuple:
    """The state of every reminder and contact log, to prove nothing changed."""
    return (
        list(Reminder.objects.order_by("pk").values()),
        list(ContactLog.objects.order_by("pk").values()),
    )


def edit_data(reminder: Reminder, **changes) -> dict[str, str]:
    data = {
        "title": reminder.title,
        "local_date": reminder.local_date.isoformat(),
        "local_time": reminder.local_time.strftime("%H:%M"),
        "opener": reminder.opener,
        "next": "/plans/",
    }
    return data | changes


# Who may do what


OWNED = [
    ("get", "reminder.ics", {}),
    ("get", "edit", {}),
    ("post", "edit", {"title": "Taken over", "local_date": "2031-01-01", "local_time": "10:00"}),
    ("get", "done", {}),
    ("post", "done", {"on": "2020-01-01", "channel": "call", "note": "Stranger's note"}),
    ("post", "snooze", {"days": "7"}),
    ("post", "drop", {}),
]


def owned_path(reminder: Reminder, action: str) -> str:
    if action == "reminder.ics":
        return f"/reminders/{reminder.pk}/reminder.ics"
    return url(reminder, action)


@pytest.mark.parametrize(("method", "action", "data"), OWNED)
def test_it_hides_a_reminder_from_strangers(stranger_client, reminder, method, action, data):
    before = everything()

    response = getattr(stranger_client, method)(owned_path(reminder, action), data)

    assert response.status_code == 404
    assert everything() == before


@pytest.mark.parametrize(("method", "action", "data"), OWNED)
def test_it_hides_a_reminder_from_strangers_using_htmx(
    stranger_client, reminder, method, action, data
):
    before = everything()

    response = getattr(stranger_client, method)(owned_path(reminder, action), data, **HTMX)

    assert response.status_code == 404
    assert everything() == before


@pytest.mark.parametrize(("method", "action", "data"), OWNED)
def test_it_sends_anonymous_visitors_to_log_in(client, reminder, method, action, data):
    before = everything()
    path = owned_path(reminder, action)

    response = getattr(client, method)(path, data)

    assert response.status_code == 302
    assert response.url == login_url_for(path)
    assert everything() == before


@pytest.mark.parametrize("action", ["snooze", "drop"])
def test_it_only_changes_a_reminder_on_post(alice_client, reminder, action):
    before = everything()

    response = alice_client.get(url(reminder, action))

    assert response.status_code == 405
    assert everything() == before


@pytest.mark.parametrize("action", ["edit", "done"])
def test_it_refuses_other_methods(alice_client, reminder, action):
    assert alice_client.put(url(reminder, action)).status_code == 405
    assert alice_client.delete(url(reminder, action)).status_code == 405


def test_it_answers_404_for_a_reminder_that_does_not_exist(alice_client):
    assert alice_client.get(
        "/reminders/00000000-0000-0000-0000-000000000000/edit/"
    ).status_code == (404)


# Edit


def test_it_shows_the_reminder_to_edit(alice_client, reminder):
    response = alice_client.get(url(reminder, "edit"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" in html
    assert f'value="{reminder.title}"' in html
    assert f'value="{reminder.local_date:%Y-%m-%d}"' in html
    assert 'value="09:00"' in html
    assert "Northwind Logistics" in html


def test_it_shows_the_edit_form_in_place_for_htmx(alice_client, reminder):
    response = alice_client.get(url(reminder, "edit"), {"next": "/plans/"}, **HTMX)

    html = assert_fragment(response)
    assert f'id="reminder-{reminder.pk}"' in html
    assert f'hx-post="/reminders/{reminder.pk}/edit/"' in html
    assert 'name="next" value="/plans/"' in html


def test_it_reschedules_in_the_members_time_zone(alice, alice_client, plan):
    alice.time_zone = "America/New_York"
    alice.save()
    reminder = make_reminder(plan)
    reminder.mark_failed(timezone.now(), "refused")
    on = upcoming(40)

    response = alice_client.post(
        url(reminder, "edit"),
        edit_data(
            reminder,
            title="Meet at the summit",
            local_date=on.isoformat(),
            local_time="18:45",
            opener="See you in Ghent?",
        ),
    )

    assert response.status_code == 302
    assert response.url == "/plans/"
    reminder.refresh_from_db()
    assert reminder.title == "Meet at the summit"
    assert reminder.opener == "See you in Ghent?"
    assert (reminder.local_date, reminder.local_time) == (on, time(18, 45))
    new_york = ZoneInfo("America/New_York")
    expected = datetime.combine(on, time(18, 45), tzinfo=new_york).astimezone(UTC)
    assert reminder.due_at == expected
    assert reminder.next_attempt_at == expected
    assert reminder.attempts == 0
    assert reminder.last_error == ""
    assert reminder.status == Reminder.Status.SCHEDULED


def test_it_sends_an_edited_reminder_again_at_its_new_time(alice_client, plan):
    reminder = make_reminder(plan, on=upcoming(0))
    reminder.mark_sent(timezone.now())

    alice_client.post(
        url(reminder, "edit"), edit_data(reminder, local_date=upcoming(3).isoformat())
    )

    reminder.refresh_from_db()
    assert reminder.status == Reminder.Status.SCHEDULED
    assert reminder.next_attempt_at == reminder.due_at


def test_it_returns_the_updated_row_for_htmx(alice_client, reminder):
    response = alice_client.post(
        url(reminder, "edit"), edit_data(reminder, title="Meet at the summit"), **HTMX
    )

    html = assert_fragment(response)
    assert f'id="reminder-{reminder.pk}"' in html
    assert "Meet at the summit" in html
    assert 'hx-post="/reminders/' in html
    assert Reminder.objects.get(pk=reminder.pk).title == "Meet at the summit"


def test_it_keeps_the_input_when_the_date_is_in_the_past(alice_client, reminder):
    before = everything()
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()

    response = alice_client.post(
        url(reminder, "edit"), edit_data(reminder, title="Changed my mind", local_date=yesterday)
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Pick today or a later date." in html
    assert 'value="Changed my mind"' in html
    assert f'value="{yesterday}"' in html
    assert everything() == before


def test_it_keeps_the_input_in_place_for_htmx(alice_client, reminder):
    before = everything()

    response = alice_client.post(
        url(reminder, "edit"), edit_data(reminder, title="", local_time="25:99"), **HTMX
    )

    html = assert_fragment(response)
    assert f'id="reminder-{reminder.pk}"' in html
    assert "This field is required." in html
    assert 'value="25:99"' in html
    assert everything() == before


def test_it_escapes_markup_when_editing(alice_client, plan):
    plan.organisation = "<b>Northwind</b>"
    plan.save()
    reminder = make_reminder(plan, title=MARKUP, opener=MARKUP)

    page = alice_client.get(url(reminder, "edit")).content.decode()
    row = alice_client.post(url(reminder, "edit"), edit_data(reminder), **HTMX).content.decode()

    for html in (page, row):
        assert MARKUP not in html
        assert ESCAPED in html
    assert "&lt;b&gt;Northwind&lt;/b&gt;" in page


# Done


def test_it_asks_how_the_member_got_in_touch(alice_client, reminder):
    response = alice_client.get(url(reminder, "done"), {"next": "/plans/"})

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="channel"' in html
    assert f'name="on" value="{timezone.localdate():%Y-%m-%d}"' in html
    assert 'name="next" value="/plans/"' in html
    assert Reminder.objects.get(pk=reminder.pk).status == Reminder.Status.SCHEDULED


def test_it_logs_the_contact_and_marks_done(alice_client, reminder):
    on = timezone.localdate() - timedelta(days=2)

    response = alice_client.post(
        url(reminder, "done"),
        {"on": on.isoformat(), "channel": "coffee", "note": "Coffee at the summit", "next": "/"},
    )

    assert response.status_code == 302
    assert response.url == "/"
    reminder.refresh_from_db()
    assert reminder.status == Reminder.Status.DONE
    assert reminder.next_attempt_at is None
    (contact,) = ContactLog.objects.all()
    assert (contact.plan, contact.reminder) == (reminder.plan, reminder)
    assert (contact.on, contact.channel, contact.note) == (on, "coffee", "Coffee at the summit")
    assert "Nice work. Logged as done." in messages_of(response)


def test_it_returns_the_done_row_for_htmx(alice_client, reminder):
    response = alice_client.post(
        url(reminder, "done"),
        {"on": timezone.localdate().isoformat(), "channel": "call", "note": ""},
        **HTMX,
    )

    html = assert_fragment(response)
    assert "text-bg-success" in html
    assert f"/reminders/{reminder.pk}/snooze/" not in html
    assert Reminder.objects.get(pk=reminder.pk).status == Reminder.Status.DONE


def test_it_refuses_a_contact_in_the_future(alice_client, reminder):
    before = everything()

    response = alice_client.post(
        url(reminder, "done"), {"on": upcoming(1).isoformat(), "channel": "call"}
    )

    assert response.status_code == 200
    assert "This date is in the future." in response.content.decode()
    assert everything() == before


def test_it_never_redirects_off_site(alice_client, reminder):
    response = alice_client.post(
        url(reminder, "done"),
        {
            "on": timezone.localdate().isoformat(),
            "channel": "call",
            "next": "https://evil.example/",
        },
    )

    assert response.status_code == 302
    assert response.url == "/plans/"


def test_it_escapes_markup_when_marking_done(alice_client, plan):
    reminder = make_reminder(plan, title=MARKUP)

    html = alice_client.get(url(reminder, "done")).content.decode()

    assert MARKUP not in html
    assert ESCAPED in html


# Snooze and drop


def test_it_snoozes_a_week(alice_client, plan):
    reminder = make_reminder(plan, on=upcoming(2), at=time(8, 30))

    response = alice_client.post(url(reminder, "snooze"), {"days": "7", "next": "/plans/"})

    assert response.status_code == 302
    assert response.url == "/plans/"
    reminder.refresh_from_db()
    assert reminder.status == Reminder.Status.SNOOZED
    assert (reminder.local_date, reminder.local_time) == (upcoming(9), time(8, 30))
    assert reminder.next_attempt_at == reminder.due_at
    assert messages_of(response) == [f"Snoozed until {upcoming(9):%d %b %Y}."]


def test_it_snoozes_from_today_when_overdue(alice_client, plan):
    reminder = make_reminder(plan, on=date(2020, 1, 6))
    reminder.mark_sent(timezone.now())

    alice_client.post(url(reminder, "snooze"), {"days": "30"})

    reminder.refresh_from_db()
    assert reminder.local_date == upcoming(30)
    assert reminder.status == Reminder.Status.SNOOZED


def test_it_returns_the_snoozed_row_for_htmx(alice_client, reminder):
    response = alice_client.post(url(reminder, "snooze"), {"days": "90"}, **HTMX)

    html = assert_fragment(response)
    assert "Snoozed" in html
    assert f'id="reminder-{reminder.pk}"' in html
    assert Reminder.objects.get(pk=reminder.pk).status == Reminder.Status.SNOOZED


@pytest.mark.parametrize("days", ["5", "", "-7", "365"])
def test_it_ignores_a_snooze_it_does_not_offer(alice_client, reminder, days):
    before = everything()

    alice_client.post(url(reminder, "snooze"), {"days": days})

    assert everything() == before


def test_it_does_not_snooze_a_closed_reminder(alice_client, reminder):
    reminder.drop()
    before = everything()

    alice_client.post(url(reminder, "snooze"), {"days": "7"})

    assert everything() == before


def test_it_drops_a_reminder(alice_client, reminder):
    response = alice_client.post(url(reminder, "drop"))

    assert response.status_code == 302
    assert response.url == "/plans/"
    reminder.refresh_from_db()
    assert reminder.status == Reminder.Status.DROPPED
    assert reminder.next_attempt_at is None
    assert not Reminder.objects.due(datetime(2100, 1, 1, tzinfo=UTC)).exists()


def test_it_returns_the_dropped_row_for_htmx(alice_client, plan):
    reminder = make_reminder(plan, title=MARKUP)

    response = alice_client.post(url(reminder, "drop"), **HTMX)

    html = assert_fragment(response)
    assert "Dropped" in html
    assert f"/reminders/{reminder.pk}/drop/" not in html
    assert MARKUP not in html
    assert ESCAPED in html


@pytest.mark.parametrize("status", [Reminder.Status.DONE, Reminder.Status.DROPPED])
def test_it_does_not_reopen_a_closed_reminder_by_editing_it(alice_client, reminder, status):
    reminder.status = status
    reminder.save()

    response = alice_client.post(
        f"/reminders/{reminder.pk}/edit/",
        {"title": "Back again", "local_date": "2099-01-01", "local_time": "09:00", "opener": ""},
    )

    assert response.status_code == 302
    reminder.refresh_from_db()
    assert reminder.status == status
    assert reminder.title != "Back again"


def test_it_does_not_log_a_second_contact_for_a_done_reminder(alice_client, reminder):
    data = {"on": reminder.plan.created.date().isoformat(), "channel": "call", "note": ""}
    alice_client.post(f"/reminders/{reminder.pk}/done/", data)
    alice_client.post(f"/reminders/{reminder.pk}/done/", data)

    assert reminder.contacts.count() == 1


def test_an_htmx_snooze_leaves_no_message_for_a_later_page(alice_client, reminder):
    alice_client.post(f"/reminders/{reminder.pk}/snooze/", {"days": "7"}, HTTP_HX_REQUEST="true")

    response = alice_client.get("/plans/")

    assert "Snoozed until" not in response.content.decode()


# Twice at once: two tabs, a double click, a form sent again


def test_it_logs_one_contact_when_two_requests_mark_it_done_at_once(reminder):
    """Both requests read the reminder while it was open, then both mark it done."""
    first, second = Reminder.objects.get(pk=reminder.pk), Reminder.objects.get(pk=reminder.pk)
    on = timezone.localdate()

    assert services.reminder_mark_done(reminder=first, on=on, channel="call", note="First")
    assert not services.reminder_mark_done(reminder=second, on=on, channel="call", note="Second")

    (contact,) = ContactLog.objects.all()
    assert contact.note == "First"
    assert Reminder.objects.get(pk=reminder.pk).status == Reminder.Status.DONE


def test_it_tells_the_second_done_post_that_the_reminder_is_closed(alice_client, reminder):
    data = {"on": timezone.localdate().isoformat(), "channel": "call", "note": "Twice"}

    first = alice_client.post(url(reminder, "done"), data)
    alice_client.get("/plans/")  # shows, and so clears, the first message
    second = alice_client.post(url(reminder, "done"), data)

    assert messages_of(first) == ["Nice work. Logged as done."]
    assert second.status_code == 302
    assert messages_of(second) == ["That reminder is already closed."]
    assert ContactLog.objects.count() == 1


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Two requests at once need two connections with row locks: PostgreSQL "
    "(SQLite serialises writers; the stale-copy test above covers the logic).",
)
@pytest.mark.django_db(transaction=True)
def test_it_logs_one_contact_when_two_done_posts_race(alice, reminder):
    clients = [Client(), Client()]
    for client in clients:
        client.force_login(alice)
    start = threading.Barrier(len(clients))
    data = {"on": timezone.localdate().isoformat(), "channel": "call", "note": "Raced"}

    def post(client: Client) -> int:
        try:
            start.wait()
            return client.post(url(reminder, "done"), data).status_code
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=len(clients)) as pool:
        codes = list(pool.map(post, clients))

    assert codes == [302, 302]
    assert ContactLog.objects.filter(reminder=reminder).count() == 1


def test_it_snoozes_once_when_the_snooze_button_is_pressed_twice(alice_client, plan):
    reminder = make_reminder(plan, on=upcoming(2))
    row = alice_client.get("/plans/").content.decode()
    (version,) = re.findall(
        rf'action="/reminders/{reminder.pk}/snooze/".*?name="version" value="(\d+)"', row, re.S
    )
    data = {"days": "7", "version": version, "next": "/plans/"}

    first = alice_client.post(url(reminder, "snooze"), data)
    alice_client.get("/plans/")  # shows, and so clears, the first message
    second = alice_client.post(url(reminder, "snooze"), data)

    reminder.refresh_from_db()
    assert reminder.local_date == upcoming(9)
    assert messages_of(first) == [f"Snoozed until {upcoming(9):%d %b %Y}."]
    assert messages_of(second) == []
    # A fresh row carries the new version: snoozing again from it works.
    assert (
        alice_client.post(
            url(reminder, "snooze"), {"days": "7", "version": str(reminder.link_version)}
        ).status_code
        == 302
    )
    reminder.refresh_from_db()
    assert reminder.local_date == upcoming(16)
