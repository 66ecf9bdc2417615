"""``N days after`` counted from the other clause's day (timing_shifts): every count word, and the
count whether the parser hangs it from the clause's verb or from its ``after``."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.timing_shifts import _COUNTS
from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2024, 8, 1)  # a Thursday

pytestmark = pytest.mark.slow


def test_count_words_go_past_seven() -> None:
    assert _COUNTS["eight"] == 8
    assert _COUNTS["eleven"] == 11
    assert _COUNTS["a"] == 1


def test_eleven_days_after_a_clause_counts_back(nlp: Language) -> None:
    text = "The teacher died in the district jail on 20 July, eleven days after police detained her at home."
    assert bound_interval(nlp, text, "detained", PUB) == ("2024-07-09", "2024-07-09")
    assert bound_interval(nlp, text, "died", PUB) == ("2024-07-20", "2024-07-20")


def test_eight_days_after_a_noun_counts_back(nlp: Language) -> None:
    text = "A miner died in hospital on 30 July, eight days after his arrest."
    assert bound_interval(nlp, text, "arrest", PUB) == ("2024-07-22", "2024-07-22")


def test_the_count_hung_from_after_counts_too(nlp: Language) -> None:
    # parsed with "days" an npadvmod of "after", not of "arrested"
    text = (
        "Ahmadi died in the custody of the police in Tabriz on 12 July, three days after agents arrested him."
    )
    assert bound_interval(nlp, text, "arrested", PUB) == ("2024-07-09", "2024-07-09")


def test_a_day_inside_the_after_clause_is_its_own(nlp: Language) -> None:
    # the date sits in a clause below the after-clause's verb: it dates that clause, it is not shifted
    text = "The raids came a week after soldiers opened fire on pilgrims leaving the shrine on 3 May 2021."
    assert bound_interval(nlp, text, "opened", PUB) == ("2021-05-03", "2021-05-03")
