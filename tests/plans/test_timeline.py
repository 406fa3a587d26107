"""The reconnect timeline: where each reminder falls (apps/plans/timeline.py), and how
the summary and the dashboard draw it, with its text equivalent."""

from __future__ import annotations

import html as html_lib
import re
from datetime import UTC, date, datetime, time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.formats import date_format

from apps.plans.timeline import EDGE, State, reconnect_timeline, state_of
from apps.reminders.models import Reminder, local_instant
from tests.helpers import make_plan, make_reminder, upcoming

# Noon in Brussels (the test settings' zone): today is Sunday 15 March 2026.
NOW = datetime(2026, 3, 15, 11, 0, tzinfo=UTC)
TODAY = date(2026, 3, 15)
ZONE = "Europe/Brussels"


def reminder(on: date, status: str = Reminder.Status.SCHEDULED, title: str = "Coffee") -> Reminder:
    """A reminder as the timeline reads it; never saved, so these tests need no database."""
    at = Reminder.DEFAULT_TIME
    return Reminder(
        title=title, local_date=on, local_time=at, due_at=local_instant(on, at, ZONE), status=status
    )


def timeline_of(*reminders: Reminder, decided_on: date | None = None, compact: bool = False):
    return reconnect_timeline(reminders, decided_on=decided_on, now=NOW, compact=compact)


def percent(on: date, start: date, end: date) -> float:
    return round(EDGE + (100 - 2 * EDGE) * (on - start).days / (end - start).days, 2)


# Where things fall


def test_it_draws_nothing_without_reminders():
    assert timeline_of() is None


def test_one_reminder_spans_the_whole_months_from_today_to_it():
    timeline = timeline_of(reminder(date(2026, 5, 10)))

    start, end = date(2026, 3, 1), date(2026, 6, 1)
    assert (timeline.first, timeline.last) == (TODAY, date(2026, 5, 10))
    assert [tick.on for tick in timeline.ticks] == [start, date(2026, 4, 1), date(2026, 5, 1), end]
    assert [tick.x for tick in timeline.ticks] == [
        EDGE,
        percent(date(2026, 4, 1), start, end),
        percent(date(2026, 5, 1), start, end),
        100 - EDGE,
    ]
    assert timeline.rows[0].x == percent(date(2026, 5, 10), start, end) == 75.04
    assert timeline.today_x == percent(TODAY, start, end)
    assert not timeline.by_year
    # The last tick closes the axis: only the months in it are named.
    assert [tick.labelled for tick in timeline.ticks] == [True, True, True, False]


def test_reminders_all_on_one_day_still_span_a_month_each_on_its_own_row():
    timeline = timeline_of(
        reminder(TODAY, title="First"), reminder(TODAY, title="Second"), decided_on=TODAY
    )

    assert [tick.on for tick in timeline.ticks] == [date(2026, 3, 1), date(2026, 4, 1)]
    assert {row.x for row in timeline.rows} == {timeline.today_x}
    first, second = timeline.rows
    assert second.y > first.y
    assert timeline.height > second.y
    # Decided today: the "Today" line says it all; a second label would sit on top of it.
    assert not timeline.shows_decided


def test_it_starts_on_the_day_the_member_decided():
    timeline = timeline_of(reminder(date(2026, 9, 1)), decided_on=date(2025, 11, 20))

    assert timeline.first == date(2025, 11, 20)
    assert timeline.ticks[0].on == date(2025, 11, 1)
    assert timeline.shows_decided
    assert timeline.decided_x < timeline.today_x < timeline.rows[0].x
    assert timeline.decided_anchor == "start"


def test_without_a_decision_date_it_starts_at_the_first_reminder_or_today():
    past = timeline_of(
        reminder(date(2025, 12, 5), Reminder.Status.DONE), reminder(date(2026, 6, 1))
    )
    future = timeline_of(reminder(date(2026, 6, 1)))

    assert past.first == date(2025, 12, 5)
    assert past.decided_x is None and not past.shows_decided
    assert future.first == TODAY


