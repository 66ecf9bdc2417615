"""Solar Hijri (Persian) and lunar Hijri (Islamic) dates written in English, to Gregorian.

* Solar Hijri uses :mod:`jdatetime` (the official Iranian calendar, exact).
* Lunar Hijri uses the **tabular (arithmetic) Islamic calendar**, civil epoch
  (1 Muharram 1 AH = Friday 16 July 622 Julian) with the common 30-year leap cycle
  (leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29). Observational calendars
  (Umm al-Qura, local moon sighting) can differ from it by a day or two; news
  reports almost always give the Gregorian date too, so this is a fallback.
"""

from __future__ import annotations

import re
from datetime import date

import jdatetime

from ..errors import ResolutionError

__all__ = [
    "HIJRI_MONTHS",
    "SOLAR_HIJRI_MONTHS",
    "gregorian_to_hijri",
    "hijri_month_number",
    "hijri_to_gregorian",
    "solar_hijri_month_number",
    "solar_hijri_to_gregorian",
]

# English transliterations of the Solar Hijri months, with common variants.
SOLAR_HIJRI_MONTHS: tuple[tuple[str, ...], ...] = (
    ("Farvardin",),
    ("Ordibehesht",),
    ("Khordad",),
    ("Tir",),
    ("Mordad", "Amordad"),
    ("Shahrivar", "Shahrivar"),
    ("Mehr",),
    ("Aban",),
    ("Azar",),
    ("Dey", "Dei"),
    ("Bahman",),
    ("Esfand", "Espand", "Isfand"),
)

# English transliterations of the lunar Hijri months (compared after folding, see _fold).
HIJRI_MONTHS: tuple[tuple[str, ...], ...] = (
    ("Muharram", "Moharram", "Muharrem"),
    ("Safar", "Saffar"),
    ("Rabi al-Awwal", "Rabi ul-Awwal", "Rabi al-Awal", "Rabi I", "Rabia al-Awwal", "Rabiul Awal"),
    ("Rabi al-Thani", "Rabi ul-Thani", "Rabi al-Akhir", "Rabi ul-Akhir", "Rabi II", "Rabiul Akhir"),
    ("Jumada al-Awwal", "Jumada al-Ula", "Jumada I", "Jumadal Ula", "Jamadi ul-Awwal"),
    ("Jumada al-Thani", "Jumada al-Akhirah", "Jumada al-Akhira", "Jumada II", "Jamadi ul-Thani"),
    ("Rajab",),
    ("Shaban", "Sha'ban", "Shaaban"),
    ("Ramadan", "Ramazan", "Ramadhan"),
    ("Shawwal", "Shawal"),
    (
        "Dhu al-Qadah",
        "Dhu al-Qi'dah",
        "Dhul Qadah",
        "Dhul-Qadah",
        "Dhu'l-Qi'dah",
        "Zul Qadah",
        "Dhu al-Qidah",
    ),
    ("Dhu al-Hijjah", "Dhul Hijjah", "Dhul-Hijjah", "Dhu'l-Hijjah", "Zul Hijjah", "Dhu al-Hijja"),
)

_EPOCH_JDN = 1948440  # Julian day number of 1 Muharram 1 AH (civil epoch)
_JDN_ORDINAL_OFFSET = 1721425  # date.fromordinal(jdn - offset)


def _fold(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def _index(table: tuple[tuple[str, ...], ...]) -> dict[str, int]:
    return {_fold(v): i + 1 for i, variants in enumerate(table) for v in variants}


def solar_hijri_month_number(name: str) -> int | None:
    """1–12 for a Solar Hijri month name as written in English, else None."""
    return _index(SOLAR_HIJRI_MONTHS).get(_fold(name))


def hijri_month_number(name: str) -> int | None:
    """1–12 for a lunar Hijri month name as written in English, else None."""
    return _index(HIJRI_MONTHS).get(_fold(name))


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """Gregorian date of a Solar Hijri date; ResolutionError [E410] if it does not exist."""
    try:
        result: date = jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError) as exc:
        raise ResolutionError(f"no Solar Hijri date {year}/{month}/{day}", code="E410") from exc
    return result


def _hijri_jdn(year: int, month: int, day: int) -> int:
    return (
        day
        + (59 * (month - 1) + 1) // 2  # ceil(29.5 * (month - 1))
        + (year - 1) * 354
        + (3 + 11 * year) // 30
        + _EPOCH_JDN
        - 1
    )


def _hijri_month_length(year: int, month: int) -> int:
    if month % 2 == 1:
        return 30
    if month < 12:
        return 29
    return 30 if (14 + 11 * year) % 30 < 11 else 29


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """Gregorian date of a (tabular) lunar Hijri date; ResolutionError [E411] if invalid."""
    if year < 1 or not 1 <= month <= 12 or not 1 <= day <= _hijri_month_length(year, month):
        raise ResolutionError(f"no Hijri date {year}/{month}/{day}", code="E411")
    return date.fromordinal(_hijri_jdn(year, month, day) - _JDN_ORDINAL_OFFSET)


def gregorian_to_hijri(day: date) -> tuple[int, int, int]:
    """(year, month, day) of the tabular lunar Hijri calendar for a Gregorian date."""
    jdn = day.toordinal() + _JDN_ORDINAL_OFFSET
    year = (30 * (jdn - _EPOCH_JDN) + 10646) // 10631
    month = 12
    for m in range(1, 13):
        if jdn < _hijri_jdn(year, m, 1) + _hijri_month_length(year, m):
            month = m
            break
    return year, month, jdn - _hijri_jdn(year, month, 1) + 1
