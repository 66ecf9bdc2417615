"""Two one-line wirings in the event assembly, through the whole pipeline (sentences written by us):
an arrest "on charges of spreading false news" is no spreading wave (events_scope reads
scope.spread_of_a_thing), and a predicted execution keeps only a time still to come (events passes
the event's type to timing_status.adjust_for_status: gold-format I3)."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


def test_a_charge_of_spreading_news_is_no_wave(pipeline: Pipeline) -> None:
    text = (
        "Police in Mashhad arrested a journalist on Tuesday on charges of spreading false news, "
        "his lawyer said."
    )
    result = extract_text(text, published="2025-04-03", pipeline=pipeline)
    arrests = [e for e in result.events if e.type == "arrest"]
    assert arrests and all(e.scope == "single" for e in arrests)


def test_a_death_sentence_passed_on_a_past_day_is_no_execution_day(pipeline: Pipeline) -> None:
    text = (
        "A revolutionary court in Tabriz sentenced two young men to death on Sunday over last year's "
        "protests, a rights group said on Tuesday."
    )
    result = extract_text(text, published="2025-04-03", pipeline=pipeline)
    executions = [e for e in result.events if e.type == "execution"]
    assert executions and all(e.status == "predicted" and e.time is None for e in executions)
