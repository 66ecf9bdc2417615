"""A flag march or a strict or close vigil is the security forces' show of force or watch, no protest (Indian
English); a march or a vigil people hold stays a protest."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.triggers import find_triggers

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

PROTEST = "Hundreds of kar sevaks staged a protest outside the station on Friday. "


def _types(nlp: Language, text: str, word: str) -> set[str]:
    return {t.type for t in find_triggers(nlp(text)) if word in text[t.start_char : t.end_char]}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Army jawans staged a flag march in nine curfew-bound police station areas.", "march"),
        ("The army could stage its first flag-march in Ahmedabad only after 11 am.", "march"),
        (PROTEST + "The railway police kept a strict vigil on the trains.", "vigil"),
        (PROTEST + "A close vigil is being kept on the workshop.", "vigil"),
    ],
)
def test_a_flag_march_or_a_strict_vigil_is_no_protest(nlp: Language, text: str, word: str) -> None:
    assert _types(nlp, text, word) == set()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thousands joined a march to parliament on Monday.", "march"),
        (PROTEST + "Mourners kept a candlelight vigil outside the hospital.", "vigil"),
    ],
)
def test_a_march_or_vigil_people_hold_stays_a_protest(nlp: Language, text: str, word: str) -> None:
    assert _types(nlp, text, word) == {"protest"}
