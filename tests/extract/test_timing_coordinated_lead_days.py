"""A story whose days the lead coordinates ("stayed away from classrooms on Monday and Tuesday", "attacked
property on Sunday night and Monday"): an act told after it with no time of its own belongs to the
episode those days date, and takes both, as a day earlier in its own paragraph carries on with its
partner; a lead with one day still gives that day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 10, 28)  # a Wednesday

pytestmark = pytest.mark.slow


def test_an_undated_act_after_a_lead_of_two_days_takes_both(nlp: Language) -> None:
    text = (
        "DUBAI, Oct 28 (Agency) - Teachers in Iran stayed away from classrooms in more than 40 cities on "
        "Monday and Tuesday, a teachers' union said.\n\n"
        "The union said that teachers had held sit-ins in school yards in cities including Sanandaj and "
        "Saqqez.\n"
    )
    assert bound_interval(nlp, text, "held", PUB) == ("2026-10-26", "2026-10-27")


def test_an_act_after_calm_returned_takes_the_nights_two_days(nlp: Language) -> None:
    text = (
        "NOUAKCHOTT, 28 October (Agency) - Calm returned on Wednesday to the El Mina district after groups "
        "of vandals attacked public property on Sunday night and Monday, the ministry announced.\n\n"
        "According to the statement, the vandals set fire to the police station and looted a dozen shops.\n"
    )
    assert bound_interval(nlp, text, "set fire", PUB) == ("2026-10-25", "2026-10-26")


def test_a_lead_of_one_day_is_kept(nlp: Language) -> None:
    text = (
        "DUBAI, Oct 28 (Agency) - Teachers in Iran stayed away from classrooms in more than 40 cities on "
        "Tuesday, and the union called a new strike, a teachers' union said.\n\n"
        "The union said that teachers had held sit-ins in school yards in cities including Sanandaj and "
        "Saqqez.\n"
    )
    assert bound_interval(nlp, text, "held", PUB) == ("2026-10-27", "2026-10-27")
