"""A predicted event's day: when a past day moves to the next one and when it stays.

A call "to strike on Thursday" written on a Saturday means the coming Thursday (gold-format T6),
so a resolved past weekday of a predicted event moves a week on. It stays where it is when its
own words say it is past ("since last Wednesday", "two days ago"), and when it was taken from
another sentence where it dates a past act ("workers gathered on Saturday. Three men who called
on them to block the road were detained": the call was made that Saturday).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.timing import bind_time
from eventwire.extract.timing_lead import lead_time
from eventwire.extract.timing_status import adjust_for_status
from eventwire.records import Time
from eventwire.resolve.times import find_times

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 18)  # a Tuesday

pytestmark = pytest.mark.slow


def _predicted(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    doc = nlp(text)
    times = find_times(doc, published=PUB)
    at = text.index(trigger)
    span = doc.char_span(at, at + len(trigger), alignment_mode="expand")
    assert span is not None
    time, _ = bind_time(span.root, span.root.sent, times, published=PUB, lead=lead_time(doc, times))
    time = adjust_for_status(time, "predicted", PUB, head=span.root)
    return None if time is None else (time.start, time.end)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a weekday of the call itself: the coming one
        (
            "The teachers' union called on its members to strike on Thursday over unpaid salaries.",
            "strike",
            ("2025-03-20", "2025-03-20"),
        ),
        # a weekday from the sentence before, in another call: the coming one too
        (
            "The imam urged worshippers to join a rally after Friday prayers. Similar rallies are to be held "
            "in every district, organisers announced.",
            "rallies",
            ("2025-03-21", "2025-03-21"),
        ),
    ],
)
def test_predicted_day_moves_forward(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert _predicted(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a weekday taken from the sentence before, where it dates a past act: the call was that day
        (
            "About 200 drivers gathered outside the depot on Saturday demanding higher pay. Four men who "
            "called on those present to block the highway were detained.",
            "block",
            ("2025-03-15", "2025-03-15"),
        ),
        (
            "Students occupied the rector's office on Sunday. Two of them, who urged classmates to join a "
            "boycott, were expelled.",
            "boycott",
            ("2025-03-16", "2025-03-16"),
        ),
    ],
)
def test_predicted_day_stays_past(nlp: Language, text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert _predicted(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "start", "moved"),
    [
        ("Wednesday", "2025-03-12", "2025-03-19"),
        ("last Wednesday", "2025-03-12", None),
        ("on Wednesday last week", "2025-03-12", None),
        ("two days ago", "2025-03-16", None),
        ("yesterday", "2025-03-17", None),
        ("earlier on Monday", "2025-03-17", None),
        ("15 March", "2025-03-15", "2026-03-15"),  # a month-day read as past is next year's
        ("overnight", "2025-03-17", None),  # a word of the story's own days names no other year
        ("midnight", "2025-03-17", None),
    ],
)
def test_predicted_day_said_past_stays(text: str, start: str, moved: str | None) -> None:
    """The call "to keep shops shut as they did last Wednesday": words saying the day is past keep it."""
    time = Time(text=text, start_char=0, end_char=len(text), value=start, start=start, end=start,
                precision="day", anchor="document")  # fmt: skip
    adjusted = adjust_for_status(time, "predicted", PUB)
    assert adjusted is not None
    assert adjusted.start == (moved or start)


def test_a_plan_from_a_weekday_is_that_coming_day(nlp: Language) -> None:
    # "would stop … from Monday": the plan's first day, not a state run from a past Monday to the report
    text = "The drivers' union announced that its members would stop hauling goods from Monday."
    assert _predicted(nlp, text, "stop") == ("2025-03-24", "2025-03-24")


@pytest.mark.parametrize(
    ("text", "start", "end", "kept"),
    [
        ("on Sunday", "2025-03-16", "2025-03-16", False),  # the day the court passed the sentence
        ("today", "2025-03-18", "2025-03-18", False),  # "at imminent risk of execution" in today's story
        ("last month", "2025-02-01", "2025-02-28", False),
        ("next week", "2025-03-24", "2025-03-30", True),  # a day still to come is the execution's own
        ("before the end of the month", "2025-03-18", "2025-03-31", True),
    ],
)
def test_predicted_execution_keeps_only_a_time_to_come(text: str, start: str, end: str, kept: bool) -> None:
    """I3: "sentenced two men to death on Sunday" gives the sentence's day, not the execution's."""
    time = Time(text=text, start_char=0, end_char=len(text), value=start, start=start, end=end,
                precision="day", anchor="document")  # fmt: skip
    adjusted = adjust_for_status(time, "predicted", PUB, kind="execution")
    assert (adjusted is not None) == kept
    if kept:
        assert adjusted == time
    # other predicted acts keep (or move) their day
    assert adjust_for_status(time, "predicted", PUB, kind="strike") is not None


def test_a_call_told_in_the_past_perfect_keeps_its_past_day(nlp: Language) -> None:
    # "had called": the call came before a moment the story has passed, so the day it named may be gone
    text = (
        "The call went unheeded. The coalition had called on traders to close their shops on Monday in "
        "the towns of the river valley."
    )
    assert _predicted(nlp, text, "close") == ("2025-03-17", "2025-03-17")
    # a call in the simple past still names the coming day (T6)
    text = "The coalition called on traders to close their shops on Monday in the towns of the river valley."
    assert _predicted(nlp, text, "close") == ("2025-03-24", "2025-03-24")
