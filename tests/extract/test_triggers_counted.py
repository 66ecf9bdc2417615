"""A speaker's count of acts ("put the number of arrests at 41") and a state's act that a call or a promise
would stop or look into ("to halt all executions") are no events; the act itself still is."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.triggers import find_triggers

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _types(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(t.type, text[t.start_char : t.end_char]) for t in find_triggers(nlp(text))]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A lawyers' collective put the number of arrests at 58 and said most were students.", "arrests"),
        ("The monitoring group puts the figure at 19 killings since the start of March.", "killings"),
        ("The regional council said the toll stood at three dead and 20 injured.", "dead"),
        ("The opposition party put the number of detained at more than 200.", "detained"),
        ("The commission urged the government to halt all executions without delay.", "executions"),
        ("The watchdog asked parliament to investigate the beatings at the border camp.", "beatings"),
        ("A police spokesman said the shooting would be investigated.", "shooting"),
        ("The bishops called on the army to end the torture of detainees in the north.", "torture"),
    ],
)
def test_counted_or_halted_act_is_no_trigger(nlp: Language, text: str, word: str) -> None:
    assert word not in [w for _t, w in _types(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested 58 students outside the ministry on Monday.", ("arrest", "arrested")),
        ("Police are investigating the killing of a radio reporter in the city.", ("killing", "killing")),
        ("Officials put the toll of the riots at four dead.", ("riot", "riots")),
        ("Nurses refused to end the strike until their back pay arrives.", ("strike", "strike")),
        ("The number of executions rose to 300 this year, the group said.", ("execution", "executions")),
        ("Soldiers ended the sit-in by force and detained nine people.", ("arrest", "detained")),
    ],
)
def test_acts_told_stay(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in _types(nlp, text)
