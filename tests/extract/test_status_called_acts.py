"""What a call asks for, however it is written or parsed, and an act a usual forerunner presages, are
`predicted` (docs/gold-format.md J6, H8; sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import status_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        # a bare "called" with the act as its object: a call, not a name
        ("The coordination called a 72-hour boycott of classes from Thursday.", "strike", "predicted"),
        # a known act, written definitely: "the union, which called the strike, said …"
        (
            "The union, which called the strike, said 3,000 workers stayed away on Monday.",
            "strike",
            "asserted",
        ),
        # the usual forerunner of an execution tells it as expected
        (
            "He was moved to solitary confinement on Sunday, a step that usually precedes an execution.",
            "execution",
            "predicted",
        ),
    ],
)
def test_status_called_and_presaged_acts(nlp: Language, text: str, etype: str, status: str) -> None:
    assert status_of(nlp, text, etype) == status


@pytest.mark.parametrize(
    ("text", "presaged"),
    [
        ("He was moved to solitary confinement on Sunday, a step that usually precedes an execution.", True),
        # the acts already told as done in the sentence: the habit explains the step, nothing is to come
        (
            "On the night before the executions, relatives learned the men had been moved to solitary "
            "confinement, a step that usually precedes an execution.",
            False,
        ),
    ],
)
def test_presaged_act_not_already_told(nlp: Language, text: str, presaged: bool) -> None:
    from eventwire.extract.status_calls import _presaged

    doc = nlp(text)
    head = [t for t in doc if t.lower_ == "execution"][-1]
    assert _presaged(head) is presaged
