"""A denial that a strike is going on that stays a record of its own (a counter-claim to what the
publisher reports) is dated like a joined one (docs/gold-format.md H5, M2): the interval of the strike
told above it that was going on on the denial's day, cut at that day. Invented sentences."""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import _lone_strike_denials_dated
from eventwire.records import Actor, Span, Time
from tests.extract.test_coref import draft

# "Dock workers in Mombasa have been on strike since Tuesday. ... The port authority told reporters on
# Thursday that 'cargo is being handled normally'." (published Saturday)
STRIKE = Time("since Tuesday", 40, 53, "2026-04-07/2026-04-11", "2026-04-07", "2026-04-11", "day", "document")
SENTENCE = "The port authority told reporters on Thursday that cargo is being handled normally."
AT = 600
THURSDAY = Time("on Thursday", AT + 34, AT + 45, "2026-04-09", "2026-04-09", "2026-04-09", "day", "document")


def _denial(time: Time | None, para: int = 6) -> object:
    d = draft("strike", "handled normally", AT + 66, status="negated", source="port authority", time=time)
    return replace(d, evidence=Span(SENTENCE, AT, AT + len(SENTENCE)), sent_start=AT, para=para)


def _strike(time: Time | None = STRIKE, status: str = "asserted") -> object:
    return draft("strike", "on strike", 30, status=status, time=time, para=0)


def test_a_lone_dated_denial_takes_the_strike_up_to_its_day() -> None:
    out = _lone_strike_denials_dated([_strike(), _denial(THURSDAY)], {})  # type: ignore[list-item]
    assert out[1].time is not None and (out[1].time.start, out[1].time.end) == ("2026-04-07", "2026-04-09")


def test_a_lone_denial_on_the_strikes_last_day_takes_its_whole_interval() -> None:
    saturday = replace(THURSDAY, start="2026-04-11", end="2026-04-11", value="2026-04-11", start_char=None)
    out = _lone_strike_denials_dated([_strike(), _denial(saturday)], {})  # type: ignore[list-item]
    assert out[1].time == STRIKE


def test_a_joined_denial_another_days_strike_or_a_call_keep_their_time() -> None:
    joined = _lone_strike_denials_dated([_strike(), _denial(THURSDAY)], {0: 1})  # type: ignore[list-item]
    assert joined[1].time == THURSDAY
    before = replace(THURSDAY, start="2026-04-06", end="2026-04-06", value="2026-04-06")
    out = _lone_strike_denials_dated([_strike(), _denial(before)], {})  # type: ignore[list-item]
    assert out[1].time == before  # the strike had not begun: it denies no day of it
    called = _lone_strike_denials_dated(
        [_strike(status="predicted"), _denial(THURSDAY)],  # type: ignore[list-item]
        {},
    )
    assert called[1].time == THURSDAY


def test_the_nearest_strike_of_the_denials_day_alone_keeps_the_day() -> None:
    # "... Traders closed their shops on Thursday. State radio said the markets were operating normally":
    # the shop closure of that day is what is denied, not the dockers' week
    closure = Time("on Thursday", 300, 311, "2026-04-09", "2026-04-09", "2026-04-09", "day", "document")
    shops = replace(draft("strike", "closed their shops", 290, time=closure), para=3)
    out = _lone_strike_denials_dated([_strike(), shops, _denial(THURSDAY)], {})  # type: ignore[list-item]
    assert out[2].time == THURSDAY


def _initiator(name: str, start: int | None) -> Actor:
    text = None if start is None else name
    end = None if start is None else start + len(name)
    return Actor(text, start, end, name, (), "labor", "initiator", None)


def test_a_denial_naming_no_striker_takes_the_strikers_of_the_storys_strike() -> None:
    # "Dock workers in Mombasa have been on strike since Tuesday. ... Truckers parked their lorries on
    # Thursday ... The port authority told reporters on Thursday that cargo is being handled normally."
    dockers = replace(_strike(), actors=(_initiator("Dock workers", 0),))
    truckers = replace(
        draft("strike", "parked their lorries", 300, time=THURSDAY),
        actors=(_initiator("Truckers", 290),),
        para=3,
    )
    # the denial carries a default (no span) and strikers bound from another sentence (the truckers)
    denial = replace(_denial(THURSDAY), actors=(_initiator("Shopkeepers", None), _initiator("Truckers", 290)))
    out = _lone_strike_denials_dated([dockers, truckers, denial], {})  # type: ignore[list-item]
    assert [a.name for a in out[2].actors] == ["Dock workers"]


def test_a_denial_that_writes_its_own_strikers_keeps_them() -> None:
    # "... The port authority said its own crane operators were working normally."
    dockers = replace(_strike(), actors=(_initiator("Dock workers", 0),))
    own = _initiator("crane operators", AT + 10)
    denial = replace(_denial(THURSDAY), actors=(own,))
    out = _lone_strike_denials_dated([dockers, denial], {})  # type: ignore[list-item]
    assert out[1].actors == (own,)
