"""Reconnect timings in the words a person would use ("3 months", not "90 days").

Editors set a reconnect idea's timing in days after the decision; readers think
in weeks, months and years. The wording is approximate on purpose: the guide
says "about 3 months after".
"""

from __future__ import annotations

from django.utils.translation import ngettext

DAYS_PER_MONTH = 365.25 / 12
DAYS_PER_YEAR = 365.25


def duration_in_words(days: int) -> str:
    """7 → "1 week", 14 → "2 weeks", 30 → "1 month", 90 → "3 months", 730 → "2 years"."""
    days = max(days, 0)
    if days < 7:
        return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}
    # Under two months, weeks read better, unless the editor clearly meant "a month".
    if days < 60 and not (27 <= days <= 33 and days % 7):
        weeks = round(days / 7)
        return ngettext("%(count)d week", "%(count)d weeks", weeks) % {"count": weeks}
    months = max(round(days / DAYS_PER_MONTH), 1)
    years = round(days / DAYS_PER_YEAR)
    # "1 year" for 11 to 14 months, but "18 months" rather than a misleading "2 years".
    if years >= 1 and -1 <= months - years * 12 <= 2:
        return ngettext("%(count)d year", "%(count)d years", years) % {"count": years}
    return ngettext("%(count)d month", "%(count)d months", months) % {"count": months}
