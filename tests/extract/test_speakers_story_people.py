"""Speakers: a short mention of a person named in full earlier in the story — a title and the
surname ("Supt Banda" style: "Inspector Okello"), a courtesy title and the surname ("Mr Tembo"), or
"the" and a capitalised title ("the Deputy Commissioner") — is that person, however far back.
Sentences written by us."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow

_FILLER = (
    "Shops in the old town stayed shut for most of the day. Traffic was light on the main avenue. "
    "A long queue formed outside the central bank in the afternoon.\n\n"
    "Schools reopened in the northern districts. Buses ran to the usual timetable.\n\n"
)


def _speakers(pipeline: Pipeline, text: str, content: str) -> list[str | None]:
    result = extract_text(text, published="2025-05-03", pipeline=pipeline)
    found = [c.speaker.name for c in result.claims if content in text[c.content.start : c.content.end]]
    assert found, [(c.speaker.name, text[c.content.start : c.content.end]) for c in result.claims]
    return found


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Regional police commander, Senior Inspector Daniel Okello, told reporters that 14 people were "
            "arrested in Lira on Monday.\n\n" + _FILLER + "Officers used only batons, SI Okello said.",
            "Officers used only batons",
            "Daniel Okello",
        ),
        (
            "The police report was read by Deputy Commissioner Marta Ruiz Olmedo on Sunday.\n\n"
            + _FILLER
            + "The Deputy Commissioner said that nine members of the cell had been arrested.",
            "nine members of the cell had been arrested",
            "Marta Ruiz Olmedo",
        ),
    ],
)
def test_a_short_mention_is_the_person_named_in_full(
    pipeline: Pipeline, text: str, content: str, name: str
) -> None:
    assert name in (_speakers(pipeline, text, content)[-1] or "")


def test_a_surname_of_no_one_named_stays_as_written(pipeline: Pipeline) -> None:
    text = (
        "Police arrested four traders in Lira on Monday.\n\n"
        + _FILLER
        + "Officers used batons, SI Okello said."
    )
    assert _speakers(pipeline, text, "Officers used batons")[-1] == "SI Okello"
