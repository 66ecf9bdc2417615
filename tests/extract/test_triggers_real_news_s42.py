"""Arrest and protest words of real English-language (Indian) news outside the gold authors' habits (session
42), each counted in the outside develop-half news before it was written: people put "behind bars", remanded
to police custody over a count of days, "caught by the police"; "court arrest" (a ban broken to be
arrested) is a protest, not the police's arrest; the volunteers, holy men and communities of Indian news are
people ("ram sevaks were apprehended"); fun, votes and certainty "taken away" are no arrest."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import trigger_texts

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype", "words"),
    [
        ("The government was putting them behind bars, he alleged.", "arrest", "putting them behind bars"),
        (
            "The court on Sunday remanded Ansari to 13 days' police custody till March 22.",
            "arrest",
            "police custody",
        ),
        (
            "Two activists were caught by the Kolkata police at the border.",
            "arrest",
            "caught by the Kolkata police",
        ),
        ("About 50 ram sevaks were apprehended from the area.", "arrest", "apprehended"),
        ("The sadhus were apprehended near the temple.", "arrest", "apprehended"),
        ("Three hundred volunteers courted arrest in Lucknow.", "protest", "courted arrest"),
        ("The activists would court arrest if they were stopped.", "protest", "court arrest"),
    ],
)
def test_real_news_words_are_found(nlp: Language, text: str, etype: str, words: str) -> None:
    assert any(words in t for t in trigger_texts(nlp, text, etype))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The police station caught fire on Monday night.", "arrest"),
        ("The police were caught off guard by the attack.", "arrest"),
        ("Three hundred volunteers courted arrest in Lucknow.", "arrest"),
        ("The riots have taken away all the fun and enthusiasm, he says.", "arrest"),
        ("The violence took away from the residents the certainty of daily routine.", "arrest"),
        ("The riots also took secular votes away from the party.", "arrest"),
    ],
)
def test_look_alikes_are_not(nlp: Language, text: str, etype: str) -> None:
    assert trigger_texts(nlp, text, etype) == []
