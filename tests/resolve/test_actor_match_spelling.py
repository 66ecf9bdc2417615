"""British and American spellings of the words names are made of match each other, offsets untouched."""

from __future__ import annotations

import pytest

from eventwire.resolve.actor_match import PhraseIndex, tokenize


@pytest.mark.parametrize(
    ("phrase", "text", "written"),
    [
        ("Workers' Center", "the Workers' Centre said", "Workers' Centre"),
        ("Workers' Centre", "the Workers' Center said", "Workers' Center"),
        ("Tigray Defense Forces", "fighters of the Tigray Defence Forces", "Tigray Defence Forces"),
        ("Labor Party", "the Labour Party leader", "Labour Party"),
        (
            "Council for Organizing Protests",
            "the Council for Organising Protests",
            "Council for Organising Protests",
        ),
        ("national labor organization", "a national labour organisation", "national labour organisation"),
    ],
)
def test_spelling_variants_match(phrase: str, text: str, written: str) -> None:
    index: PhraseIndex[int] = PhraseIndex()
    index.add(phrase, 1)
    toks = tokenize(text)
    hits = list(index.find(toks))
    assert len(hits) == 1
    start, end, _ = hits[0]
    assert text[toks[start].start : toks[end - 1].end] == written


def test_spelling_keeps_case_sensitivity() -> None:
    index: PhraseIndex[int] = PhraseIndex()
    index.add("Workers' Center", 1)  # a capitalised phrase word matches only capitalised text
    assert not list(index.find(tokenize("the workers' centre")))
    assert tokenize("CENTRE")[0].exact == "CENTER"
    assert tokenize("Centre")[0].text == "Centre"  # the written word is kept for offsets
