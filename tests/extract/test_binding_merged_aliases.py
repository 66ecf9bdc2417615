"""Binding of actors: a merged actor keeps its aliases, the beaten of a conjoined verb are victims,
a "by" phrase after the object names its holders (invented sentences)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_binding_roles import _names, _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_the_called_on_supporters_stay_named_after_a_merge(nlp: Language) -> None:
    text = "The Unity Party has called on its supporters to gather outside the high court on Wednesday."
    ev = _of(_with_actors(nlp, text), "protest")
    assert "supporters" in {n.lower() for n in _names(ev, "initiator")}, ev.actors


def test_the_beaten_of_a_conjoined_verb_are_victims(nlp: Language) -> None:
    text = "Military police fired tear gas and beat workers with batons to clear the road."
    ev = _of(_with_actors(nlp, text), "repression")
    assert "workers" in {n.lower() for n in _names(ev, "victim")}, ev.actors


def test_a_by_phrase_after_the_object_names_its_holders(nlp: Language) -> None:
    text = "Last week, police used tear gas to break up a march by students at the university."
    evs = _with_actors(nlp, text)
    assert "students" not in {n.lower() for n in _names(_of(evs, "repression"), "perpetrator")}
    assert "students" in {n.lower() for n in _names(_of(evs, "protest"), "initiator")}
