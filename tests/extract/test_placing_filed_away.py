"""A sentence with no place of its own after a lead filed from a town the story is not about
(placing._filed_away, placing._earlier_paragraph_places)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.placing import bind_places, lead_places
from eventwire.records import Place

if TYPE_CHECKING:
    from spacy.language import Language


def _place(
    text: str, whole: str, feature: str, precision: str | None, name: str | None, nth: int = 0
) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = whole.index(text, start + 1)
    return Place(
        text=text,
        start_char=start,
        end_char=start + len(text),
        name=name,
        geonames_id=None,
        lat=None,
        lon=None,
        country="NO",
        admin1=None,
        feature=feature,  # type: ignore[arg-type]
        precision=precision,  # type: ignore[arg-type]
    )


def _bound(nlp: Language, text: str, places: list[Place], trigger: str) -> tuple[list[str], bool]:
    doc = nlp(text)
    lead = lead_places(doc, places, [])
    at = text.index(trigger)
    span = doc.char_span(at, at + len(trigger), alignment_mode="expand")
    assert span is not None
    bound, inferred = bind_places(span.root, span.root.sent, places, [], lead=lead)
    return [p.text for p in bound], inferred


AWAY = (
    "MORVIK, May 3 (Wire) - Order has been restored in the Talsen district of Ostra region after a night "
    "of unrest, the regional police said on Monday.\n\n"
    "On Sunday evening about 200 residents gathered outside the town hall of Talsen to complain about "
    "power cuts.\n\n"
    "A group of young men then threw stones at police officers and burned a car.\n\n"
    "Police said 12 people had been detained.\n"
)


@pytest.mark.slow
def test_a_sentence_with_no_place_goes_on_in_the_town_the_paragraphs_before_name(nlp: Language) -> None:
    places = [
        _place("MORVIK", AWAY, "city", "city", "Morvik"),
        _place("Talsen district", AWAY, "place", None, None),
        _place("Ostra region", AWAY, "admin1", "admin1", "Ostra"),
        _place("Talsen", AWAY, "city", "city", "Talsen", nth=1),
    ]
    assert _bound(nlp, AWAY, places, "threw") == (["Talsen"], True)
    # two paragraphs on: still the latest town named, not the dateline's
    assert _bound(nlp, AWAY, places, "detained") == (["Talsen"], True)


HOME = (
    "MORVIK, May 3 (Wire) - Thousands of teachers marched through the centre of Morvik on Monday, and "
    "farmers in Ostra region joined them, union leaders said.\n\n"
    "On Sunday, about 200 teachers had gathered outside a school in Talsen.\n\n"
    "Police said 12 people had been detained.\n"
)


@pytest.mark.slow
def test_a_lead_that_tells_of_the_dateline_town_stays_the_context(nlp: Language) -> None:
    places = [
        _place("MORVIK", HOME, "city", "city", "Morvik"),
        _place("Morvik", HOME, "city", "city", "Morvik", nth=0),
        _place("Ostra region", HOME, "admin1", "admin1", "Ostra"),
        _place("Talsen", HOME, "city", "city", "Talsen"),
    ]
    assert _bound(nlp, HOME, places, "detained") == (["MORVIK"], True)
