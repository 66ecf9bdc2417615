"""A count of people who are the subject of a protest's or strike's own verb, of a kind the verb does not
give, is its participants (sentences written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        ("On Monday, dozens of farmers parked their tractors across the road to the port.", "protest", 12),
        ("Thousands of bus drivers in Quito stayed off work on Friday in a strike over pay.", "strike", 1000),
        # the record's verb conjoined to the one the count is the subject of
        (
            "On Monday, thousands of Tanzanians answered the party's call and marched in Arusha.",
            "protest",
            1000,
        ),
        # a relative clause on the counted people (the dispersal's object is no count of its own)
        (
            "Police used water cannon to push back about 2,000 farmers and students who were marching "
            "towards the presidential palace.",
            "protest",
            2000,
        ),
    ],
)
def test_doers_of_the_act_are_its_participants(nlp: Language, text: str, etype: str, value: int) -> None:
    ev = next(e for e in events(nlp, text) if e.type == etype)
    assert ("participants", value) in {(m.kind, m.value) for m in ev.magnitudes}


def test_a_count_after_the_verb_is_not_its_subjects(nlp: Language) -> None:
    # the subject reached through a relative clause spans the verb and its object: the count after the
    # verb is the arrested, not the doers
    text = (
        "Police said they had broken up a cell that was plotting to bomb depots in Gulu and arrested "
        "its nine members."
    )
    ev = next(e for e in events(nlp, text) if e.type == "arrest")
    assert ("arrests", 9) in {(m.kind, m.value) for m in ev.magnitudes}


def test_the_doers_count_is_not_the_dispersal_s(nlp: Language) -> None:
    text = (
        "Police used water cannon to push back about 2,000 farmers and students who were marching "
        "towards the presidential palace."
    )
    evs = events(nlp, text)
    assert all(e.type == "protest" for e in evs if e.magnitudes), [(e.type, e.magnitudes) for e in evs]
