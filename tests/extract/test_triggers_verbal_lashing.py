"""Torture words in real news (session 40): a speaker who "lashed out at" a rival attacks in words, and a
party's "whip" is an office; a lashing or a whipping of a person stays torture."""

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
        "he also lashed out at the opposition for its demand that the chief minister resign.",
        "Lashing out at the government, the party leader said the riots could have been prevented.",
        "mulayam lashes out at up governor",
        "kamal nath was heading a delegation of congress leaders including the chief whip of the lok sabha.",
        "any legislator who disobeys the party whip in a vote of confidence should go back to voters.",
    ],
)
def test_words_and_offices_are_no_torture(nlp: Language, text: str) -> None:
    assert _found(nlp, text, "torture") == [], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The court sentenced him to 80 lashes for drinking alcohol.", "lashes"),
        ("He was lashed 40 times in public in the prison yard.", "lashed"),
        ("Guards whipped the prisoners with cables, a former detainee said.", "whipped"),
        ("The public whipping of two men in Aceh drew condemnation.", "whipping"),
    ],
)
def test_lashing_and_whipping_of_people_stay_torture(nlp: Language, text: str, word: str) -> None:
    assert word in _found(nlp, text, "torture"), text
