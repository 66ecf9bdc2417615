"""Magnitudes: a count of people who "downed tools", told where the tagger reads "downed" as an adjective.

"about 6,000 nurses had downed tools", "about 300 workers at a camp in Asaluyeh downed tools and
occupied the canteen": the parse makes "downed" a modifier of "tools", so the lexicon's crowd verb
"down" never governs the count. Read on the surface: the idiom follows the counted noun in its clause,
past a place or employer ("at a camp in X", "of a subcontractor") and auxiliaries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["downs_tools"]

DOWN_FORMS = frozenset({"down", "downed", "downs", "downing"})
TOOLS = frozenset({"tools", "tool"})
REACH = 10  # tokens between the counted noun and the idiom
AUXES = frozenset({"had", "have", "has", "also", "then", "later", "all", "reportedly"})
# what may stand between the noun and the idiom: a place or employer phrase, auxiliaries
PASSABLE_POS = frozenset({"ADP", "DET", "PROPN", "NOUN", "ADJ", "PART", "NUM"})


def downs_tools(noun: Token) -> bool:
    """The counted people ``noun`` are the ones who "downed tools" (a stoppage: its participants)."""
    doc = noun.doc
    sent_end = noun.sent.end
    for k in range(noun.i + 1, min(sent_end - 1, noun.i + 1 + REACH)):
        tok = doc[k]
        if tok.lower_ in DOWN_FORMS and doc[k + 1].lower_ in TOOLS:
            return True
        if tok.lower_ in AUXES or tok.tag_ == "POS" or tok.pos_ in PASSABLE_POS:
            continue
        return False
    return False