def test_it_runs_on_to_today_when_every_reminder_is_past():
    timeline = timeline_of(
        reminder(date(2025, 10, 1), Reminder.Status.DONE),
        reminder(date(2025, 12, 1), Reminder.Status.DONE),
    )

    assert timeline.last == TODAY
    assert timeline.ticks[-1].on == date(2026, 4, 1)
    assert all(row.x < timeline.today_x for row in timeline.rows)
    assert timeline.today_x <= 100 - EDGE


def test_it_orders_the_rows_by_date_and_numbers_them():
    late, early, middle = (
        reminder(date(2026, 9, 1), title="Late"),
        reminder(date(2026, 4, 1), title="Early"),
        reminder(date(2026, 6, 1), title="Middle"),
    )

    timeline = timeline_of(late, early, middle)

    assert [(row.number, row.reminder.title) for row in timeline.rows] == [
        (1, "Early"),
        (2, "Middle"),
        (3, "Late"),
    ]
    assert [row.x for row in timeline.rows] == sorted(row.x for row in timeline.rows)


def test_labels_past_the_middle_go_left_of_their_marker():
    timeline = timeline_of(reminder(date(2026, 3, 20)), reminder(date(2026, 12, 20)))

    assert [row.label_before for row in timeline.rows] == [False, True]


# The axis: months, quarters, years


def test_a_short_span_counts_months_and_names_the_year_once():
    timeline = timeline_of(reminder(date(2026, 8, 1)))

    labelled = [tick for tick in timeline.ticks if tick.labelled]
    assert [tick.on.month for tick in labelled] == [3, 4, 5, 6, 7, 8]
    assert [tick.shows_year for tick in labelled] == [True, False, False, False, False, False]
    assert not any(tick.minor for tick in labelled)


def test_a_span_of_more_than_eighteen_months_counts_quarters():
    timeline = timeline_of(reminder(date(2028, 1, 10)), decided_on=date(2026, 2, 1))

    assert not timeline.by_year
    assert timeline.ticks[0].on == date(2026, 1, 1)
    assert timeline.ticks[-1].on == date(2028, 4, 1)
    assert {tick.on.month for tick in timeline.ticks} == {1, 4, 7, 10}
    assert [tick.on.year for tick in timeline.ticks if tick.shows_year] == [2026, 2027, 2028]
    assert [tick.on for tick in timeline.ticks if tick.new_year] == [
        date(2026, 1, 1),
        date(2027, 1, 1),
        date(2028, 1, 1),
    ]


def test_reminders_years_apart_are_counted_in_years():
    timeline = timeline_of(
        reminder(date(2025, 2, 1), Reminder.Status.DONE),
        reminder(date(2027, 6, 1)),
        reminder(date(2031, 1, 15)),
        decided_on=date(2025, 1, 10),
    )

    assert timeline.by_year
    assert [tick.on for tick in timeline.ticks] == [date(year, 1, 1) for year in range(2025, 2033)]
    assert not any(tick.shows_year for tick in timeline.ticks)  # the label is the year
    assert timeline.rows[-1].x < 100 - EDGE


def test_a_crowded_axis_names_every_third_month_on_a_phone():
    timeline = timeline_of(reminder(date(2027, 7, 1)), decided_on=date(2026, 2, 1))

    labelled = [tick for tick in timeline.ticks if tick.labelled]
    assert len(labelled) == 18
    assert [tick.on.month for tick in labelled if not tick.minor] == [2, 5, 8, 11, 2, 5]


def test_the_first_year_gives_way_to_a_new_year_close_by():
    timeline = timeline_of(reminder(date(2027, 5, 1)), decided_on=date(2025, 12, 1))

    years = [(tick.on, tick.shows_year) for tick in timeline.ticks if tick.labelled]
    assert years[0] == (date(2025, 12, 1), False)
    assert years[1] == (date(2026, 1, 1), True)


def test_the_today_label_stays_on_the_drawing():
    at_the_start = timeline_of(reminder(date(2026, 12, 1)))
    at_the_end = timeline_of(reminder(date(2025, 1, 1), Reminder.Status.DONE))

    assert at_the_start.today_anchor == "start"
    assert at_the_end.today_anchor == "end"


