"""Figures written in parts (gold-format I12): one magnitude per written figure, never their sum."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.magnitude_tallies import written_in_parts
from eventwire.extract.magnitudes import find_magnitudes

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

# text, whether its first two figures are parts of one count
CASES = [
    ("Twelve protesters and three officers were killed in the clashes.", True),
    ("At least 11 teachers and one union leader have been arrested since January.", True),
    ("The ministry said 140 police and 18 civilians were injured.", True),
    ("Twelve protesters were killed and 40 were wounded.", False),
    ("Five people were arrested on Monday and seven on Tuesday in another town.", False),
    ("Militants raided the camp, killing two guards, three nurses and four patients.", True),
]


# a list of three counts: every figure is a part of one count with the first
LISTS = [
    "Militants raided the camp, killing two guards, three nurses and four patients.",
    "The gunmen shot dead six villagers, two teachers and a nurse's three children on Sunday.",
]


@pytest.mark.parametrize("text", LISTS)
def test_magnitudes_parts_of_a_longer_list(nlp: Language, text: str) -> None:
    doc = nlp(text)
    first, *rest = find_magnitudes(doc)
    assert len(rest) == 2
    assert all(written_in_parts(doc, first, other) for other in rest)


@pytest.mark.parametrize(("text", "parts"), CASES)
def test_magnitudes_parts_of_one_count(nlp: Language, text: str, parts: bool) -> None:
    doc = nlp(text)
    first, other = find_magnitudes(doc)[:2]
    assert written_in_parts(doc, first, other) is parts


# text, the kind and the values the record of the killing carries
EVENT_CASES = [
    ("Twelve protesters and three officers were killed in the clashes in Tikrit on Sunday.", [12, 3]),
    ("Police said 14 students and two guards were killed in the clashes on Sunday.", [14, 2]),
]


@pytest.mark.parametrize(("text", "values"), EVENT_CASES)
def test_a_record_keeps_every_part_of_a_count(nlp: Language, text: str, values: list[int]) -> None:
    from tests.extract._event_helpers import events

    killings = [e for e in events(nlp, text) if e.type == "killing"]
    assert len(killings) == 1
    assert sorted(m.value for m in killings[0].magnitudes if m.kind == "fatalities") == sorted(values)


def test_figures_of_two_acts_are_no_parts(nlp: Language) -> None:
    from tests.extract._event_helpers import events

    text = "Twelve protesters were killed and 40 were wounded in Basra on Friday."
    killing = next(e for e in events(nlp, text) if e.type == "killing")
    assert [m.value for m in killing.magnitudes if m.kind == "fatalities"] == [12]


# the killing of each sentence folds into its attack: the attack keeps every part of the toll
FOLDED_CASES = [
    ("Rebels stormed a village near Tillaberi on Monday and killed 12 farmers and four herders.", [12, 4]),
    ("A car bomb exploded at a market in Kismayo on Friday, killing nine traders and two guards.", [9, 2]),
    (
        "Gunmen raided a clinic in Maiduguri on Sunday, killing two guards, three nurses and four patients.",
        [2, 3, 4],
    ),
]


@pytest.mark.parametrize(("text", "values"), FOLDED_CASES)
def test_a_folded_record_keeps_every_part_of_a_count(nlp: Language, text: str, values: list[int]) -> None:
    from tests.extract._event_helpers import events

    attacks = [e for e in events(nlp, text) if e.type == "attack"]
    assert len(attacks) == 1
    assert sorted(m.value for m in attacks[0].magnitudes if m.kind == "fatalities") == sorted(values)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # a second figure whose noun is left out, each with a place of its own
        ("Police said officers had shot dead five marchers in Mombasa and two in Malindi on Friday.", True),
        # a second figure on another day is another act
        ("Police arrested five people on Monday and seven on Tuesday.", False),
    ],
)
def test_elided_part_with_a_place_of_its_own(nlp: Language, text: str, parts: bool) -> None:
    doc = nlp(text)
    found = [m for m in find_magnitudes(doc) if m.kind in ("fatalities", "arrests")]
    assert len(found) >= 2
    assert written_in_parts(doc, found[0], found[1]) is parts
