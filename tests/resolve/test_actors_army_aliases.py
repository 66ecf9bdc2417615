"""find_actors: the army named by a generic word goes by its other words too ("troops", "soldiers",
"the army" are the military), and a country's army named generically keeps the class's aliases."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import spacy

from eventwire.resolve.actors import ActorDictionary, find_actors

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Troops opened fire on the convoy near the river crossing.", "troops"),
        ("Soldiers searched the market on Tuesday.", "soldiers"),
    ],
)
def test_the_military_goes_by_its_other_words(blank: Language, text: str, written: str) -> None:
    found = [a for a in find_actors(blank(text), ActorDictionary.load()) if (a.text or "").lower() == written]
    assert found and found[0].name == "Military"
    assert {"army", "soldiers", "troops"} <= set(found[0].aliases)


def test_the_police_take_no_army_alias(blank: Language) -> None:
    found = list(find_actors(blank("Police searched the market on Tuesday."), ActorDictionary.load()))
    assert found and all("soldiers" not in a.aliases for a in found)
