"""A town's name that the actor finder took for someone of no kind, written where a place is
("In Kavala, dockers marched", "rallied outside the Drama town hall"): the place stays."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.placing import _own_places
from eventwire.records import Actor
from eventwire.resolve.gazetteer import InMemoryGazetteer
from eventwire.resolve.places import find_places
from tests.resolve.test_gazetteer_fixture import _c

if TYPE_CHECKING:
    from spacy.language import Language


def _gazetteer() -> InMemoryGazetteer:
    return InMemoryGazetteer(
        [
            (_c(1, "Greece", "country", "GR", population=10_400_000, gid=390903), []),
            (_c(2, "Kavala", "city", "GR", "ESYE11", "East Macedonia", 40.94, 24.41, 58_790, 735861), []),
            (_c(3, "Drama", "city", "GR", "ESYE11", "East Macedonia", 41.15, 24.15, 44_823, 736083), []),
        ]
    )


def _actor(text: str, name: str, kind: str = "unknown") -> Actor:
    start = text.index(name)
    return Actor(
        text=name, start_char=start, end_char=start + len(name), name=name, aliases=(),
        kind=kind, role=None, country=None,  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Kavala, some 3,000 dockers marched to the port on Tuesday.", "Kavala"),
        ("Hundreds of farmers rallied outside the Kavala town hall on Friday.", "Kavala"),
        ("Police detained eleven students in Drama after the march.", "Drama"),
    ],
)
def test_a_known_town_an_actor_of_no_kind_covers_is_a_place_where_the_text_puts_one(
    nlp: Language, text: str, name: str
) -> None:
    doc = nlp(text)
    actors = [_actor(text, name)]
    places = find_places(doc, _gazetteer(), actors=actors)
    assert [p.text for p in places] == [name]
    assert [p.text for p in _own_places(places, actors, doc)] == [name]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Kavala said on Friday that the strike would go on.", "Kavala", "unknown"),  # no place word
        ("Police detained eleven students in Drama after the march.", "Drama", "state"),  # a typed actor
    ],
)
def test_a_name_an_actor_covers_stays_the_actors_without_a_place_word_or_with_a_kind(
    nlp: Language, text: str, name: str, kind: str
) -> None:
    doc = nlp(text)
    actors = [_actor(text, name, kind)]
    places = find_places(doc, _gazetteer(), actors=actors)
    assert _own_places(places, actors, doc) == []


def _actor_at(text: str, name: str, kind: str, occurrence: int = 0) -> Actor:
    start = text.index(name, occurrence)
    return Actor(
        text=name, start_char=start, end_char=start + len(name), name=name, aliases=(),
        kind=kind, role=None, country=None,  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "office", "kind"),
    [
        ("The Kavala prosecutor's office said the men were charged.", "prosecutor's office", "judiciary"),
        ("On Friday the Kavala police said nobody had been detained.", "police", "security_forces"),
    ],
)
def test_a_known_town_written_before_a_local_office_is_a_place(
    nlp: Language, text: str, office: str, kind: str
) -> None:
    doc = nlp(text)
    town = "Kavala"
    actors = [_actor_at(text, town, "unknown"), _actor_at(text, office, kind)]
    places = find_places(doc, _gazetteer(), actors=actors)
    assert [p.text for p in places] == [town]
    assert [p.text for p in _own_places(places, actors, doc)] == [town]


@pytest.mark.slow
def test_a_name_before_a_body_of_no_local_office_stays_the_actors(nlp: Language) -> None:
    text = "Kavala activists said on Friday that the strike would go on."
    doc = nlp(text)
    actors = [_actor_at(text, "Kavala", "unknown"), _actor_at(text, "activists", "activists")]
    assert _own_places(find_places(doc, _gazetteer(), actors=actors), actors, doc) == []


def _gazetteer_alternate() -> InMemoryGazetteer:
    # the big town's own name carries a diacritic; the text writes it by a GeoNames alternate name
    return InMemoryGazetteer(
        [
            (_c(1, "Nepal", "country", "NP", population=29_000_000, gid=1282988), []),
            (
                _c(2, "Bhairahawā", "city", "NP", "NP03", "Lumbini", 27.5, 83.45, 120_000, 1283240),
                ["Bhairawa"],
            ),
        ]
    )


@pytest.mark.slow
def test_a_big_town_written_by_an_alternate_name_an_actor_covers_is_a_place(nlp: Language) -> None:
    text = "In Bhairawa, traders kept their shops shut on Monday."
    doc = nlp(text)
    actors = [_actor(text, "Bhairawa")]
    places = find_places(doc, _gazetteer_alternate(), actors=actors)
    assert [p.text for p in _own_places(places, actors, doc)] == ["Bhairawa"]
