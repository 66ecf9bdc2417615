"""Those called on to act hold each act of a coordination they are called to (actor_doers.called_on)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_binding_roles import _names, _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype", "called"),
    [
        (
            "The Farmers' Front has called on Malawians to wear black ribbons and hold vigils outside "
            "district offices on Friday.",
            "protest",
            "Malawians",
        ),
        (
            "The movement urged Zambians to stay away from work on Monday and to march on the central bank.",
            "protest",
            "Zambians",
        ),
        (
            "The movement urged Zambians to stay away from work on Monday and to march on the central bank.",
            "strike",
            "Zambians",
        ),
    ],
)
def test_those_called_on_hold_each_coordinated_act(nlp: Language, text: str, etype: str, called: str) -> None:
    ev = _of(_with_actors(nlp, text), etype)
    assert any(called in n for n in _names(ev, "initiator")), ev.actors


def test_a_coordinated_clause_with_its_own_subject_is_not_called_for(nlp: Language) -> None:
    text = "The movement urged Zambians to stay home on Monday, and students marched on the central bank."
    ev = _of(_with_actors(nlp, text), "protest")
    assert not any("Zambians" in n for n in _names(ev, "initiator")), ev.actors


@pytest.mark.parametrize(
    "text",
    [
        "The party urged supporters to march to the electoral commission on Monday.",
        "The opposition leader called on his supporters to march to the electoral commission on Monday.",
    ],
)
def test_a_call_whose_verb_the_parser_made_a_noun(nlp: Language, text: str) -> None:
    # "to march" parsed as the preposition "to" with the object "march": still the call's infinitive
    ev = _of(_with_actors(nlp, text), "protest")
    assert any("supporters" in n for n in _names(ev, "initiator")), ev.actors


def test_those_called_on_through_a_particle_hold_the_act(nlp: Language) -> None:
    # the parser makes "on" a particle of "called" here, not a preposition
    text = (
        "Church groups and the CTU have called on Malawians to stay at home on Friday in a national shutdown."
    )
    ev = _of(_with_actors(nlp, text), "strike")
    assert any("Malawians" in n for n in _names(ev, "initiator")), ev.actors
