"""Riot, repression and arrest words of real English-language news outside the gold authors' habits (session
40): communal clashes, tear gas shells and firing into the air, "behind bars", remand to police or judicial
custody, communal flare-ups, "caught by the police", each counted in the outside develop-half news before it
was written."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import status_of, trigger_texts

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype", "words"),
    [
        ("Communal clashes in the state had claimed over 250 lives.", "riot", "Communal clashes"),
        ("Police lobbed five tear gas shells at the mob in Limbayat.", "repression", "lobbed five tear gas"),
        (
            "Stones were hurled, forcing the police to open fire in the air.",
            "repression",
            "open fire in the air",
        ),
        ("The government was putting them behind bars, he alleged.", "arrest", "putting them behind bars"),
        (
            "The magistrate remanded Gupta to 15-days judicial custody on Monday.",
            "arrest",
            "judicial custody",
        ),
        (
            "Two activists were caught by the Kolkata police at the border.",
            "arrest",
            "caught by the Kolkata police",
        ),
        ("The communal flare-up in Gujarat refuses to die down.", "riot", "communal flare"),
    ],
)
def test_real_news_words_are_found(nlp: Language, text: str, etype: str, words: str) -> None:
    assert any(words in t for t in trigger_texts(nlp, text, etype))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The police station caught fire on Monday night.", "arrest"),
        ("The police were caught off guard by the attack.", "arrest"),
    ],
)
def test_look_alikes_are_not(nlp: Language, text: str, etype: str) -> None:
    assert trigger_texts(nlp, text, etype) == []


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        ("The magistrate refused to remand the accused to police custody.", "arrest", "negated"),
        (
            "This committee should also suggest measures to stamp out the possibility of communal clashes.",
            "riot",
            "hypothetical",
        ),
    ],
)
def test_real_news_words_take_their_status(nlp: Language, text: str, etype: str, status: str) -> None:
    assert status_of(nlp, text, etype) == status
