"""Street acts told with words the lexicon lacked until session 9: blockades of parked vehicles, clubbing,
pepper spray, slogans told in the passive and running battles."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import trigger_texts

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype", "words"),
    [
        (
            "On Monday lorry drivers parked their trucks across the road to the port, halting traffic.",
            "protest",
            "parked their trucks across the road",
        ),
        (
            "Students marched to the ministry. Riot police clubbed several marchers near the university.",
            "repression",
            "clubbed",
        ),
        (
            "Villagers rallied outside the mine. Police used pepper spray against them, witnesses said.",
            "repression",
            "pepper spray",
        ),
        (
            "Slogans against the governor were sprayed on walls in three districts overnight.",
            "protest",
            "Slogans against the governor were sprayed",
        ),
        (
            "Youths fought running battles with riot police in the old town until midnight.",
            "riot",
            "running battles",
        ),
    ],
)
def test_street_acts_are_found(nlp: Language, text: str, etype: str, words: str) -> None:
    assert words in trigger_texts(nlp, text, etype)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Police parked their vans across the road outside the court before the hearing.", "protest"),
        ("Fans sang the club anthem after the match at the press club.", "repression"),
    ],
)
def test_look_alikes_are_not(nlp: Language, text: str, etype: str) -> None:
    assert trigger_texts(nlp, text, etype) == []
