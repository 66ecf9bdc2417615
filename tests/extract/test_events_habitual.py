"""An act told as what happens as a rule is no event ("a step that usually precedes execution"); a noun
that is its sentence's subject asserts the act it points back at (docs/gold-format.md N15, I5).
Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.events_cues import _habitual

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _noun(nlp: Language, text: str, word: str) -> bool:
    return _habitual(next(t for t in nlp(text) if t.text == word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Four men were moved to isolation cells, a step that usually precedes execution.", "execution"),
        ("He was taken to the yard at night, the usual sign that hangings are close.", "hangings"),
        ("The guards moved him, a transfer that typically comes shortly before an execution.", "execution"),
    ],
)
def test_a_habitual_act_is_no_event(nlp: Language, text: str, word: str) -> None:
    assert _noun(nlp, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rallies have been held every Friday and are usually tolerated by the police.", "Rallies"),
        ("The two men were hanged at dawn on Monday.", "hanged"),
        ("A transfer to isolation preceded the execution of the two men.", "execution"),
    ],
)
def test_a_told_act_stays(nlp: Language, text: str, word: str) -> None:
    assert not _noun(nlp, text, word)
