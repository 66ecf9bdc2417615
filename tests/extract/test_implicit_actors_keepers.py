"""Implicit actors: the unnamed doers of a death or ill-treatment in a prison or a cell are its keepers
("prison guards", "prison service"), beside the security forces the act implies."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _doer_names(nlp: Language, text: str, etype: str) -> list[str]:
    """The names and aliases of the implied perpetrators of the text's ``etype`` record."""
    ev = _of(_with_actors(nlp, text), etype)
    return [n for a in ev.actors if a.role == "perpetrator" and a.text is None for n in (a.name, *a.aliases)]


def test_a_death_in_a_prison_is_its_keepers(nlp: Language) -> None:
    text = (
        "The monitor said a jailed trade unionist died in Kaliti prison in March after being denied insulin."
    )
    names = _doer_names(nlp, text, "killing")
    assert "prison guards" in names and "prison service" in names


def test_ill_treatment_in_a_cell_is_its_keepers(nlp: Language) -> None:
    text = (
        "A released inmate told the group that detainees are routinely beaten and kept chained in the cells."
    )
    names = _doer_names(nlp, text, "torture")
    assert "prison guards" in names and "interrogators" in names


def test_ill_treatment_outside_custody_keeps_no_keepers(nlp: Language) -> None:
    text = "Witnesses said the student had been tortured before his body was left on a roadside near Goma."
    names = _doer_names(nlp, text, "torture")
    assert "interrogators" in names and "prison guards" not in names
