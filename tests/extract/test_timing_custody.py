"""M82: ill-treatment in a custody the text bounds on both sides (a dated arrest and a release, a dated
arrest and a stated length, a release and a length) takes the custody's stretch; a custody with one
side only keeps the arrest's day (M15)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 3, 20)

pytestmark = pytest.mark.slow

LEAD = "LUSAKA, March 20 (Wire) - "


def test_arrest_and_release_bound_the_beating(nlp: Language) -> None:
    text = (
        LEAD
        + "Police detained the organiser of the traders' march on Tuesday 3 March. "
        + "Released on Friday 6 March, he said officers had beaten him during questioning."
    )
    assert bound_interval(nlp, text, "beaten", PUB) == ("2026-03-03", "2026-03-06")


def test_arrest_and_stated_length_bound_the_beating(nlp: Language) -> None:
    text = (
        LEAD
        + "On 2 March soldiers arrested a schoolteacher at his home in the district capital. "
        + "He was held for five days at the barracks, where, his lawyer said, soldiers beat him with cables."
    )
    assert bound_interval(nlp, text, "beat", PUB) == ("2026-03-02", "2026-03-06")


def test_a_week_runs_seven_days_on(nlp: Language) -> None:
    text = (
        LEAD
        + "Security agents arrested nine students at the university on 4 March. "
        + "Two of them, released after a week, said they had been beaten during interrogation."
    )
    assert bound_interval(nlp, text, "beaten", PUB) == ("2026-03-04", "2026-03-11")


def test_one_side_only_keeps_the_arrest_day(nlp: Language) -> None:
    text = (
        LEAD
        + "Police detained the organiser of the traders' march on Tuesday 3 March. "
        + "His lawyer said officers had beaten him during questioning."
    )
    assert bound_interval(nlp, text, "beaten", PUB) == ("2026-03-03", "2026-03-03")
