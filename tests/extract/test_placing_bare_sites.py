"""A house of a country's laws written bare, with no article ("marched to parliament"), is the event's
site before its town (placing_sites.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_placing_episode_site import _bound

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "town"),
    [
        (
            "In Lusaka, about 200 nurses marched to parliament on Monday to demand their pay.",
            "marched",
            "Lusaka",
        ),
        ("In 1987, soldiers stormed parliament in Suva and held the cabinet hostage.", "stormed", "Suva"),
        ("In Lusaka, police dispersed a crowd in front of parliament on Friday.", "dispersed", "Lusaka"),
    ],
)
def test_a_bare_parliament_is_the_site(nlp: Language, text: str, verb: str, town: str) -> None:
    assert _bound(nlp, text, verb, (town,), ())[:2] == ["parliament", town]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("In Lusaka, nurses who went on strike on Monday said parliament had ignored them.", "strike"),
        ("In Lusaka, thousands of nurses marched towards parliament on Monday.", "marched"),
        ("In Lusaka, thousands of nurses marched on parliament on Monday.", "marched"),
    ],
)
def test_a_bare_parliament_after_no_cue_or_as_a_way_is_no_site(nlp: Language, text: str, verb: str) -> None:
    assert "parliament" not in _bound(nlp, text, verb, ("Lusaka",), ())
