"""Countries, their public holidays and working days: when a person would pick a date.

Offline: countries and zones come from the IANA tables the `tzdata` package ships
(zone.tab, iso3166.tab), public holidays from the maintained `holidays` package.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta
from functools import cache
from importlib import resources

import holidays

# Saturday and Sunday (date.weekday() numbers).
WEEKEND = frozenset({5, 6})
# However many holidays and taken days there are, a working day is found within this.
MAX_DAYS_AHEAD = 60


def _table(name: str) -> list[list[str]]:
    text = resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _zone_countries() -> dict[str, str]:
    return {columns[2]: columns[0] for columns in _table("zone.tab")}


@cache
def _country_names() -> dict[str, str]:
    return {columns[0]: columns[1] for columns in _table("iso3166.tab")}


def country_for_zone(zone: str) -> str:
    """The country a time zone lies in ("Europe/Brussels" → "BE"), or "" if none."""
    return _zone_countries().get(zone, "")


@cache
def country_choices() -> list[tuple[str, str]]:
    """The countries whose public holidays are known, by English name."""
    supported = holidays.list_supported_countries()
    names = _country_names()
    return sorted(
        ((code, names[code]) for code in supported if len(code) == 2 and code in names),
        key=lambda choice: choice[1],
    )


def country_name(code: str) -> str:
    """The country's English name ("BE" → "Belgium"); "" for none."""
    return _country_names().get(code, code) if code else ""


@cache
def _holidays(country: str, year: int) -> frozenset[date]:
    if country not in holidays.list_supported_countries():
        return frozenset()
    return frozenset(holidays.country_holidays(country, years=year))


def is_working_day(day: date, country: str) -> bool:
    """Monday to Friday and not a public holiday of the country ("" knows none)."""
    return day.weekday() not in WEEKEND and day not in _holidays(country, day.year)


def next_working_day(day: date, country: str, taken: Collection[date] = ()) -> date:
    """The day itself if it is a working day nobody has taken, else the next such day
    (at most MAX_DAYS_AHEAD later; past that the day itself, which cannot happen with
    real calendars)."""
    for ahead in range(MAX_DAYS_AHEAD):
        candidate = day + timedelta(days=ahead)
        if candidate not in taken and is_working_day(candidate, country):
            return candidate
    return day
