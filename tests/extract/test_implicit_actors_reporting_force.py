"""Implicit actors: the force that reports arrests whose clause names no doer made them (M29 (2),
M31 (1)): "police said 63 people had been arrested" is the police's own arrests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _doer_texts(nlp: Language, text: str) -> list[str | None]:
    ev = _of(_with_actors(nlp, text), "arrest")
    return [a.text for a in ev.actors if a.role == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Police said 63 people had been arrested across the country, 41 of them in Dakar.", "Police"),
        (
            "Police spokesman Inspector Harold Chisale said on Sunday that 23 people had been arrested for "
            "public violence.",
            "Police spokesman",
        ),
        ("The provincial police said 14 people had been arrested.", "provincial police"),
    ],
)
def test_a_force_that_reports_arrests_made_them(nlp: Language, text: str, force: str) -> None:
    assert _doer_texts(nlp, text) == [force]


@pytest.mark.parametrize(
    "text",
    [
        "General Moradi said 44 rioters had been arrested in Izeh.",  # an officer by name speaks for a force
        "The rights group said 23 people had been arrested in the capital.",  # a teller that arrests no one
    ],
)
def test_a_teller_that_is_no_force_leaves_the_doer_unnamed(nlp: Language, text: str) -> None:
    assert _doer_texts(nlp, text) == [None]
