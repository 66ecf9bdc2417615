"""Binding: bare "people" arrested, hurt or killed after a protest go by the names of those who held
it (binding_implied.protest_holders_before)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _victim_names(nlp: Language, text: str, etype: str) -> set[str]:
    ev = _of(_with_actors(nlp, text), etype)
    return {n.lower() for a in ev.actors if a.role == "victim" for n in (a.name, a.text or "", *a.aliases)}


def test_people_arrested_after_a_gathering_are_its_holders(nlp: Language) -> None:
    text = (
        "Police fired tear gas on Friday to disperse several hundred opposition supporters who had "
        "gathered outside the court in Ndola.\n\n"
        "A police spokesman said 14 people were arrested."
    )
    assert "opposition supporters" in _victim_names(nlp, text, "arrest")


def test_people_arrested_with_no_protest_before_keep_their_own_names(nlp: Language) -> None:
    text = "Police said 14 people were arrested in Harare on Monday on suspicion of fraud."
    assert "opposition supporters" not in _victim_names(nlp, text, "arrest")
