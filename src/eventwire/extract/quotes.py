"""Quotations in running text: straight and curly double quotes, over sentences and paragraphs.

A quotation that runs over several paragraphs follows the wire convention: a
paragraph that opens a quotation and ends without closing it is continued by
the next paragraph, which opens with a quotation mark again. Such a
quotation is one :class:`Quote` whose content runs to the final closing mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quote", "find_quotes"]

_OPENERS = "“"
_CLOSERS = "”"
_STRAIGHT = '"'
# two apostrophes stand for a straight double mark in some wire and newspaper archives
_MARKS = re.compile(r"''|[\"“”]")
# characters before a straight mark that make it an opener
_OPEN_BEFORE = " \t\n([{—–-:/"
_TRAIL = " \t\n,;"
_LEAD = " \t\n"


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: ``start``/``end`` include the marks, ``content_*`` hold the words only."""

    start: int
    end: int
    content_start: int
    content_end: int
    paragraphs: int = 1

    def content(self, text: str) -> str:
        return text[self.content_start : self.content_end]


def _is_opener(text: str, i: int, width: int = 1) -> bool:
    ch = text[i]
    if ch in _OPENERS:
        return True
    if ch in _CLOSERS:
        return False
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + width] if i + width < len(text) else "\n"
    if before in _OPEN_BEFORE:
        return not after.isspace()
    return False


def _at_paragraph_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


def find_quotes(text: str) -> list[Quote]:
    """Every closed quotation in ``text``, in order (unclosed marks are ignored)."""
    quotes: list[Quote] = []
    open_at: int | None = None
    open_width = 1
    resumed_at = 0  # the opening mark of the current paragraph of an open quotation
    paragraphs = 1
    for match in _MARKS.finditer(text):
        i = match.start()
        width = match.end() - i
        straight = width == 2 or text[i] == _STRAIGHT
        opener = _is_opener(text, i, width)
        if open_at is not None and "\n" in text[resumed_at:i]:
            # a newline lies between the open mark and this one
            if opener and _at_paragraph_start(text, i) and _paragraph_unclosed(text, resumed_at, i):
                paragraphs += 1
                resumed_at = i
                continue  # continuation paragraph: the quotation goes on
            open_at = None
        if open_at is None:
            if opener:
                open_at = resumed_at = i
                open_width = width
                paragraphs = 1
            continue
        if not opener or straight:
            quote = _make(text, open_at, i + width, paragraphs, open_width, width)
            if quote is not None:
                quotes.append(quote)
            open_at = None
        else:  # a curly opener while one is open: restart there
            open_at = resumed_at = i
            open_width = width
            paragraphs = 1
    return quotes


def _paragraph_unclosed(text: str, open_at: int, i: int) -> bool:
    """The paragraph break between ``open_at`` and ``i`` ends a paragraph whose quotation is still open."""
    between = text[open_at + 1 : i]
    last_break = between.rfind("\n")
    return last_break > 0 and not between[:last_break].rstrip().endswith(("”", '"', "''"))


def _make(
    text: str, start: int, end: int, paragraphs: int, open_width: int, close_width: int
) -> Quote | None:
    cs, ce = start + open_width, end - close_width
    while cs < ce and text[cs] in _LEAD:
        cs += 1
    while ce > cs and text[ce - 1] in _TRAIL:
        ce -= 1
    if ce <= cs:
        return None
    return Quote(start=start, end=end, content_start=cs, content_end=ce, paragraphs=paragraphs)
