"""Scheduling from the reconnect step: the proposed cadence, and reminders of one's own."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from django.utils import timezone

from apps.reminders.models import Reminder
from tests.helpers import login_url_for, make_plan, messages_of, upcoming

pytestmark = pytest.mark.django_db


def schedule_url(plan) -> str:
    return f"/plans/{plan.pk}/reminders/schedule/"


def add_url(plan) -> str:
    return f"/plans/{plan.pk}/reminders/add/"


def reconnect_url(plan) -> str:
    return f"/plans/{plan.pk}/reconnect/"


def ticked(*pairs) -> dict[str, list[str] | str]:
    """The schedule form as posted: ticked idea ids, and a date field per idea."""
    data: dict[str, list[str] | str] = {"idea": [str(idea.pk) for idea, _ in pairs]}
    for idea, on in pairs:
        data[f"date-{idea.pk}"] = on.isoformat() if hasattr(on, "isoformat") else on
    return data


def add_data(**changes) -> dict[str, str]:
    data = {
        "add-title": "Send them the industry report",
        "add-local_date": upcoming(14).isoformat(),
        "add-local_time": "10:30",
        "add-opener": "I thought of you when I read this.",
    }
    return data | changes


# Schedule the proposed cadence


def test_it_schedules_the_ticked_ideas_on_the_chosen_dates(alice_client, plan, ideas):
    today = timezone.localdate()

    response = alice_client.post(
        schedule_url(plan),
        ticked((ideas.congratulate, today), (ideas.factor_changed, upcoming(365))),
    )

    assert response.status_code == 302
    assert response.url == reconnect_url(plan)
    assert messages_of(response) == ["Scheduled 2 reminders."]
    first, second = plan.reminders.order_by("local_date")
    assert (first.idea, first.title, first.opener) == (
        ideas.congratulate,
        "Congratulate them on news",
        "I saw the news about your new office: congratulations!",
    )
    assert (first.local_date, first.local_time) == (today, time(9, 0))
    assert first.due_at == first.next_attempt_at
    assert first.status == Reminder.Status.SCHEDULED
    assert second.idea == ideas.factor_changed
    assert second.local_date == upcoming(365)


def test_it_times_scheduled_reminders_in_the_members_zone(alice, alice_client, plan, ideas):
    alice.time_zone = "Asia/Tokyo"
    alice.save()
    on = upcoming(30)

    alice_client.post(schedule_url(plan), ticked((ideas.event, on)))

    (reminder,) = plan.reminders.all()
    assert reminder.due_at == datetime.combine(on, time(0, 0), tzinfo=UTC)  # 09:00 in Tokyo


def test_it_ignores_ideas_that_are_unknown_draft_or_for_the_other_situation(
    alice_client, plan, ideas
):
    on = upcoming(30)
    data = ticked(
        (ideas.event, on),
        (ideas.draft, on),
        (ideas.promotion_only, on),
    )
    data["idea"] += ["999999", "not-a-number"]
    data["date-999999"] = on.isoformat()

    alice_client.post(schedule_url(plan), data)

    assert [reminder.idea for reminder in plan.reminders.all()] == [ideas.event]


def test_it_ignores_past_and_unreadable_dates_and_unticked_ideas(alice_client, plan, ideas):
    yesterday = timezone.localdate() - timedelta(days=1)
    data = ticked((ideas.congratulate, yesterday), (ideas.event, "31/12/2031"))
    data[f"date-{ideas.factor_changed.pk}"] = upcoming(365).isoformat()  # dated, not ticked

    response = alice_client.post(schedule_url(plan), data)

    assert response.status_code == 302
    assert not Reminder.objects.exists()
    assert messages_of(response) == ["Tick at least one reminder, with a date from today on."]


def test_it_hides_the_schedule_from_strangers(stranger_client, plan, ideas):
    response = stranger_client.post(schedule_url(plan), ticked((ideas.event, upcoming(30))))

    assert response.status_code == 404
    assert not Reminder.objects.exists()


def test_it_sends_anonymous_visitors_to_log_in_to_schedule(client, plan, ideas):
    response = client.post(schedule_url(plan), ticked((ideas.event, upcoming(30))))

    assert response.url == login_url_for(schedule_url(plan))
    assert not Reminder.objects.exists()


def test_it_only_schedules_on_post(alice_client, plan, ideas):
    response = alice_client.get(schedule_url(plan), ticked((ideas.event, upcoming(30))))

    assert response.status_code == 405
    assert not Reminder.objects.exists()


def test_it_schedules_promotion_ideas_for_a_promotion(alice, alice_client, ideas):
    promotion = make_plan(alice, situation="promotion", organisation="Contoso Analytics")
    on = upcoming(30)

    alice_client.post(
        schedule_url(promotion), ticked((ideas.promotion_only, on), (ideas.congratulate, on))
    )

    assert [reminder.idea for reminder in promotion.reminders.all()] == [ideas.promotion_only]


# Add one's own


def test_it_adds_a_reminder_of_the_members_own(alice_client, plan):
    response = alice_client.post(add_url(plan), add_data())

    assert response.status_code == 302
    assert response.url == reconnect_url(plan)
    assert messages_of(response) == ["Reminder added."]
    (reminder,) = plan.reminders.all()
    assert reminder.idea is None
    assert reminder.title == "Send them the industry report"
    assert reminder.opener == "I thought of you when I read this."
    assert (reminder.local_date, reminder.local_time) == (upcoming(14), time(10, 30))
    assert reminder.status == Reminder.Status.SCHEDULED
    assert reminder.next_attempt_at == reminder.due_at


def test_it_defaults_to_nine_in_the_morning(alice_client, plan):
    alice_client.post(add_url(plan), add_data(**{"add-local_time": "", "add-opener": ""}))

    (reminder,) = plan.reminders.all()
    assert reminder.local_time == time(9, 0)
    assert reminder.opener == ""


def test_it_keeps_the_input_when_adding_fails(alice_client, plan):
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()

    response = alice_client.post(
        add_url(plan),
        add_data(**{"add-local_date": yesterday, "add-opener": "Still <keen> to talk"}),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Pick today or a later date." in html
    assert 'value="Send them the industry report"' in html
    assert f'value="{yesterday}"' in html
    assert 'value="10:30"' in html
    assert "Still &lt;keen&gt; to talk" in html
    assert "Still <keen>" not in html
    assert not Reminder.objects.exists()


def test_it_requires_a_title_and_a_date(alice_client, plan):
    response = alice_client.post(add_url(plan), add_data(**{"add-title": "", "add-local_date": ""}))

    assert response.status_code == 200
    assert response.content.decode().count("This field is required.") >= 2
    assert not Reminder.objects.exists()


def test_it_escapes_markup_in_the_plan_when_adding_fails(alice_client, plan):
    plan.organisation = "<b>Northwind</b>"
    plan.save()

    response = alice_client.post(add_url(plan), add_data(**{"add-title": ""}))

    html = response.content.decode()
    assert "<b>Northwind</b>" not in html
    assert "&lt;b&gt;Northwind&lt;/b&gt;" in html


def test_it_hides_adding_from_strangers(stranger_client, plan):
    response = stranger_client.post(add_url(plan), add_data())

    assert response.status_code == 404
    assert not Reminder.objects.exists()


def test_it_sends_anonymous_visitors_to_log_in_to_add(client, plan):
    response = client.post(add_url(plan), add_data())

    assert response.url == login_url_for(add_url(plan))
    assert not Reminder.objects.exists()


def test_it_only_adds_on_post(alice_client, plan):
    assert alice_client.get(add_url(plan), add_data()).status_code == 405
    assert not Reminder.objects.exists()


# The same form sent twice (a double click, a resend after a slow answer)


def test_it_schedules_once_when_the_form_is_sent_twice(alice_client, plan, ideas):
    data = ticked((ideas.congratulate, upcoming(21)), (ideas.event, upcoming(90)))

    first = alice_client.post(schedule_url(plan), data)
    alice_client.get(reconnect_url(plan))  # shows, and so clears, the first message
    second = alice_client.post(schedule_url(plan), data)

    assert messages_of(first) == ["Scheduled 2 reminders."]
    assert messages_of(second) == ["Those reminders are already scheduled."]
    assert second.url == reconnect_url(plan)
    assert sorted(plan.reminders.values_list("idea__slug", flat=True)) == [
        "congratulate",
        "industry-event",
    ]


def test_it_schedules_only_what_is_new_in_a_resent_form(alice_client, plan, ideas):
    alice_client.post(schedule_url(plan), ticked((ideas.event, upcoming(90))))

    alice_client.post(
        schedule_url(plan), ticked((ideas.event, upcoming(90)), (ideas.congratulate, upcoming(21)))
    )

    assert plan.reminders.count() == 2
    assert plan.reminders.filter(idea=ideas.event).count() == 1


def test_it_adds_once_when_the_form_is_sent_twice(alice_client, plan):
    first = alice_client.post(add_url(plan), add_data())
    second = alice_client.post(add_url(plan), add_data())

    assert (first.status_code, second.status_code) == (302, 302)
    (reminder,) = plan.reminders.all()
    assert reminder.title == "Send them the industry report"


def test_it_adds_the_same_words_again_on_another_day_or_once_the_first_is_closed(
    alice_client, plan
):
    alice_client.post(add_url(plan), add_data())
    alice_client.post(add_url(plan), add_data(**{"add-local_date": upcoming(15).isoformat()}))
    plan.reminders.get(local_date=upcoming(14)).drop()
    alice_client.post(add_url(plan), add_data())

    assert sorted(plan.reminders.values_list("local_date", "status")) == [
        (upcoming(14), "dropped"),
        (upcoming(14), "scheduled"),
        (upcoming(15), "scheduled"),
    ]
