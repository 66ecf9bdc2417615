"""The confidence calibration script (scripts/calibrate_confidence.py): what it fits on."""

from __future__ import annotations

import dataclasses
from types import ModuleType

import pytest

from eventwire.evaluate.gold import GoldArticle
from eventwire.records import Event, Span
from tests.factories import result
from tests.scripts.loader import load_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("calibrate_confidence")


def _scored(event: Event, raw: float | None, confidence: float) -> Event:
    return dataclasses.replace(event, raw_confidence=raw, confidence=confidence)


def test_it_pairs_each_output_events_raw_score_with_its_match(script: ModuleType) -> None:
    out = result()
    event = out.events[0]
    anchor = event.trigger.text
    article = GoldArticle("a01", out.document.text, {"events": [{"type": event.type, "anchor": anchor}]})
    stray = dataclasses.replace(
        event, id="ev9", type="strike", trigger=Span("x", 0, 1), evidence=Span("x", 0, 1)
    )
    events = (_scored(event, 0.81, 0.2), _scored(stray, 0.42, 0.9))
    # the raw score, not the packaged table's confidence, with the scorer's typed match
    assert script.scored_article(article, out.replace(events=events)) == [(0.81, True), (0.42, False)]
    assert script.scored_article(article, None) == []


def test_an_event_without_a_raw_score_is_an_error_not_a_guess(script: ModuleType) -> None:
    out = result()
    article = GoldArticle("a01", out.document.text, {"events": []})
    with pytest.raises(RuntimeError, match="no raw score"):
        script.scored_article(article, out.replace(events=(_scored(out.events[0], None, 0.5),)))


def test_it_runs_the_pipeline_as_users_get_it_with_no_patched_table(script: ModuleType) -> None:
    source = (script.REPO / "scripts" / "calibrate_confidence.py").read_text(encoding="utf-8")
    assert "mock" not in source and "Calibration(bins=())" not in source
