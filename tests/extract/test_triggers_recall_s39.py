"""Recall (session 39): people burnt alive are killed ("58 passengers were burnt alive", "a mob burned him
alive"); embers kept alive are no killing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import trigger_texts as _found

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Four people were burnt alive when a mob set fire to their house in the village.",
        "A mob burned him alive outside the shop, his brother said.",
        "Two children were burned alive in the attack on the camp.",
    ],
)
def test_burnt_alive_is_a_killing(nlp: Language, text: str) -> None:
    assert any("alive" in f for f in _found(nlp, text, "killing")), text


def test_embers_kept_alive_are_no_killing(nlp: Language) -> None:
    text = "There are fears of a deliberate attempt to keep the burning embers of communalism alive."
    assert not any("alive" in f for f in _found(nlp, text, "killing")), text
