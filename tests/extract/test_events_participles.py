"""An arrest told only by a participle on the people it seized ("the arrested workers were released later",
"among those arrested") is the arrest's record; one that refers back to an arrest the text already tells
adds no record; "a jailed politician" stays a state (session 57, R lever 2; sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The arrested dockers were released on bail later that night.",
        "Trucks were hired to carry the detained farmers to a stadium outside the town, he said.",
        "Many of those detained were only passers-by, a lawyer for the families said.",
        "Three student leaders were among those arrested, the union said.",
    ],
)
def test_an_arrest_told_only_by_its_participle_is_a_record(nlp: Language, text: str) -> None:
    assert [e.type for e in events(nlp, text)] == ["arrest"], text


def test_a_participle_after_a_told_arrest_adds_no_record(nlp: Language) -> None:
    text = "Police arrested 30 dockers at the gate on Monday. The arrested dockers were released on Tuesday."
    assert [e.type for e in events(nlp, text)] == ["arrest"]


def test_a_jailed_politician_is_no_arrest(nlp: Language) -> None:
    assert events(nlp, "The jailed politician wrote a long letter to his party from his cell.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers urged the governor to free those detained at the depot.",
        "The families demanded the release of the arrested dockers.",
    ],
)
def test_a_call_to_free_the_detained_tells_no_arrest(nlp: Language, text: str) -> None:
    assert [e.type for e in events(nlp, text) if e.type == "arrest"] == [], text
