"""implicit_actors: the judiciary carries out what courts order, floggings and death sentences (I1)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_binding_roles import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Two students were flogged in Mashhad last week after being convicted of insulting officials.",
        "A poet, Ali Karimi, was given 50 lashes at the prosecutor's office in Tabriz on Sunday.",
    ],
)
def test_a_flogging_is_done_by_the_judiciary(nlp: Language, text: str) -> None:
    ev = _of(_with_actors(nlp, text), "torture")
    perps = [a for a in ev.actors if a.role == "perpetrator"]
    assert perps and all(a.kind == "judiciary" for a in perps), ev.actors


def test_a_beating_in_custody_stays_with_the_security_forces(nlp: Language) -> None:
    ev = _of(_with_actors(nlp, "The activist was beaten in custody in Tabriz, his brother said."), "torture")
    perps = [a for a in ev.actors if a.role == "perpetrator"]
    assert perps and all(a.kind == "security_forces" for a in perps), ev.actors


def test_an_upheld_death_sentence_is_carried_out_by_the_judiciary(nlp: Language) -> None:
    text = "Two prisoners face imminent execution after the Supreme Court upheld their death sentences."
    ev = _of(_with_actors(nlp, text), "execution")
    perps = [a for a in ev.actors if a.role == "perpetrator"]
    assert [a.name for a in perps] == ["judiciary"], ev.actors
