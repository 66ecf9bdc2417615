"""Gapping: "48 were killed and 200 wounded in 2025" - the time closing the second, auxiliary-less
conjunct dates the first verb too."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 3, 6)  # a Friday

pytestmark = pytest.mark.slow


def _interval(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    return bound_interval(nlp, text, trigger, PUB)


@pytest.mark.parametrize(
    ("text", "trigger", "interval"),
    [
        (
            "The monitor says at least 30 porters were killed and more than 90 wounded in 2024.",
            "killed",
            ("2024-01-01", "2024-12-31"),
        ),
        (
            "Four miners were shot dead and dozens injured on Tuesday, the union said.",
            "shot",
            ("2026-03-03", "2026-03-03"),
        ),
    ],
)
def test_a_time_after_a_gapped_conjunct_dates_the_first_verb(
    nlp: Language, text: str, trigger: str, interval: tuple[str, str]
) -> None:
    assert _interval(nlp, text, trigger) == interval


def test_a_conjunct_with_its_own_auxiliary_keeps_its_time(nlp: Language) -> None:
    text = (
        "Guards fired on the crowd on Monday. Two men were killed and six others were arrested on Wednesday."
    )
    assert _interval(nlp, text, "killed") == ("2026-03-02", "2026-03-02")
