"""Real-news false records (session 40): a "vigil" kept by the police ("police kept a strict vigil on the
trains", "under strict police vigil") is a watch, no protest; a vigil held, kept or called by people stays."""

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
        "Police kept a strict vigil in the districts of Malda and Murshidabad.",
        "The railway police have maintained a strict vigil at Pune station.",
        "The disputed complex remained under strict police vigil.",
        "Police has set up special vigil at Hosur and many parts of Belgaum city.",
    ],
)
def test_police_vigil_is_no_protest(nlp: Language, text: str) -> None:
    assert _found(nlp, text, "protest") == [], text


@pytest.mark.parametrize(
    ("text", "etype", "word"),
    [
        ("Hundreds of relatives held a candlelight vigil outside the prison on Sunday.", "protest", "vigil"),
        ("Widows of the miners have kept a vigil outside the ministry for two years.", "protest", "vigil"),
        ("Riot police broke up the vigil and detained six women, their lawyer said.", "protest", "vigil"),
        ("The union said it would hold a vigil in the main square on Thursday.", "protest", "vigil"),
    ],
)
def test_vigils_of_people_stay(nlp: Language, text: str, etype: str, word: str) -> None:
    assert word in _found(nlp, text, etype), text
