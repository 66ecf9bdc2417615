"""A definite act its sentence says goes on ("The strike was continuing on Monday", "the sit-in
continued") is the act told before, whatever later day the going on is given; one said to go on later
("the protests would continue on Monday") is an act to come of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.coref_draft import DEFINITE_BEFORE, GOES_ON
from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("after", "goes_on"),
    [
        (" was continuing on Monday.", True),
        (" would continue on Monday unless the cuts were withdrawn.", False),
        (" continued, with workers demanding back pay.", True),
        (", which began on 2 May, entered its second week.", True),
        (" was still going on on Monday.", True),
        (" ended on Friday.", False),
        (" was called off.", False),
        (" organisers said they would hold another next week.", False),
    ],
)
def test_goes_on_reads_the_clause_after_the_trigger(after: str, goes_on: bool) -> None:
    assert bool(GOES_ON.search(after)) is goes_on


@pytest.mark.parametrize(
    ("before", "definite"),
    [("The ", True), ("Police said the ", True), ("He said ", False), ("A ", False), ("another ", False)],
)
def test_a_definite_article_before_a_noun_the_tagger_reads_as_a_verb(before: str, definite: bool) -> None:
    # "The sit-in continued": the tagger may take "sit" for a verb, so the article tells the reference
    assert bool(DEFINITE_BEFORE.search(before)) is definite


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        (
            "Garment workers at the factory went on strike on Thursday over unpaid wages. Police raided the "
            "homes of two union leaders on Friday. The strike was continuing on Monday.",
            1,
        ),
        (
            "Dock workers in the port went on strike on Tuesday over pay. Their union said on Thursday that "
            "the strike would continue on Monday if the port authority did not raise its offer.",
            2,
        ),
    ],
)
def test_a_strike_going_on_is_the_strike_told_before(nlp: Language, text: str, strikes: int) -> None:
    assert [e.type for e in events(nlp, text)].count("strike") == strikes
