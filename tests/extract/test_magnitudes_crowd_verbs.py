"""A crowd counted by what it draws or does: "the rally drew 5,000 people", "hundreds who had
barricaded the road" count participants."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.magnitudes import find_magnitudes

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("The vigil in the main square drew about 3,000 people on Sunday.", 3000, "participants"),
        ("The opposition rally attracted several thousand supporters.", 1000, "participants"),
        ("Riot police scattered dozens of traders who had barricaded the market road.", 12, "participants"),
        ("The funeral procession drew 400 mourners.", 400, "participants"),
        # not a crowd: what draws soldiers or money is no gathering
        ("The offensive drew 300 soldiers into the valley.", 300, "other"),
    ],
)
def test_crowd_verbs_count_participants(nlp: Language, text: str, value: int, kind: str) -> None:
    found = [(m.value, m.kind) for m in find_magnitudes(nlp(text))]
    assert found == [(value, kind)]
