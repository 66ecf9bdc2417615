"""A town the tagger misses where the text still marks it a place: a dateline written in title case
("Kpalimé, 9 September 2026 (Agency) -"), a town after a plural kind ("some neighbourhoods of X")
(places_names.py, places_cues.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.gazetteer import InMemoryGazetteer
from eventwire.resolve.places import find_places
from eventwire.resolve.places_names import _dated_opening
from tests.resolve.test_gazetteer_fixture import _c

if TYPE_CHECKING:
    from spacy.language import Language


def _gazetteer() -> InMemoryGazetteer:
    return InMemoryGazetteer(
        [
            (_c(1, "Togo", "country", "TG", population=8_000_000, gid=2363686), []),
            (_c(2, "Kpalimé", "city", "TG", "TG22", "Plateaux", 6.9, 0.63, 75_000, 2365173), ["Kpalime"]),
            (_c(3, "Lomé", "city", "TG", "TG25", "Maritime", 6.13, 1.22, 750_000, 2365267, True), ["Lome"]),
        ]
    )


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("Kpalimé, 9 September 2026 (Agency) - Police said", 0, 7, True),
        ("(Kpalimé, Sept. 9, 2026) - Police said", 1, 8, True),
        ("Kpalimé, a town of 75,000, was calm", 0, 7, False),  # no date after it
        ("Police in Kpalimé, 9 September", 10, 17, False),  # not opening its paragraph
        ("Togo Daily Voice | Kpalimé, September 9, 2026", 19, 26, True),  # after a byline's bar
        ("Police | in Kpalimé, 9 September", 12, 19, False),  # a word between bar and name
    ],
)
def test_a_dated_opening_is_a_paragraphs_first_name_with_a_date_after_it(
    text: str, start: int, end: int, expected: bool
) -> None:
    assert _dated_opening(text, start, end) is expected


@pytest.mark.slow
def test_a_title_case_dateline_town_is_a_place(nlp: Language) -> None:
    text = "Lomé, 14 March 2026 (Coastal Press) - The ministry said on Friday that the port had reopened."
    places = find_places(nlp(text), _gazetteer())
    assert "Lomé" in [p.text for p in places]


@pytest.mark.slow
def test_a_town_after_a_plural_kind_of_part_is_a_place(nlp: Language) -> None:
    text = "Youths erected barricades in several neighbourhoods of Lomé by nightfall, the minister said."
    places = find_places(nlp(text), _gazetteer())
    assert [p.text for p in places if p.name == "Lomé"] == ["Lomé"]


def _gazetteer_centre() -> InMemoryGazetteer:
    return InMemoryGazetteer(
        [
            (_c(1, "Burkina Faso", "country", "BF", population=20_000_000, gid=2361809), []),
            (_c(2, "Centre", "admin1", "BF", "BF53", "Centre", population=2_500_000, gid=6930706), []),
        ]
    )


@pytest.mark.slow
def test_the_short_name_of_a_body_is_not_the_province_of_that_name(nlp: Language) -> None:
    # "the Centre" after "Harbour Rights Centre": the body again, labelled ORG
    text = (
        "Harbour Rights Centre said on Monday that two activists were detained. "
        "A relative told the Centre that guards beat them."
    )
    places = find_places(nlp(text), _gazetteer_centre())
    assert "Centre" not in [p.text for p in places]
