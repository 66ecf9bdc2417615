"""The session-44 lines M60 and M61 (docs/gold-format.md): a force's denial that its force was excessive
is a `negated` `repression` of its own; a person taken away by men the text does not identify is an arrest."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events, trigger_texts

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

EVICTION = (
    "Riot police evicted about 150 families from a squatter camp outside the city on Tuesday, and residents "
    "said several men were beaten with batons. "
)


@pytest.mark.parametrize(
    "denial",
    [
        "The provincial police command said no excessive force was used.",
        'The ministry said the operation was lawful and that "no disproportionate force was used".',
        "The provincial police command said that at no time was excessive force used.",
        "A spokesman for the governor said officers did not use excessive force.",
    ],
)
def test_excess_denied_is_a_negated_repression(nlp: Language, denial: str) -> None:
    text = EVICTION + denial
    found = [e for e in events(nlp, text) if e.evidence.start >= len(EVICTION) and "force" in e.trigger.text]
    assert [(e.type, e.status) for e in found] == [("repression", "negated")]


def test_excess_told_as_a_verdict_is_no_denial(nlp: Language) -> None:
    text = "The commission found that police used excessive force, and called for an inquiry."
    assert "excessive force" not in trigger_texts(nlp, text, "repression")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The union's treasurer was taken from a bus in the capital on Friday by hooded men.", "taken"),
        ("Men in plain clothes took the editor from a cafe in the old town on Sunday.", "took"),
        ("The party's spokeswoman was seized by masked men outside the courthouse on Thursday.", "seized"),
    ],
)
def test_taken_by_unknown_men_is_an_arrest(nlp: Language, text: str, word: str) -> None:
    assert any(w.startswith(word) for w in trigger_texts(nlp, text, "arrest"))  # M61


@pytest.mark.parametrize(
    "text",
    [
        "Armed men took control of the border post on Monday.",
        "Men in plain clothes took photographs of the marchers from a rooftop.",
    ],
)
def test_taken_by_unknown_men_needs_a_person(nlp: Language, text: str) -> None:
    assert trigger_texts(nlp, text, "arrest") == []
