"""An episode named with its year: ``the 2022 protests``, ``a 2023 strike``, ``Iran's 2019
crackdown``. The parser reads such a year as a count, so no time expression holds it; it dates the
event noun it qualifies, and nothing else (``arrested during the 2022 protests`` is told by its own
clause and the story)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ..records import Time

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["episode_year"]

_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)")
# nouns of people ("protester", "striker", "activist", "detainee"): a number before them counts them
_PEOPLE = frozenset(
    {
        "protester", "protestor", "demonstrator", "striker", "worker", "activist", "detainee", "prisoner",
        "inmate", "student", "people", "person", "man", "woman", "supporter", "member", "participant",
        "resident", "civilian", "soldier", "officer", "policeman", "refugee", "migrant", "voter", "marcher",
    }
)  # fmt: skip


def episode_year(head: Token, published: date | None) -> Time | None:
    """The year written before an event noun, after its determiner or possessor, when it lies before
    the year of publication (``the 2,000 protesters`` counts people; ``the 2026 strike`` in 2026 says
    less than the story does)."""
    if head.pos_ != "NOUN" or published is None or head.lemma_.lower() in _PEOPLE:
        return None
    years = [c for c in head.children if c.dep_ == "nummod" and c.i < head.i and _YEAR.fullmatch(c.text)]
    if len(years) != 1:
        return None
    year = years[0]
    if int(year.text) >= published.year:
        return None
    if not any(c.dep_ in ("det", "poss") and c.i < year.i for c in head.children):
        return None  # "some 2023 strikes"? "2019 protests were …": no article, no reading as a name
    return Time(
        text=year.text,
        start_char=year.idx,
        end_char=year.idx + len(year.text),
        value=year.text,
        start=f"{year.text}-01-01",
        end=f"{year.text}-12-31",
        precision="year",
        anchor="absolute",
        type="DATE",
    )
