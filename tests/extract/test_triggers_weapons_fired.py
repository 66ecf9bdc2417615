"""Weapons of war fired at a place are an attack, not force against a crowd."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.triggers import find_triggers

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _found(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(t.type, text[t.start_char : t.end_char]) for t in find_triggers(nlp(text))]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Government troops fired mortar rounds at houses on the edge of the market town overnight.",
            "mortar",
        ),
        ("The insurgents fired several artillery shells into the northern suburbs on Sunday.", "artillery"),
        ("The navy said the militia fired rockets and drones at a tanker off the coast.", "rockets"),
    ],
)
def test_weapon_of_war_fired_is_an_attack(nlp: Language, text: str, word: str) -> None:
    found = _found(nlp, text)
    assert any(kind == "attack" and word in span for kind, span in found), found
    assert not any(kind == "repression" for kind, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas shells at the students outside the education ministry.",
        "Officers fired several rounds into the air to scatter the marchers near the bridge.",
    ],
)
def test_crowd_control_fire_stays_repression(nlp: Language, text: str) -> None:
    found = _found(nlp, text)
    assert any(kind == "repression" for kind, _ in found), found
    assert not any(kind == "attack" for kind, _ in found), found


def test_a_capitalised_plural_weapon_opening_the_sentence_strikes(nlp: Language) -> None:
    # after a dateline the plural may be tagged a proper name: its lemma keeps the plural
    text = (
        "KABUL, May 3 (Reuters) - Shells fired by militia fighters struck a crowded market in the west of "
        "the city on Monday, killing five people, police said."
    )
    assert ("attack", "struck") in _found(nlp, text)
