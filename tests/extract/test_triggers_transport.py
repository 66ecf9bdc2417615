"""A drivers' stoppage: truckers or taxi drivers off the roads strike; others kept home do not."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.triggers import find_triggers

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _strikes(nlp: Language, text: str) -> list[str]:
    return [text[t.start_char : t.end_char] for t in find_triggers(nlp(text)) if t.type == "strike"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Truckers across the province stayed off the roads for a fifth day on Monday.",
            "stayed off the roads",
        ),
        (
            "Taxi drivers in Nairobi kept their cabs off the road on Tuesday over the fuel levy.",
            "kept their cabs off the road",
        ),
        (
            "Minibus operators stayed off the roads in Lusaka to press for lower licence fees.",
            "stayed off the roads",
        ),
    ],
)
def test_drivers_off_the_roads_strike(nlp: Language, text: str, words: str) -> None:
    assert _strikes(nlp, text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Residents stayed off the roads as heavy snow blanketed the region.",
        "Most families kept their children off the roads during the holiday.",
    ],
)
def test_others_off_the_roads_no_strike(nlp: Language, text: str) -> None:
    assert _strikes(nlp, text) == []
