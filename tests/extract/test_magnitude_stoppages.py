"""A count of people who "downed tools" counts a stoppage's participants, however "downed" is tagged."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.magnitude_stoppages import downs_tools
from eventwire.extract.magnitudes import find_magnitudes

if TYPE_CHECKING:
    from spacy.language import Language

KINDS = [
    ("The union said about 4,000 nurses had downed tools.", "about 4,000", "participants"),
    (
        "The row began when some 250 labourers at a quarry near Kitwe downed tools and blocked the gate.",
        "some 250",
        "participants",
    ),
    ("Around 90 welders downed tools on Friday.", "Around 90", "participants"),
]


@pytest.mark.parametrize(("text", "phrase", "kind"), KINDS)
def test_magnitude_kind_of_those_who_downed_tools(nlp: Language, text: str, phrase: str, kind: str) -> None:
    found = {m.text: m.kind for m in find_magnitudes(nlp(text))}
    assert found.get(phrase) == kind, found


DOWNS = [
    ("About 200 porters had downed tools.", "porters", True),
    ("About 200 porters at the port of Mombasa downed tools.", "porters", True),
    # another verb between the count and the idiom: the idiom is someone else's
    ("About 200 porters said the clerks had downed tools.", "porters", False),
    # tools that are only handled
    ("About 200 porters carried tools down the hill.", "porters", False),
]


@pytest.mark.parametrize(("text", "noun", "downs"), DOWNS)
def test_downs_tools(nlp: Language, text: str, noun: str, downs: bool) -> None:
    doc = nlp(text)
    assert downs_tools(next(t for t in doc if t.text == noun)) is downs
