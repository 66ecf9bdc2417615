"""The reading of a temporal expression and the arithmetic shared by its normalisers.

A :class:`Reading` is a normalised expression before offsets are attached; a
:class:`Frame` is what it is resolved against (publication date, the date in
context, future or past narration). :func:`calendar` turns a TIMEX3 calendar
value into a reading whose interval agrees with it (see :mod:`.timex_values`),
and ends document-anchored past narration at the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta

from ..errors import ResolutionError
from ..records import Anchor, Precision, TimexType
from .timex_grammar import NUMBERS
from .timex_values import interval_of, iso_week_value, narrow

__all__ = [
    "GRANULARITY",
    "RANK",
    "SEASON_CODES",
    "TOD_CODES",
    "Context",
    "Frame",
    "Handler",
    "Reading",
    "add_months",
    "apply_modifier",
    "base_date",
    "calendar",
    "day_number",
    "day_reading",
    "number",
    "number_text",
    "safe_date",
    "shift",
    "unit_word",
    "unresolved",
]

TOD_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
GRANULARITY: dict[str, Precision] = {
    "second": "day", "minute": "day", "hour": "day", "day": "day", "night": "day", "week": "week",
    "fortnight": "week", "weekend": "week", "month": "month", "quarter": "quarter", "year": "year",
    "decade": "decade", "century": "unknown",
}  # fmt: skip
RANK: dict[Precision, int] = {
    "day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5, "unknown": 6,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Context:
    """The date an expression like "the next day" counts from."""

    start: date
    end: date
    precision: Precision


@dataclass(frozen=True, slots=True)
class Frame:
    """What an expression is resolved against."""

    published: date | None
    context: Context | None = None
    future: bool = False
    # future narration beyond doubt (a modal, a plan, a call), not a present tense read as future: a
    # month or day well behind publication is then the coming one
    ahead: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    """A normalised expression, before offsets are attached."""

    value: str | None
    start: date | None
    end: date | None
    precision: Precision
    anchor: Anchor
    type: TimexType = "DATE"


def unresolved(precision: Precision, type_: TimexType = "DATE") -> Reading:
    return Reading(None, None, None, precision, "unresolved", type_)


def calendar(value: str, anchor: Anchor, type_: TimexType = "DATE", *, frame: Frame | None = None) -> Reading:
    """A reading of a calendar value; document-anchored past narration ends at publication."""
    span = interval_of(value)
    if span is None:
        raise ResolutionError(f"not a calendar value: {value!r}", code="E420")
    start, end, precision = span
    if frame is not None and anchor == "document" and not frame.future and frame.published is not None:
        pub = frame.published
        if start <= pub < end:
            end = pub
    return Reading(value, start, end, precision, anchor, type_)


def day_reading(d: date, anchor: Anchor, tod: str | None = None) -> Reading:
    """A day; a part of the day ("Friday night") keeps the day's value, as most TimeML gold does."""
    return Reading(d.isoformat(), d, d, "day", anchor)


def number(word: str | None) -> float | None:
    """Numeric value of a number word or digits; None for vague words (several, a few)."""
    if word is None:
        return 1
    w = re.sub(r"\s+", " ", word.lower().replace("-", " ")).strip()
    if re.fullmatch(r"\d+(?:\.5)?", w):
        return float(w)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", w):
        return float(w.replace(",", ""))  # "2,700 days"
    if w in NUMBERS:
        return NUMBERS[w]
    if w in ("a couple of", "couple of", "a couple"):
        return 2
    parts = w.split(" ")
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    return None


