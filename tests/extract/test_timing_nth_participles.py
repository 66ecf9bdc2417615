"""A count of days joined to the event through a participle with no subject of its own
(timing._run_clause): "kept markets shut for a second day" counts the shutdown's days though the count
sits in the participle on "markets"; "kept roads blocked … on Thursday, the fourth day of protests" counts
the blockade's days though the count hangs from "kept" (T3: the N days ending on that day). An act of its
own clause told on such a day keeps that day. Sentences written by us."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2024, 8, 1)  # a Thursday

pytestmark = pytest.mark.slow


def test_a_count_in_the_participle_on_the_event_noun(nlp: Language) -> None:
    text = (
        "Police fired tear gas at traders in Lahore on Tuesday, as shopkeepers kept markets shut across"
        " Punjab for a second day in protest against a new tax."
    )
    assert bound_interval(nlp, text, "markets shut", PUB) == ("2024-07-29", "2024-07-30")


def test_a_day_in_apposition_beside_the_participle(nlp: Language) -> None:
    text = (
        "Indigenous groups kept roads blocked at more than 70 points on Wednesday, the fourth day of"
        " protests against a new mining law."
    )
    assert bound_interval(nlp, text, "blocked", PUB) == ("2024-07-28", "2024-07-31")


def test_an_act_with_its_own_subject_keeps_its_day(nlp: Language) -> None:
    text = (
        "Police fired tear gas at traders in Lahore on Tuesday, as shopkeepers kept markets shut across"
        " Punjab for a second day in protest against a new tax."
    )
    assert bound_interval(nlp, text, "fired tear gas", PUB) == ("2024-07-30", "2024-07-30")
