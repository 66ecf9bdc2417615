"""Binding: a headline's or a bullet's bare participle with a counted subject is passive ("4 constables and
3 villagers also killed"): the counted are its victims, not its doers (IndiaPoliceEvents: a bullet listing
policemen and civilians killed made them the killers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_a_counted_subject_of_a_bare_participle_is_its_victim(nlp: Language) -> None:
    ev = _of(_with_actors(nlp, "4 constables and 3 villagers also killed."), "killing")
    roles = {a.text: a.role for a in ev.actors}
    assert roles.get("constables") == "victim"
    assert roles.get("villagers") == "victim"


def test_an_object_keeps_the_counted_subject_the_doer(nlp: Language) -> None:
    ev = _of(_with_actors(nlp, "Two gunmen killed three villagers on Monday."), "killing")
    assert any(a.role == "perpetrator" and a.text == "gunmen" for a in ev.actors)
