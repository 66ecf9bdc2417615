"""A denial of harm to civilians takes the type of the report it answers (docs/gold-format.md M123).

"No civilians were harmed", told by the side accused after a reported air strike or bombing, is a
negated `attack`; after a reported killing of civilians (also one told with their homes burned) a
negated `killing`.
"""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _negated(text: str, pipeline: Pipeline) -> list[str]:
    result = extract_text(text, published="2025-03-10", pipeline=pipeline)
    return [e.type for e in result.events if e.status == "negated"]


def test_a_denial_of_harm_after_an_air_strike_is_a_denied_attack(pipeline: Pipeline) -> None:
    text = (
        "An air strike hit the weekly market in Dorvalo village on Sunday, killing 14 civilians, "
        "residents said.\n\n"
        "The air force said it had struck a rebel depot near the village and that no civilians were harmed."
    )
    assert _negated(text, pipeline) == ["attack"]


def test_a_denial_of_harm_after_a_killing_of_civilians_is_a_denied_killing(pipeline: Pipeline) -> None:
    text = (
        "Soldiers shot dead six civilians and burned 20 homes in the village of Marenko on 3 March, "
        "the Lakeside Rights Network said.\n\n"
        "The defence ministry said its troops had neutralised four rebels in the area and that no civilian "
        "had been harmed."
    )
    assert _negated(text, pipeline) == ["killing"]
