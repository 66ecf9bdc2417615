"""Protest, strike and riot words of real English-language news outside the gold authors' habits (session 39):
Indian English (dharna, agitation, gherao, rasta roko, raised slogans, stone pelting, fast unto death), South
African English (toyi-toyi) and wire English (stopped reporting for duty), each counted in the outside
develop-half news before it was written."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import status_of, trigger_texts

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype", "words"),
    [
        ("Congress workers staged a dharna outside the collectorate on Monday.", "protest", "dharna"),
        (
            "The union threatened to launch an agitation if the plant was not reopened.",
            "protest",
            "launch an agitation",
        ),
        ("Students gheraoed the vice-chancellor for three hours on Tuesday.", "protest", "gheraoed"),
        ("Farmers staged a rasta roko on the national highway near the town.", "protest", "rasta roko"),
        (
            "Activists raised slogans against the government outside the secretariat.",
            "protest",
            "raised slogans",
        ),
        ("Residents toyi-toyied outside the municipal offices on Monday.", "protest", "toyi-toyied"),
        ("Heavy stone pelting was reported from the old city on Friday night.", "riot", "stone pelting"),
        ("Mobs went on the rampage in the city after the verdict.", "riot", "went on the rampage"),
        ("The activist sat on a fast unto death outside the district office.", "strike", "sat on a fast"),
        (
            "About 125 bus operators stopped reporting for duty two weeks ago.",
            "strike",
            "stopped reporting for duty",
        ),
    ],
)
def test_real_news_words_are_found(nlp: Language, text: str, etype: str, words: str) -> None:
    assert words in trigger_texts(nlp, text, etype)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The patient showed signs of agitation after the operation.", "protest"),
        ("The announcement caused a stir among investors in Mumbai.", "protest"),
    ],
)
def test_look_alikes_are_not(nlp: Language, text: str, etype: str) -> None:
    assert trigger_texts(nlp, text, etype) == []


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        ("The party will stage a dharna outside the collectorate on Friday.", "protest", "predicted"),
        ("The teachers called off their agitation after talks with the minister.", "protest", "negated"),
    ],
)
def test_real_news_words_take_their_status(nlp: Language, text: str, etype: str, status: str) -> None:
    assert status_of(nlp, text, etype) == status
