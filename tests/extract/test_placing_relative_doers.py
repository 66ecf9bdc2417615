"""A relative clause on the people at a building takes that building; a part of a building ("the
northern end of the old bridge") places the event at it (placing.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.extract.placing import bind_places
from eventwire.records import Place
from tests.factories import unresolved_place

if TYPE_CHECKING:
    from spacy.language import Language


def _town(text: str, name: str) -> Place:
    return unresolved_place(text, name, "ZM")


def _bound(nlp: Language, text: str, verb: str) -> list[str]:
    doc = nlp(text)
    head = next(t for t in doc if t.text == verb)
    bound, _ = bind_places(head, next(iter(doc.sents)), [_town(text, "Ndola")], [])
    return [p.text for p in bound]


def test_a_relative_clause_on_people_outside_a_building_is_placed_there(nlp: Language) -> None:
    text = (
        "Riot police used tear gas on Friday to scatter hundreds of traders outside the central market "
        "in Ndola, who had gathered to oppose the new levy."
    )
    assert _bound(nlp, text, "gathered")[:2] == ["central market", "Ndola"]


def test_the_end_of_a_bridge_places_the_event_at_the_bridge(nlp: Language) -> None:
    text = "Several hundred miners gathered at the southern end of the old bridge in Ndola on Friday."
    assert _bound(nlp, text, "gathered")[:2] == ["old bridge", "Ndola"]


def test_a_relative_clause_telling_a_place_takes_nothing_from_its_noun(nlp: Language) -> None:
    text = (
        "Hundreds of traders rallied outside the town hall in Ndola, where police later detained 12 people."
    )
    assert "town hall" not in _bound(nlp, text, "detained")[:1]
