"""Implicit actors: the story's group may be a people named by nation or ethnicity, and a group that
does its act "in a strike" or "in protest" is doing a protest act."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _story_group_text(nlp: Language, text: str) -> str | None:
    from eventwire.extract.implicit_actors_antecedents import story_group
    from eventwire.resolve.actors import ActorDictionary, find_actors

    doc = nlp(text)
    found = story_group(doc, find_actors(doc, ActorDictionary.load()))
    return None if found is None else found.text


def test_a_people_the_lede_has_dispersed_is_the_story_group(nlp: Language) -> None:
    text = (
        "Police fired tear gas on Sunday to disperse several hundred Armenians who had gathered outside "
        "the court in Gyumri to protest against a verdict.\n\nOfficers said 11 people had been detained."
    )
    assert _story_group_text(nlp, text) == "Armenians"


def test_a_group_keeping_its_lorries_parked_in_a_strike_is_the_story_group(nlp: Language) -> None:
    text = (
        "Truck drivers across Chile kept their lorries parked for a third day on Friday in a strike "
        "over toll charges.\n\nThe interior minister said anyone who blocks a highway would be arrested."
    )
    assert _story_group_text(nlp, text) == "Truck drivers"


def test_nationals_named_in_passing_are_no_story_group(nlp: Language) -> None:
    text = (
        "Police in the capital arrested two Ukrainians on Monday on suspicion of smuggling cigarettes.\n\n"
        "The ministry said 40 people were detained this year."
    )
    assert _story_group_text(nlp, text) is None
