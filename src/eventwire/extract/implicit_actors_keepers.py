"""The body a sentence gives as holding or questioning the people an arrest or ill-treatment is done
to (gold-format M29 (1)): "died at an Intelligence Ministry detention centre …, eleven days after his
arrest", "were taken to the gendarmerie camp", "beaten during interrogation at a National Security
office", "held in a cell at the Dgcim headquarters", "died in the custody of border guards, two days
after he was detained" → that body is the act's ``perpetrator``. Asked only where the act's own
sentence names no doer, before the paragraph's forces and the generic "security forces" (M29's order:
(1) the holding body, (2) the episode's force, (3) the generic)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Actor
from .syntax import char_span, kids, lemma, segment

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Places where a body holds or questions people.
HOLDING_NOUNS = frozenset(
    {"station", "cell", "cells", "custody", "detention", "centre", "center", "headquarters", "barracks"}
    | {"camp", "office", "offices", "facility", "brigade", "base", "premises", "post", "van"}
)

# What is done to people at such a place: held, taken there, questioned, ill-treated, or died there.
# Not the arrest verbs themselves: "detained at the newspaper's offices" says where, not by whom.
HOLDING_WORDS = frozenset(
    {
        "hold",
        "keep",
        "take",
        "bring",
        "transfer",
        "move",
        "lock",
        "jail",
        "imprison",
        "confine",
        "interrogate",
    }
    | {"question", "beat", "torture", "mistreat", "abuse", "shock", "whip", "die", "death", "interrogation"}
)

# The last word of a state body (not a force) that keeps people: "the Intelligence Ministry".
STATE_KEEPER_WORDS = frozenset(
    {
        "ministry",
        "service",
        "services",
        "agency",
        "directorate",
        "department",
        "bureau",
        "committee",
        "command",
    }
)


# Words of moving someone somewhere: the place is a holding one only with "to"/"into" ("taken to").
MOVING = frozenset({"take", "bring", "transfer", "move"})
# Words of keeping that are also ordinary verbs ("held a meeting at the office"): only in the passive.
KEEPING = frozenset({"hold", "keep"})


def _held_there(prep: Token) -> bool:
    """The preposition hangs (through at most three nouns) on a word of holding: "were held … at",
    "taken to", "beaten during interrogation at", "died at", "the death … at"."""
    tok = prep.head
    for _ in range(4):
        word = lemma(tok)
        if word in HOLDING_WORDS:
            if word in MOVING:
                return prep.lower_ in ("to", "into")
            if word in KEEPING:
                return any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(tok))
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _keeps(a: Actor, doc: Doc) -> bool:
    """A force, a state body whose name ends in a keeping body's word, or a body of no known kind
    ("a National Security office": the place says it keeps people); no person, no party, no union."""
    last = (a.text or a.name).lower().rsplit(" ", 1)[-1]
    if a.kind == "unknown":
        span = char_span(doc, a.start_char or 0, a.end_char or 0)
        return span is not None and len(span) > 0 and all(t.ent_type_ == "ORG" for t in span)
    return a.kind == "security_forces" or (a.kind == "state" and last in STATE_KEEPER_WORDS)


def holding_keeper(head: Token, known: Sequence[Actor]) -> Actor | None:
    """The body that kept the people of ``head``'s act, named where its sentence puts them: a force or
    state body written before a place of holding ("an Intelligence Ministry detention centre", "the
    gendarmerie camp") or after it ("a detention centre of the IRGC Intelligence Organization",
    "the custody of border guards")."""
    seg = segment(head)
    for tok in seg:
        if tok.lower_ not in HOLDING_NOUNS and lemma(tok) not in HOLDING_NOUNS:
            continue
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "in", "inside", "within", "to", "into"):
            continue
        custody = lemma(tok) == "custody" and any(d.lower_ == "the" for d in kids(tok))
        if not (_held_there(tok.head) or custody):
            continue
        lo, hi = tok.left_edge.idx, tok.idx  # words before the place: its keeper
        of = [
            o for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "of" for o in kids(p) if o.dep_ == "pobj"
        ]
        spans = [(lo, hi)] + [(o.left_edge.idx, o.idx + len(o.text)) for o in of]
        for a in known:
            if a.start_char is None or a.role in ("victim", "target"):
                continue
            if any(s <= a.start_char and (a.end_char or 0) <= e for s, e in spans) and _keeps(a, head.doc):
                return a.replace(role="perpetrator")
    return None
