"""Waves over a stated stretch back from the reference day (gold-format T4).

``in the past ten days`` runs from the reference day minus ten days to it (T4), as ``over the past
week`` runs back seven; ``for ten days`` of a state still going on counts both ends (M5). A stretch the
parser hung on the clause above the event's ("counted 14 activists detained across three regions in
the past ten days") still bounds the event; one on a verb of saying does not.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 14)  # a Friday

pytestmark = pytest.mark.slow


def test_past_n_days_runs_back_n_days(nlp: Language) -> None:
    text = "Police have detained at least 40 activists in the past ten days, the group said."
    assert bound_interval(nlp, text, "detained", PUB) == ("2025-03-04", "2025-03-14")


def test_for_n_days_counts_both_ends(nlp: Language) -> None:
    text = "The dockers have been on strike for ten days."
    assert bound_interval(nlp, text, "strike", PUB) == ("2025-03-05", "2025-03-14")


def test_past_stretch_on_the_clause_above_the_event_bounds_it(nlp: Language) -> None:
    text = (
        "Lawyers in the capital counted at least 14 activists detained across Mangystau, Atyrau and "
        "Aktobe regions in the past ten days."
    )
    assert bound_interval(nlp, text, "detained", PUB) == ("2025-03-04", "2025-03-14")


def test_reported_count_after_a_since_count_of_wounded_runs_from_its_day(nlp: Language) -> None:
    # "more than 6,000 wounded since the riots began": the participle hangs on the number it counts
    text = (
        "The Health Ministry said 87 people, including five members of the police, had been killed and "
        "more than 6,000 wounded since the riots began on Monday.\n\n"
        "The commission also said soldiers had arrested 300 people, of whom about 100 had since been "
        "released."
    )
    assert bound_interval(nlp, text, "arrested", PUB) == ("2025-03-10", "2025-03-14")
