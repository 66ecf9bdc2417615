"""ACLED code tables used by exports (documented in ``docs/mappings.md``)."""

from __future__ import annotations

from ..records import Time

__all__ = ["TIME_PRECISION", "time_precision"]

# ACLED's time_precision: 1 = the day is known, 2 = the week (or a few days), 3 = the month or coarser.
TIME_PRECISION: dict[str, int] = {
    "day": 1,
    "week": 2,
    "month": 3,
    "season": 3,
    "quarter": 3,
    "year": 3,
    "decade": 3,
    "unknown": 3,
}


def time_precision(time: Time | None) -> int:
    """ACLED time_precision of an event's time; 3 when the event has no time of its own.

    A day-precision interval longer than one day (a wave "between Friday and Sunday")
    is coded by its length: up to 7 days is 2, longer is 3, as ACLED does for date ranges.
    """
    if time is None:
        return 3
    code = TIME_PRECISION[time.precision]
    if code == 1 and time.start and time.end and time.start != time.end:
        from datetime import date

        days = (date.fromisoformat(time.end) - date.fromisoformat(time.start)).days
        return 2 if days < 7 else 3
    return code
