"""A paragraph with no time of its own that goes back to a town the last dated paragraph told of goes on
with that paragraph's day, not the lead's; a paragraph about another place keeps the lead's day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.timing_context import _sites
from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 14)  # a Friday

pytestmark = pytest.mark.slow

TEXT = (
    "ACCRA, March 14 (West Wire) - Market traders across Ghana kept their stalls shut on Friday in protest "
    "at a new levy.\n\n"
    "In Kumasi, hundreds of traders marched to the regional assembly on Wednesday afternoon. Witnesses "
    "said police fired tear gas to clear the road.\n\n"
    "A local radio station said two traders were wounded in Kumasi. The police commander denied that "
    "anyone had been hurt.\n\n"
    "Police detained nine youths in Tamale for blocking a highway."
)


def test_a_paragraph_back_in_the_dated_town_takes_that_day(nlp: Language) -> None:
    assert bound_interval(nlp, TEXT, "wounded", PUB) == ("2025-03-12", "2025-03-12")
    assert bound_interval(nlp, TEXT, "denied", PUB) == ("2025-03-12", "2025-03-12")


def test_a_paragraph_about_another_town_keeps_the_lead_s_day(nlp: Language) -> None:
    assert bound_interval(nlp, TEXT, "detained", PUB) == ("2025-03-14", "2025-03-14")


def test_a_weekday_after_a_preposition_is_no_place(nlp: Language) -> None:
    doc = nlp("Unions called a strike from Monday in Kumasi and on Tuesday in Tamale.")
    assert _sites(doc[:]) == {"Kumasi", "Tamale"}
