"""Names of a list of towns opened by a plural kind of place and "including", "among them", "such as"
("rallies in 30 towns, among them Gyumri, Vanadzor and Ijevan"): towns, whatever the tagger called
them, and even when it ran one entity over two of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.places import find_toponyms
from eventwire.resolve.places_names import town_list_items
from tests.resolve.test_gazetteer_fixture import tiny_gazetteer
from tests.resolve.test_places import _doc_with_ents

if TYPE_CHECKING:
    from spacy.language import Language


def _items(text: str) -> list[str]:
    return [text[s:e] for s, e in town_list_items(text)]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Pensioners marched in a dozen cities, including Tehran, Ahvaz and Mashhad, on Sunday.",
            ["Tehran", "Ahvaz", "Mashhad"],
        ),
        (
            "Roads were blocked in at least nine towns, among them Novo Selo and Stara Reka, it said.",
            ["Novo Selo", "Stara Reka"],
        ),
        ("Shops shut in provinces such as Lower Kando or Bira-Tal.", ["Lower Kando", "Bira-Tal"]),
        (
            "Strikes hit several districts of the capital, notably Oldtown, Riverside, and Hill.",
            ["Oldtown", "Riverside", "Hill"],
        ),
    ],
)
def test_the_names_of_a_town_list(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    "text",
    [
        "Several leaders were held, including Ahvaz Rezaei and Sara Mahabad.",  # people, no kind of place
        "Towns were cut off. Including Tehran, the outage lasted a day.",  # another sentence's kind
        "The cities, including the capital, were quiet.",  # no name
    ],
)
def test_no_town_list(text: str) -> None:
    assert _items(text) == []


@pytest.mark.slow
def test_mislabelled_listed_names_are_towns(nlp: Language) -> None:
    text = "Retirees rallied in several cities, including Tehran, Ahvaz and Mashhad, on Sunday."
    doc = _doc_with_ents(nlp, text, [("Tehran", "GPE"), ("Ahvaz and Mashhad", "PERSON")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Tehran", "Ahvaz", "Mashhad"]


@pytest.mark.slow
def test_listed_names_the_gazetteer_does_not_know_are_left(nlp: Language) -> None:
    text = "Retirees rallied in several cities, including Tehran and Qomsar, on Sunday."
    doc = _doc_with_ents(nlp, text, [("Tehran", "GPE"), ("Qomsar", "PERSON")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Tehran"]
