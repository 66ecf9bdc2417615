"""Where a stretch told without a full date starts.

``since 1 October`` / ``since August`` written without a year run from the latest such day or month on
or before the reference day, even when an older dated day was told earlier in the story (T1, K17);
``in the following days`` / ``over the ensuing weeks`` after an act dated X run from X as "in the days
that followed" does: seven days for days, to the end of the next month for weeks (I8).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

SINCE = [
    # a day after an older dated day in the paragraph before
    ("The miners' leader was jailed after the clashes of 14 February 2023, when police shot two workers "
     "in Kolwezi.\n\nEleven of his fellow inmates have been on hunger strike since 2 March, the union said.",
     "hunger strike", ("2026-03-02", "2026-03-12")),
    # a month after an older dated month
    ("In November 2025, police beat students who occupied the faculty.\n\nParents of students expelled in "
     "2025 have held a sit-in outside the rectorate since January.", "sit-in", ("2026-01-01", "2026-03-12")),
    # a day written with its year keeps it
    ("Eleven inmates have been on hunger strike since 2 March 2025, the union said.", "hunger strike",
     ("2025-03-02", "2026-03-12")),
]  # fmt: skip

FOLLOWING = [
    # days, in a clause of the dated sentence
    ("On 12 May 2019, dockers marched on the port offices; police fired tear gas, and dozens of them were "
     "arrested in the following days.", "arrested", ("2019-05-12", "2019-05-19")),
    # days, in the next sentence
    ("Nurses walked out at three hospitals in Blantyre on 4 March. Eleven union officials were detained "
     "in the subsequent days.", "detained", ("2026-03-04", "2026-03-11")),
    # weeks
    ("On 4 February, students occupied the law faculty. Dozens were detained over the ensuing weeks.",
     "detained", ("2026-02-04", "2026-03-31")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "expected"), SINCE + FOLLOWING)
def test_a_stretch_starts_where_the_story_puts_it(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert bound_interval(nlp, text, trigger, date(2026, 3, 12)) == expected
