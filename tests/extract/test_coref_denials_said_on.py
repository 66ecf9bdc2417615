"""A denial that a strike is going on, told on a day its sentence names, keeps that day as its own date
(docs/gold-format.md M2: the day ends the strike's interval it answers), not the strike's copied date.
Sentences written by us."""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref_denials import _said_on
from eventwire.extract.coref_draft import Draft
from eventwire.records import Actor, Claim, Span, Time
from tests.extract.test_coref import _said, draft

SENTENCE = 'The warden told reporters on Monday that the prisoners "are eating normally".'
AT = 500  # where the sentence starts


def _day(text: str, start: int, day: str) -> Time:
    return Time(text, start, start + len(text), day, day, day, "day", "absolute")


def _claim(time: Time | None) -> Claim:
    warden = Actor("The warden", AT, AT + 10, "warden", (), "state", "speaker", None)
    return Claim(
        "cl4",
        warden,
        Span("told", AT + 11, AT + 15),
        Span("", AT + 50, AT + len(SENTENCE) - 1),
        False,
        time,
        (),
        Span(SENTENCE, AT, AT + len(SENTENCE)),
    )


def _denial(etype: str = "strike") -> tuple[Draft, Time]:
    stretch = Time(
        "since 2 March", 10, 23, "2026-03-02/2026-03-12", "2026-03-02", "2026-03-12", "day", "absolute"
    )
    d = draft(
        etype, "normally", AT + SENTENCE.index("normally"), status="negated", claim_id="cl4", time=stretch
    )
    return _said(d, SENTENCE), stretch


def test_a_dated_denial_of_a_strike_keeps_its_statement_day() -> None:
    monday = _day("on Monday", AT + SENTENCE.index("on Monday"), "2026-03-09")
    d, _ = _denial()
    tuesday = _day("Tuesday", 30, "2026-03-03")  # its clause dated by a day of the strike only
    out = _said_on(replace(d, time=tuesday), {"cl4": _claim(monday)})
    assert out.time == monday and out.time_inferred


def test_a_denial_bound_to_the_strike_keeps_its_span_up_to_the_statement_day() -> None:
    # "prisoners on hunger strike since 2 March ... The warden told reporters on Monday that the
    # prisoners 'are eating normally'": the strike's first day .. the statement's day (M2)
    monday = _day("on Monday", AT + SENTENCE.index("on Monday"), "2026-03-09")
    d, _ = _denial()
    out = _said_on(d, {"cl4": _claim(monday)})
    assert out.time is not None and (out.time.start, out.time.end) == ("2026-03-02", "2026-03-09")
    assert out.time.start_char == monday.start_char and out.time_inferred
    # a statement day outside the bound span (before its first day) is the statement's day alone
    early = _day("on Monday", AT + SENTENCE.index("on Monday"), "2026-02-23")
    assert _said_on(d, {"cl4": _claim(early)}).time == early


def test_an_undated_denial_or_another_act_keeps_its_date() -> None:
    d, stretch = _denial()
    assert _said_on(d, {"cl4": _claim(None)}).time == stretch
    monday = _day("on Monday", AT + SENTENCE.index("on Monday"), "2026-03-09")
    k, stretch = _denial("killing")
    assert _said_on(k, {"cl4": _claim(monday)}).time == stretch
    # a day written outside the denial's sentence is no day of its statement
    far = _day("on Monday", 40, "2026-03-09")
    assert _said_on(d, {"cl4": _claim(far)}).time == stretch