def test_compact_draws_every_reminder_on_one_line():
    reminders = [reminder(date(2026, month, 1)) for month in (4, 6, 9)]

    compact = timeline_of(*reminders, compact=True)
    full = timeline_of(*reminders)

    assert len({row.y for row in compact.rows}) == 1
    assert len({row.y for row in full.rows}) == 3
    assert compact.height < full.height


# States


@pytest.mark.parametrize(
    ("status", "on", "state"),
    [
        (Reminder.Status.DONE, date(2026, 1, 5), State.DONE),
        (Reminder.Status.SCHEDULED, date(2026, 4, 1), State.UPCOMING),
        (Reminder.Status.SCHEDULED, date(2026, 3, 1), State.OVERDUE),
        (Reminder.Status.SENT, date(2026, 3, 14), State.OVERDUE),
        (Reminder.Status.SNOOZED, date(2026, 3, 22), State.SNOOZED),
        (Reminder.Status.FAILED, date(2026, 3, 10), State.FAILED),
        (Reminder.Status.DROPPED, date(2026, 5, 1), State.DROPPED),
    ],
)
def test_it_marks_each_reminders_state(status, on, state):
    assert state_of(reminder(on, status), NOW) == state


def test_a_reminder_due_earlier_today_is_overdue():
    this_morning = reminder(TODAY)  # 09:00 in Brussels, before NOW

    assert state_of(this_morning, NOW) == State.OVERDUE


def test_the_key_counts_the_states_drawn_and_the_next_reminder_is_the_first_to_come():
    timeline = timeline_of(
        reminder(date(2026, 1, 5), Reminder.Status.DONE),
        reminder(date(2026, 2, 5), Reminder.Status.DONE),
        reminder(date(2026, 3, 1)),
        reminder(date(2026, 3, 20), Reminder.Status.DROPPED),
        reminder(date(2026, 4, 1), Reminder.Status.SNOOZED, title="Snoozed"),
        reminder(date(2026, 6, 1)),
    )

    assert timeline.key == [
        (State.DONE, 2),
        (State.OVERDUE, 1),
        (State.SNOOZED, 1),
        (State.UPCOMING, 1),
        (State.DROPPED, 1),
    ]
    assert timeline.next_row.reminder.title == "Snoozed"


def test_there_is_no_next_reminder_when_all_are_closed():
    timeline = timeline_of(reminder(date(2026, 1, 5), Reminder.Status.DONE))

    assert timeline.next_row is None


# The pages


def text_of(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def drawing(html: str) -> str:
    match = re.search(r'<svg class="timeline-drawing".*?</svg>\s*</figure>', html, re.S)
    assert match, "no timeline drawn"
    return match.group(0)


def listed_rows(html: str) -> list[str]:
    """The text equivalent's items, as words."""
    match = re.search(r'<ol class="timeline-list.*?</ol>', html, re.S)
    assert match, "no list beside the timeline"
    items = re.findall(r"<li[^>]*>(.*?)</li>", match.group(0), re.S)
    return [" ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", item)).split()) for item in items]


def drawn_rows(html: str) -> list[tuple[str, str, str]]:
    """Each row the drawing labels: its state, its number and its title."""
    return [
        (state, number, html_lib.unescape(title).strip())
        for state, number, title in re.findall(
            r'<text class="timeline-row-label is-(\w+)"[^>]*><tspan class="timeline-number">'
            r'(\d+)</tspan><tspan class="timeline-title">([^<]*)</tspan>',
            drawing(html),
        )
    ]


@pytest.fixture
def reminders_in_every_state(offer_plan):
    """Alice's offer plan, decided two months ago, with a reminder in each state."""
    offer_plan.decided_on = upcoming(-60)
    offer_plan.save()
    done = make_reminder(offer_plan, title="Thank-you coffee", on=upcoming(-30))
    done.mark_done()
    make_reminder(offer_plan, title="Ask about the fair", on=upcoming(-3))  # overdue
    make_reminder(offer_plan, title="Quiet check-in", on=upcoming(20)).drop()
    snoozed = make_reminder(offer_plan, title="Lunch in spring", on=upcoming(50))
    snoozed.snooze(7, offer_plan.owner.time_zone)
    failed = make_reminder(offer_plan, title="Congratulate on the launch", on=upcoming(-1))
    Reminder.objects.filter(pk=failed.pk).update(status=Reminder.Status.FAILED, attempts=8)
    make_reminder(offer_plan, title="Six-month catch-up", on=upcoming(180))
    return offer_plan


