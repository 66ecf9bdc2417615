"""Implicit actors: a force written in an attack's or killing's sentence only as the doer of another,
non-violent act is its bystander, investigator or teller, not its doer (IndiaPoliceEvents: "two bombs
exploded as police intensified combing operations" made the police the bombers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .implicit_actors_protest import _effective_root
from .syntax import kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Actor

__all__ = [
    "CLAUSAL_DEPS",
    "FORCE_ACT_LEMMAS",
    "SEIZING_VERBS",
    "TELLING_VERBS",
    "bare_killing_noun",
    "doer_elsewhere",
]

SEIZING_VERBS = frozenset({"arrest", "detain", "nab", "apprehend", "catch", "round"})

# Who tells, denies or blames: a force doing these may be the doer it speaks of ("the army denied it had
# fired"), so it is left to the speaker checks of implicit_actors.
TELLING_VERBS = frozenset(
    {
        "say",
        "tell",
        "deny",
        "claim",
        "report",
        "add",
        "state",
        "announce",
        "confirm",
        "accuse",
        "allege",
        "blame",
    }
)

# The clause links by which a trigger hangs under the verb that tells its doer ("police opened fire,
# killing two": the killing is the opening's advcl).
CLAUSAL_DEPS = frozenset({"advcl", "xcomp", "conj", "ccomp", "pcomp", "acl", "relcl", "dep", "parataxis"})
# Acts of force by which a force in another clause is the doer of a killing or attack in its sentence
# ("two died after police opened fire", "were killed when troops stormed the camp", "two killed as police
# clear a highway blockade").
FORCE_ACT_LEMMAS = frozenset(
    {
        "fire",
        "open",
        "shoot",
        "kill",
        "attack",
        "storm",
        "raid",
        "beat",
        "charge",
        "lathicharge",
        "baton",
        "club",
        "shell",
        "bomb",
        "strike",
        "hit",
        "use",
        "spray",
        "gun",
        "assault",
        "torture",
        "crush",
        "disperse",
        "clash",
        "injure",
        "wound",
        "fight",
        "engage",
        "clear",
        "break",
        "quell",
        "suppress",
        "crack",
        "repress",
        "intervene",
        "evict",
        "confront",
        "respond",
        "battle",
        "enforce",
    }
)


def doer_elsewhere(head: Token, a: Actor) -> bool:
    """A force written in the trigger's sentence only as the subject of another, non-violent act, one
    that does not govern the trigger ("two bombs exploded as police intensified combing operations", "a
    stabbing was denied by the police", "the police nabbed the accused in the train massacre"): the
    bystander, investigator or teller of the killing or attack, not its doer."""
    root = _effective_root(head.doc, a)
    if root is None:
        return False
    for _ in range(4):  # the first of the conjuncts it stands in: its role is theirs
        if root.dep_ != "conj" or root.head.i == root.i:
            break
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head
    elif root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX") or verb.i == head.i:
        return False
    if lemma(verb) in TELLING_VERBS:
        return False  # "the army denied firing": a teller may be the doer (left to the speaker checks)
    if lemma(verb) in SEIZING_VERBS:
        return False  # who detained the dead may have held them: left to implicit_actors._aftermath_mention
    up = head
    while up.dep_ in CLAUSAL_DEPS and up.head.i != up.i:
        up = up.head
        if up.i == verb.i:
            return False  # "police opened fire, killing two": the trigger hangs under the force's act
    return lemma(verb) not in FORCE_ACT_LEMMAS and not any(lemma(c) in FORCE_ACT_LEMMAS for c in kids(verb))


def bare_killing_noun(head: Token) -> bool:
    """A killing told by a noun with no victim written on it ("the communal killings", "some 700 deaths
    later", "a murder case"): a toll or a crime named, no doer implied (M92); "the killing of protesters"
    and "their deaths" have one."""
    if head.pos_ != "NOUN":
        return False
    for c in kids(head):
        if c.dep_ == "poss":
            return False
        if c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in kids(c)):
            return False
    return True
