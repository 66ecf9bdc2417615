"""Banners and flags unfurled at a protest; shops and stores sealed by the authorities."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.triggers import find_triggers

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _found(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    return [(t.type, t.subtype, text[t.start_char : t.end_char]) for t in find_triggers(nlp(text))]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'Striking miners unfurled a banner reading "We want our wages" outside the company offices.',
            "unfurled a banner",
        ),
        ("Students unfurled placards in front of the rector's office on Tuesday.", "unfurled placards"),
        (
            "Protesters unfurled a giant rainbow flag across the steps of the city hall.",
            "unfurled a giant rainbow flag",
        ),
    ],
)
def test_unfurled_banner_or_flag_is_a_symbolic_protest(nlp: Language, text: str, words: str) -> None:
    assert ("protest", "symbolic", words) in _found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Veterans unfurled the national flag at the independence day ceremony in the capital.",
        "Home fans unfurled a giant banner before kick-off as the league leaders beat their rivals 2-0.",
    ],
)
def test_no_protest_in_a_ceremony_or_a_match(nlp: Language, text: str) -> None:
    assert not any(t == "protest" for t, _, _ in _found(nlp, text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Municipal officers sealed dozens of stores in the bazaar after their owners joined the strike.",
            "sealed dozens of stores",
        ),
        (
            "The agency sealed the storefronts of three jewellers who had refused to open.",
            "sealed the storefronts",
        ),
    ],
)
def test_sealed_stores_are_repression(nlp: Language, text: str, words: str) -> None:
    assert ("repression", None, words) in _found(nlp, text)
