"""Normalisation of recognised temporal expressions to TIMEX3 values and intervals.

Every rule of :mod:`.timex_grammar` has a handler here that reads the match's
named groups and returns a :class:`Reading`. Relative expressions resolve
against the publication date (anchor ``document``) or against the last date
mentioned before them (anchor ``context``); with no publication date they stay
``unresolved`` with a null value: the clock is never read.

Choices, documented once:

* past-tense narration (the default): a bare weekday is the most recent such day
  on or before publication ("Friday" in a Friday article is that day); a bare
  month, or a day and month without a year, is the most recent one not after
  publication; "this week/month/year" ends at the publication date.
* future narration (``future=True``: "will", "is scheduled to" …): the next such
  day, month or date on or after publication.
* all-numeric dates: ``YYYY/MM/DD`` (Solar Hijri when the year is below 1600);
  ``A/B/YYYY`` is day/month when A > 12, month/day when B > 12, and otherwise
  the reading closest to, and not after, the publication date (day/month first
  when there is no publication date or both readings are after it).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..errors import ResolutionError
from ..records import Anchor
from .calendars import (
    hijri_month_number,
    hijri_to_gregorian,
    solar_hijri_month_number,
    solar_hijri_to_gregorian,
)
from .timex_grammar import MONTHS, UNITS, WEEKDAYS
from .timex_periods import PERIOD_HANDLERS, clock_value, period
from .timex_reading import (
    GRANULARITY,
    SEASON_CODES,
    TOD_CODES,
    Context,
    Frame,
    Handler,
    Reading,
    apply_modifier,
    base_date,
    calendar,
    day_number,
    day_reading,
    number,
    safe_date,
    shift,
    unit_word,
    unresolved,
)
from .timex_values import SEASONS, season_of

__all__ = ["Context", "Frame", "Reading", "apply_modifier", "clock_value", "normalise"]

_ORDINAL = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "final": 4,
}
_RECENT_DAYS = {"D": 7, "W": 28, "M": 92, "Q": 183, "Y": 1096}


def _h_solar(m: re.Match[str], f: Frame) -> Reading | None:
    month = solar_hijri_month_number(m["smon"])
    if month is None:
        return None
    try:
        return day_reading(solar_hijri_to_gregorian(int(m["y"]), month, day_number(m["d"])), "absolute")
    except ResolutionError:
        return None


def _h_solar_day(m: re.Match[str], f: Frame) -> Reading | None:
    """``5 Mehr``: the Gregorian day in the Solar Hijri year that puts it nearest before publication (or
    nearest to it in future narration)."""
    month = solar_hijri_month_number(m["smon"])
    pub = f.published
    if month is None:
        return None
    if pub is None:
        return unresolved("day")
    base = pub.year - 621
    found: list[date] = []
    for year in (base - 1, base, base + 1):
        try:
            found.append(solar_hijri_to_gregorian(year, month, day_number(m["d"])))
        except ResolutionError:
            continue
    past = [d for d in found if d <= pub]
    pick = min(found, key=lambda d: abs((d - pub).days)) if f.future or not past else max(past)
    return day_reading(pick, "document") if found else None


def _h_solar_month(m: re.Match[str], f: Frame) -> Reading | None:
    """``Aban 1398``: the Gregorian days the Solar Hijri month covers.

    It straddles two Gregorian months, so the value is the ISO 8601 interval of its days.
    """
    month = solar_hijri_month_number(m["smon"])
    if month is None:
        return None
    year = int(m["y"])
    try:
        first = solar_hijri_to_gregorian(year, month, 1)
        nxt = solar_hijri_to_gregorian(year + month // 12, month % 12 + 1, 1)
    except ResolutionError:
        return None
    last = nxt - timedelta(days=1)
    return Reading(f"{first.isoformat()}/{last.isoformat()}", first, last, "month", "absolute", "DATE")


def _h_hijri(m: re.Match[str], f: Frame) -> Reading | None:
    month = hijri_month_number(m["hmon"])
    if month is None:
        return None
    try:
        return day_reading(hijri_to_gregorian(int(m["y"]), month, day_number(m["d"])), "absolute")
    except ResolutionError:
        return None


def _h_iso(m: re.Match[str], f: Frame) -> Reading | None:
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["hh"]:
        zone = "Z" if m["tz"] in ("Z", "+00:00", "+0000") else ""
        return Reading(f"{d.isoformat()}T{m['hh']}:{m['mm']}{zone}", d, d, "day", "absolute", "TIME")
    return day_reading(d, "absolute")


def _h_numeric(m: re.Match[str], f: Frame) -> Reading | None:
    a, b, c = m["a"], m["b"], m["c"]
    if len(a) == 4:
        if len(c) > 2:
            return None
        y, mo, d = int(a), int(b), int(c)
        if 1200 <= y < 1600:
            try:
                return day_reading(solar_hijri_to_gregorian(y, mo, d), "absolute")
            except ResolutionError:
                return None
        day = safe_date(y, mo, d)
        return day_reading(day, "absolute") if day else None
    if len(a) > 2 or (m["sep"] == "." and len(c) != 4):
        return None
    year = int(c)
    if len(c) == 2:
        pivot = (f.published.year % 100) if f.published else 50
        year += 2000 if year <= pivot else 1900
    dmy = safe_date(year, int(b), int(a))
    mdy = safe_date(year, int(a), int(b))
    options = [d for d in (dmy, mdy) if d is not None]
    if not options:
        return None
    if len(options) == 2 and f.published is not None:
        past = [d for d in options if d <= f.published]
        if past:
            options = [max(past)]
    return day_reading(options[0], "absolute")


def _year_for(month: int, day: int | None, f: Frame) -> int | None:
    """Year of a month (and day) written without one: the most recent not after publication in
    past narration, the nearest in future narration unless, in certain future narration, it is well
    behind publication ("will join in April", written in August, is next April)."""
    pub = f.published
    if pub is None:
        return None
    first = date(pub.year, pub.month, 1) if day is None else pub
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        when = safe_date(year, month, day or 1) or date(year, month, 28)
        # a day a few weeks ahead is the coming one, not the same day eleven months back ("a call
        # for protests on November 11" written on November 8), whatever the tense around it
        soon = day is not None and 0 < (when - first).days <= _SOON_DAYS
        # in certain future narration a month or day well behind publication is the coming one; one
        # just behind it stays (a present tense read as future: "talks resume on Jan. 14")
        ahead = (first - when).days <= _BEHIND_DAYS
        if (f.future and (ahead or not f.ahead)) or (not f.future and (when <= first or soon)):
            candidates.append((abs((when - first).days), year))
    return min(candidates)[1]


_SOON_DAYS = 21
_BEHIND_DAYS = 45


def _h_day_month(m: re.Match[str], f: Frame) -> Reading | None:
    month = MONTHS[m["mon"].lower().rstrip(".")]
    day = day_number(m["d"])
    if m["y"]:
        d = safe_date(int(m["y"]), month, day)
        return day_reading(d, "absolute") if d else None
    pub = f.published
    if pub is None:
        return unresolved("day")
    if m["wd"]:  # "Saturday, April 25": the nearest year where the weekday fits
        weekday = WEEKDAYS[m["wd"].lower()]
        fits = [
            d
            for y in range(pub.year - 1, pub.year + 2)
            if (d := safe_date(y, month, day)) is not None and d.isoweekday() == weekday
        ]
        if fits:
            return day_reading(min(fits, key=lambda d: abs((d - pub).days)), "document")
    year = _year_for(month, day, f)
    d = safe_date(year, month, day) if year is not None else None
    return day_reading(d, "document") if d else None


def _h_day_span(m: re.Match[str], f: Frame) -> Reading | None:
    """The first day of "12 to 15 March" / "29-30 July", in the month and year written after it."""
    month = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
    day = day_number(m["d"] or m["d2"])
    year_text = m["y"] or m["y2"]
    if year_text:
        d = safe_date(int(year_text), month, day)
        return day_reading(d, "absolute") if d else None
    if f.published is None:
        return unresolved("day")
    year = _year_for(month, day, f)
    d = safe_date(year, month, day) if year is not None else None
    return day_reading(d, "document") if d else None


def _h_day_rel_year(m: re.Match[str], f: Frame) -> Reading | None:
    """``7 October last year``, ``March 3 that year``."""
    month = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
    found = _rel_year(m["ry"], f)
    if found is None:
        return unresolved("day")
    d = safe_date(found[0], month, day_number(m["d"] or m["d2"]))
    return day_reading(d, found[1]) if d else None


def _h_month_rel_year(m: re.Match[str], f: Frame) -> Reading | None:
    month = MONTHS[m["mon"].lower().rstrip(".")]
    found = _rel_year(m["ry"], f)
    if found is None:
        return unresolved("month")
    return calendar(f"{found[0]:04d}-{month:02d}", found[1], frame=f)


def _h_month_year(m: re.Match[str], f: Frame) -> Reading | None:
    month = MONTHS[m["mon"].lower().rstrip(".")]
    return calendar(f"{int(m['y']):04d}-{month:02d}", "absolute")


def _h_month(m: re.Match[str], f: Frame) -> Reading | None:
    month = MONTHS[m["mon"].lower()]
    rel = (m["rel"] or "").lower()
    if rel == "that":
        if f.context is None:
            return unresolved("month")
        return calendar(f"{f.context.start.year:04d}-{month:02d}", "context")
    pub = f.published
    if pub is None:
        return unresolved("month")
    if rel in ("last", "past"):
        year = pub.year if month < pub.month else pub.year - 1
    elif rel in ("next", "coming"):
        year = pub.year if month > pub.month else pub.year + 1
    elif rel == "this":
        year = pub.year
    else:
        found = _year_for(month, None, f)
        year = found if found is not None else pub.year
    return calendar(f"{year:04d}-{month:02d}", "document", frame=f)


def _h_year(m: re.Match[str], f: Frame) -> Reading | None:
    return calendar(f"{int(m['y']):04d}", "absolute")


def _h_year_span(m: re.Match[str], f: Frame) -> Reading | None:
    """``2010-2011``, ``1992–95``: 1 January of the first year to 31 December of the second (T10: a year
    is the whole year), a span of two to thirty years; anything else ("2010-11" of no later year) is none."""
    first = int(m["y"])
    second = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
    if not 0 < second - first <= 30:
        return None
    return Reading(f"{first:04d}/{second:04d}", date(first, 1, 1), date(second, 12, 31), "year", "absolute")


def _h_decade(m: re.Match[str], f: Frame) -> Reading | None:
    if m["dec"]:
        return calendar(m["dec"][:3], "absolute")
    if m["decw"]:
        tens = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
        return calendar(f"19{tens.index(m['decw'].lower()) + 2}", "absolute")
    two = int(m["dec2"])
    return calendar(f"{19 if two >= 30 else 20}{two // 10}", "absolute")


def _rel_year(phrase: str, f: Frame) -> tuple[int, Anchor] | None:
    p = phrase.lower()
    if any(w in p for w in ("that", "same", "previous", "following", "next year", "the next")):
        ctx_based = (
            "that" in p
            or "same" in p
            or "following" in p
            or p.startswith("the next")
            or ("previous" in p and f.context is not None)
        )
        if ctx_based:
            if f.context is None:
                return None
            k = 1 if ("following" in p or p.startswith("the next")) else (-1 if "previous" in p else 0)
            return f.context.start.year + k, "context"
    if f.published is None:
        return None
    k = -1 if ("last" in p or "previous" in p or "past" in p) else (1 if "next" in p else 0)
    return f.published.year + k, "document"


def _h_season_year(m: re.Match[str], f: Frame) -> Reading | None:
    code = SEASON_CODES[m["s"].lower()]
    if m["y"]:
        return calendar(f"{int(m['y']):04d}-{code}", "absolute")
    found = _rel_year(m["ry"] or m["cy"], f)
    if found is None:
        return unresolved("season")
    return calendar(f"{found[0]:04d}-{code}", found[1], frame=f)


def _h_season(m: re.Match[str], f: Frame) -> Reading | None:
    code = SEASON_CODES[m["s"].lower()]
    rel = m["rel"].lower()
    if rel == "that":
        if f.context is None:
            return unresolved("season")
        return calendar(f"{f.context.start.year:04d}-{code}", "context")
    pub = f.published
    if pub is None:
        return unresolved("season")
    cur_year, cur_code = season_of(pub)
    cur_start = date(cur_year, SEASONS[cur_code][0], 1)

    def start(y: int) -> date:
        return date(y, SEASONS[code][0], 1)

    years = range(pub.year - 2, pub.year + 2)
    if rel in ("last", "past"):
        year = max(y for y in years if start(y) < cur_start)
    elif rel in ("next", "coming"):
        year = min(y for y in years if start(y) > pub)
    elif code == cur_code:
        year = cur_year
    else:
        year = pub.year - 1 if code == "WI" and pub.month <= 2 else pub.year
    return calendar(f"{year:04d}-{code}", "document", frame=f)


def _h_quarter(m: re.Match[str], f: Frame) -> Reading | None:
    n = _ORDINAL[m["ord"].lower()]
    code = "Q" if m["part"].lower() == "quarter" else "H"
    if code == "H" and n > 2:
        return None
    year_text = m["y"] or m["fy"] or m["y0"]
    if code == "H" and not (year_text or m["ry"] or m["cy"] or m["ry0"]):
        return None  # "the second half" alone is more often a match than a year
    if year_text:
        return calendar(f"{int(year_text):04d}-{code}{n}", "absolute")
    rel = m["ry"] or m["cy"] or m["ry0"]
    if rel:
        found = _rel_year(rel, f)
        if found is None:
            return unresolved("quarter")
        return calendar(f"{found[0]:04d}-{code}{n}", found[1], frame=f)
    pub = f.published
    if pub is None:
        return unresolved("quarter")
    first_month = (n - 1) * (3 if code == "Q" else 6) + 1
    year = pub.year
    if not f.future and date(year, first_month, 1) > pub:
        year -= 1
    return calendar(f"{year:04d}-{code}{n}", "document", frame=f)


def _h_quarter_code(m: re.Match[str], f: Frame) -> Reading | None:
    return calendar(f"{int(m['y'] or m['y2']):04d}-Q{m['q'] or m['q2']}", "absolute")


def _h_edge(m: re.Match[str], f: Frame) -> Reading | None:
    if f.published is None:
        return unresolved(GRANULARITY[m["u"].lower()])
    reading = shift(f.published, m["u"], 0, "document", f)
    return apply_modifier(reading, m["edge"], f) if reading else None


def _h_deictic(m: re.Match[str], f: Frame) -> Reading | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    if w == "the other day":
        return _ref("PAST_REF", f)
    if f.published is None:
        return unresolved("day", "TIME" if w in ("tonight", "overnight") or " " in w else "DATE")
    pub = f.published
    offsets = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "overnight": -1,
        "this": 0,
        "last": -1,
    }
    if w == "the day before yesterday":
        return day_reading(pub - timedelta(days=2), "document")
    if w == "the day after tomorrow":
        return day_reading(pub + timedelta(days=2), "document")
    first, _, second = w.partition(" ")
    d = pub + timedelta(days=offsets[first])
    if second:
        return day_reading(d, "document", TOD_CODES[second])
    if w in ("tonight", "overnight"):
        return day_reading(d, "document", "NI")
    return day_reading(d, "document")


def weekday_date(pub: date, wd: int, rel: str, future: bool) -> date:
    """The date of weekday ``wd`` (ISO, Monday = 1) named relative to ``pub``."""
    today = pub.isoweekday()
    if rel in ("last", "past") and (today - wd) % 7 == 1:
        return pub - timedelta(days=8)  # "last Monday" written on a Tuesday: yesterday would be "yesterday"
    if rel in ("last", "past", "this past"):
        return pub - timedelta(days=(today - wd) % 7 or 7)
    if rel in ("next", "coming"):
        return pub + timedelta(days=(wd - today) % 7 or 7)
    if rel == "this":
        return pub + timedelta(days=wd - today)
    if future:
        return pub + timedelta(days=(wd - today) % 7)
    return pub - timedelta(days=(today - wd) % 7)


def _h_weekday(m: re.Match[str], f: Frame) -> Reading | None:
    tod = TOD_CODES[m["tod"].lower()] if m["tod"] else None
    if f.published is None:
        return unresolved("day", "TIME" if tod else "DATE")
    rel = re.sub(r"\s+", " ", (m.groupdict().get("rel") or "").lower())
    d = weekday_date(f.published, WEEKDAYS[m["wd"].lower()], rel, f.future)
    return day_reading(d, "document", tod)


def _h_rel_unit(m: re.Match[str], f: Frame) -> Reading | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower()).removeprefix("the ")
    unit = m["u"].lower()
    precision = GRANULARITY[unit]
    if rel in ("that", "same", "previous", "following", "preceding") or (
        rel == "next" and m["rel"].lower().startswith("the")
    ):
        k = {"that": 0, "same": 0, "previous": -1, "preceding": -1, "following": 1, "next": 1}[rel]
        base = base_date(f, needs=precision, later=k >= 0)
        if base is None:
            return unresolved(precision)
        return shift(base[0], unit, k, base[1], f)
    if m["rel"].lower().startswith("the past") and unit not in ("day", "weekend"):
        return Reading(period(1, unit), None, None, "unknown", "absolute", "DURATION")
    if f.published is None:
        return unresolved(precision)
    k = {
        "last": -1,
        "past": -1,
        "latest": -1,
        "most recent": -1,
        "this": 0,
        "current": 0,
        "next": 1,
        "coming": 1,
    }[rel]
    if unit == "day" and k == 0:
        return day_reading(f.published, "document")
    return shift(f.published, unit, k, "document", f)


def _h_shift(m: re.Match[str], f: Frame) -> Reading | None:
    unit = unit_word(m["u"])
    n = number(m["n"])
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    later = direction in ("later", "after", "from now", "hence")
    if n is None:
        if f.published is None:
            return unresolved("unknown")
        return _ref("FUTURE_REF" if later else "PAST_REF", f)
    if unit == "decade":
        unit, n = "year", n * 10
    ctx = f.context
    if unit == "year" and not later and ctx is not None and ctx.precision == "quarter" and n == int(n):
        return shift(ctx.start, "quarter", -4 * int(n), "context", f)
    if direction in ("ago", "from now", "hence", "back", "previously"):
        if f.published is None:
            return unresolved(GRANULARITY[unit])
        base: tuple[date, Anchor] | None = (f.published, "document")
    else:
        base = base_date(f, needs=GRANULARITY[unit], later=later)
        if base is None:
            return unresolved(GRANULARITY[unit])
    if n != int(n) or base is None:
        return unresolved(GRANULARITY[unit])
    return shift(base[0], unit, int(n) * (1 if later else -1), base[1], f)


def _h_the_unit(m: re.Match[str], f: Frame) -> Reading | None:
    unit = m["u"].lower()
    ctx = f.context
    if unit == "quarter" and ctx is not None and ctx.precision == "quarter":
        return calendar(_quarter_value(ctx.start), "context")
    if f.published is None:
        return unresolved("week" if unit == "weekend" else "quarter")
    if unit == "weekend":
        this_one = f.future or f.published.isoweekday() >= 6
        return shift(f.published, "weekend", 0 if this_one else -1, "document", f)
    return shift(f.published, "quarter", 0 if f.future else -1, "document", f)


def _quarter_value(d: date) -> str:
    return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"


_HOLIDAYS = {
    "christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25), "new years eve": (12, 31),
    "new years day": (1, 1), "valentines day": (2, 14), "halloween": (10, 31), "may day": (5, 1),
}  # fmt: skip


def _holiday_date(name: str, year: int) -> date:
    if name.startswith("thanksgiving"):
        first = date(year, 11, 1)
        return first + timedelta(days=(4 - first.isoweekday()) % 7 + 21)
    month, day = _HOLIDAYS[name]
    return date(year, month, day)


def _h_holiday(m: re.Match[str], f: Frame) -> Reading | None:
    name = re.sub(r"\s+", " ", m["hol"].lower().replace("'", ""))
    pub = f.published
    if pub is None:
        return unresolved("day")
    rel = (m["rel"] or "").lower()
    options = [_holiday_date(name, y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if rel == "last" or (not rel and not f.future):
        chosen = max(d for d in options if (d < pub if rel else d <= pub))
    elif rel == "next" or f.future:
        chosen = min(d for d in options if (d > pub if rel else d >= pub))
    else:
        chosen = options[1]
    return day_reading(chosen, "document")


def _h_year_ago(m: re.Match[str], f: Frame) -> Reading | None:
    if f.context is not None and f.context.precision == "quarter":
        return shift(f.context.start, "quarter", -4, "context", f)
    base = base_date(f, needs="year", later=False)
    if base is None:
        return unresolved("year")
    return calendar(f"{base[0].year - 1:04d}", base[1], frame=f)


def _h_the_next(m: re.Match[str], f: Frame) -> Reading | None:
    direction = m["dir"].lower()
    k = 1 if direction in ("next", "following", "after") else -1
    unit = (m["u"] or m.groupdict().get("tu") or "day").lower()  # "the evening before": a part of a day
    base = base_date(f, needs=GRANULARITY.get(unit, "day"), later=k > 0)
    if base is None:
        return unresolved("day")
    if unit in TOD_CODES:
        return day_reading(base[0] + timedelta(days=k), base[1], TOD_CODES[unit])
    return shift(base[0], unit, k, base[1], f)


def _ref(value: str, f: Frame) -> Reading:
    pub = f.published
    if pub is None:
        return unresolved("unknown" if value != "PRESENT_REF" else "day")
    if value == "PRESENT_REF":
        return Reading(value, pub, pub, "day", "document")
    if value == "PAST_REF":
        return Reading(value, None, pub, "unknown", "document")
    return Reading(value, pub, None, "unknown", "document")


def _h_ref(m: re.Match[str], f: Frame) -> Reading | None:
    w = m["w"].lower()
    if w in ("recently", "lately", "the past"):
        return _ref("PAST_REF", f)
    if w in ("the future", "soon"):
        return _ref("FUTURE_REF", f)
    return _ref("PRESENT_REF", f)


def _h_recent(m: re.Match[str], f: Frame) -> Reading | None:
    if f.published is None:
        return unresolved("unknown")
    days = _RECENT_DAYS.get(UNITS[unit_word(m["u"])].lstrip("T")[-1:], 7)
    return Reading("PAST_REF", f.published - timedelta(days=days), f.published, "unknown", "document")


def _h_coming(m: re.Match[str], f: Frame) -> Reading | None:
    if f.published is None:
        return unresolved("unknown")
    days = _RECENT_DAYS.get(UNITS[unit_word(m["u"])].lstrip("T")[-1:], 7)
    return Reading("FUTURE_REF", f.published, f.published + timedelta(days=days), "unknown", "document")


HANDLERS: dict[str, Handler] = {
    **PERIOD_HANDLERS,
    "solar_dmy": _h_solar,
    "solar_mdy": _h_solar,
    "solar_my": _h_solar_month,
    "solar_dm": _h_solar_day,
    "hijri_dmy": _h_hijri,
    "hijri_mdy": _h_hijri,
    "iso": _h_iso,
    "numeric": _h_numeric,
    "dmy": _h_day_month,
    "mdy": _h_day_month,
    "mdy_span": _h_day_month,
    "day_span": _h_day_span,
    "month_year": _h_month_year,
    "month_rel_year": _h_month_rel_year,
    "day_rel_year": _h_day_rel_year,
    "month": _h_month,
    "year": _h_year,
    "year_span": _h_year_span,
    "decade": _h_decade,
    "season_year": _h_season_year,
    "season": _h_season,
    "quarter": _h_quarter,
    "quarter_code": _h_quarter_code,
    "edge": _h_edge,
    "deictic": _h_deictic,
    "weekday": _h_weekday,
    "rel_unit": _h_rel_unit,
    "shift": _h_shift,
    "year_ago": _h_year_ago,
    "the_unit": _h_the_unit,
    "holiday": _h_holiday,
    "the_next": _h_the_next,
    "day_after": _h_the_next,
    "ref": _h_ref,
    "recent": _h_recent,
    "coming": _h_coming,
}


def normalise(rule: str, match: re.Match[str], frame: Frame) -> Reading | None:
    """The reading of one grammar match, or None when it is not a real date (31 February)."""
    return HANDLERS[rule](match, frame)
