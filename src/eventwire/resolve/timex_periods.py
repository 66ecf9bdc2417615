"""Normalisers of durations ("for 82 days"), sets ("every Friday", "weekly") and clock times."""

from __future__ import annotations

import re

from .timex_grammar import UNITS, WEEKDAYS
from .timex_reading import (
    SEASON_CODES,
    TOD_CODES,
    Frame,
    Handler,
    Reading,
    base_date,
    day_reading,
    number,
    number_text,
    unit_word,
    unresolved,
)

__all__ = ["PERIOD_HANDLERS", "clock_text", "clock_value", "period"]


def period(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: ``P82D``, ``PT5H``, ``P10Y``; ``PXD`` when n is vague."""
    code = UNITS[unit_word(unit)]
    time = code.startswith("T")
    code = code.removeprefix("T")
    factor = int(code[:-1]) if len(code) > 1 else 1
    letter = code[-1]
    amount = "X" if n is None else number_text(n * factor)
    return f"P{'T' if time else ''}{amount}{letter}"


def _h_duration(m: re.Match[str], f: Frame) -> Reading | None:
    if unit_word(m["u"]) == "quarter" and (re.match(r"\s+of\b", m.string[m.end() :]) or "-" in m[0]):
        return None  # "three-quarters of", "a quarter of the workforce": fractions
    if m["n"] and m["n"].lower() in ("a", "an") and unit_word(m["u"]) == "second":
        return None  # "a second day": an ordinal, not a duration
    n = number(m["n"]) if m["n"] or "rel" in m.re.groupindex else None
    if n is not None and "and a half" in m[0].lower():
        n += 0.5
    return Reading(period(n, m["u"]), None, None, "unknown", "absolute", "DURATION")


def _h_half(m: re.Match[str], f: Frame) -> Reading | None:
    value = {"hour": "PT30M", "day": "PT12H", "year": "P6M", "century": "P50Y"}[m["w"].split()[-1].lower()]
    return Reading(value, None, None, "unknown", "absolute", "DURATION")


def _set(value: str) -> Reading:
    return Reading(value, None, None, "unknown", "absolute", "SET")


def _h_every_weekday(m: re.Match[str], f: Frame) -> Reading | None:
    return _set(f"XXXX-WXX-{WEEKDAYS[(m['wd'] or m['wds']).lower()]}")


def _h_every(m: re.Match[str], f: Frame) -> Reading | None:
    u = m["u"].lower()
    if u in TOD_CODES:
        return _set(f"XXXX-XX-XXT{TOD_CODES[u]}")
    if u in SEASON_CODES:
        return _set(f"XXXX-{SEASON_CODES[u]}")
    return _set(period(number(m["n"]), u))


def _h_per(m: re.Match[str], f: Frame) -> Reading | None:
    return _set(period(1, m["u"]))


_ADVERB_SETS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H",
    "nightly": "XXXX-XX-XXTNI", "quarterly": "P3M", "biweekly": "P2W", "fortnightly": "P2W",
}  # fmt: skip


def _h_adverb_set(m: re.Match[str], f: Frame) -> Reading | None:
    return _set(_ADVERB_SETS[m["w"].lower()])


def clock_text(m: re.Match[str]) -> str:
    """``HH:MM`` of a clock match."""
    if m["noon"]:
        return "24:00" if m["noon"].lower() == "midnight" else "12:00"
    if m["h24"]:
        return f"{int(m['h24']):02d}:{m['mi24']}"
    hour = int(m["h"]) % 12 + (12 if m["ap"].lower() == "p" else 0)
    return f"{hour:02d}:{m['mi'] or '00'}"


def clock_value(m: re.Match[str]) -> str:
    """``HH:MM``, with ``Z`` when the clock is stated in UTC/GMT."""
    return clock_text(m) + ("Z" if m["utc"] else "")


def _h_clock(m: re.Match[str], f: Frame) -> Reading | None:
    base = base_date(f, needs="day", later=False)
    if base is None:
        return unresolved("day", "TIME")
    return Reading(f"{base[0].isoformat()}T{clock_value(m)}", base[0], base[0], "day", base[1], "TIME")


def _h_tod(m: re.Match[str], f: Frame) -> Reading | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    last = w.split(" ")[-1]
    code = TOD_CODES.get(last, "EV" if last == "dusk" else "MO")
    if w.startswith("this "):
        if f.published is None:
            return unresolved("day", "TIME")
        return day_reading(f.published, "document", code)
    base = base_date(f, needs="day", later=False)
    if base is None:
        return unresolved("day", "TIME")
    return day_reading(base[0], base[1], code)


PERIOD_HANDLERS: dict[str, Handler] = {
    "duration": _h_duration,
    "duration_bare": _h_duration,
    "half_hour": _h_half,
    "every_weekday": _h_every_weekday,
    "every": _h_every,
    "per": _h_per,
    "adverb_set": _h_adverb_set,
    "clock": _h_clock,
    "tod": _h_tod,
}
