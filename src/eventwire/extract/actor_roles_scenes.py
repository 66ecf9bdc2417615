"""Roles a scene decides: repression by decree, mourners at a funeral, a dateline that is no actor.

Split from :mod:`.actor_roles`: the government orders state measures (curfews, bans,
shutdowns); unnamed people at a funeral protest are its mourners; a capitalised place
opening a line is the article's dateline.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Actor, inferred
from .implicit_actors import unnamed_actor
from .implicit_actors_protest import (
    GENERIC_PEOPLE,
)
from .syntax import (
    kids,
    lemma,
    lemmas,
    segment,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "STATE_MEASURES",
    "at_funeral",
    "bereaved",
    "dateline",
    "funeral_scene",
    "funeral_told",
    "mourning",
    "state_measure_doer",
]


# Repression by decree, not by force on the street: the government orders it.
STATE_MEASURES = frozenset({"internet_shutdown", "curfew", "ban", "censorship", "state_of_emergency"})


def state_measure_doer(head: Token, known: Sequence[Actor]) -> Actor:
    """Who cuts the internet or imposes a curfew: a government body in the sentence, else the authorities."""
    seg = segment(head)
    for a in known:
        if a.start_char is not None and seg.start_char <= a.start_char < seg.end_char and a.kind == "state":
            return a.replace(role="perpetrator")
    return unnamed_actor("Authorities", ("government", "authorities"), "state", "perpetrator")


FUNERAL_WORDS = frozenset(
    {"funeral", "burial", "vigil", "memorial", "mourn", "mourning", "commemoration", "grave", "cemetery"}
)


def funeral_scene(head: Token) -> bool:
    """A crackdown in a sentence that tells of a funeral or burial ("At X's funeral, mourners chanted …,
    and security forces fired tear gas"): the crowd it met was mourning."""
    seg = segment(head)
    lems = lemmas(head.doc)
    return at_funeral(head) or any(lems[i] in FUNERAL_WORDS for i in range(seg.start, seg.end))


def at_funeral(head: Token) -> bool:
    """A protest held at a funeral, burial or vigil: its trigger's phrase or clause names one."""
    near = [head, *kids(head), *(g for c in kids(head) for g in kids(c))]
    return any(lemma(t) in FUNERAL_WORDS for t in near)


FUNERAL_HEADS = frozenset({"funeral", "burial"})


def funeral_told(head: Token) -> bool:
    """A funeral or burial itself is the act ("X's funeral will be held", "the burial took place"):
    the trigger or a word it governs is one, not an act merely held at one."""
    return any(lemma(t) in FUNERAL_HEADS for t in (head, *kids(head)))


def bereaved() -> Actor:
    """Who holds a funeral no one is written holding: the dead person's family and the mourners."""
    return unnamed_actor(
        "Mourners", ("mourners", "relatives", "family", "families"), "civilians", "initiator"
    )


def mourning(a: Actor) -> Actor:
    """Unnamed people at a funeral protest are its mourners."""
    words = {w.lower() for w in (a.text or a.name).split()}
    if a.kind not in ("civilians", "unknown", "protesters") or "Mourners" in a.aliases:
        return a
    if not (words & GENERIC_PEOPLE or a.text is None):
        return a
    return inferred(a.replace(aliases=(*a.aliases, "Mourners")), a, "actor_roles_scenes.mourning")


def dateline(tok: Token) -> bool:
    """A place name in capitals opening a line: an article's dateline, not an actor."""
    if not (tok.text.isupper() and len(tok.text) > 2):
        return False
    text = doc_text(tok.doc)
    line_start = text.rfind("\n", 0, tok.idx) + 1
    after = text[tok.idx + len(tok.text) : tok.idx + len(tok.text) + 2].lstrip()
    return not text[line_start : tok.idx].strip() and after[:1] in ("(", ",", "\u2014", "-", "\u2013")