def number_text(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def unit_word(word: str) -> str:
    w = word.lower()
    if w == "centuries":
        return "century"
    return w[:-1] if w.endswith("s") else w


def add_months(d: date, months: int) -> tuple[int, int]:
    total = d.year * 12 + d.month - 1 + months
    return total // 12, total % 12 + 1


def shift(base: date, unit: str, n: int, anchor: Anchor, frame: Frame) -> Reading | None:
    """The calendar unit holding ``base`` moved by ``n`` units; None when that leaves the calendar
    ("2,000 years earlier" told in 2000, "a million days later": no year 1–9999 holds it)."""
    try:
        return _shift(base, unit_word(unit), n, anchor, frame)
    except OverflowError:
        return None


def _shift(base: date, unit: str, n: int, anchor: Anchor, frame: Frame) -> Reading | None:
    if unit in ("second", "minute", "hour"):
        hours = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1}[unit] * n
        return day_reading(base + timedelta(hours=hours), anchor)
    if unit in ("day", "night"):
        return day_reading(base + timedelta(days=n), anchor)
    if unit in ("week", "fortnight"):
        weeks = 2 * n if unit == "fortnight" else n
        return calendar(iso_week_value(base + timedelta(weeks=weeks)), anchor, frame=frame)
    if unit == "weekend":
        sunday = base + timedelta(days=7 - base.isoweekday())  # the weekend of base's ISO week
        return calendar(iso_week_value(sunday + timedelta(weeks=n)) + "-WE", anchor, frame=frame)
    if unit == "month":
        y, m = add_months(base, n)
        return calendar(f"{_year(y):04d}-{m:02d}", anchor, frame=frame)
    if unit == "quarter":
        y, m = add_months(base, 3 * n)
        return calendar(f"{_year(y):04d}-Q{(m - 1) // 3 + 1}", anchor, frame=frame)
    if unit == "year":
        return calendar(f"{_year(base.year + n):04d}", anchor, frame=frame)
    if unit == "decade":
        decade = _year(10 * (base.year // 10 + n)) // 10  # its first year a calendar year (the 0s are not)
        return calendar(f"{decade:03d}", anchor, frame=frame)
    return None


def _year(y: int) -> int:
    """``y`` when the calendar (``datetime.date``) holds it, else OverflowError as date arithmetic raises."""
    if not MINYEAR <= y <= MAXYEAR:
        raise OverflowError(f"year {y} is out of range")
    return y


def base_date(frame: Frame, *, needs: Precision, later: bool) -> tuple[date, Anchor] | None:
    """The context date if fine enough, else the publication date for backward shifts."""
    ctx = frame.context
    if ctx is not None and RANK[ctx.precision] <= RANK[needs]:
        return ctx.start, "context"
    if ctx is not None and later:
        return None
    if frame.published is not None and not later:
        return frame.published, "document"
    return None


# --- handlers ------------------------------------------------------------------------

Handler = Callable[[re.Match[str], Frame], Reading | None]


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def apply_modifier(reading: Reading, modifier: str, frame: Frame) -> Reading:
    """Narrow a reading by "early"/"mid"/"late"/"the end of"/"earlier"/"later" (value unchanged)."""
    if reading.start is None or reading.end is None or reading.type in ("DURATION", "SET"):
        return reading
    word = modifier.lower()
    part = {"start": "early", "beginning": "early", "end": "late", "middle": "mid"}.get(word, word)
    start, end = reading.start, reading.end
    pub = frame.published
    if " " in part:  # "the first week of July", "the second half of 2023"
        start, end = _part_of(start, end, part)
        if part.lower().endswith("week"):
            return Reading(iso_week_value(start), start, end, "week", reading.anchor, reading.type)
        if part.lower().endswith("half") and re.fullmatch(r"\d{4}", reading.value or ""):
            value = f"{reading.value}-H{1 if start.month < 7 else 2}"  # "the last half of 1989": 1989-H2
            return Reading(value, start, end, reading.precision, reading.anchor, reading.type)
    elif part in ("early", "mid", "late"):
        full = interval_of(reading.value)
        if full is not None:
            start, end = narrow(full[0], full[1], part)
            precision = reading.precision
            if word == "late" and re.fullmatch(r"\d{4}", reading.value or ""):
                # "late 2024": 1 October to 31 December, a part of a year with no named
                # season (the guide's M55); "the end of 2024" keeps the year's last third
                start, precision = date(full[0].year, 10, 1), "season"
            if start <= reading.end < end:  # keep the publication-date clip
                end = reading.end
            return Reading(reading.value, start, end, precision, reading.anchor, reading.type)
    elif part == "earlier" and pub is not None and start <= pub:
        end = min(end, pub)
    elif part == "later" and pub is not None and reading.anchor == "document" and start <= pub <= end:
        start = pub
        full = interval_of(reading.value)
        if full is not None and full[1] > end:
            end = full[1]  # "later this month": the rest of the month, past the publication-date clip
    return Reading(reading.value, start, end, reading.precision, reading.anchor, reading.type)


_PART_INDEX = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _part_of(start: date, end: date, part: str) -> tuple[date, date]:
    """The ``first week`` / ``last fortnight`` / ``second half`` of an interval, clipped to it."""
    words = part.lower().split()
    which, unit = words[0], words[-1]
    if unit == "half" and start.month == 1 and end.month == 12 and start.year == end.year:
        return (start, date(start.year, 6, 30)) if which == "first" else (date(start.year, 7, 1), end)
    if unit == "half":
        days = (end - start).days + 1
        mid = start + timedelta(days=max(days // 2, 1) - 1)
        if which == "first":
            return start, mid
        if which in ("second", "last", "final"):
            return mid + timedelta(days=1), end
        return start, end
    length = 7 if unit == "week" else 14
    if which in ("last", "final"):
        return max(start, end - timedelta(days=length - 1)), end
    index = _PART_INDEX.get(which)
    if index is None:
        return start, end
    first = start + timedelta(days=index * length)
    if first > end:
        return start, end
    return first, min(end, first + timedelta(days=length - 1))
