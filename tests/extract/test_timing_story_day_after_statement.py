"""A lead dated only by its statement ("…, the ministry reported on Monday") and a later paragraph that
tells the story's day: an act told in the past in a paragraph with no time of its own happened on that
story day, not on the day of the statement; an act still going on, or a plan, is not moved."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 3, 16)  # a Monday

pytestmark = pytest.mark.slow

TEXT = (
    "OSH, 16 March (Agency) - Order has been restored in the town of Uzgen after a dispute over water "
    "rights, the regional police department reported on Monday.\n\n"
    "According to the department, on the afternoon of 13 March about 200 farmers gathered outside the "
    "district office to complain about the new irrigation fees. Officials explained the fees to them.\n\n"
)


def test_a_past_act_after_the_story_day_takes_that_day(nlp: Language) -> None:
    text = TEXT + "A group of young men later threw stones at the building and set fire to a police car.\n"
    assert bound_interval(nlp, text, "threw", PUB) == ("2026-03-13", "2026-03-13")
    text = TEXT + "The department said two officers had been injured by stones thrown by the crowd.\n"
    assert bound_interval(nlp, text, "injured", PUB) == ("2026-03-13", "2026-03-13")


def test_a_lead_with_the_acts_own_day_is_kept(nlp: Language) -> None:
    text = (
        "OSH, 16 March (Agency) - Farmers blocked the road to the district office on Sunday.\n\n"
        "On 10 March the council had raised the fees.\n\n"
        "Police later detained six of the farmers.\n"
    )
    assert bound_interval(nlp, text, "detained", PUB) == ("2026-03-15", "2026-03-15")


def test_a_past_act_after_calm_returned_takes_the_nights_day(nlp: Language) -> None:
    text = (
        "OSH, 16 March (Agency) - Calm returned on Monday to the town of Uzgen after youths set fire to the "
        "tax office on Saturday night, the interior ministry announced.\n\n"
        "According to the ministry, the crowd threw stones at the police, and 19 people were detained.\n"
    )
    assert bound_interval(nlp, text, "detained", PUB) == ("2026-03-14", "2026-03-14")


def test_a_participle_of_a_past_act_after_calm_returned_takes_the_story_day(nlp: Language) -> None:
    # "intervened …, using tear gas": the participle is told in the past of the verb it hangs from
    text = (
        "OSH, 16 March (Agency) - Calm returned on Monday to the town of Uzgen after youths set fire to the "
        "tax office on Saturday, the interior ministry announced.\n\n"
        "According to the ministry, security forces intervened with restraint, using tear gas to disperse "
        "the rioters.\n"
    )
    assert bound_interval(nlp, text, "using", PUB) == ("2026-03-14", "2026-03-14")
