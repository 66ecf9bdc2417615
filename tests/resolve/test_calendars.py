"""Solar Hijri and lunar Hijri conversions."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import ResolutionError
from eventwire.resolve.calendars import (
    gregorian_to_hijri,
    hijri_month_number,
    hijri_to_gregorian,
    solar_hijri_month_number,
    solar_hijri_to_gregorian,
)


@pytest.mark.parametrize(
    ("ymd", "expected"),
    [
        ((1398, 8, 24), date(2019, 11, 15)),
        ((1400, 1, 1), date(2021, 3, 21)),  # Nowruz
        ((1357, 11, 22), date(1979, 2, 11)),
        ((1403, 12, 30), date(2025, 3, 20)),  # leap-year Esfand 30
    ],
)
def test_calendars_solar_hijri_known_dates(ymd: tuple[int, int, int], expected: date) -> None:
    assert solar_hijri_to_gregorian(*ymd) == expected


@pytest.mark.parametrize(
    ("ymd", "expected"),
    [
        ((1, 1, 1), date(622, 7, 19)),  # 16 July 622 Julian, the civil epoch
        ((1445, 1, 1), date(2023, 7, 19)),
        ((1444, 9, 1), date(2023, 3, 23)),  # Ramadan 1444
        ((1441, 10, 1), date(2020, 5, 24)),  # Eid al-Fitr 1441
    ],
)
def test_calendars_hijri_known_dates(ymd: tuple[int, int, int], expected: date) -> None:
    assert hijri_to_gregorian(*ymd) == expected
    assert gregorian_to_hijri(expected) == ymd


def test_calendars_invalid_dates_raise_coded_errors() -> None:
    with pytest.raises(ResolutionError, match="E410"):
        solar_hijri_to_gregorian(1398, 13, 1)
    with pytest.raises(ResolutionError, match="E411"):
        hijri_to_gregorian(1445, 2, 30)  # Safar has 29 days


@pytest.mark.parametrize(
    ("name", "number"),
    [("Aban", 8), ("aban", 8), ("Esfand", 12), ("Dey", 10), ("Mordad", 5), ("Amordad", 5)],
)
def test_calendars_solar_month_names(name: str, number: int) -> None:
    assert solar_hijri_month_number(name) == number


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("Muharram", 1), ("Rabi al-Awwal", 3), ("Rabi' al-Thani", 4), ("Jumada II", 6), ("Sha'ban", 8),
        ("Ramadan", 9), ("Ramazan", 9), ("Dhul-Hijjah", 12), ("Dhu al-Qi'dah", 11), ("Muharam", None),
    ],
)  # fmt: skip
def test_calendars_hijri_month_names(name: str, number: int | None) -> None:
    assert hijri_month_number(name) == number
