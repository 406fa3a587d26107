"""Dates a person would pick: suggested reminders land on working days of the member's
country at their chosen hour, never two on one day for a plan, and an idea tied to an
event asks for the event's date instead of guessing one."""

from __future__ import annotations

import re
from datetime import date, time, timedelta

import pytest
from django.utils import timezone

from apps.content.models import AppliesTo
from apps.content.seeding import seed_starter_content
from apps.core.places import is_working_day
from apps.reminders.services import reminders_propose, reminders_schedule
from tests.helpers import make_idea, make_plan, make_reminder, messages_of

pytestmark = pytest.mark.django_db


def reconnect(plan) -> str:
    return f"/plans/{plan.pk}/reconnect/"


@pytest.mark.parametrize("situation", ["offer", "promotion"])
def test_the_starter_rhythm_never_lands_on_a_weekend_a_holiday_or_a_shared_day(alice, situation):
    seed_starter_content()
    # Every decision day over a year and a half, holidays of both years included.
    for offset in range(0, 540, 7):
        decided = date(2026, 12, 1) + timedelta(days=offset)
        plan = make_plan(alice, situation=situation, decided_on=decided)
        dated = [p.on for p in reminders_propose(plan=plan) if p.on is not None]
        assert dated, decided
        assert all(is_working_day(on, "BE") for on in dated), (decided, dated)
        assert len(set(dated)) == len(dated), (decided, dated)
        plan.delete()


def test_a_day_an_open_reminder_has_is_taken(alice):
    idea = make_idea("catch-up", AppliesTo.BOTH, 14)
    plan = make_plan(alice, decided_on=date(2027, 1, 4))  # counted: Monday 18 January
    make_reminder(plan, on=date(2027, 1, 18), title="Coffee")

    (proposal,) = reminders_propose(plan=plan)

    assert proposal.idea == idea
    assert proposal.on == date(2027, 1, 19)


def test_the_members_country_overrides_the_one_of_their_zone(alice):
    make_idea("catch-up", AppliesTo.BOTH, 14)
    plan = make_plan(alice, decided_on=date(2027, 4, 13))  # counted: Tuesday 27 April
    assert reminders_propose(plan=plan)[0].on == date(2027, 4, 27)  # a day like any in BE

    alice.country = "NL"  # King's Day
    alice.save()
    plan.refresh_from_db()

    assert reminders_propose(plan=plan)[0].on == date(2027, 4, 28)


def test_an_idea_tied_to_an_event_gets_no_date_and_no_tick(alice):
    make_idea("thanks", AppliesTo.BOTH, 14)
    event = make_idea("summit", AppliesTo.BOTH, 90, tied_to_event=True)
    plan = make_plan(alice, decided_on=date(2027, 1, 4))

    proposals = {proposal.idea: proposal for proposal in reminders_propose(plan=plan)}

    assert proposals[event].on is None
    assert proposals[event].suggested is False


def test_the_step_asks_for_an_events_date_and_schedules_it_once_given(alice, alice_client):
    event = make_idea("summit", AppliesTo.BOTH, 90, tied_to_event=True, title="The summit")
    plan = make_plan(alice, decided_on=timezone.localdate())

    page = alice_client.get(reconnect(plan)).content.decode()
    assert "Tied to an event: pick the day you want to get in touch" in page
    assert re.search(rf'name="date-{event.pk}"[^>]*value=""', page)
    assert f'aria-describedby="event-{event.pk}"' in page

    undated = alice_client.post(reconnect(plan), {"action": "next", "idea": str(event.pk)})

    assert undated.status_code == 200  # still on the step, the tick kept
    assert "“The summit” needs a date" in " ".join(messages_of(undated))
    assert re.search(rf'value="{event.pk}"[^>]*checked', undated.content.decode())
    assert not plan.reminders.exists()

    on = timezone.localdate() + timedelta(days=50)
    alice_client.post(
        reconnect(plan), {"action": "next", "idea": str(event.pk), f"date-{event.pk}": str(on)}
    )

    assert plan.reminders.get().local_date == on  # the member's day, as given


def test_reminders_are_set_for_the_members_chosen_time(alice, alice_client):
    alice.reminder_time = time(14, 30)
    alice.save()
    idea = make_idea("thanks", AppliesTo.BOTH, 14)
    plan = make_plan(alice, decided_on=timezone.localdate())
    (proposal,) = reminders_propose(plan=plan)

    (reminder,) = reminders_schedule(plan=plan, proposals=[proposal])

    assert (reminder.idea, reminder.local_time) == (idea, time(14, 30))
    page = alice_client.get(reconnect(plan)).content.decode()
    assert "Each arrives at 14:30" not in page  # nothing left to propose
    assert 'name="add-local_time" value="14:30"' in page  # a reminder of one's own too


def test_the_step_says_when_reminders_arrive_and_whose_holidays_are_skipped(alice, alice_client):
    make_idea("thanks", AppliesTo.BOTH, 14)
    alice.reminder_time = time(8, 15)
    alice.save()
    plan = make_plan(alice, decided_on=timezone.localdate())

    page = alice_client.get(reconnect(plan)).content.decode()

    assert "Each arrives at 08:15 (Europe/Brussels)" in page
    assert "Public holidays in Belgium are skipped." in page
    assert 'href="/account/#reminders"' in page
