"""People counted as being in an act ("700 workers have been on strike", "a strike involving 800
inmates") are its participants; a number after a numbering sign ("colony No. 22") counts nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.magnitudes import find_magnitudes

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "At the steel plant, about 700 workers have been on strike since Monday over unpaid wages.",
            700,
            "participants",
        ),
        (
            "Three mothers of detainees have been on hunger strike outside the ministry since 16 November.",
            3,
            "participants",
        ),
        (
            "Relatives kept up a sit-in, and three of them have been on hunger strike since Saturday.",
            3,
            "participants",
        ),
        (
            "The walkout hit Busan, where about 8,000 shipyard workers have been on an indefinite strike.",
            8000,
            "participants",
        ),
        (
            "It is the largest since a 2019 strike involving some 800 inmates at the jail.",
            800,
            "participants",
        ),
        # being somewhere, or an act that is no gathering, counts no participants
        ("About 40 families have been on the island since the flood.", 40, "other"),
        ("The case involving 12 defendants was adjourned.", 12, "other"),
    ],
)
def test_people_in_a_strike_are_its_participants(nlp: Language, text: str, value: int, kind: str) -> None:
    found = [(m.value, m.kind) for m in find_magnitudes(nlp(text))]
    assert found == [(value, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "A prisoner died in custody in penal colony No. 22 in the north.",
        "He was held in Prison No 3 for a week.",
        "Inmates of Camp No. 4 complained of beatings.",
    ],
)
def test_a_numbering_sign_is_no_count(nlp: Language, text: str) -> None:
    assert [m.text for m in find_magnitudes(nlp(text))] == []


def test_no_at_the_start_of_a_sentence_is_still_a_count(nlp: Language) -> None:
    found = [(m.value, m.kind) for m in find_magnitudes(nlp("No 5 people were hurt, police said."))]
    assert found == [(5, "injuries")]
