from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from apps.content.models import AppliesTo, ReconnectIdea, Status, Step
from apps.core.places import is_working_day
from apps.reminders.models import Reminder
from apps.reminders.services import reminder_add
from tests.helpers import HTMX, assert_builder_fragment, login_url_for, messages_of

pytestmark = pytest.mark.django_db


def url(plan) -> str:
    return f"/plans/{plan.pk}/reconnect/"


@pytest.fixture
def ideas(db):
    def idea(slug, days, applies_to=AppliesTo.BOTH, status=Status.PUBLISHED):
        return ReconnectIdea.objects.create(
            slug=slug,
            title=f"Idea {slug}",
            opener=f"Opener for {slug}",
            default_days_after=days,
            applies_to=applies_to,
            status=status,
        )

    return {
        "fortnight": idea("fortnight", 14),
        "quarter": idea("quarter", 90, applies_to=AppliesTo.OFFER),
        "year": idea("year", 365),
        "promotion-only": idea("promotion-only", 30, applies_to=AppliesTo.PROMOTION),
        "draft": idea("draft", 60, status=Status.DRAFT),
    }


def test_it_proposes_a_cadence_from_published_ideas_counted_from_the_decision(
    alice_client, offer_plan, ideas
):
    decided = timezone.localdate() - timedelta(days=3)
    offer_plan.decided_on = decided
    offer_plan.save()

    html = alice_client.get(url(offer_plan)).content.decode()

    for slug, days in [("fortnight", 14), ("quarter", 90), ("year", 365)]:
        assert f"Idea {slug}" in html
        # The counted day, or the first working day after it (tests/reminders: dates).
        counted = decided + timedelta(days=days)
        shown = re.search(rf'name="date-{ideas[slug].pk}"[^>]*value="([0-9-]+)"', html)
        on = date.fromisoformat(shown.group(1))
        assert counted <= on <= counted + timedelta(days=4)
        assert is_working_day(on, "BE")
    assert "Idea promotion-only" not in html
    assert "Idea draft" not in html
    assert f'formaction="/plans/{offer_plan.pk}/reconnect/?to=email"' in html  # back, saving


def test_it_lists_scheduled_reminders_and_stops_proposing_their_ideas(
    alice_client, offer_plan, ideas
):
    alice_client.post(
        f"/plans/{offer_plan.pk}/reminders/schedule/",
        {"idea": [ideas["year"].pk], f"date-{ideas['year'].pk}": "2099-01-05"},
    )
    reminder = Reminder.objects.get(plan=offer_plan)
    assert reminder.local_date == date(2099, 1, 5)

    html = alice_client.get(url(offer_plan)).content.decode()

    assert f'id="reminder-{reminder.pk}"' in html
    assert f'name="idea" value="{ideas["year"].pk}"' not in html
    assert f'name="idea" value="{ideas["fortnight"].pk}"' in html


