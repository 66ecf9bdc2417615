"""Actor roles: parties to the telling are no victims, force as a manner is no doer, a name apposed to
"one of the …" is the one meant (actor_roles: sentence_victim, actor_at, named_head)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_binding_roles import _names, _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        'The city police chief told state television on Monday that 18 "instigators" had been '
        "arrested in the old town.",
        "The police chief told the Mehr news agency that nobody had been detained for striking.",
    ],
)
def test_the_outlet_told_is_no_victim(nlp: Language, text: str) -> None:
    ev = _of(_with_actors(nlp, text), "arrest")
    assert not any(a.kind == "media" for a in ev.actors if a.role == "victim"), ev.actors


def test_journalists_arrested_stay_victims(nlp: Language) -> None:
    ev = _of(
        _with_actors(nlp, "Police arrested two journalists of the Mehr news agency on Monday."), "arrest"
    )
    assert "journalists" in _names(ev, "victim"), ev.actors


@pytest.mark.parametrize(
    "text",
    ["The camp outside the ministry was cleared by force on Tuesday.", "The sit-in was dispersed by force."],
)
def test_force_as_a_manner_is_no_doer(nlp: Language, text: str) -> None:
    ev = _of(_with_actors(nlp, text), "repression")
    assert "force" not in _names(ev, "perpetrator"), ev.actors


def test_a_name_beside_one_of_a_group_is_the_one_meant(nlp: Language) -> None:
    text = (
        "One of the nine, Tomas Ekwueme, a 40-year-old teacher, has refused food since 2 June in "
        "protest at his detention, his wife said."
    )
    ev = _of(_with_actors(nlp, text), "strike")
    assert "Tomas Ekwueme" in _names(ev, "initiator"), ev.actors


@pytest.mark.parametrize(
    ("text", "etype", "group"),
    [
        (
            "Thousands of farmers gathered outside the assembly on Friday. Some of them tried to break "
            "through a police cordon and threw bottles and stones at officers.",
            "riot",
            "farmers",
        ),
        (
            "Hundreds of miners marched on the town hall on Monday. Dozens of them set fire to a police car.",
            "riot",
            "miners",
        ),
    ],
)
def test_some_of_them_are_of_the_group_named_before(nlp: Language, text: str, etype: str, group: str) -> None:
    ev = _of(_with_actors(nlp, text), etype)
    assert any(group in n.lower() for n in _names(ev, "initiator")), ev.actors


def test_the_building_of_a_body_is_the_body(nlp: Language) -> None:
    text = "A crowd broke through police lines and stormed the grounds of the National Assembly on Tuesday."
    ev = _of(_with_actors(nlp, text), "riot")
    assert any("National Assembly" in n for n in _names(ev, "target")), ev.actors


def test_others_are_more_of_the_object_before(nlp: Language) -> None:
    text = (
        "Officers killed two suspected members of the Black Scorpions gang in a shootout in the port "
        "and arrested four others, police said."
    )
    ev = _of(_with_actors(nlp, text), "arrest")
    assert any("Black Scorpions" in n for n in _names(ev, "victim")), ev.actors
