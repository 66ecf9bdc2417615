"""Character spans and token tests for claim parts: trimming, complement clauses, partial quotations.

Helpers of :mod:`.frames`. Span functions return ``(start, end)`` offsets into
the document text; the token tests look at the parse only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.text import tokens as doc_tokens
from .syntax import kids, subtree_indices

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "CONTENT_TRIM",
    "clause_span",
    "close_quote",
    "coordinated",
    "cut_before",
    "ids",
    "is_ancestor",
    "overlaps",
    "skip_dateline",
    "subtree_span",
    "trim_span",
    "trim_ws",
]

CONTENT_TRIM = " \t\n,;:—–-"
# "NAIROBI (Reuters) - ", "KHARTOUM, June 3 (AFP) — ": the dateline before a wire story's first sentence
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.\- ]{1,40}[A-Z.](?:/[A-Z][A-Za-z ]{1,30})?"
    r"(?:,\s*[A-Z][A-Za-z]+(?: [A-Z][a-z]+)?(?=[ ,(]))?"  # ", Iran"
    r"(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"  # ", June 3"
    r"\s*(?:\([^()\n]{1,40}\))?\s*(?:[—–]|-{1,2})\s+(?=\S)"
)


def skip_dateline(text: str, start: int, end: int) -> int:
    """``start`` moved past a dateline that opens the span ("NAIROBI (Reuters) - …")."""
    m = _DATELINE.match(text, start, end)
    return m.end() if m is not None else start


def cut_before(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``…``end`` without a trailing conjunction (", and", "but")."""
    lo, hi = trim_span(text, start, end)
    words = text[lo:hi].rsplit(None, 1)
    if len(words) == 2 and words[1].lower() in {"and", "but", "while", "as", "whereas"}:
        hi = lo + len(words[0])
    return trim_span(text, lo, hi)


def trim_ws(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in CONTENT_TRIM or text[start].isspace()):
        start += 1
    while end > start and (
        text[end - 1] in CONTENT_TRIM or text[end - 1] in ".!?" or text[end - 1].isspace()
    ):
        end -= 1
    return start, end


def subtree_span(tok: Token, text: str) -> tuple[int, int]:
    tokens = list(tok.subtree)
    start, end = trim_span(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    return start, close_quote(text, start, end)


def clause_span(clause: Token, text: str) -> tuple[int, int]:
    """A complement clause without its complementiser ("that") or edge punctuation."""
    toks = doc_tokens(clause.doc)
    tokens = [toks[i] for i in subtree_indices(clause)]  # ``list(clause.subtree)``, from the caches
    while tokens and ((tokens[0].dep_ == "mark" and tokens[0].lower_ == "that") or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in {")", "”", '"'}:
        tokens = tokens[:-1]
    if not tokens:
        return (clause.idx, clause.idx)
    start, end = trim_span(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    return start, close_quote(text, start, end)


def close_quote(text: str, start: int, end: int) -> int:
    """``end`` moved past the closing mark of a partial quotation the span leaves open."""
    inside = text[start:end]
    if inside.count('"') % 2 == 1 or inside.count("“") > inside.count("”"):
        m = re.match(r'[.,;:!?]?["”]', text[end : end + 2])
        if m:
            return end + m.end()
    return end


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def coordinated(verb: Token) -> bool:
    """A verb joined to the clause before it, not embedded in it ("…, and X said", "…, while X said")."""
    if verb.dep_ == "conj":
        return True
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"while", "whereas", "but", "although", "though"} for c in kids(verb)
    )


def is_ancestor(tok: Token, node: Token) -> bool:
    """``tok`` is ``node`` or one of its ancestors."""
    return tok == node or tok in node.ancestors


def ids(tok: Token) -> list[int]:
    return [t.i for t in tok.subtree]
