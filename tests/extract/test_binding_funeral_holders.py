"""Binding: a funeral or burial no one is written holding is held by the dead person's family and the
mourners (actor_roles_scenes.bereaved), not by the story's protesters or strikers."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _initiator_names(nlp: Language, text: str) -> set[str]:
    ev = _of(_with_actors(nlp, text), "protest")
    return {n.lower() for a in ev.actors if a.role == "initiator" for n in (a.name, a.text or "", *a.aliases)}


def test_a_funeral_held_by_no_one_written_is_the_familys(nlp: Language) -> None:
    text = (
        "Dock workers in Tema struck for a third day on Monday. A striker was shot dead by police.\n\n"
        "His funeral will be held in Tema on Thursday, a union official said."
    )
    names = _initiator_names(nlp, text)
    assert {"mourners", "relatives", "family"} <= names
    assert "dock workers" not in names


def test_a_funeral_held_by_those_written_keeps_them(nlp: Language) -> None:
    text = "Thousands of students held a funeral march for the slain activist in Accra on Sunday."
    names = _initiator_names(nlp, text)
    assert "students" in names or "thousands of students" in names
    assert "relatives" not in names
