"""The lead's time: the first day-precise time of the first paragraph of prose (an event's
day before a statement's)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, prose_paragraph
from ..records import Time
from .syntax import clause_head
from .timing_clauses import _irrealis, _sentence_of, _token_at
from .timing_saying import _said_of
from .timing_usable import _usable

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["lead_time"]


def lead_time(doc: Doc, times: Sequence[Time]) -> Time | None:
    """The first day-precise time (or weekend) of the lead paragraph (the first paragraph of prose,
    not the dateline); when that paragraph gives no day and tells no stretch ("in the past week"), that
    of the first of the next prose paragraphs to give one, up to the fourth (a delayed lede)."""
    text = doc_text(doc)
    pos = 0
    statement: Time | None = None  # the day of a statement, when the lead gives nothing else
    undated = 0  # prose paragraphs with no day before this one
    for para in text.split("\n"):
        start, end = pos, pos + len(para)
        pos = end + 1
        if not prose_paragraph(para):
            continue
        inside = [
            t
            for t in _usable(times, doc)
            if start <= (t.start_char or 0) < end
            and (t.precision == "day" or (t.value or "").endswith("-WE"))
        ]
        if not inside:
            if statement is not None or undated >= _UNDATED or _stretch_in(doc, times, start, end):
                return statement
            # "… calls on the authorities to release seven villagers detained after a protest. ¶ On 1
            # June, residents gathered …": a lead that only names the story leaves its day to the next
            undated += 1
            continue
        # the day of an event before the day a statement about it was made
        events = [t for t in inside if not _said_of(doc, t, None) and not _irrealis_at(doc, t)]
        if not events and statement is None and all(_said_of(doc, t, None) for t in inside):
            # "… must open an inquiry, the group said today." The story's days start in the next
            # paragraph ("Between 26 and 28 June, thousands took to the streets …")
            statement = inside[0]
            continue
        inside = events or inside
        first = _sentence_of(doc, inside[0])
        main = [t for t in inside if _sentence_of(doc, t) == first and _main_clause(doc, t)]
        return main[0] if main else inside[0]
    return statement


# A feature's delayed lede: up to three paragraphs that set the scene ("The small shop on the corner is
# unassuming. …") before the paragraph that gives the story's day ("… on Friday she spoke of …"); acts told
# later with no time of their own take that day, as after a one-paragraph summary
_UNDATED = 3

# "in the past week", "over the last month", "since Friday": a lead telling a wave over a stretch
_STRETCH = re.compile(
    r"\b(?:past|since|over|recent|last\s+(?:few|several|\w+\s+(?:days|weeks|months)))\b", re.I
)


def _stretch_in(doc: Doc, times: Sequence[Time], start: int, end: int) -> bool:
    """A time of the paragraph ``start``..``end`` names a stretch the story runs over (T4): its acts
    belong to that wave, not to the day a later paragraph names."""
    text = doc_text(doc)
    return any(
        start <= (t.start_char or 0) < end
        and _STRETCH.search(text[max(start, (t.start_char or 0) - 12) : t.end_char or t.start_char or 0])
        for t in times
    )


def _irrealis_at(doc: Doc, t: Time) -> bool:
    """``could come as early as Tuesday``: the expression sits in a future or possible clause."""
    tok = _token_at(doc, t.start_char or 0)
    return tok is not None and _irrealis(tok)


def _main_clause(doc: Doc, t: Time) -> bool:
    """``t`` sits in the main clause of its sentence (not in ``two days after police shot … on Sunday``)."""
    tok = _token_at(doc, t.start_char or 0)
    return tok is not None and clause_head(tok) == tok.sent.root
