"""M11/M16: a finished record whose places are named sites alone has the story's town after them
(``placing.sites_town``, called by the pipeline after the event filter)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import places_of

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline


def _places(text: str, pipeline: Pipeline, trigger: str) -> list[str]:
    return places_of(text, pipeline, trigger, published="2025-06-02")


@pytest.mark.slow
def test_a_site_alone_takes_the_story_town_after_it(pipeline: Pipeline) -> None:
    text = (
        "HONIARA, June 2 (Wire) - Police fired tear gas at hundreds of young men in Honiara on Monday.\n\n"
        "On Tuesday, police arrested 14 protesters on Mendana Avenue."
    )
    assert _places(text, pipeline, "arrested")[:2] == ["Mendana Avenue", "HONIARA"]


@pytest.mark.slow
def test_a_record_that_names_a_town_keeps_its_own(pipeline: Pipeline) -> None:
    text = (
        "HONIARA, June 2 (Wire) - Police fired tear gas at hundreds of young men in Honiara on Monday.\n\n"
        "On Tuesday, police arrested 14 protesters on Mendana Avenue in Auki."
    )
    assert _places(text, pipeline, "arrested") == ["Mendana Avenue", "Auki"]
