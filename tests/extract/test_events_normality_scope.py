"""A normality set against a strike and said of the strike's spread ("freight was moving normally across the
country", "more than 80 percent of schools opened normally", "worked normally in most regions") is the
strike at large, denied: aggregate, the scope of the strike it answers (gold-format G2, N7c); one said of one
bazaar or one town stays single (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _normality_scope(pipeline: Pipeline, report: str, said: str) -> str:
    result = extract_text(f"{report}\n\n{said}", published="2025-06-04", pipeline=pipeline)
    (denial,) = [e for e in result.events if e.status == "negated" and e.type == "strike"]
    return denial.scope


STOPPAGE = "Truck drivers began a strike over fuel quotas on Monday, their union said."


@pytest.mark.parametrize(
    "said",
    [
        'The roads ministry said on Tuesday that freight was "moving normally across the country".',
        "The roads ministry said on Tuesday that most freight was moving normally.",
        'The ministry said on Tuesday that more than 80 percent of depots had "opened normally".',
        'A government spokesman said on Tuesday that depots had "worked normally" in most regions.',
    ],
)
def test_a_normality_said_of_the_spread_is_aggregate(pipeline: Pipeline, said: str) -> None:
    assert _normality_scope(pipeline, STOPPAGE, said) == "aggregate"


@pytest.mark.parametrize(
    "said",
    [
        'The guild said on Tuesday that "more than 90 percent" of shops in the bazaar were open as usual.',
        'The governor said on Tuesday that bakeries there were "operating normally".',
    ],
)
def test_a_normality_of_one_place_stays_single(pipeline: Pipeline, said: str) -> None:
    report = "Bakers in Kermanshah began a strike over flour prices on Monday, their union said."
    assert _normality_scope(pipeline, report, said) == "single"
