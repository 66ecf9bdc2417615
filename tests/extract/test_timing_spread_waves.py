"""A wave told as spreading ("as protests against the levy spread to 19 counties") runs from the day the
story says it began to the day it spread (T2); a spread dated by its own day stays that day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 7, 8)  # a Wednesday

pytestmark = pytest.mark.slow

BEGAN = "The protests began on July 2 in Nairobi over a new fuel levy.\n"


def test_a_spreading_wave_runs_from_its_first_day(nlp: Language) -> None:
    text = (
        "NAIROBI, July 8 - Police fired tear gas at thousands of protesters in Nairobi on Tuesday as "
        "demonstrations against the fuel levy spread to at least 19 counties.\n\n" + BEGAN
    )
    assert bound_interval(nlp, text, "demonstrations", PUB) == ("2026-07-02", "2026-07-07")


def test_a_spread_dated_by_its_own_day_stays_that_day(nlp: Language) -> None:
    text = (
        "NAIROBI, July 8 - On Tuesday, demonstrations against the fuel levy spread to at least 19 "
        "counties.\n\n" + BEGAN
    )
    assert bound_interval(nlp, text, "demonstrations", PUB) == ("2026-07-07", "2026-07-07")
