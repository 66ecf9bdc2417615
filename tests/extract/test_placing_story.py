"""A record whose one place is no town has the story's town after it
(``placing_story.story_town``, called by the pipeline after ``sites_town``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import places_of

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

_STORY = (
    "AHVAZ, May 3 (Wire) - Hundreds of people rallied in Ahvaz on Monday against water shortages, "
    "witnesses said.\n\nThe rally in Ahvaz went on into the night.\n\n"
    "Khuzestan province has seen weeks of unrest over water. "
)


def _places(text: str, pipeline: Pipeline, trigger: str) -> list[str]:
    return places_of(text, pipeline, trigger, published="2025-05-03")


@pytest.mark.slow
def test_a_lone_province_takes_the_story_town_after_it(pipeline: Pipeline) -> None:
    text = _STORY + "Police arrested 20 people on Tuesday, the governor said."
    assert _places(text, pipeline, "arrested") == ["Khuzestan", "AHVAZ"]


@pytest.mark.slow
def test_a_record_that_names_a_town_keeps_it_alone(pipeline: Pipeline) -> None:
    text = _STORY + "Police arrested 20 people in Izeh on Tuesday, the governor said."
    assert _places(text, pipeline, "arrested") == ["Izeh"]


@pytest.mark.slow
def test_a_story_that_names_no_town_twice_adds_none(pipeline: Pipeline) -> None:
    text = (
        "AHVAZ, May 3 (Wire) - Hundreds of people rallied on Monday against water shortages.\n\n"
        "Khuzestan province has seen weeks of unrest over water. "
        "Police arrested 20 people on Tuesday, the governor said."
    )
    assert _places(text, pipeline, "arrested") == ["Khuzestan"]
