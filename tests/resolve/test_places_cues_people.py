"""Words that mark a name as a town's though the tagger took it for someone: its people ("Residents of
X blocked roads") and nearness between a locative word and the name ("In nearby X, …") (places_cues.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.gazetteer import InMemoryGazetteer
from eventwire.resolve.places import find_places
from tests.resolve.test_gazetteer_fixture import _c

if TYPE_CHECKING:
    from spacy.language import Language


def _gazetteer() -> InMemoryGazetteer:
    return InMemoryGazetteer(
        [
            (_c(1, "Togo", "country", "TG", population=8_000_000, gid=2363686), []),
            (_c(2, "Kpalimé", "city", "TG", "TG22", "Plateaux", 6.9, 0.63, 20_000, 2365173), ["Kpalime"]),
        ]
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Residents of Kpalimé blocked roads with burning tyres on Monday.",
        "In nearby Kpalimé, young men set fire to a party office.",
    ],
)
def test_a_town_its_people_or_nearness_marks_is_a_place(nlp: Language, text: str) -> None:
    places = find_places(nlp(text), _gazetteer())
    assert [p.name for p in places] == ["Kpalimé"]
