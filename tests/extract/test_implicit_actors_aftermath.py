"""Implicit actors: a force named in a killing's sentence only as the one who arrests, books, registers a
case, recovers the bodies, takes complaints or fails to act is the investigator or the bystander, not the
killer (IndiaPoliceEvents: police made the killers of a carnage they investigate)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _killers(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    ev = _of(_with_actors(nlp, text), "killing")
    return [(a.kind, a.text) for a in ev.actors if a.role == "perpetrator"]


@pytest.mark.parametrize(
    "text",
    [
        "Four days after the carnage in which 58 persons were burnt alive in the Sabarmati Express, the "
        "police arrested two persons on Sunday.",
        "Police pulled out eight more bodies of people who were suspected to have been killed last evening.",
        "Nearly 3,000 innocent people were killed in one day and neither police nor army was deployed by the "
        "government.",
    ],
)
def test_a_force_that_investigates_or_is_absent_is_no_killer(nlp: Language, text: str) -> None:
    assert ("security_forces", "police") not in _killers(nlp, text)
    assert ("security_forces", "army") not in _killers(nlp, text)


def test_a_force_that_fires_still_kills(nlp: Language) -> None:
    text = "Two people were killed when the police opened fire, and the police arrested ten others."
    assert any(kind == "security_forces" for kind, _ in _killers(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Kourosh Alavi died on 9 October in Urmia Prison, eight days after security agents detained him.",
        "Seven men arrested by soldiers at a market on 24 April were found dead two days later.",
    ],
)
def test_those_who_arrested_the_dead_keep_them(nlp: Language, text: str) -> None:
    assert any(kind == "security_forces" and t is not None for kind, t in _killers(nlp, text))
