"""The document's focus country and an event's country (placing_countries.py)."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from eventwire.extract.placing import starts_and_reach
from eventwire.extract.placing_countries import document_country
from eventwire.records import Place

if TYPE_CHECKING:
    from spacy.language import Language


def _places(text: str, names: dict[str, str]) -> list[Place]:
    out = []
    for name, country in names.items():
        start = text.find(name)
        while start >= 0:
            out.append(
                Place(name, start, start + len(name), name, None, None, None, country, None, "city", "city")
            )
            start = text.find(name, start + 1)
    return sorted(out, key=lambda p: p.start_char)


def test_a_country_named_as_a_place_counts_once(nlp: Language) -> None:
    text = "Farmers in Kelmar, Dunvik and Orsk blocked grain from Ukraine and trucks from Ukraine."
    places = _places(text, {"Kelmar": "PL", "Dunvik": "PL", "Orsk": "PL", "Ukraine": "UA"})
    assert document_country(nlp.make_doc(text), places) == "PL"


def test_a_country_word_no_place_stands_for_still_counts(nlp: Language) -> None:
    text = "Ukraine said farmers in Kelmar blocked its grain, and Ukraine protested."
    assert document_country(nlp.make_doc(text), _places(text, {"Kelmar": "PL"})) == "UA"


def test_a_country_word_on_a_border_names_the_neighbour_not_the_acts_country(nlp: Language) -> None:
    from eventwire.extract.placing_countries import country_of

    for text in (
        "Troops shelled rebel positions, forcing families to flee towards the Ethiopian border.",
        "Troops shelled rebel positions near the border with Ethiopia on Thursday.",
    ):
        sent = next(iter(nlp(text).sents))
        assert country_of([], sent, "SS") == "SS"


def test_a_country_word_on_the_guards_of_a_border_still_tells_the_country(nlp: Language) -> None:
    from eventwire.extract.placing_countries import country_of

    sent = next(iter(nlp("Iranian border guards shot dead two porters on Monday.").sents))
    assert country_of([], sent, "IQ") == "IR"


def test_starts_and_reach_answer_inside_any_range_also_when_ranges_overlap() -> None:
    ranges = [(0, 10), (2, 4), (20, 25), (22, 30)]
    starts, reach = starts_and_reach(ranges)
    assert starts == [0, 2, 20, 22] and reach == [10, 10, 25, 30]

    def inside(x: int) -> bool:
        k = bisect.bisect_right(starts, x)
        return k > 0 and reach[k - 1] > x

    for x in range(-1, 32):
        assert inside(x) == any(a <= x < b for a, b in ranges), x
    assert starts_and_reach([]) == ([], [])
