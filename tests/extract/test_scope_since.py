"""A count told since a starting point is a toll over a stretch (aggregate), also when the figure
is written on the people the verb falls on or on the act's own noun and no figure was bound to the
record, and when the starting point is a clause; a superlative's "since" bounds a comparison. A
strike to come with no end set ("an indefinite strike", "walk out indefinitely") is aggregate."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.times import find_times
from tests.extract._event_helpers import PUBLISHED, events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _scope(nlp: Language, text: str, etype: str) -> str:
    times = tuple(find_times(nlp(text), published=PUBLISHED))
    evs = [e for e in events(nlp, text, times=times) if e.type == etype]
    assert evs, [(e.type, e.trigger.text) for e in events(nlp, text)]
    return evs[0].scope


@pytest.mark.parametrize(
    ("text", "etype", "scope"),
    [
        # a starting point written as a clause
        (
            "At least 52 teachers have been detained since the walkout began, the union said.",
            "arrest",
            "aggregate",
        ),
        (
            "The rebels have attacked more than 30 convoys since the ceasefire collapsed.",
            "attack",
            "aggregate",
        ),
        # a count over a stretch from a named starting point
        ("Gunmen have attacked at least 12 buses on the highway since January.", "attack", "aggregate"),
        # the term of a comparison, not a starting point
        (
            "A bomb tore through a bus station on Monday, killing nine people, in the deadliest attack"
            " in the province since 2019.",
            "attack",
            "single",
        ),
    ],
)
def test_counts_since_a_starting_point(nlp: Language, text: str, etype: str, scope: str) -> None:
    assert _scope(nlp, text, etype) == scope


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # a stoppage to come with no end set: on the strike's own word or on the verb it goes with
        ("The miners' union announced an indefinite strike starting Thursday.", "aggregate"),
        ("Dock workers warned they would walk out indefinitely if the port is sold.", "aggregate"),
        ("The union said the strike would become indefinite from Friday if talks fail.", "aggregate"),
        ("Pilots threatened to call an open-ended strike if the wage offer is not raised.", "aggregate"),
        # a strike to come with its end set
        ("The miners' union announced a one-day strike starting Thursday.", "single"),
    ],
)
def test_open_ended_strikes_to_come(nlp: Language, text: str, scope: str) -> None:
    assert _scope(nlp, text, "strike") == scope
