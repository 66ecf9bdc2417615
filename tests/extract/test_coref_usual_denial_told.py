"""Normality denies no strike only called for a day still ahead when the text was written
(docs/gold-format.md M2, N7c): "traffic was flowing normally" on Wednesday denies no strike called for
Friday; it still denies a strike under way, and one called for a day now past. Sentences written by us."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow

CALLED = (
    "The opposition alliance called on residents to observe a general strike across the city on Friday.\n\n"
    "On Wednesday the mayor said traffic in the city centre was flowing normally."
)
CALLED_PAST = (
    "The opposition alliance had called on traders to close their shops in the city on 2 June.\n\n"
    "The governor said the central market and the banks in the city operated normally all day."
)
UNDER_WAY = (
    "Dock workers in the port began a strike over unpaid wages on Monday, their union said.\n\n"
    "The port authority said on Tuesday that the port was operating normally."
)


def test_normality_denies_no_strike_only_called_for(pipeline: Pipeline) -> None:
    result = extract_text(CALLED, published="2025-06-04", pipeline=pipeline)
    assert [e.type for e in result.events if e.status == "negated"] == []


def test_normality_still_denies_a_strike_under_way(pipeline: Pipeline) -> None:
    result = extract_text(UNDER_WAY, published="2025-06-04", pipeline=pipeline)
    assert [e.type for e in result.events if e.status == "negated"] == ["strike"]


def test_normality_denies_a_strike_called_for_a_day_now_past(pipeline: Pipeline) -> None:
    result = extract_text(CALLED_PAST, published="2025-06-03", pipeline=pipeline, publisher="Harbour Wire")
    assert [e.type for e in result.events if e.status == "negated"] == ["strike"]
