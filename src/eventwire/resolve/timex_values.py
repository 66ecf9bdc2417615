"""TIMEX3 values and the calendar intervals they denote.

One place decides what a value means as an interval, so value, ``start``/``end``
and ``precision`` of a :class:`~eventwire.records.Time` always agree:

=================  ===========================  =========
value              interval                     precision
=================  ===========================  =========
``2019-11-15``     that day                     day
``2019-11-15TNI``  that day (time of day kept)  day
``2021-W37``       Monday … Sunday (ISO week)   week
``2021-W37-WE``    Saturday … Sunday            week
``2018-01``        1 … 31 January               month
``2021-SU``        season (see below)           season
``2020-Q1``        January … March              quarter
``2020-H1``        January … June               unknown
``2019``           the year                     year
``198``            1980 … 1989                  decade
=================  ===========================  =========

Seasons are meteorological (northern hemisphere): spring March–May, summer
June–August, fall September–November, winter December of the year to the end of
February of the next.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..records import Precision

__all__ = [
    "SEASONS",
    "Interval",
    "interval_of",
    "iso_week_value",
    "month_end",
    "narrow",
    "season_of",
]

Interval = tuple[date, date, Precision]

# value code -> (first month, last month, year offset of the last month)
SEASONS: dict[str, tuple[int, int, int]] = {
    "SP": (3, 5, 0),
    "SU": (6, 8, 0),
    "FA": (9, 11, 0),
    "WI": (12, 2, 1),
}

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_WEEK = re.compile(r"(\d{4})-W(\d{1,2})(-WE)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_QUARTER = re.compile(r"(\d{4})-([QH])([1-4])")
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"\d{3}")


def month_end(year: int, month: int) -> date:
    """Last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def iso_week_value(day: date) -> str:
    """``YYYY-Www`` of the ISO week holding ``day``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def season_of(day: date) -> tuple[int, str]:
    """(season year, code) of the season holding ``day``; January and February are last year's winter."""
    if day.month in (3, 4, 5):
        return day.year, "SP"
    if day.month in (6, 7, 8):
        return day.year, "SU"
    if day.month in (9, 10, 11):
        return day.year, "FA"
    return (day.year if day.month == 12 else day.year - 1), "WI"


def interval_of(value: str | None) -> Interval | None:
    """(start, end, precision) of a calendar value, or None for values that are not intervals."""
    if not value:
        return None
    try:
        return _interval(value)
    except ValueError:
        return None


def _interval(value: str) -> Interval | None:
    if m := _DAY.fullmatch(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day, "day"
    if m := _WEEK.fullmatch(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6), "week"
        return monday, monday + timedelta(days=6), "week"
    if m := _MONTH.fullmatch(value):
        year, month = int(m[1]), int(m[2])
        return date(year, month, 1), month_end(year, month), "month"
    if m := _SEASON.fullmatch(value):
        year = int(m[1])
        first, last, offset = SEASONS[m[2]]
        return date(year, first, 1), month_end(year + offset, last), "season"
    if m := _QUARTER.fullmatch(value):
        year, part = int(m[1]), int(m[3])
        months = 3 if m[2] == "Q" else 6
        first = (part - 1) * months + 1
        if first + months - 1 > 12:
            return None
        precision: Precision = "quarter" if m[2] == "Q" else "unknown"
        return date(year, first, 1), month_end(year, first + months - 1), precision
    if _YEAR.fullmatch(value):
        year = int(value)
        return date(year, 1, 1), date(year, 12, 31), "year"
    if _DECADE.fullmatch(value):
        decade = int(value) * 10
        return date(max(decade, 1), 1, 1), date(decade + 9, 12, 31), "decade"
    return None


def narrow(start: date, end: date, part: str) -> tuple[date, date]:
    """The ``early``/``mid``/``late`` third of an interval.

    Several whole years split by whole years (the early 1990s: 1990–1993; mid: 1993–1996;
    late: 1996–1999), whole months by months (a year: January–April, May–August,
    September–December; a quarter: its three months), a month by days 1–10,
    11–20 and 21 to the end, anything else in three equal runs of days.
    """
    index = {"early": 0, "mid": 1, "late": 2}.get(part)
    if index is None:
        return start, end
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    whole = start.day == 1 and end == month_end(end.year, end.month)
    years = end.year - start.year + 1
    if whole and start.month == 1 and end.month == 12 and years >= 3:
        k = round(years * 0.4)  # whole years, overlapping: a decade's 0–3, 3–6, 6–9
        first_year = start.year + (0, (years - k) // 2, years - k)[index]
        return date(first_year, 1, 1), date(first_year + k - 1, 12, 31)
    if whole and months >= 3 and months % 3 == 0:
        step = months // 3
        total = start.year * 12 + start.month - 1 + index * step
        first = date(total // 12, total % 12 + 1, 1)
        total += step - 1
        return first, month_end(total // 12, total % 12 + 1)
    if whole and months == 1:
        bounds = ((1, 10), (11, 20), (21, end.day))[index]
        return start.replace(day=bounds[0]), start.replace(day=bounds[1])
    days = (end - start).days + 1
    if days < 3:
        return start, end
    third = days // 3
    if index == 0:
        return start, start + timedelta(days=third - 1)
    if index == 1:
        return start + timedelta(days=third), end - timedelta(days=third)
    return end - timedelta(days=third - 1), end