def test_the_summary_draws_the_timeline_and_lists_it_in_words(
    alice_client, reminders_in_every_state
):
    html = text_of(alice_client.get(f"/plans/{reminders_in_every_state.pk}/"))

    svg = drawing(html)
    assert 'role="img"' in svg
    assert re.search(r'aria-label="Reconnect timeline from \w+ \d{4} to \w+ \d{4}; each', svg)
    assert ">Today</text>" in svg
    assert ">Decided</text>" in svg
    assert drawn_rows(html) == [
        ("done", "1", "Thank-you coffee"),
        ("overdue", "2", "Ask about the fair"),
        ("failed", "3", "Congratulate on the launch"),
        ("dropped", "4", "Quiet check-in"),
        ("snoozed", "5", "Lunch in spring"),
        ("upcoming", "6", "Six-month catch-up"),
    ]
    in_words = [
        "Thank-you coffee (done)",
        "Ask about the fair (overdue)",
        "Congratulate on the launch (email failed)",
        "Quiet check-in (dropped)",
        "Lunch in spring (snoozed)",
        "Six-month catch-up (upcoming)",
    ]
    listed = listed_rows(html)
    assert len(listed) == len(in_words)
    for row, words in zip(listed, in_words, strict=True):
        assert f" · {words} .ics" in row
    key = re.search(r'<ul class="timeline-key.*?</ul>', html, re.S).group(0)
    for state in ["Done", "Overdue", "Email failed", "Dropped", "Snoozed", "Upcoming"]:
        assert f'{state} <span class="timeline-count">(1)</span>' in key


def test_the_list_gives_each_reminders_date(alice_client, offer_plan):
    on = upcoming(30)
    make_reminder(offer_plan, title="Coffee with Claire", on=on)

    html = text_of(alice_client.get(f"/plans/{offer_plan.pk}/"))

    assert f'<time datetime="{on.isoformat()}">' in html
    assert listed_rows(html)[0].startswith(f"{on.day} {on:%b} {on.year} · Coffee with Claire")


def test_the_summary_says_when_an_email_is_being_retried(alice_client, offer_plan):
    retrying = make_reminder(offer_plan, title="Coffee with Claire")
    retrying.mark_failed(timezone.now(), "451 try again later")

    html = text_of(alice_client.get(f"/plans/{offer_plan.pk}/"))

    assert "Coffee with Claire (upcoming, email retrying)" in listed_rows(html)[0]


def test_a_plan_without_reminders_shows_no_timeline_and_says_what_to_do(alice_client, offer_plan):
    html = text_of(alice_client.get(f"/plans/{offer_plan.pk}/"))

    assert "timeline-drawing" not in html
    assert "No reminders yet." in html
    assert f'<a href="/plans/{offer_plan.pk}/reconnect/">Plan when to get back in touch</a>' in html


def test_the_htmx_summary_draws_the_timeline_too(alice_client, offer_plan):
    make_reminder(offer_plan, title="Coffee with Claire")

    html = text_of(alice_client.get(f"/plans/{offer_plan.pk}/", HTTP_HX_REQUEST="true"))

    assert "<html" not in html
    assert drawn_rows(html) == [("upcoming", "1", "Coffee with Claire")]


def test_positions_keep_a_decimal_point_in_french(alice_client, offer_plan):
    make_reminder(offer_plan, on=upcoming(17))

    html = text_of(alice_client.get(f"/plans/{offer_plan.pk}/", HTTP_ACCEPT_LANGUAGE="fr"))

    svg = drawing(html)
    assert 'lang="fr"' in html
    positions = re.findall(r' (?:x|x1|x2)="([^"]*)"', svg)
    assert positions
    assert all(re.fullmatch(r"-?\d+(\.\d+)?%?", value) for value in positions), positions


