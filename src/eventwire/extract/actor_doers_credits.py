"""Dateline credits, for :mod:`.binding`: the news agency in parentheses after a dateline ("DUSHANBE,
12 June (Khovar) - …") filed the story and is no party to what it reports.

Split from :mod:`.actor_doers`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Actor
from .syntax import per_doc

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["credited", "credits", "in_credit"]


# "DUSHANBE, 12 June (Khovar) - …", "BEIJING, Nov. 19 (New China Review) -- …": a dateline in capitals,
# an optional date, and the credit of the agency that filed the story in parentheses before a dash
_CREDIT = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\- ]{2,}(?:,[^\n()]{0,40})?[ \t]*\(([^()\n]{2,80})\)[ \t]*[-\u2013\u2014]", re.M
)
_CREDITS = "eventwire.actor_doers.credits"


def credits(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the dateline credits in ``doc`` (found once per Doc)."""
    return per_doc(doc, _CREDITS, lambda: [(m.start(1), m.end(1)) for m in _CREDIT.finditer(doc_text(doc))])


def in_credit(tok: Token) -> bool:
    """``tok`` is inside the parenthesised credit of a dateline ("DUSHANBE, 12 June (Khovar) - …"):
    the news agency that filed the story, no party to what it reports."""
    return any(lo <= tok.idx < hi for lo, hi in credits(tok.doc))


def credited(doc: Doc, a: Actor) -> bool:
    """The actor mention is a dateline's agency credit."""
    return a.start_char is not None and any(lo <= a.start_char < hi for lo, hi in credits(doc))
