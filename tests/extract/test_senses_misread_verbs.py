"""Sense check: "shot dead" read as a noun by the tagger after a long doer is the verb's phrase."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _killings(text: str, pipeline: Pipeline) -> list[str]:
    result = extract_text(text, published="2025-06-02", pipeline=pipeline)
    return [e.trigger.text for e in result.events if e.type == "killing"]


def test_shot_dead_after_a_long_doer_is_a_killing(pipeline: Pipeline) -> None:
    text = (
        "Two gunmen on a motorcycle shot dead a village council leader outside his house in Tamar on Monday."
    )
    assert _killings(text, pipeline)


def test_a_shot_that_rang_out_is_no_killing(pipeline: Pipeline) -> None:
    text = "A single shot rang out near the market in Tamar on Monday, but nobody was hurt, residents said."
    assert "shot" not in " ".join(_killings(text, pipeline))
