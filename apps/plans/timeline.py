"""A plan's reconnect reminders laid out over the months and years, for drawing.

Pure arithmetic on dates: `plans/_timeline.html` draws the result as an inline SVG whose
horizontal positions are percentages of its width. With no viewBox to scale it, its
text keeps its size from a phone to a printed page, and positions need no inline style
(the Content Security Policy blocks `style` attributes; SVG's own `x` is allowed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.reminders.models import Reminder

if TYPE_CHECKING:
    from apps.plans.models import DeclinePlan

# Positions run from EDGE to 100 - EDGE percent, so a marker at either end stays whole.
EDGE = 2.0
# Longer than this many months, the axis counts quarters; longer still, years.
MONTHLY_UP_TO = 18
QUARTERLY_UP_TO = 48
# More labels than this crowd a phone's width: the lesser ones hide there (ajar.css).
LABELS_ON_A_PHONE = 9
# Pixels, top to bottom: month and year labels, the axis, a row per reminder, "Today".
AXIS_Y = 36
FIRST_ROW_Y = 58
ROW_HEIGHT = 26
FOOT_HEIGHT = 30
# The first tick's year this close (percent of the width) to a new year's would overlap it.
YEAR_GAP = 10.0
# "Decided" closer than this (percent of the width) to "Today" would overlap it on a phone.
LABEL_GAP = 20.0


class State(models.TextChoices):
    """A reminder as the timeline marks it: each has a shape of its own, so that the
    drawing reads without colour (and in black and white on paper). The order is the key's."""

    DONE = "done", _("Done")
    OVERDUE = "overdue", _("Overdue")
    FAILED = "failed", _("Email failed")
    SNOOZED = "snoozed", _("Snoozed")
    UPCOMING = "upcoming", _("Upcoming")
    DROPPED = "dropped", _("Dropped")


def state_of(reminder: Reminder, now: datetime) -> State:
    """Overdue as on the dashboard: still open and due before now."""
    match reminder.status:
        case Reminder.Status.DONE:
            return State.DONE
        case Reminder.Status.DROPPED:
            return State.DROPPED
        case Reminder.Status.FAILED:
            return State.FAILED
        case Reminder.Status.SNOOZED:
            return State.SNOOZED
    return State.OVERDUE if reminder.due_at < now else State.UPCOMING


@dataclass(frozen=True)
class Row:
    """One reminder: its number in the list beside the drawing, and where it falls."""

    number: int
    reminder: Reminder
    state: State
    x: float
    y: int

    @property
    def label_before(self) -> bool:
        """Past the middle, the label goes left of the marker so it stays on the page."""
        return self.x > 55


@dataclass(frozen=True)
class Tick:
    """The start of a month, quarter or year on the axis."""

    on: date
    x: float
    labelled: bool  # the last tick closes the axis: there is nothing after it to name
    minor: bool  # its label hides on a phone, where every label would not fit
    shows_year: bool  # the first tick and each new year say which year it is

    @property
    def new_year(self) -> bool:
        return self.on.month == 1


@dataclass(frozen=True)
class Timeline:
    """What the drawing needs: the axis, a row per reminder, today and the decision day."""

    first: date  # the span drawn, before rounding out to whole months, quarters or years
    last: date
    by_year: bool
    ticks: list[Tick]
    rows: list[Row]
    today: date
    today_x: float
    decided_x: float | None
    height: int

    axis_y = AXIS_Y
    axis_from = EDGE
    axis_to = 100 - EDGE

    @property
    def foot_y(self) -> int:
        """Where the "Today" and "Decided" labels stand, under the lines they name."""
        return self.height - 8

    @property
    def lines_end_y(self) -> int:
        return self.height - 22

    @property
    def today_anchor(self) -> str:
        return _anchor(self.today_x)

    @property
    def shows_decided(self) -> bool:
        """The day the member decided, unless it is too near today to label apart."""
        return self.decided_x is not None and abs(self.decided_x - self.today_x) >= LABEL_GAP

    @property
    def decided_anchor(self) -> str:
        return _anchor(self.decided_x or 0)

    @property
    def key(self) -> list[tuple[State, int]]:
        """Each state on the drawing and how many reminders are in it, in State's order."""
        counts = {state: 0 for state in State}
        for row in self.rows:
            counts[row.state] += 1
        return [(state, count) for state, count in counts.items() if count]

    @property
    def next_row(self) -> Row | None:
        """The next reminder still to come, if any."""
        return next(
            (row for row in self.rows if row.state in (State.UPCOMING, State.SNOOZED)), None
        )


