"""Recall: events told in words the lexicon or its sense checks used to miss (session 15)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.triggers import find_triggers

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _found(nlp: Language, text: str, event_type: str) -> list[str]:
    return [text[t.start_char : t.end_char] for t in find_triggers(nlp(text)) if t.type == event_type]


@pytest.mark.parametrize(
    "text",
    [
        'The opposition coalition has called for a "ville morte" in Kisangani on Monday.',
        "Trade unions urged residents to observe a journée ville morte across Lubumbashi next week.",
        'Civic groups threatened nationwide "villes mortes" if the activists were not released.',
    ],
)
def test_ville_morte_is_a_shutdown(nlp: Language, text: str) -> None:
    found = _found(nlp, text, "strike")
    assert any("ville" in f for f in found), found


def test_ville_alone_is_no_shutdown(nlp: Language) -> None:
    text = "The ville of Goma was quiet on Monday as traders reopened their stalls."
    assert _found(nlp, text, "strike") == []


@pytest.mark.parametrize(
    "text",
    [
        "The retirees' council called on pensioners in the province to gather outside the governor's office.",
        "The cleric called on the faithful to gather after Friday prayers in the main square.",
        "The guild asked traders to keep their stores closed and urged them to gather outside the treasury.",
    ],
)
def test_those_called_on_to_gather_are_a_crowd(nlp: Language, text: str) -> None:
    assert "gather" in _found(nlp, text, "protest")


def test_gathering_of_things_is_no_protest(nlp: Language) -> None:
    assert _found(nlp, "The committee will gather evidence from the ministry next month.", "protest") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Two men were convicted of setting fire to a militia base during last year's protests in Shiraz.",
            "setting fire to",
        ),
        (
            'The ministry said "violent elements" had attacked the stewards and set fire to a police post.',
            "set fire to",
        ),
        ("Police said that outlaws set fire to tyres and a police car after the rally.", "set fire to"),
    ],
)
def test_arson_with_no_subject_or_a_state_label_is_a_riot(nlp: Language, text: str, word: str) -> None:
    assert word in _found(nlp, text, "riot")


def test_armed_elements_and_soldiers_do_not_riot(nlp: Language) -> None:
    text = 'The ministry said "armed elements" among the protesters had set fire to a police post.'
    assert _found(nlp, text, "riot") == []
    text = "Critics said attempts to storm state buildings during the protest would not be tolerated."
    assert _found(nlp, text, "riot") == []
