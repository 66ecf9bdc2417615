"""A denial that only points back ("rejected the accusations") and is spelled out right after as an act
of another kind than the one guessed for the pointing verb ('"Not a single protester was beaten"') is
one statement, one record: the spelled-out one (docs/gold-format.md N8). Sentences written by us."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow

SPELLED_OUT = (
    "Chisinau, 3 March 2025 - Opposition deputies said police beat peaceful protesters in the capital on "
    "Sunday and arrested 40 of them.\n\n"
    'The interior ministry rejected the accusations. "Not a single protester was beaten," a ministry '
    "spokesman said."
)


def test_a_spelled_out_denial_is_the_one_record_of_the_statement(pipeline: Pipeline) -> None:
    result = extract_text(SPELLED_OUT, published="2025-03-03", pipeline=pipeline)
    assert [e.type for e in result.events if e.status == "negated"] == ["repression"]
