"""A denied act named under "any" (docs/gold-format.md N7b, H3).

"No detainee has been subjected to any mistreatment" denies the ill-treatment: "any" under a negated
clause is a negative polarity word, not a kind of act ("any strike would be illegal" stays none).
"""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _records(text: str, pipeline: Pipeline) -> list[tuple[str, str, str, bool]]:
    result = extract_text(text, published="2025-06-02", pipeline=pipeline)
    return [(e.type, e.status, e.scope, e.time is None) for e in result.events]


def test_any_under_a_negative_subject_is_the_denied_act(pipeline: Pipeline) -> None:
    text = (
        "Two detained teachers said guards had kicked them in a cell at the central station on Tuesday.\n\n"
        'The police said that "no detainee has been subjected to any mistreatment".'
    )
    records = _records(text, pipeline)
    assert [r[:2] for r in records if r[1] == "negated"] == [("torture", "negated")]


def test_any_without_a_negation_is_still_a_kind_of_act(pipeline: Pipeline) -> None:
    text = "Any strike in the oil sector would be illegal, the minister said."
    assert _records(text, pipeline) == []


def test_any_under_a_verb_of_telling_denies_no_act(pipeline: Pipeline) -> None:
    text = "The police statement did not mention any arrests."
    assert _records(text, pipeline) == []
