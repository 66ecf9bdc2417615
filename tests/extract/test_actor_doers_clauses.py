"""Doers the parser hides: a clause's subject read as a preposition's object (actor_doers), a
government's armed men (actor_roles_phrases), nouns of people abroad (actor_kinds)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_binding_roles import _names, _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_the_subject_of_an_after_clause_is_its_doer(nlp: Language) -> None:
    # "after youths ... blocked" parsed as "after youths" + a subjectless clause of "returned"
    text = "Quiet has returned to the district after youths on Sunday blocked the ring road with logs."
    ev = _of(_with_actors(nlp, text), "protest")
    names = _names(ev, "initiator")
    assert "youths" in names, ev.actors
    assert not any("Quiet" in n for n in names), ev.actors


def test_a_main_clause_subject_still_does_its_own_act(nlp: Language) -> None:
    text = "Riot police fired tear gas at the square after the march ended on Tuesday."
    ev = _of(_with_actors(nlp, text), "repression")
    assert any("police" in n.lower() for n in _names(ev, "perpetrator")), ev.actors


@pytest.mark.parametrize(
    "text",
    [
        "The regime's forces shot dead eleven marchers in the port city on Friday.",
        "At least forty villagers have been killed by the government's forces since the uprising began.",
        "The Iranian government's forces killed twelve mourners in the border town on Sunday.",
    ],
)
def test_a_governments_forces_are_security_forces(nlp: Language, text: str) -> None:
    ev = _of(_with_actors(nlp, text), "killing")
    perps = [a for a in ev.actors if a.role == "perpetrator"]
    assert perps and all(a.kind == "security_forces" for a in perps), ev.actors


def test_a_body_s_officers_stay_the_body(nlp: Language) -> None:
    ev = _of(_with_actors(nlp, "Military intelligence officers arrested the blogger at his home."), "arrest")
    assert any("Military" in n for n in _names(ev, "perpetrator")), ev.actors


def test_exiles_plan_their_own_march(nlp: Language) -> None:
    text = "Bolivian exiles in Argentina plan to march to the consulate in Buenos Aires next Saturday."
    ev = _of(_with_actors(nlp, text), "protest")
    assert any("exiles" in n for n in _names(ev, "initiator")), ev.actors
