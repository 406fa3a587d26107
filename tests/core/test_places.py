"""Working days, public holidays and a time zone's country (apps.core.places)."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from django.utils import translation

from apps.core.places import (
    country_choices,
    country_for_zone,
    country_name,
    is_working_day,
    next_working_day,
)


@pytest.mark.parametrize(
    ("zone", "country"),
    [("Europe/Brussels", "BE"), ("Europe/Amsterdam", "NL"), ("Europe/Paris", "FR"), ("UTC", "")],
)
def test_a_time_zone_names_its_country(zone, country):
    assert country_for_zone(zone) == country


def without_accents(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def test_the_countries_offered_have_known_holidays_and_english_names():
    choices = dict(country_choices())
    assert choices["BE"] == "Belgium"
    assert choices["NL"] == "Netherlands"
    names = list(choices.values())
    # Sorted as a reader looks them up: "Åland Islands" with the A's, not after "Zimbabwe".
    assert names.index("Åland Islands") < names.index("Albania")
    assert names == sorted(names, key=without_accents)
    assert country_name("LU") == "Luxembourg"
    assert country_name("") == ""


def test_the_countries_are_named_in_the_active_language():
    with translation.override("nl"):
        assert country_name("BE") == "België"
        choices = dict(country_choices())
        assert choices["DE"] == "Duitsland"
    with translation.override("fr"):
        assert country_name("BE") == "Belgique"
        names = [name for _, name in country_choices()]
        # Accented names sort with their letter: "Égypte" among the E's.
        assert names.index("Égypte") < names.index("Espagne") < names.index("Finlande")
    assert country_name("BE") == "Belgium"


@pytest.mark.parametrize(
    ("day", "country", "working"),
    [
        (date(2027, 1, 1), "BE", False),  # New Year's Day, a Friday
        (date(2027, 3, 29), "BE", False),  # Easter Monday
        (date(2027, 7, 21), "BE", False),  # Belgian National Day
        (date(2027, 7, 21), "NL", True),
        (date(2027, 4, 27), "NL", False),  # King's Day
        (date(2027, 4, 27), "BE", True),
        (date(2027, 1, 2), "", False),  # a Saturday, whatever the country
        (date(2027, 1, 1), "", True),  # no country: weekends only
    ],
)
def test_working_days_skip_weekends_and_the_countrys_public_holidays(day, country, working):
    assert is_working_day(day, country) is working


def test_the_next_working_day_skips_holidays_weekends_and_taken_days():
    # Friday 1 January 2027 is a holiday, then a weekend: Monday 4th.
    assert next_working_day(date(2027, 1, 1), "BE") == date(2027, 1, 4)
    # Monday 4th is taken by another reminder: Tuesday.
    assert next_working_day(date(2027, 1, 1), "BE", {date(2027, 1, 4)}) == date(2027, 1, 5)
    # A working day nobody has is kept.
    assert next_working_day(date(2027, 1, 6), "BE") == date(2027, 1, 6)
