"""Session 39: actor vocabulary of Indian English news (counted as unresolved actor mentions in the
outside develop halves: India police events, many of them lower-cased), a few African missions and unions."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.actors import ActorDictionary, find_actors

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("name", "canonical", "country"),
    [
        ("VHP", "Vishwa Hindu Parishad", "IN"),
        ("Bajrang Dal", "Bajrang Dal", "IN"),
        ("Lok Sabha", "Lok Sabha", "IN"),
        ("Rajya Sabha", "Rajya Sabha", "IN"),
        ("Telugu Desam Party", "Telugu Desam Party", "IN"),
        ("Rapid Action Force", "Rapid Action Force", "IN"),
        ("State Reserve Police", "State Reserve Police", "IN"),
        ("AMISOM", "African Union Mission in Somalia", None),
        ("MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali", None),
        ("NUM", "National Union of Mineworkers", "ZA"),
    ],
)
def test_session39_entries_resolve(
    dictionary: ActorDictionary, name: str, canonical: str, country: str
) -> None:
    actor = dictionary.lookup(name)
    assert actor is not None, name
    assert (actor.name, actor.country) == (canonical, country)


@pytest.mark.slow
def test_lower_cased_indian_news_finds_its_actors(nlp: Language, dictionary: ActorDictionary) -> None:
    text = (
        "over 80 bjp workers and vhp activists were taken into custody by the rapid action force in ayodhya."
    )
    names = {a.name for a in find_actors(nlp(text), dictionary)}
    assert {"Bharatiya Janata Party", "Vishwa Hindu Parishad", "Rapid Action Force"} <= names


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "written", "canonical"),
    [
        (
            "The district administration imposed a curfew in the town on Monday.",
            "district administration",
            "Authorities",
        ),
        ("The chief minister said the situation was under control.", "chief minister", "Chief minister"),
        ("The police commissioner said 40 people were detained.", "police commissioner", "Police officials"),
        ("Kar sevaks returning from Ayodhya were attacked at the station.", "Kar sevaks", "Kar sevaks"),
        ("The shankaracharya met the prime minister on Thursday.", "shankaracharya", "Clerics"),
    ],
)
def test_indian_titles_and_bodies_are_generic_actors(
    nlp: Language, dictionary: ActorDictionary, text: str, written: str, canonical: str
) -> None:
    found = [a for a in find_actors(nlp(text), dictionary) if a.text == written]
    assert found and found[0].name == canonical
