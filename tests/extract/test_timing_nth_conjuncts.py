"""T3 across coordinated clauses: "… threw stones for a second day on Monday, and police fired tear
gas" counts the run for every act told with that day in a clause coordinated with the count's; not
for an act in a clause of another kind ("…, while police arrested 79 people": that day)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_timing_clocks import _bind

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_a_conjoined_act_shares_the_run_of_its_day(nlp: Language) -> None:
    text = (
        "Youths blocked roads and hurled rocks at soldiers in the old town of Kayes for a third day on "
        "Tuesday, and troops answered with tear gas, residents said."
    )
    assert _bind(nlp, text, "answered") == ("2024-07-28", "2024-07-30")


def test_the_first_conjunct_shares_the_run_of_the_second(nlp: Language) -> None:
    text = (
        "Miners occupied the pit head and blocked the access road at Obuasi for a second day on "
        "Wednesday, and police detained a dozen of them, a union official said."
    )
    assert _bind(nlp, text, "occupied") == ("2024-07-30", "2024-07-31")


def test_an_act_in_a_while_clause_keeps_its_day(nlp: Language) -> None:
    text = (
        "Taxi drivers blocked the ring road around Nairobi for a third day on Tuesday, while police "
        "arrested 31 people who tried to reach parliament."
    )
    assert _bind(nlp, text, "arrested") == ("2024-07-30", "2024-07-30")


def test_a_day_of_its_own_is_no_share_of_the_run(nlp: Language) -> None:
    text = (
        "Nurses stayed off the wards in Kano for a fourth day on Wednesday, and police detained their "
        "union leader at dawn on Thursday."
    )
    assert _bind(nlp, text, "detained") == ("2024-08-01", "2024-08-01")
