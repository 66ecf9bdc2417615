"""M2 (docs/gold-format.md): a dated denial that a strike is going on answers the strike as it stood
on the denial's day: the denial's interval ends there, not on the reference day (invented sentences)."""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import _until_denied
from eventwire.records import Span, Time
from tests.extract.test_coref import draft

# "Bazaar merchants in Tabriz have kept their shops shut since Saturday. ... The governor told state
# television on Monday that 'the bazaar is operating normally'."
STRIKE = Time("since Saturday", 50, 64, "since Saturday", "2026-11-21", "2026-11-26", "day", "document")
SENTENCE = "The governor told state television on Monday that the bazaar is operating normally."
START = 400
MONDAY = Time("on Monday", START + 35, START + 44, "on Monday", "2026-11-23", "2026-11-23", "day", "document")


def _denial(time: Time | None) -> object:
    d = draft("strike", "operating normally", START + 62, status="negated", source="governor", time=time)
    return replace(d, evidence=Span(SENTENCE, START, START + len(SENTENCE)), sent_start=START)


def test_a_denial_dated_in_its_own_sentence_ends_the_strike_there() -> None:
    out = _until_denied(STRIKE, _denial(MONDAY))  # type: ignore[arg-type]
    assert (out.start, out.end) == ("2026-11-21", "2026-11-23")


def test_an_undated_denial_or_a_day_outside_the_strike_keeps_the_strikes_time() -> None:
    assert _until_denied(STRIKE, _denial(None)) == STRIKE  # type: ignore[arg-type]
    later = replace(MONDAY, start="2026-11-30", end="2026-11-30", value="2026-11-30")
    assert _until_denied(STRIKE, _denial(later)) == STRIKE  # type: ignore[arg-type]
