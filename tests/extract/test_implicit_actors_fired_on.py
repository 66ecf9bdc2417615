"""Implicit actors: the bare "people" a shooting's toll counts are of the crowd its sentence has
fired on (crowd_before's fired_on)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _victim_names(nlp: Language, text: str) -> set[str]:
    ev = _of(_with_actors(nlp, text), "killing")
    return {n for a in ev.actors if a.role == "victim" for n in (a.name, a.text or "", *a.aliases)}


def test_the_people_killed_are_of_the_crowd_fired_on(nlp: Language) -> None:
    text = (
        "Thousands of nurses marched in Lilongwe on Monday over unpaid wages.\n\n"
        "In 2011, soldiers opened fire on opposition supporters marching on the parliament in Blantyre, "
        "killing at least 19 people."
    )
    assert "opposition supporters" in _victim_names(nlp, text)


def test_the_crowd_a_warning_implies_is_the_crowd_before(nlp: Language) -> None:
    text = (
        "A crowd of rioters set fire to the town hall in Rosso on Monday night and looted two banks.\n\n"
        "The governor warned that anyone who damages public buildings would be arrested."
    )
    ev = _of(_with_actors(nlp, text), "arrest")
    names = {n for a in ev.actors if a.role == "victim" for n in (a.name, a.text or "", *a.aliases)}
    assert "rioters" in {n.lower() for n in names}, ev.actors
