"""Quotations: marks, pairing, multi-sentence and multi-paragraph quotes (no model needed)."""

from __future__ import annotations

import pytest

from eventwire.extract.quotes import find_quotes


def contents(text: str) -> list[str]:
    quotes = find_quotes(text)
    for q in quotes:
        assert text[q.start] in "\"“'" and text[q.end - 1] in "\"”'"
        assert q.start < q.content_start <= q.content_end < q.end
    return [q.content(text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said: "We will not stop."', ["We will not stop."]),
        ("“They fired at the crowd,” a witness said.", ["They fired at the crowd"]),
        ("Not paying taxes ''makes me smart,'' he said.", ["makes me smart"]),
        ('"First part," she said, "second part."', ["First part", "second part."]),
        ('A "so-called" reformist and the "rioters".', ["so-called", "rioters"]),
    ],
)
def test_marks_and_pairs(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_multi_sentence_quote_is_one() -> None:
    text = '"They came at night. They took my son. Nobody tells us where he is," she said.'
    (q,) = find_quotes(text)
    assert q.content(text) == "They came at night. They took my son. Nobody tells us where he is"
    assert q.paragraphs == 1


def test_quote_continued_over_paragraphs() -> None:
    text = (
        "“We are afraid to go out.\n\n“They shot at anyone on the street,” the resident said."
        "\n\nPolice declined to comment."
    )
    (q,) = find_quotes(text)
    assert q.paragraphs == 2
    assert q.content(text) == "We are afraid to go out.\n\n“They shot at anyone on the street"
    assert text[q.end :].startswith(" the resident said")


def test_unclosed_quote_at_paragraph_end_is_dropped() -> None:
    text = 'He shouted "down with the dictator\n\nThe crowd dispersed. Later she said "enough."'
    assert contents(text) == ["enough."]


def test_apostrophes_are_not_quotes() -> None:
    assert find_quotes("The protesters' demands and the workers' union's call.") == []
