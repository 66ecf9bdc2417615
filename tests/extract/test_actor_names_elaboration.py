"""actor_names._elaboration and actor_roles.sentence_victim: every conjunct of "most of them A and B"
names some of the group, and victims the sentence supplies keep the people named among them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _names(nlp: Language, text: str, etype: str, role: str) -> set[str]:
    ev = _of(_with_actors(nlp, text), etype)
    return {n for a in ev.actors if a.role == role for n in (a.name, a.text or "", *a.aliases)}


def test_each_conjunct_of_a_partitive_names_the_group(nlp: Language) -> None:
    text = (
        "About two thousand people, most of them nurses and hospital cleaners, marched in Lusaka on Friday."
    )
    names = _names(nlp, text, "protest", "initiator")
    assert {"nurses", "hospital cleaners"} <= names


def test_people_named_among_victims_the_sentence_supplies_ride_along(nlp: Language) -> None:
    from eventwire.extract.actor_roles import sentence_victim
    from eventwire.resolve.actors import ActorDictionary, find_actors

    doc = nlp(
        "At least five other detainees, among them Omid Rahmani and Kaveh Jafari, are at imminent risk "
        "of execution in Vakilabad Prison in Mashhad."
    )
    known = find_actors(doc, ActorDictionary.load())
    head = next(t for t in doc if t.lower_ == "execution")
    victims = sentence_victim(head, known, [])
    assert victims
    assert {"Omid Rahmani", "Kaveh Jafari"} <= set(victims[0].aliases)
