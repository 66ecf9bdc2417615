"""A later act whose sentence names no place inherits the site the story set its episode at (placing.py)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.placing import bind_places
from tests.extract.test_placing_argument_clause import _place

if TYPE_CHECKING:
    from spacy.language import Language


def _bound(nlp: Language, text: str, verb: str, towns: tuple[str, ...], sites: tuple[str, ...]) -> list[str]:
    doc = nlp(text)
    head = next(t for t in doc if t.text == verb)
    places = sorted(
        [*(_place(text, n) for n in towns), *(_place(text, n, site=True) for n in sites)],
        key=lambda p: p.start_char,
    )
    sent = next(s for s in doc.sents if s.start <= head.i < s.end)
    bound, _ = bind_places(head, sent, places, [], lead=places[:1])
    return [p.text for p in bound]


LEDE = "NDOLA, May 4 (Wire) - Hundreds of traders gathered at Chisokone Market on Tuesday against new levies."


@pytest.mark.slow
def test_a_placeless_act_later_in_the_story_is_at_the_episode_site(nlp: Language) -> None:
    text = f"{LEDE}\n\nPolice fired tear gas to disperse them, witnesses said."
    assert _bound(nlp, text, "fired", ("NDOLA",), ("Chisokone Market",))[:2] == ["Chisokone Market", "NDOLA"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "towns", "sites"),
    [
        # another town named since the site
        (f"{LEDE} Bus drivers also stopped work in Kitwe.\n\nPolice fired tear gas, witnesses said.",
         ("NDOLA", "Kitwe"), ("Chisokone Market",)),
        # a section heading opens another episode
        (f"{LEDE}\n\nEarlier unrest\n\nPolice fired tear gas at students last year.",
         ("NDOLA",), ("Chisokone Market",)),
        # where the wounded were taken
        (f"{LEDE} Two were treated at Arthur Davison Hospital.\n\nPolice fired tear gas, witnesses said.",
         ("NDOLA",), ("Arthur Davison Hospital",)),
        # the sentence writes a building of its own by its owner
        (f"{LEDE}\n\nLater, police raided the headquarters of the traders' union and fired tear gas inside.",
         ("NDOLA",), ("Chisokone Market",)),
    ],
)  # fmt: skip
def test_no_episode_site_across_another_town_a_heading_a_hospital_or_an_owned_building(
    nlp: Language, text: str, towns: tuple[str, ...], sites: tuple[str, ...]
) -> None:
    assert sites[0] not in _bound(nlp, text, "fired", towns, sites)


@pytest.mark.slow
def test_no_episode_site_for_background_told_of_the_country(nlp: Language) -> None:
    text = f"{LEDE}\n\nTraders across Zambia have protested for months. Police fired tear gas at them."
    doc = nlp(text)
    head = next(t for t in doc if t.text == "fired")
    country = replace(_place(text, "Zambia"), feature="country", precision="country")
    places = [_place(text, "NDOLA"), _place(text, "Chisokone Market", site=True), country]
    sent = next(s for s in doc.sents if s.start <= head.i < s.end)
    bound, _ = bind_places(head, sent, places, [], lead=places[:1])
    assert "Chisokone Market" not in [p.text for p in bound]


@pytest.mark.slow
def test_the_site_a_march_went_to_is_no_later_acts_place(nlp: Language) -> None:
    text = (
        "NDOLA, May 4 (Wire) - Traders called on supporters to march to the Freedom Gardens in Ndola on "
        "Saturday. The drivers said the strike would resume on Wednesday."
    )
    bound = _bound(nlp, text, "resume", ("NDOLA", "Ndola"), ("Freedom Gardens",))
    assert "Freedom Gardens" not in bound[:1]
