"""Sense check: a trigger verb the tagger read as a noun ("gunmen on a motorcycle shot dead …")."""

from __future__ import annotations

from .senses_context import MatchContext

# what may open the object of "shot dead" ("shot dead a farmer", "the leader", "Ana Ruiz", "two men", "his
# brother", "local leader X")
OBJECT_OPENERS = frozenset({"DET", "PROPN", "NUM", "PRON", "ADJ", "NOUN"})


def _bare_verb_noun(c: MatchContext) -> bool:
    """The head "shot", tagged a noun, is the verb of "shot dead" with its object right after ("gunmen on a
    motorcycle shot dead a community leader"): "dead" follows it and an object opens after "dead", and no
    determiner or number stands right before it ("a shot", "one shot" are nouns)."""
    h = c.head
    doc = h.doc
    if h.i + 2 >= len(doc) or doc[h.i + 1].lower_ != "dead":
        return False
    before = doc[h.i - 1] if h.i > 0 else None
    if before is not None and (before.pos_ in ("DET", "NUM") or before.tag_ == "PRP$"):
        return False
    return doc[h.i + 2].pos_ in OBJECT_OPENERS
