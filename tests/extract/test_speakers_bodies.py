"""Speakers: a body called by a common noun after it was named ("the party said", "its leaders
warned", "the group said"), through the whole pipeline. "The party" is a body named in this
sentence or the one before even when the actor dictionary does not know it; "its leaders" speak for
the body "its" stands for; "the group" is no police force or ministry that spoke last; a body whose
report another speaker dismisses is still remembered for a later "the group". Sentences written by us."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _speakers(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    result = extract_text(text, published="2025-05-03", pipeline=pipeline)
    return [(text[c.cue.start : c.cue.end], c.speaker.name) for c in result.claims]


def _speaker_of(pipeline: Pipeline, text: str, cue: str) -> str | None:
    found = [name for written, name in _speakers(pipeline, text) if written == cue]
    assert found, _speakers(pipeline, text)
    return found[-1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police in Kumasi detained six members of the Union for Civic Renewal (UCR) on Friday as they "
            "painted slogans near the market, the party said.",
            "Union for Civic Renewal",
        ),
        (
            "Soldiers arrested two organisers of the Popular Resistance Front in Goma on Monday. The "
            "coalition said both men were taken to a military camp.",
            "Popular Resistance Front",
        ),
    ],
)
def test_the_party_is_the_body_named_just_before(pipeline: Pipeline, text: str, name: str) -> None:
    speaker = _speaker_of(pipeline, text, "said")
    assert speaker is not None and name in speaker, _speakers(pipeline, text)


def test_its_leaders_speak_for_the_body(pipeline: Pipeline) -> None:
    text = (
        "The Independent Drivers' Syndicate has called a two-day stoppage in Douala from Monday. Its "
        "leaders warned that they would block the port road if fuel prices were not cut."
    )
    speaker = _speaker_of(pipeline, text, "warned")
    assert speaker is not None and "Drivers' Syndicate" in speaker, _speakers(pipeline, text)


def test_the_group_is_not_the_police_that_spoke_last(pipeline: Pipeline) -> None:
    text = (
        "Amnesty International said 14 students were detained in Lusaka on Tuesday. Police said the "
        "students had blocked a highway. Three of the students were beaten in custody, the group said."
    )
    speakers = _speakers(pipeline, text)
    assert speakers[-1] == ("said", "Amnesty International"), speakers


def test_a_dismissed_reporter_is_remembered(pipeline: Pipeline) -> None:
    text = (
        "The interior minister dismissed as lies a report published on Monday by Human Rights Watch, "
        "which alleged that detainees in Harare had been beaten. The New York-based group said at "
        "least 30 vendors had been detained in the city in March."
    )
    speakers = _speakers(pipeline, text)
    assert speakers[-1] == ("said", "Human Rights Watch"), speakers
    assert speakers[0][1] is not None and "minister" in speakers[0][1], speakers
