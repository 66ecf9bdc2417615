"""Binding: people the act is told to hurt are its victims, a crowd only dispersed its target (S8)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.records import Event

pytestmark = pytest.mark.slow


def _roles(ev: Event, word: str) -> set[str]:
    """The roles of the actors that go by ``word`` (name, text or alias)."""
    w = word.lower()
    return {a.role for a in ev.actors if w in {n.lower() for n in (a.name, a.text or "", *a.aliases)}}


@pytest.mark.parametrize(
    ("text", "etype", "word"),
    [
        (
            "Riot police fired tear gas at the crowd in Kisumu on Tuesday; a nurse at the county "
            "hospital said 14 people had been treated for injuries to the head and legs.",
            "repression",
            "crowd",
        ),
        (
            "At least six marchers were hit by rubber bullets fired by police in Valparaiso on Friday, "
            "a rights group said.",
            "repression",
            "marchers",
        ),
        (
            "Twelve policemen were injured by rocks and petrol bombs thrown by rioters in Belfast "
            "overnight, police said.",
            "riot",
            "policemen",
        ),
    ],
)
def test_people_the_act_is_told_to_hurt_are_victims(nlp: Language, text: str, etype: str, word: str) -> None:
    ev = _of(_with_actors(nlp, text), etype)
    assert _roles(ev, word) == {"victim"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Police fired tear gas to disperse hundreds of teachers outside the education ministry in Accra.",
            "teachers",
        ),
        ("Police used water cannon on students in Dhaka on Sunday. No injuries were reported.", "students"),
    ],
)
def test_a_crowd_dispersed_with_no_harm_told_stays_a_target(nlp: Language, text: str, word: str) -> None:
    ev = _of(_with_actors(nlp, text), "repression")
    assert _roles(ev, word) == {"target"}


def test_the_side_an_attack_struck_is_its_victim_when_told_hurt_in_the_next_sentence(nlp: Language) -> None:
    text = (
        "Jihadists ambushed troops escorting a supply convoy near Menaka on Sunday. The army said "
        "three were killed and five wounded."
    )
    ev = _of(_with_actors(nlp, text), "attack")
    assert _roles(ev, "troops") == {"victim"}  # G6: the side struck, told hurt


def test_an_attack_told_without_harm_keeps_its_target(nlp: Language) -> None:
    text = (
        "Jihadists ambushed troops escorting a supply convoy near Menaka on Sunday. The attackers "
        "fled on motorbikes, the army said."
    )
    ev = _of(_with_actors(nlp, text), "attack")
    assert _roles(ev, "troops") == {"target"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Gunmen on motorbikes opened fire on a police checkpoint near the market on Tuesday, "
            "wounding three officers.",
            "officers",
        ),
        (
            "Militants shelled an army base outside the town overnight, wounding four soldiers, a "
            "local official said.",
            "soldiers",
        ),
        (
            "In Lviv, a drone hit a school in the Sykhiv district, injuring four people, the regional "
            "administration said.",
            "people",
        ),
    ],
)
def test_the_people_a_participle_tells_an_attack_hurt_are_its_victims(
    nlp: Language, text: str, word: str
) -> None:
    ev = _of(_with_actors(nlp, text), "attack")
    assert _roles(ev, word) == {"victim"}  # G6: the side struck, told hurt in the same sentence
