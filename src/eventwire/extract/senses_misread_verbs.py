"""Sense check: a trigger verb the tagger read as a noun ("gunmen on a motorcycle shot dead …")."""

from __future__ import annotations

from .senses_context import MatchContext
from .syntax import kids


def _bare_verb_noun(c: MatchContext) -> bool:
    """The head, tagged a noun, has nothing a noun has: no determiner, possessive, number or adjective of its
    own, and no determiner, number or adjective right before it ("a shot", "one warning shot" are nouns)."""
    h = c.head
    if any(ch.dep_ in ("det", "poss", "nummod", "amod", "compound") and ch.i < h.i for ch in kids(h)):
        return False
    before = h.doc[h.i - 1] if h.i > 0 else None
    return before is None or before.pos_ not in ("DET", "NUM", "ADJ", "PRON")
