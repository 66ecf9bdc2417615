"""Real-news words (session 44): "set afire"; "miscreants" a crowd's label; a satyagraha a protest."""

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
        "A crowd set afire two buses near the district court on Tuesday evening.",
        "Several shops near the grain market were set afire by the mob late on Sunday.",
    ],
)
def test_set_afire_by_a_crowd_is_a_riot(nlp: Language, text: str) -> None:
    assert any("afire" in f for f in _found(nlp, text, "riot"))


@pytest.mark.parametrize(
    "text",
    [
        "Miscreants set ablaze a bakery and two handcarts in the old quarter on Friday night.",
        "The block office was burnt down by unidentified miscreants, officials said.",
    ],
)
def test_arson_by_miscreants_is_a_riot(nlp: Language, text: str) -> None:
    assert _found(nlp, text, "riot")


def test_armed_men_setting_afire_is_no_riot(nlp: Language) -> None:
    text = "Gunmen set afire a health centre on the outskirts of the town, the district officer said."
    assert _found(nlp, text, "riot") == []
    assert _found(nlp, text, "attack")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hundreds of farmers staged a satyagraha outside the collectorate on Monday.", "satyagraha"),
        ("The union said it would launch a satyagraha against the land acquisition.", "satyagraha"),
    ],
)
def test_satyagraha_is_a_protest(nlp: Language, text: str, word: str) -> None:
    assert word in _found(nlp, text, "protest")
