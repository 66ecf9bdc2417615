"""A clock's "a.m."/"p.m." ends a sentence before a capitalised word that does not go on with the time."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language


def _sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Marchers left the stadium at 4 p.m. Riot police blocked the bridge soon after.", "at 4 p.m."),
        ("The blast went off near 7:45 a.m. Rescue teams pulled two men from the rubble.", "7:45 a.m."),
        ("Guards opened fire around 11 P.M. The dead included a teenager.", "11 P.M."),
        ("The raid began at 5 a.m. “They broke every door,” his sister said.", "5 a.m."),
    ],
)
def test_a_capitalised_word_after_pm_starts_a_sentence(nlp: Language, text: str, first: str) -> None:
    sents = _sentences(nlp, text)
    assert len(sents) == 2
    assert sents[0].endswith(first)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Dockers will walk out at 6 a.m. Thursday unless the port settles.",
        "The vigil was called for 8 p.m. Sunday outside the courthouse.",
        "Sirens sounded at 2 a.m. GMT across the capital.",
        "The curfew starts at 9 p.m. Moscow time in the border districts.",
        "Shops shut at 1 p.m. September 3 as the strike spread.",
        "Crowds gathered at 3 p.m. and marched on the ministry.",
    ],
)
def test_the_time_going_on_after_pm_stays_in_its_sentence(nlp: Language, text: str) -> None:
    assert _sentences(nlp, text) == [text]
