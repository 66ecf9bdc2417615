"""Cached access to a parsed Doc's text.

``Doc.text`` joins every token on each access, so code that reads it per event
or per place turns linear work quadratic. :func:`doc_text` builds it once per
Doc (kept in ``doc.user_data``); :func:`tokens` and :func:`ents` do the same for the Doc's
Token objects and entity Spans.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["doc_text", "ents", "prose_paragraph", "tokens"]

_KEY = "eventwire.text"

# a paragraph that ends a sentence, closing quote allowed
_SENTENCE_END = re.compile(r"[.!?][\"”’]?$")


def prose_paragraph(para: str) -> bool:
    """A line of the story's prose, not a headline, dateline or caption: 80 characters or more,
    ending a sentence."""
    return len(para) >= 80 and _SENTENCE_END.search(para.strip()) is not None


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = "".join(t.text_with_ws for t in tokens(doc))  # Doc.text, over the cached Tokens
        doc.user_data[_KEY] = text
    return str(text)


def tokens(doc: Doc) -> list[Token]:
    """``list(doc)``, built once per Doc: ``doc[i]`` and iterating a Doc make a new Token each time."""
    toks: list[Token] | None = doc.user_data.get(_TOKENS)
    if toks is None:
        toks = list(doc)
        doc.user_data[_TOKENS] = toks
    return toks


def ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc: each access builds every entity Span anew."""
    found: tuple[Span, ...] | None = doc.user_data.get(_ENTS)
    if found is None:
        found = tuple(doc.ents)
        doc.user_data[_ENTS] = found
    return found


_TOKENS = "eventwire.tokens"
_ENTS = "eventwire.ents"
