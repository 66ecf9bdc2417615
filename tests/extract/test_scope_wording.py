"""The wave-by-wording cues read on a parsed trigger: a stoppage with no end set, a general closure
called for, a coming strike others are to join (not one gathering written with "a")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.scope_wording import closure_call, joined_wave, open_ended

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

pytestmark = pytest.mark.slow


def _word(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.lower_ == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The union announced an indefinite strike at the port.", "strike", True),
        ("The union announced a two-day strike at the port.", "strike", False),
    ],
)
def test_open_ended(nlp: Language, text: str, word: str, expected: bool) -> None:
    assert open_ended(_word(nlp, text, word)) is expected


def test_closure_call_needs_a_strike_to_come(nlp: Language) -> None:
    head = _word(nlp, "The opposition called for a total shutdown of the city on Monday.", "shutdown")
    assert closure_call(head, "strike", "predicted")
    assert not closure_call(head, "strike", "asserted")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("More dockers are expected to join the strike next week.", "strike", True),
        ("Residents were urged to join a march in the old town on Friday.", "march", False),
    ],
)
def test_joined_wave(nlp: Language, text: str, word: str, expected: bool) -> None:
    assert joined_wave(_word(nlp, text, word), "predicted") is expected
