"""A denial that a stoppage is going on ("the port is working normally", "there is no strike") answers the
stoppage the story tells: it runs from that stoppage's first day to the denial's own day; a stoppage of
years before is not the one it answers, and other denials keep their own time."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 7, 22)  # a Wednesday

pytestmark = pytest.mark.slow

LEAD = (
    "VALENCIA, July 22 (Wire) - Dock workers in Valencia stayed off the job on Wednesday, the fourth day of "
    "a strike over pay that has halted container traffic.\n\n"
    "The stoppage began on Sunday, when crane operators walked out after talks with the port authority "
    "collapsed.\n\n"
)


def _interval(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    return bound_interval(nlp, text, trigger, PUB)


def test_working_normally_runs_from_the_stoppages_first_day(nlp: Language) -> None:
    text = LEAD + "The port authority said on Tuesday that the terminals were working normally."
    assert _interval(nlp, text, "working") == ("2026-07-19", "2026-07-21")


def test_open_as_usual_runs_from_the_stoppages_first_day(nlp: Language) -> None:
    text = LEAD + "A government spokesman said on Tuesday that the port was open as usual."
    assert _interval(nlp, text, "open") == ("2026-07-19", "2026-07-21")


def test_a_stoppage_of_years_before_is_not_answered(nlp: Language) -> None:
    text = (
        "VALENCIA, July 22 (Wire) - Dock workers in Valencia struck for a week in March 2019 over pay.\n\n"
        "The port authority said on Tuesday that the terminals were working normally."
    )
    found = _interval(nlp, text, "working")
    assert found is not None and found[0] == found[1]  # its own day, not from 2019


def test_another_denial_keeps_its_own_day(nlp: Language) -> None:
    text = LEAD + "The port authority said on Tuesday that no worker had been detained."
    found = _interval(nlp, text, "detained")
    assert found is not None and found[0] == found[1]  # one day, not the stoppage's run


def test_shops_operated_normally_keeps_its_day(nlp: Language) -> None:
    text = LEAD + "The mayor said on Tuesday that the fish market operated normally."
    found = _interval(nlp, text, "operated")
    assert found is not None and found[0] == found[1]  # H5: may answer one day's stoppage


def test_a_closure_of_the_denials_own_day_is_the_one_it_answers(nlp: Language) -> None:
    text = LEAD + (
        "In Madrid, fishmongers closed their stalls on Tuesday in solidarity with the dockers.\n\n"
        "State radio said on Tuesday that all markets in the capital are working normally."
    )
    assert _interval(nlp, text, "working") == ("2026-07-21", "2026-07-21")
