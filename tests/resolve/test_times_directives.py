"""What a speaker urges or calls on people to do is still to come: its day is read forward."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.times import find_times

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 1, 20)  # a Tuesday

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The union urged members to walk out on February 14.", "2026-02-14"),
        ("The party called on supporters to demonstrate outside embassies on Saturday.", "2026-01-24"),
        ("Activists appealed to dock workers to strike on Friday.", "2026-01-23"),
        ("The movement invited citizens to rally in the capital on March 1.", "2026-03-01"),
    ],
)
def test_the_day_of_an_urged_act_is_ahead(nlp: Language, text: str, value: str) -> None:
    (time,) = find_times(nlp(text), published=PUB)
    assert time.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police ordered the crowd to disperse on Saturday.", "2026-01-17"),  # an order, carried out
        ("The cleric urged calm after clashes on Saturday.", "2026-01-17"),  # no act urged for that day
        ("The union had urged members to walk out on Friday.", "2026-01-16"),  # told from after it
    ],
)
def test_a_day_outside_an_urged_act_stays_behind(nlp: Language, text: str, value: str) -> None:
    (time,) = find_times(nlp(text), published=PUB)
    assert time.value == value


def test_a_weekday_deep_in_the_urged_act_is_ahead(nlp: Language) -> None:
    # "Friday" sits six steps below "take": the urged act is still found
    doc = nlp("The imam urged worshippers to take part in a march after Friday prayers in the old city.")
    (time,) = find_times(doc, published=PUB)
    assert time.value == "2026-01-23"