def test_it_runs_the_same_queries_for_one_reminder_as_for_twenty(
    alice_client, offer_plan, ideas, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert alice_client.get(url(offer_plan)).status_code == 200
        return len(captured)

    reminder_add(
        plan=offer_plan, title="One", opener="", on=date(2099, 1, 1), at=Reminder.DEFAULT_TIME
    )
    one = count()
    for day in range(2, 21):
        reminder_add(
            plan=offer_plan,
            title=f"R{day}",
            opener="",
            on=date(2099, 1, day),
            at=Reminder.DEFAULT_TIME,
        )
    assert count() == one
    assert one <= 10


def test_it_saves_and_stays(alice_client, offer_plan):
    response = alice_client.post(url(offer_plan), {"action": "save"})

    assert response["Location"] == url(offer_plan)
    assert messages_of(response) == ["Saved."]
    offer_plan.refresh_from_db()
    assert not offer_plan.is_step_done(Step.RECONNECT)


def test_it_continues_to_the_summary_and_marks_the_step_done(alice_client, offer_plan):
    response = alice_client.post(url(offer_plan), {"action": "next"})

    assert response["Location"] == f"/plans/{offer_plan.pk}/"
    offer_plan.refresh_from_db()
    assert offer_plan.is_step_done(Step.RECONNECT)


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_it_refuses_other_methods(alice_client, offer_plan, method):
    assert getattr(alice_client, method)(url(offer_plan)).status_code == 405


@pytest.mark.parametrize("method", ["get", "post"])
def test_it_sends_anonymous_visitors_to_log_in(client, offer_plan, method):
    data = {"action": "next"} if method == "post" else None

    response = getattr(client, method)(url(offer_plan), data)

    assert response["Location"] == login_url_for(url(offer_plan))
    offer_plan.refresh_from_db()
    assert not offer_plan.is_step_done(Step.RECONNECT)


def test_it_hides_the_plan_from_a_stranger(stranger_client, offer_plan):
    assert stranger_client.get(url(offer_plan)).status_code == 404


def test_it_ignores_a_strangers_post(stranger_client, offer_plan):
    response = stranger_client.post(url(offer_plan), {"action": "next"})

    assert response.status_code == 404
    offer_plan.refresh_from_db()
    assert not offer_plan.is_step_done(Step.RECONNECT)


def test_it_answers_htmx_with_the_builder_fragment(alice_client, offer_plan):
    response = alice_client.get(url(offer_plan), **HTMX)

    assert_builder_fragment(response)
    assert response["HX-Push-Url"] == url(offer_plan)


def test_it_swaps_in_the_summary_after_the_last_step_with_htmx(alice_client, offer_plan):
    # htmx follows the redirect itself and swaps the answer into #builder.
    response = alice_client.post(url(offer_plan), {"action": "next"}, follow=True, **HTMX)

    html = assert_builder_fragment(response)
    assert "Your plan for Northwind Logistics" in html
    assert response["HX-Push-Url"] == f"/plans/{offer_plan.pk}/"


def test_it_ticks_a_rhythm_that_spreads_out_over_two_years(alice_client, offer_plan):
    from apps.reminders.services import reminders_propose

    for days in [14, 21, 90, 120, 180, 270, 365, 450, 540, 730]:
        ReconnectIdea.objects.create(
            slug=f"d{days}",
            title=f"After {days} days",
            opener="Hello",
            default_days_after=days,
            status=Status.PUBLISHED,
        )

    proposals = reminders_propose(plan=offer_plan)

    assert [p.idea.default_days_after for p in proposals if p.suggested] == [14, 90, 180, 365, 730]
    html = alice_client.get(url(offer_plan)).content.decode()
    assert html.count(" checked>") == 5


def ticked(ideas, *slugs: str, on: date | None = None) -> dict[str, object]:
    on = on or timezone.localdate() + timedelta(days=30)
    return {
        "idea": [str(ideas[slug].pk) for slug in slugs],
        **{f"date-{ideas[slug].pk}": on.isoformat() for slug in slugs},
    }


def test_save_and_continue_schedules_the_ticked_ideas(alice_client, offer_plan, ideas):
    response = alice_client.post(
        url(offer_plan), {"action": "next", **ticked(ideas, "fortnight", "year")}
    )

    assert response["Location"] == f"/plans/{offer_plan.pk}/"
    assert {reminder.idea for reminder in offer_plan.reminders.all()} == {
        ideas["fortnight"],
        ideas["year"],
    }
    assert "Scheduled 2 reminders." in messages_of(response)


def test_scheduling_twice_makes_each_reminder_once(alice_client, offer_plan, ideas):
    data = {"action": "schedule", **ticked(ideas, "fortnight")}

    first = alice_client.post(url(offer_plan), data)
    second = alice_client.post(url(offer_plan), data)

    assert first["Location"] == second["Location"] == url(offer_plan)
    assert offer_plan.reminders.count() == 1


def test_it_ignores_ideas_of_the_other_situation_and_impossible_dates(
    alice_client, offer_plan, ideas
):
    data = {
        "action": "next",
        "idea": [str(ideas["promotion-only"].pk), str(ideas["draft"].pk), str(ideas["year"].pk)],
        f"date-{ideas['promotion-only'].pk}": "2099-01-01",
        f"date-{ideas['draft'].pk}": "2099-01-01",
        f"date-{ideas['year'].pk}": "2099-02-30",
    }

    response = alice_client.post(url(offer_plan), data)

    # The one idea this plan offers has no real date: it is asked for, still ticked.
    assert response.status_code == 200
    assert "“Idea year” needs a date" in " ".join(messages_of(response))
    assert re.search(rf'value="{ideas["year"].pk}"[^>]*checked', response.content.decode())
    assert not offer_plan.reminders.exists()


def test_a_reminder_typed_in_is_added_by_save_and_continue(alice_client, offer_plan):
    on = timezone.localdate() + timedelta(days=40)
    data = {
        "action": "next",
        "add-title": "Coffee with Claire",
        "add-local_date": on.isoformat(),
        "add-local_time": "09:00",
        "add-opener": "",
    }

    response = alice_client.post(url(offer_plan), data)

    assert response["Location"] == f"/plans/{offer_plan.pk}/"
    assert offer_plan.reminders.get().title == "Coffee with Claire"


def test_an_error_in_a_reminder_keeps_the_member_in_the_builder(alice_client, offer_plan, ideas):
    data = {
        "action": "add-reminder",
        "add-title": "Coffee with Claire",
        "add-local_date": "",
        "add-local_time": "09:00",
        "add-opener": "Shall we catch up?",
        **ticked(ideas, "fortnight"),
    }

    response = alice_client.post(url(offer_plan), data)

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert "Coffee with Claire" in html and "Shall we catch up?" in html
    # Nothing is scheduled until the form is whole: the ticks come back as they were.
    assert not offer_plan.reminders.exists()
    assert f'name="idea" value="{ideas["fortnight"].pk}"' in html


def test_every_control_of_the_step_belongs_to_its_one_form(alice_client, offer_plan, ideas):
    html = alice_client.get(url(offer_plan)).content.decode()

    controls = re.findall(r"<(?:input|textarea|select)\b[^>]*>", html)
    names = {"idea", f"date-{ideas['fortnight'].pk}", "add-title", "add-local_date", "add-opener"}
    for name in names:
        tags = [tag for tag in controls if f'name="{name}"' in tag]
        assert tags, name
        for tag in tags:
            assert 'form="step-form"' in tag, tag
    assert '<form id="step-form"' in html
