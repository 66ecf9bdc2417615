"""M17: ill-treatment of a detainee who died in custody, told with no time of its own, runs from the day
of the arrest to the day of the death when the text dates both; its denial takes the same stretch (M12).
Without a dated death it stays the arrest's day (M15)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 6, 20)

pytestmark = pytest.mark.slow

LEAD = "KAMPALA, June 20 (Wire) - "
STORY = (
    LEAD
    + "A market porter was arrested at a roadblock outside the town on 2 June. "
    + "He died on 6 June in a police cell, four days after his arrest. "
)


def test_bruises_told_after_the_death_run_from_the_arrest_to_the_death(nlp: Language) -> None:
    text = STORY + "His sister said his body bore bruises on the back and legs."
    assert bound_interval(nlp, text, "bruises", PUB) == ("2025-06-02", "2025-06-06")


def test_the_denial_takes_the_same_stretch(nlp: Language) -> None:
    text = (
        STORY
        + "His sister said his body bore bruises on the back. The police denied that he had been mistreated."
    )
    assert bound_interval(nlp, text, "mistreated", PUB) == ("2025-06-02", "2025-06-06")


def test_without_a_death_the_beating_keeps_the_arrest_day(nlp: Language) -> None:
    text = (
        LEAD
        + "A market porter was arrested at a roadblock outside the town on 2 June. "
        + "His sister said he was beaten during questioning at the station."
    )
    assert bound_interval(nlp, text, "beaten", PUB) == ("2025-06-02", "2025-06-02")
