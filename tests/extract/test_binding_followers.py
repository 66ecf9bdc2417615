"""Binding: people urged to stay home for a shutdown someone only calls for are its initiators (I10)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _role_of(nlp: Language, text: str, written: str) -> set[str]:
    """The roles of the strike's actors written as ``written``."""
    ev = _of(_with_actors(nlp, text), "strike")
    return {a.role for a in ev.actors if a.text == written}


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "The Alliance for Renewal has called for a general strike across the country on Thursday, "
            "asking drivers and civil servants to stay at home.",
            "drivers",
        ),
        (
            "The opposition called a general strike for Monday, urging dockworkers to stay away from the "
            "port.",
            "dockworkers",
        ),
    ],
)
def test_people_urged_to_stay_home_for_a_called_strike_hold_it(
    nlp: Language, text: str, written: str
) -> None:
    assert _role_of(nlp, text, written) == {"initiator"}


def test_people_urged_to_follow_a_strike_the_caller_holds_join_it(nlp: Language) -> None:
    text = (
        "The union said it would hold a general strike on Monday and urged dockworkers to stay away from "
        "the port."
    )
    assert _role_of(nlp, text, "dockworkers") == {"participant"}


def test_people_urged_to_join_a_called_strike_join_it(nlp: Language) -> None:
    text = "The union called a general strike for Monday and urged teachers to join it."
    assert _role_of(nlp, text, "teachers") == {"participant"}
