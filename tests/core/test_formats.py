"""Dates as members in Belgium read them, in every language: the day first, weeks
starting on Monday, the 24-hour clock."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from django.utils import formats, translation


@pytest.mark.parametrize(
    ("language", "long", "short"),
    [
        ("en", "4 January 2027", "04/01/2027"),
        ("nl", "4 januari 2027", "4-1-2027"),
        ("fr", "4 janvier 2027", "04/01/2027"),
    ],
)
def test_dates_put_the_day_first(language, long, short):
    with translation.override(language):
        assert formats.date_format(date(2027, 1, 4)) == long
        assert formats.date_format(date(2027, 1, 4), "SHORT_DATE_FORMAT") == short
        assert formats.get_format("FIRST_DAY_OF_WEEK") == 1


def test_english_times_use_the_24_hour_clock():
    with translation.override("en"):
        assert formats.time_format(time(14, 30)) == "14:30"
        assert formats.date_format(datetime(2027, 1, 4, 9, 5), "DATETIME_FORMAT") == (
            "4 January 2027, 09:05"
        )
