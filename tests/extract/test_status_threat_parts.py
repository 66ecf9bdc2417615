"""Threats whose act is one part of a wider measure ("including by detention") or whose "anyone"
subject the parser hangs on a clause of its own (sentences written by us)."""

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
        (
            "The provincial police warned that anyone who shares calls for strikes online will be punished "
            "severely, including by arrest.",
            "arrest",
            "hypothetical",
        ),
        (
            'The attorney general said that "those who torched the courthouse" would face the harshest '
            "penalties, including execution.",
            "execution",
            "hypothetical",
        ),
        (
            'The governor warned that anyone caught selling petrol to the rebels "will be detained and '
            'tried without delay".',
            "arrest",
            "hypothetical",
        ),
    ],
)
def test_threat_parts_are_conditioned(nlp: Language, text: str, etype: str, status: str) -> None:
    assert status_of(nlp, text, etype) == status


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        # a past measure that included arrests took place; a plan of named people is no condition
        (
            "Police dispersed the sit-in on Monday with several measures, including arrests of its leaders, "
            "the union said.",
            "arrest",
            "attributed",
        ),
        (
            'The ministry said the organisers of the march "will be detained and questioned" next week.',
            "arrest",
            "predicted",
        ),
    ],
)
def test_threat_parts_without_condition(nlp: Language, text: str, etype: str, status: str) -> None:
    assert status_of(nlp, text, etype) == status
