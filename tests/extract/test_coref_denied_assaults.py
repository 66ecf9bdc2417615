"""A denied assault takes the type of the report it answers (docs/gold-format.md, session 6; N7, H3).

"Nobody was assaulted in custody" after a beating in a cell is a negated `torture`; "denied that anyone
had been assaulted" after a dispersal is a negated `repression`: the word "assault" types an armed attack
only when it is told as done.
"""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _negated(text: str, pipeline: Pipeline) -> list[str]:
    result = extract_text(text, published="2025-06-02", pipeline=pipeline)
    return [e.type for e in result.events if e.status == "negated"]


def test_a_denied_assault_after_a_beating_in_a_cell_is_denied_torture(pipeline: Pipeline) -> None:
    text = (
        "Two detained teachers said guards had kicked them in a cell at the central station on Tuesday.\n\n"
        "The police said that nobody was assaulted in custody."
    )
    assert _negated(text, pipeline) == ["torture"]


def test_a_denied_assault_after_a_dispersal_is_denied_force(pipeline: Pipeline) -> None:
    text = (
        "Riot police dispersed the march with batons on Friday, witnesses said.\n\n"
        "The police denied that anyone had been assaulted."
    )
    assert _negated(text, pipeline) == ["repression"]


def test_an_assault_in_custody_with_no_report_is_denied_torture(pipeline: Pipeline) -> None:
    text = "The prison service said no prisoner had been assaulted in the cells."
    assert _negated(text, pipeline) == ["torture"]


def test_an_assault_denied_in_custody_is_torture_after_a_dispersal(pipeline: Pipeline) -> None:
    text = (
        "Riot police dispersed the march with batons on Friday, witnesses said.\n\n"
        "The police said no one was assaulted in police custody."
    )
    assert _negated(text, pipeline) == ["torture"]
