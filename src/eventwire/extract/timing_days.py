"""Day arithmetic for event times: intervals, counting back and forward over days, weeks,
months and years, ``N days ago``, a month-day without a year read back from a reference day."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..records import Time

__all__ = ["WEEKDAY", "YEAR"]


WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
YEAR = re.compile(r"\b\d{4}\b")
_DAYS = frozenset({"day", "night", "evening"})
_AGO = re.compile(r"(?P<n>\w+)\s+(?P<u>day|week|month|year)s?\s+ago", re.IGNORECASE)
_DURATION = re.compile(r"^PT?(?P<n>\d+)(?P<u>[DWMYH])$")
# "for 20 days", "for more than 2,700 days", "for nearly seven months"
_FOR = re.compile(
    r"\bfor\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|around\s+"
    r"|at\s+least\s+|some\s+)?$",
    re.IGNORECASE,
)


def _interval(t: Time, start: str | None, end: str | None) -> Time:
    return Time(
        text=t.text,
        start_char=None,
        end_char=None,
        value=f"{start}/{end}" if start and end else t.value,
        start=start,
        end=end,
        precision="unknown",
        anchor=t.anchor,
        type="DATE",
    )


def _months_in_a_row(a: Time, b: Time) -> bool:
    if a.precision != "month" or b.precision != "month" or not (a.end and b.start):
        return False
    try:
        return date.fromisoformat(a.end) + timedelta(days=1) == date.fromisoformat(b.start)
    except ValueError:
        return False


def _back(end: str, n: int, unit: str) -> str | None:
    try:
        day = date.fromisoformat(end[:10])
    except ValueError:
        return None
    if unit == "D" or unit in _DAYS:
        return (day - timedelta(days=max(n - 1, 0))).isoformat()
    if unit in ("W", "week"):
        return (day - timedelta(days=7 * n)).isoformat()
    if unit in ("M", "month"):
        total = day.year * 12 + day.month - 1 - n
        y, m = divmod(total, 12)
        for d in (day.day, 30, 29, 28):
            try:
                return date(y, m + 1, d).isoformat()
            except ValueError:
                continue
    if unit in ("Y", "year"):
        try:
            return day.replace(year=day.year - n).isoformat()
        except ValueError:
            return day.replace(year=day.year - n, day=28).isoformat()
    return None


def _ago(t: Time, published: date | None) -> str | None:
    """``since they walked out two weeks ago``: the day itself, not the week it falls in."""
    m = _AGO.fullmatch(t.text)
    if m is None or published is None:
        return None
    n = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(m["n"].lower())
    n = n if n is not None else int(m["n"]) if m["n"].isdigit() else None
    if n is None:
        return None
    return _back(published.isoformat(), n + 1 if m["u"].lower() == "day" else n, m["u"].lower())


def _recent_start(t: Time, ref: str | None) -> str | None:
    """The start of ``since X`` running to ``ref``: a month or day written without a year ("have been on
    hunger strike since 1 October", "since August") is the latest such one on or before ``ref``, not
    one in the year of an older date told earlier in the story (T1: the stretch runs from X to the
    reference day, and a writer names the year of an X more than a year back)."""
    if not t.start or ref is None or YEAR.search(t.text) or t.precision not in ("day", "month"):
        return t.start
    try:
        start, end = date.fromisoformat(t.start[:10]), date.fromisoformat(ref[:10])
    except ValueError:
        return t.start
    for year in (end.year, end.year - 1):
        try:
            moved = start.replace(year=year)
        except ValueError:
            continue
        if moved <= end:
            return moved.isoformat() if moved != start else t.start
    return t.start


def _next_month_end(end: str) -> str:
    """The last day of the month after ``end``'s (several weeks from a month spill into the next)."""
    day = date.fromisoformat(end[:10])
    first = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return ((first + timedelta(days=32)).replace(day=1) - timedelta(days=1)).isoformat()


_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5}


def _leap_gap(start: date) -> bool:
    try:
        return (start.replace(year=start.year + 1) - start).days == 366
    except ValueError:
        return True


def _forward(day: date, unit: str) -> date | None:
    """The same day one week, month or year later."""
    if unit == "week":
        return day + timedelta(days=7)
    months = 1 if unit == "month" else 12
    total = day.year * 12 + day.month - 1 + months
    y, m = divmod(total, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(y, m + 1, d)
        except ValueError:
            continue
    return None
