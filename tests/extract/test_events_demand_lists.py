"""The items of a list of demands ("urges the authorities to:" over "- release all students detained …")
name acts told elsewhere or kinds of acts: no record of their own (K1's mention, the generic-mention lines).
A list with no verb of asking over it, and a list item that is itself the act, are left alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

STORY = "Gendarmes detained 30 students at the campus in Toliara on Monday and beat several of them.\n\n"


def evidence(nlp: Language, text: str) -> list[str]:
    return [text[e.trigger.start : e.trigger.end] for e in events(nlp, text)]


def test_the_acts_a_demand_list_names_are_no_records(nlp: Language) -> None:
    text = (
        STORY + "The Tamarind Rights Forum urges the authorities to:\n\n"
        "- release all students detained for exercising their right to assemble;\n"
        "- investigate every allegation of ill-treatment in custody;\n"
        "- halt all executions and abolish the death penalty.\n"
    )
    start = text.index("- release")
    found = [e for e in events(nlp, text) if e.trigger.start >= start]
    assert found == []


def test_a_list_of_facts_is_left_alone(nlp: Language) -> None:
    text = (
        STORY + "The forum documented the following:\n\n"
        "- soldiers shot dead two farmers in Ambovombe on 3 May;\n"
        "- police arrested a journalist in Toliara on 5 May.\n"
    )
    start = text.index("- soldiers")
    found = [e for e in events(nlp, text) if e.trigger.start >= start]
    assert len(found) == 2
