"""Normality the publisher's own news staff report against a strike ("but our correspondent reports that
shops are working as usual") is no claim (docs/gold-format.md M9) and still denies the strike (N7c), in
the publisher's voice: a negated strike with no source. Sentences written by us."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow

PUBLISHER = "Harbour Wire"
TEXT = (
    "Dock workers in the port began a strike over unpaid wages on Monday, their union said.\n\n"
    "The union also said the market in the old town was shut in solidarity, but our correspondent reports "
    "that shops and cafes in the old town are open as usual."
)


def test_staff_normality_denies_the_strike_in_the_publishers_voice(pipeline: Pipeline) -> None:
    result = extract_text(TEXT, published="2025-06-02", pipeline=pipeline, publisher=PUBLISHER)
    negated = [(e.type, e.source) for e in result.events if e.status == "negated"]
    assert negated == [("strike", None)]
    assert not any("correspondent" in c.speaker.text for c in result.claims if c.speaker.text)
