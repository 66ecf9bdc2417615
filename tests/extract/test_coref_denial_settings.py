"""Where a denial is set (docs/gold-format.md, session 6: a denial has the time of the act it denies
when it gives none of its own; likewise its place): a place written beside the denier or the verb of
saying ("Nairobi's police commander said", "told reporters in Nairobi", "the Pretoria army spokesman")
is where the statement was made, not where the act denied happened; a place written inside what is
denied stays.
"""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow

ARRESTS = "Riot police detained 30 dock workers at the port of Mombasa on Monday, their union said.\n\n"
SHOOTING = "Soldiers shot dead four miners at the Marikana shaft on Monday, witnesses said.\n\n"


def _denials(text: str, pipeline: Pipeline) -> list[tuple[str, list[str]]]:
    result = extract_text(text, published="2025-06-04", pipeline=pipeline)
    return [(e.type, [p.name or p.text for p in e.places]) for e in result.events if e.status == "negated"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the denier's own town, in its title
        (
            ARRESTS + "Nairobi's police commander said on Wednesday that no dock worker had been detained.",
            [("arrest", ["Mombasa"])],
        ),
        # where the statement was made
        (
            ARRESTS + "The police commander told reporters in Nairobi that no dock worker had been detained.",
            [("arrest", ["Mombasa"])],
        ),
        (
            SHOOTING + "The Pretoria army spokesman denied that soldiers had fired on the miners.",
            [("killing", ["Marikana"])],
        ),
    ],
)
def test_a_denial_is_set_where_the_act_it_denies_was_told(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _denials(text, pipeline) == expected


def test_a_place_written_in_what_is_denied_is_the_denials_own(pipeline: Pipeline) -> None:
    text = ARRESTS + "The police commander said that no dock worker had been detained in Kisumu."
    assert _denials(text, pipeline) == [("arrest", ["Kisumu"])]