def plan_timeline(
    plan: DeclinePlan, *, now: datetime | None = None, compact: bool = False
) -> Timeline | None:
    """The plan's reminders (as prefetched) on a timeline; None when it has none."""
    return reconnect_timeline(
        plan.reminders.all(), decided_on=plan.decided_on, now=now or timezone.now(), compact=compact
    )


def reconnect_timeline(
    reminders: Iterable[Reminder],
    *,
    decided_on: date | None,
    now: datetime,
    compact: bool = False,
) -> Timeline | None:
    """The reminders by date, from the day the member decided (or the first reminder, or
    today, whichever is earliest) to the last reminder (or today, if later).

    The axis rounds out to whole months, or quarters or years for longer spans, so a
    single day still spans a month. `compact` draws every reminder on one line (the
    dashboard's cards); otherwise each has a row of its own.
    """
    ordered = sorted(reminders, key=lambda reminder: (reminder.local_date, reminder.local_time))
    if not ordered:
        return None
    today = timezone.localdate(now)
    dates = [reminder.local_date for reminder in ordered]
    first = min([*dates, today, *([decided_on] if decided_on else [])])
    last = max([*dates, today])

    months = _month_number(last) - _month_number(first) + 1
    step = 1 if months <= MONTHLY_UP_TO else 3 if months <= QUARTERLY_UP_TO else 12
    start = _month_from_number(_month_number(first) // step * step)
    end = _month_from_number((_month_number(last) // step + 1) * step)

    def x(on: date) -> float:
        return round(EDGE + (100 - 2 * EDGE) * (on - start).days / (end - start).days, 2)

    ticks = _ticks(start, end, step, x)
    rows = [
        Row(
            number=number,
            reminder=reminder,
            state=state_of(reminder, now),
            x=x(reminder.local_date),
            y=FIRST_ROW_Y if compact else FIRST_ROW_Y + (number - 1) * ROW_HEIGHT,
        )
        for number, reminder in enumerate(ordered, start=1)
    ]
    return Timeline(
        first=first,
        last=last,
        by_year=step == 12,
        ticks=ticks,
        rows=rows,
        today=today,
        today_x=x(today),
        decided_x=x(decided_on) if decided_on else None,
        height=rows[-1].y + FOOT_HEIGHT,
    )


def _ticks(start: date, end: date, step: int, x: Callable[[date], float]) -> list[Tick]:
    """A tick every `step` months from start to end, both included."""
    boundaries = [
        _month_from_number(number)
        for number in range(_month_number(start), _month_number(end) + 1, step)
    ]
    crowded = len(boundaries) - 1 > LABELS_ON_A_PHONE
    # On a phone a crowded axis names every third month, or every other quarter or year.
    every = (3 if step == 1 else 2) if crowded else 1
    years = [x(on) for on in boundaries if on.month == 1]
    return [
        Tick(
            on=on,
            x=x(on),
            labelled=on < end,
            minor=index % every != 0,
            shows_year=step < 12
            and on < end
            and (on.month == 1 or (index == 0 and _room_for_year(x(on), years))),
        )
        for index, on in enumerate(boundaries)
    ]


def _month_number(on: date) -> int:
    return on.year * 12 + on.month - 1


def _month_from_number(number: int) -> date:
    return date(number // 12, number % 12 + 1, 1)


def _room_for_year(at: float, years: list[float]) -> bool:
    """The first tick says its year too, unless the next new year is too close."""
    following = [x for x in years if x > at]
    return not following or following[0] - at >= YEAR_GAP


def _anchor(x: float) -> str:
    """How a label at x lines up, so that it never runs off either side."""
    if x < 10:
        return "start"
    if x > 90:
        return "end"
    return "middle"
