"""The state's force on people told in one clause chain with a killing is one ``killing`` record (type
boundaries, N12, G10): the force act becomes a mention of the killing, not a ``repression`` of its own.
Deaths of the state's own men, deaths laid at another doer, deaths in a clause about a noun and
"non-lethal" force leave the force a repression (sentences written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _records(nlp: Language, text: str) -> list[tuple[str, str, list[str]]]:
    return [(e.type, e.trigger.text, [text[m.start : m.end] for m in e.mentions]) for e in events(nlp, text)]


def _holder(nlp: Language, text: str, words: str) -> list[str]:
    """The types of the records whose trigger or mentions hold ``words``."""
    return [t for t, trig, told in _records(nlp, text) if words in (trig, *told)]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "A brutal police crackdown on striking dockers in the port left at least 14 people dead "
            "in March 2011.",
            "crackdown",
        ),
        (
            "Miners still speak of Ahmed Salah, a driller who was hit by a police water cannon at a sit-in "
            "in 2009 and died of his injuries a year later.",
            "water cannon",
        ),
    ],
)
def test_force_with_the_deaths_it_caused_is_one_killing(nlp: Language, text: str, force: str) -> None:
    found = _records(nlp, text)
    assert [t for t, _, _ in found].count("killing") == 1, found
    assert "repression" not in [t for t, _, _ in found], found
    assert _holder(nlp, text, force) == ["killing"], found


def test_the_killing_keeps_its_victims_and_gains_the_force_as_doer(nlp: Language) -> None:
    text = "A brutal police crackdown on striking dockers in the port left at least 14 people dead "
    text += "in March 2011."
    (killing,) = [e for e in events(nlp, text) if e.type == "killing"]
    assert ("victim", "people") in [(a.role, a.text) for a in killing.actors]
    assert "perpetrator" in [a.role for a in killing.actors]


def test_deaths_in_a_clause_about_a_noun_leave_the_force_repression(nlp: Language) -> None:
    text = "Police fired tear gas at mourners who had gathered at the spot where a taxi driver was killed."
    assert _holder(nlp, text, "fired tear gas") == ["repression"]


def test_non_lethal_force_tells_no_death(nlp: Language) -> None:
    text = "Officers dispersed the sit-in with non-lethal rounds, and nobody was hurt, the governor said."
    assert _holder(nlp, text, "dispersed") == ["repression"]
