"""Countries, their public holidays and working days: when a person would pick a date.

Offline: countries and zones come from the IANA tables the `tzdata` package ships
(zone.tab, iso3166.tab), public holidays from the maintained `holidays` package.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from datetime import date, timedelta
from functools import cache
from importlib import resources

import holidays
from babel import Locale, UnknownLocaleError
from babel.dates import get_timezone_location
from django.utils.translation import get_language, to_locale

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
def _localised_names(language: str) -> dict[str, str]:
    """Country names in `language` ("BE" → "België" in nl) from Babel's CLDR data,
    English (the IANA table's names) for English or a language CLDR does not know."""
    names = _country_names()
    if language.split("-")[0] == "en":
        return names
    try:
        territories = Locale.parse(to_locale(language)).territories
    except (UnknownLocaleError, ValueError):
        return names
    return {code: territories.get(code, name) for code, name in names.items()}


def _names() -> dict[str, str]:
    return _localised_names(get_language() or "en")


def _sort_key(choice: tuple[str, str]) -> str:
    # "Égypte" sorts with the E's, not after "Zimbabwe".
    decomposed = unicodedata.normalize("NFKD", choice[1])
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def country_choices() -> list[tuple[str, str]]:
    """The countries whose public holidays are known, by name in the active language."""
    return _country_choices(get_language() or "en")


@cache
def _country_choices(language: str) -> list[tuple[str, str]]:
    supported = holidays.list_supported_countries()
    names = _localised_names(language)
    return sorted(
        ((code, names[code]) for code in supported if len(code) == 2 and code in names),
        key=_sort_key,
    )


def country_name(code: str) -> str:
    """The country's name in the active language ("BE" → "Belgium", "België" in nl);
    "" for none."""
    return _names().get(code, code) if code else ""


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


def zone_choices(zones: Collection[str]) -> list[tuple[str, str]]:
    """Time zones by the city and country they are named after, in the active language
    ("Europe/Brussels" → "Brussels (Belgium)", "Brussel (België)" in nl), sorted."""
    return _zone_choices(tuple(zones), get_language() or "en")


@cache
def _zone_choices(zones: tuple[str, ...], language: str) -> list[tuple[str, str]]:
    names = _localised_names(language)
    try:
        locale = Locale.parse(to_locale(language))
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    choices: dict[str, str] = {}
    # Aliases ("US/Central" beside "America/Chicago") name the same place: the zone
    # zone.tab lists (the canonical one) keeps the label, the alias is left out.
    canonical = _zone_countries()
    for zone in sorted(zones, key=lambda zone: zone not in canonical):
        try:
            city = get_timezone_location(zone, locale=locale, return_city=True)
        except LookupError:
            city = zone.rsplit("/", 1)[-1].replace("_", " ")
        code = country_for_zone(zone)
        country = locale.territories.get(code) or names.get(code, "")
        label = f"{city} ({country})" if country and country != city else city
        choices.setdefault(label, zone)
    return sorted(((zone, label) for label, zone in choices.items()), key=_sort_key)
