"""Armed assaults of session 19 (sentences written for these tests): gunmen firing on a checkpoint, a post
or a patrol are an attack whose dead are its toll (the type boundaries, K10), not a killing; the state's
men firing on a crowd that dies stay a killing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _types(nlp: Language, text: str) -> list[str]:
    return [e.type for e in events(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on an army checkpoint outside Dosso on Sunday, killing two soldiers.",
        "Armed men opened fire on a police post in the hills overnight. A sergeant died of his wounds.",
        "Three guards were killed when militants opened fire on their patrol vehicle near the dam.",
    ],
)
def test_gunmen_firing_on_a_post_is_an_attack(nlp: Language, text: str) -> None:
    assert _types(nlp, text) == ["attack"]


def test_police_firing_on_a_crowd_that_kills_stays_a_killing(nlp: Language) -> None:
    text = "Police opened fire on the marchers in the square, killing four of them."
    assert "attack" not in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Five soldiers were killed in armed clashes with rebels near the river on Tuesday.",
        "Four smugglers were killed in a clash with border guards in the desert, officials said.",
    ],
)
def test_men_killed_in_an_armed_clash_are_its_toll(nlp: Language, text: str) -> None:
    assert _types(nlp, text) == ["attack"]


def test_protesters_killed_in_clashes_with_police_stay_a_killing(nlp: Language) -> None:
    text = "Seven protesters died in clashes with police in the capital on Friday."
    assert "killing" in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "In 2009, eleven people, among them four police officers, were killed in a shoot-out at a farm.",
        "Two soldiers died in an exchange of fire with smugglers near the border on Monday.",
    ],
)
def test_people_killed_in_a_gun_battle_are_its_toll(nlp: Language, text: str) -> None:
    assert _types(nlp, text) == ["attack"]


def test_rioters_said_to_die_in_an_exchange_of_fire_stay_a_killing(nlp: Language) -> None:
    text = 'Local officials said two "rioters" had died in an exchange of fire with police in the town.'
    assert _types(nlp, text) == ["killing"]
