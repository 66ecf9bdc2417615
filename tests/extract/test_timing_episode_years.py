"""A year written before an event noun ("the 2019 protests", "a 2021 strike") dates that noun, though
the parser reads the year as a count; it dates nothing else in the sentence, and a count of people
("the 2000 protesters") or the year of publication says nothing."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.timing_episodes import episode_year
from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 3, 13)  # a Friday

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "year"),
    [
        (
            "The hunger strike is the largest since a 2021 strike involving some 600 dockers.",
            "2021 strike",
            "2021",
        ),
        (
            "Veterans of the 2008 uprising gathered in the square on Tuesday to remember the dead.",
            "uprising",
            "2008",
        ),
        (
            "He was one of hundreds detained after Iran's 2019 crackdown on fuel protests.",
            "crackdown",
            "2019",
        ),
    ],
)
def test_a_year_before_an_event_noun_dates_it(nlp: Language, text: str, trigger: str, year: str) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == (f"{year}-01-01", f"{year}-12-31")


def test_the_year_dates_the_noun_not_the_act_told_around_it(nlp: Language) -> None:
    text = "Soldiers detained the lawyer on Tuesday, a veteran of the 2019 protests in the capital."
    assert bound_interval(nlp, text, "detained", PUB) == ("2026-03-10", "2026-03-10")


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Workers walked out on Tuesday in the largest of the 2026 strikes so far.", "strikes"),
        ("Police said the 2000 protesters left the square peacefully.", "protesters"),
        ("Strikes in 2019 and 2020 were smaller.", "Strikes"),
    ],
)
def test_no_episode_year_unless_an_earlier_year_follows_an_article(
    nlp: Language, text: str, noun: str
) -> None:
    doc = nlp(text)
    head = next(t for t in doc if t.text == noun)
    assert episode_year(head, PUB) is None
