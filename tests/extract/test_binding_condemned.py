"""Binding: people put to death and written generically ("people", "men") were prisoners."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.records import Actor

pytestmark = pytest.mark.slow


def _victims(nlp: Language, text: str, etype: str, written: str) -> list[Actor]:
    """The victims of the text's ``etype`` record written as ``written``."""
    ev = _of(_with_actors(nlp, text), etype)
    return [a for a in ev.actors if a.role == "victim" and a.text == written]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "At least 31 people were hanged in Mashhad's central prison in September, the monitor said.",
            "people",
        ),
        (
            "Authorities in Riyadh executed seven men on Tuesday for drug smuggling, state media reported.",
            "men",
        ),
    ],
)
def test_people_executed_also_go_by_prisoners(nlp: Language, text: str, written: str) -> None:
    victims = _victims(nlp, text, "execution", written)
    assert victims and all("Prisoners" in a.aliases for a in victims)


def test_people_executed_with_a_name_of_their_own_keep_it(nlp: Language) -> None:
    text = "Seven drug traffickers were hanged in Shiraz prison on Tuesday, the judiciary said."
    victims = _victims(nlp, text, "execution", "drug traffickers")
    assert victims and not any("Prisoners" in a.aliases for a in victims)


def test_people_killed_outside_an_execution_are_not_prisoners(nlp: Language) -> None:
    text = "Gunmen killed seven men at a market near Gao on Tuesday, residents said."
    victims = _victims(nlp, text, "killing", "men")
    assert victims and not any("Prisoners" in a.aliases for a in victims)
