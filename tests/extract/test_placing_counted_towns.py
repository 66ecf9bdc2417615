"""An act of the lead paragraph told over a count of towns ("in at least nine cities", "to at least six
townships in Kwanza province") and naming no town of its own is set in the towns the next paragraph
tells it in."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.placing import bind_places
from eventwire.extract.placing_counts import _TOWN_COUNT
from eventwire.records import Place
from tests.factories import unresolved_place

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = (
    "Retired miners staged sit-ins outside pension offices in at least seven Zamrian cities on Monday, "
    "a retirees' council said.\n\n"
    "In Orlov, about 200 retirees sat down outside the fund's office. Similar gatherings took place in "
    "Belgrad and Tarsk, the council said.\n\n"
    "Police in Minsky detained two organisers, a lawyer said."
)


def _at(text: str, name: str, feature: str = "city") -> Place:
    return unresolved_place(text, name, "ZR", feature)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nurses walked out in at least 14 provinces.", True),
        ("The protests spread to at least six townships in Kwanza province.", True),
        ("Teachers held sit-ins in more than 120 towns and cities.", True),
        ("The strike has spread to at least 20 of the country's 31 provinces.", True),
        ("Bakers struck in several Zamrian cities.", True),
        ("Nurses walked out at two hospitals.", False),
        ("The governor of one of the provinces spoke.", False),
    ],
)
def test_a_count_of_towns(text: str, found: bool) -> None:
    assert (_TOWN_COUNT.search(text) is not None) is found


@pytest.mark.slow
def test_the_lead_aggregate_takes_the_next_paragraphs_towns(nlp: Language) -> None:
    doc = nlp(TEXT)
    places = [_at(TEXT, "Orlov"), _at(TEXT, "Belgrad"), _at(TEXT, "Tarsk"), _at(TEXT, "Minsky")]
    sents = list(doc.sents)
    head = next(t for t in doc if t.text == "staged")
    bound, _ = bind_places(head, sents[0], places, [])
    assert [p.text for p in bound] == ["Orlov", "Belgrad", "Tarsk"]


@pytest.mark.slow
def test_an_act_of_a_later_paragraph_keeps_its_own_places(nlp: Language) -> None:
    text = TEXT.replace("In Orlov", "Later, in at least three cities,").replace("about 200", "Orlov's")
    doc = nlp(text)
    places = [_at(text, "Belgrad"), _at(text, "Tarsk"), _at(text, "Minsky")]
    head = next(t for t in doc if t.text == "detained")
    sent = next(s for s in doc.sents if head in s)
    bound, _ = bind_places(head, sent, places, [])
    assert [p.text for p in bound] == ["Minsky"]


@pytest.mark.slow
def test_a_lead_act_with_a_town_of_its_own_keeps_it(nlp: Language) -> None:
    text = TEXT.replace("in at least seven Zamrian cities", "in Sorok and at least seven other cities")
    doc = nlp(text)
    places = [_at(text, "Sorok"), _at(text, "Orlov"), _at(text, "Belgrad"), _at(text, "Tarsk")]
    head = next(t for t in doc if t.text == "staged")
    bound, _ = bind_places(head, next(iter(doc.sents)), places, [])
    assert [p.text for p in bound] == ["Sorok"]
