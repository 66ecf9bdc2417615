"""The force's own people told hurt: its post, its line or its man struck (actor_roles_harm, G6/G7)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_binding_harm import _roles
from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_the_force_whose_post_was_attacked_is_a_victim_when_its_men_are_told_killed(nlp: Language) -> None:
    text = (
        "Rebels attacked an army checkpoint near Dori with rifles on Monday. The army said three "
        "soldiers died in the fighting."
    )
    ev = _of(_with_actors(nlp, text), "attack")
    assert "victim" in _roles(ev, "army"), ev.actors


def test_the_force_whose_post_was_attacked_with_no_harm_told_stays_a_target(nlp: Language) -> None:
    text = "Rebels attacked an army checkpoint near Dori with rifles on Monday. The attackers fled on foot."
    ev = _of(_with_actors(nlp, text), "attack")
    assert "victim" not in _roles(ev, "army"), ev.actors


def test_officers_pelted_are_victims_when_the_next_paragraph_tells_them_cared_for(nlp: Language) -> None:
    text = (
        "Hundreds of fans marched to the stadium in Split on Saturday. Some of them threw bottles and "
        "flares at officers.\n\nThe hospital said nine fans and six police officers sought medical help."
    )
    ev = _of(_with_actors(nlp, text), "riot")
    assert "victim" in _roles(ev, "officers"), ev.actors


def test_stones_thrown_at_a_police_station_strike_the_building(nlp: Language) -> None:
    text = (
        "Youths threw stones at police stations in Tetovo on Saturday. The windows were smashed, the "
        "ministry said."
    )
    ev = _of(_with_actors(nlp, text), "riot")
    assert "victim" not in _roles(ev, "police"), ev.actors


def test_an_officer_told_hurt_by_the_stones_thrown_at_a_police_station_is_a_victim(nlp: Language) -> None:
    # M35 (after G7): security forces told hurt by a riot are its victims, also when it struck their building
    text = (
        "Youths threw stones at police stations in Tetovo on Saturday. A police officer was injured "
        "by a stone, the ministry said."
    )
    ev = _of(_with_actors(nlp, text), "riot")
    assert "victim" in _roles(ev, "police"), ev.actors
