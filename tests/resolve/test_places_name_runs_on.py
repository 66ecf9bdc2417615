"""A town abroad found by the gazetteer in the first word of a longer name ("outside the Dang Wangi
headquarters", "an eviction at Marina Kue") is not that town: the whole name is the place
(places_names._runs_on)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.gazetteer import InMemoryGazetteer
from eventwire.resolve.places_names import _gazetteer_matches
from tests.resolve.test_gazetteer_fixture import _c

if TYPE_CHECKING:
    from spacy.language import Language


def _gazetteer() -> InMemoryGazetteer:
    return InMemoryGazetteer(
        [
            (_c(1, "Kuwait", "country", "KW", population=4_100_000, gid=285570), []),
            (_c(2, "Al Jahra", "city", "KW", "05", "Jahra", 29.34, 47.66, 90_000, 285629), ["Jahra"]),
            (_c(12, "Boston", "city", "US", "MA", "Massachusetts", 42.36, -71.06, 675_647, 4930956), []),
        ]
    )


@pytest.mark.slow
def test_the_first_word_of_a_longer_name_is_not_a_town_abroad(nlp: Language) -> None:
    text = "Unions called a sit-in outside the Boston Wangi headquarters on Tuesday evening."
    found = _gazetteer_matches(nlp(text), _gazetteer(), [], frozenset({"KW"}))
    assert [t.text for t in found] == ["Boston Wangi"]
    # with no story country to be abroad of, or with the kind of place after it, it is still found
    assert [t.text for t in _gazetteer_matches(nlp(text), _gazetteer(), [])] == ["Boston"]
    text = "Unions called a sit-in outside the Boston City hall on Tuesday evening."
    found = _gazetteer_matches(nlp(text), _gazetteer(), [], frozenset({"KW"}))
    assert [t.text.split()[0] for t in found] == ["Boston"]


@pytest.mark.slow
def test_a_town_abroad_named_alone_after_a_cue_is_still_found(nlp: Language) -> None:
    text = "Unions said dockers held a sit-in outside Boston on Tuesday evening."
    found = _gazetteer_matches(nlp(text), _gazetteer(), [], frozenset({"KW"}))
    assert [t.text for t in found] == ["Boston"]
