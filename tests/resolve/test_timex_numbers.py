"""Durations with thousands written with commas ("for more than 2,700 days")."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.times import find_times
from eventwire.resolve.timex_reading import number

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("word", "value"), [("1,200", 1200.0), ("12,000", 12000.0), ("2,7", None), ("12", 12.0)]
)
def test_number_reads_thousands_with_commas(word: str, value: float | None) -> None:
    assert number(word) == value


@pytest.mark.slow
def test_a_duration_with_a_comma_is_one_expression(nlp: Language) -> None:
    doc = nlp("The families have camped outside parliament for 1,350 days, and 2,000 people joined them.")
    found = [(t.text, t.value) for t in find_times(doc, published=date(2024, 5, 8))]
    assert found == [("1,350 days", "P1350D")]
