"""A drivers' stoppage: truckers or taxi drivers off the roads strike; others kept home do not."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import trigger_texts

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


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
    assert trigger_texts(nlp, text, "strike") == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Residents stayed off the roads as heavy snow blanketed the region.",
        "Most families kept their children off the roads during the holiday.",
    ],
)
def test_others_off_the_roads_no_strike(nlp: Language, text: str) -> None:
    assert trigger_texts(nlp, text, "strike") == []
