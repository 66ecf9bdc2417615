"""T3 told as an apposition to the day: "on Tuesday, its sixth day", "on Wednesday, the third day of
protests" is the run of N days ending on that day; not "the seventh day after the funeral", a call,
or an arrest made on that day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.timing import bind_time, lead_time
from eventwire.resolve.times import find_times

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2024, 8, 1)  # a Thursday

pytestmark = pytest.mark.slow


def _bind(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    doc = nlp(text)
    times = find_times(doc, published=PUB)
    at = text.index(trigger)
    head = doc.char_span(at, at + len(trigger), alignment_mode="expand")
    assert head is not None
    tok = head.root
    time, _ = bind_time(tok, tok.sent, times, published=PUB, lead=lead_time(doc, times))
    return None if time is None else (time.start, time.end)


def test_its_nth_day_after_the_day_runs_back(nlp: Language) -> None:
    text = "A strike by bakers in Lagos spread to a dozen more districts on Wednesday, its fourth day."
    assert _bind(nlp, text, "spread") == ("2024-07-28", "2024-07-31")


def test_the_nth_day_of_protests_after_the_day_runs_back(nlp: Language) -> None:
    text = (
        "Farmers blocked highways at 25 points across Paraguay on Tuesday, the second day of protests "
        "against a land bill."
    )
    assert _bind(nlp, text, "blocked") == ("2024-07-29", "2024-07-30")


def test_an_arrest_on_the_nth_day_is_that_day(nlp: Language) -> None:
    text = "Police detained 40 people in Asuncion on Tuesday, the second day of protests against a land bill."
    assert _bind(nlp, text, "detained") == ("2024-07-30", "2024-07-30")


def test_the_nth_day_after_an_event_is_no_run(nlp: Language) -> None:
    text = "Mourners gathered at the cemetery on Wednesday, the third day after the burial of the student."
    assert _bind(nlp, text, "gathered") == ("2024-07-31", "2024-07-31")
