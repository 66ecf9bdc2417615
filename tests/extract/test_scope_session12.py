"""Session 12: ill-treatment told over a stretch of detention is one aggregate record (session 5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

OVER_DETENTION = [
    "The activist was held for 70 days in solitary confinement at a detention centre in Tabriz, where "
    "interrogators beat him repeatedly, his brother said.",
    "They were held incommunicado for four months, during which guards beat them with hoses, relatives said.",
    "Inmates continue to be beaten, held for weeks in isolation cells and denied medical care, "
    "the group found.",
    "He was held for three months at a secret site, where guards beat him and threatened his family, "
    "his wife said.",
    "The student had been held in solitary confinement for six months and subjected to mock executions, "
    "the group said.",
]

ONE_SESSION = [
    "He said he was beaten in a police van on the way to the station.",
    "She was detained for two days and beaten by officers, her lawyer said.",
    "He said he had been beaten for several days after his arrest.",
]


def _torture_scope(nlp: Language, text: str) -> str:
    return next(e.scope for e in events(nlp, text) if e.type == "torture")


@pytest.mark.parametrize("text", OVER_DETENTION)
def test_scope_ill_treatment_over_a_detention_is_aggregate(nlp: Language, text: str) -> None:
    assert _torture_scope(nlp, text) == "aggregate"


@pytest.mark.parametrize("text", ONE_SESSION)
def test_scope_one_ordeal_stays_single(nlp: Language, text: str) -> None:
    assert _torture_scope(nlp, text) == "single"