def test_the_dashboard_draws_a_compact_timeline_for_each_plan_with_reminders(
    alice_client, offer_plan, promotion_plan, reminders_in_every_state
):
    html = text_of(alice_client.get("/plans/"))

    figures = re.findall(r'<figure class="timeline timeline-compact.*?</figure>', html, re.S)
    assert len(figures) == 1  # the promotion plan has no reminders yet
    compact = figures[0]
    assert 'aria-label="Reconnect timeline for Northwind Logistics, from' in compact
    assert "timeline-row-label" not in compact  # markers only; titles are on the summary
    assert len(re.findall(r'<svg class="timeline-mark is-', compact)) == 6
    snoozed = reminders_in_every_state.reminders.get(status=Reminder.Status.SNOOZED)
    assert f"Next: {date_format(snoozed.local_date, 'j M Y')}" in compact
    for state in ["Done", "Overdue", "Email failed", "Dropped", "Snoozed", "Upcoming"]:
        assert f"{state} <span" in compact


def test_the_dashboard_still_lists_what_is_coming_up(alice_client, reminders_in_every_state):
    html = html_lib.unescape(text_of(alice_client.get("/plans/")))

    overdue, upcoming_soon = html.split("Coming up in the next 90 days")
    assert "Ask about the fair" in overdue
    assert "Congratulate on the launch" in overdue  # failed: still open
    assert "Lunch in spring" in upcoming_soon
    plans = upcoming_soon.index('<h2 class="h4">Plans</h2>')
    for closed_or_far in ["Thank-you coffee", "Quiet check-in", "Six-month catch-up"]:
        assert closed_or_far not in overdue + upcoming_soon[:plans]


def test_archived_plans_keep_their_timeline(alice_client, reminders_in_every_state):
    reminders_in_every_state.archive()

    html = text_of(alice_client.get("/plans/?show=archived"))

    assert "timeline-compact" in html
    assert "Coming up in the next 90 days" not in html


def test_member_written_titles_are_escaped(alice_client, offer_plan):
    offer_plan.organisation = 'Acme <img src=x onerror="alert(2)">'
    offer_plan.save()
    make_reminder(offer_plan, title="<script>alert(1)</script>")

    for url in [f"/plans/{offer_plan.pk}/", "/plans/"]:
        html = text_of(alice_client.get(url))
        assert "<script>alert(1)" not in html
        assert "<img src=x" not in html
    summary = text_of(alice_client.get(f"/plans/{offer_plan.pk}/"))
    assert '<tspan class="timeline-title"> &lt;script&gt;alert(1)&lt;/script&gt;' in summary
    assert "· &lt;script&gt;alert(1)&lt;/script&gt;" in summary  # the list beside it
    dashboard = text_of(alice_client.get("/plans/"))
    assert 'aria-label="Reconnect timeline for Acme &lt;img src=x onerror=&quot;' in dashboard


# Queries


def queries_for(client, url: str) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_summary_costs_the_same_for_1_or_20_reminders(alice_client, alice):
    plan = make_plan(alice)
    make_reminder(plan)
    one = queries_for(alice_client, f"/plans/{plan.pk}/")
    for day in range(19):
        make_reminder(plan, title=f"Reminder {day}", on=upcoming(day * 30 - 200))

    assert queries_for(alice_client, f"/plans/{plan.pk}/") == one


def test_the_dashboard_costs_the_same_for_1_or_8_plans_with_reminders(alice_client, alice):
    def plan_with_reminders(number: int) -> None:
        plan = make_plan(alice, organisation=f"Organisation {number}")
        for day in (-20, 5, 60, 400):
            make_reminder(plan, title=f"Reminder {number}.{day}", on=upcoming(day))

    plan_with_reminders(0)
    one = queries_for(alice_client, "/plans/")
    for number in range(1, 8):
        plan_with_reminders(number)

    eight = queries_for(alice_client, "/plans/")
    assert eight == one, f"the dashboard: {one} queries for 1 plan, {eight} for 8"
    assert eight <= 5


def test_a_reminder_due_earlier_today_is_overdue_on_the_dashboard_too(alice_client, offer_plan):
    make_reminder(offer_plan, title="Call back", on=timezone.localdate(), at=time(0, 0))

    html = text_of(alice_client.get("/plans/"))

    assert '<svg class="timeline-mark is-overdue"' in html
    assert html.index("Overdue") < html.index("Call back")
