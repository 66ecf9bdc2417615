"""A strike told on one day and by its whole stretch keeps the stretch when the two merge (T2, T3)."""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref_merge import merge
from eventwire.records import Time
from tests.extract.test_coref import draft


def _time(start: str, end: str, precision: str = "day") -> Time:
    return Time(
        text=start,
        start_char=None,
        end_char=None,
        value=start if start == end else f"{start}/{end}",
        start=start,
        end=end,
        precision=precision,  # type: ignore[arg-type]
        anchor="document",
        type="DATE",
    )


def _none(a: object, b: object) -> set[str]:
    return set()


def test_a_strike_begun_earlier_keeps_its_stretch() -> None:
    # "Dockers kept the port shut on Wednesday, as their strike went on ..." / "The strike, which
    # began on 3 May, has halted exports."
    lead = draft("strike", "kept the port shut", 40, sent_start=40, time=_time("2025-05-07", "2025-05-07"))
    body = draft(
        "strike", "The strike", 400, sent_start=400, time=_time("2025-05-03", "2025-05-08", "unknown")
    )
    lead = replace(lead, time_inferred=True)
    assert merge(lead, body, _none).time == _time("2025-05-03", "2025-05-08", "unknown")


def test_a_protest_keeps_its_own_day() -> None:
    # "Students marched on Wednesday" / "protests have been held since 3 May": the march is its day
    march = draft("protest", "marched", 40, sent_start=40, time=_time("2025-05-07", "2025-05-07"))
    wave = draft(
        "protest", "protests", 400, sent_start=400, time=_time("2025-05-03", "2025-05-08", "unknown")
    )
    assert merge(march, wave, _none).time == _time("2025-05-07", "2025-05-07")
