"""Killings at a protest setting whose doer the text leaves untold (M92, K12, M95).

The protest-killing default of :mod:`implicit_actors` gives the state's forces as the doer of deaths
at a protest ("two marchers were killed": by the police who broke up the march). Some killings in
such a story name no doer and imply none, and none may be supplied:

- the toll of riots, violence or clashes ("at least 14 people were killed in the riots", "the
  violence claiming 79 lives", "clashes between party cadres left several people dead"): M92, K12.
  Not the toll of protests or strikes: the text often tells in another sentence that the police
  fired on the march, and then the state is the doer of its deaths (M93);
- a riot's killing in a story about riots and nothing else ("the communal killings", "mobs lynching
  their victims"): the dead of communal riots are the rioters' victims, not the state's;
- a killing that the gathering protests ("a bandh to protest the killing of pilgrims"): the reason
  for the protest, told before it, not an act at it;
- a killing named by a charge or a case ("a case of murder against the crowd"): M95.

A sentence that tells a state act of force (a crackdown, firing, bullets, tear gas) keeps the
default: "were killed in the crackdown on protests", "most of them by police gunfire".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .implicit_actors_protest import lede_words
from .syntax import kids, lemma, lemmas, lowers, segment

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from ..records import Actor

__all__ = ["EPISODE_WORDS", "RIOT_WORDS", "untold_doer"]

# Episodes whose toll a killing can be (lower-cased words and lemmas): riots, violence and clashes between
# people, not protests or strikes, whose dead the text may tell the state killed in another sentence (M93).
EPISODE_WORDS = frozenset(
    {
        "riot",
        "riots",
        "rioting",
        "violence",
        "clash",
        "clashes",
        "tragedy",
        "carnage",
        "bloodshed",
    }
)
# The protest words of a riot (communal violence between groups of people, no protest against anyone).
RIOT_WORDS = frozenset({"riot", "riots", "rioter", "rioters", "rioting", "communal"})
# The words of a story of riots alone.
RIOT_STORY_WORDS = RIOT_WORDS | {"communal", "mob", "mobs"}
# Words of the state's force: a sentence with one of these may tell the doer of its deaths.
FORCE_WORDS = frozenset(
    {
        "crackdown",
        "repression",
        "repressed",
        "crushed",
        "gunfire",
        "firing",
        "fired",
        "bullet",
        "bullets",
        "ammunition",
        "rounds",
        "teargas",
        "canister",
        "canisters",
        "clearance",
        "operation",
        "shoot",
        "shooting",
        "shot",
        "shots",
        "gunshot",
        "gunshots",
        "sniper",
        "snipers",
    }
)
# Nouns and verbs of a charge or a case (M95): "a case of murder", "charged with murder".
CHARGE_WORDS = frozenset(
    {"case", "charge", "accuse", "accusation", "suspicion", "suspect", "convict", "book", "complaint", "fir"}
)
# The prepositions by which a killing is placed in an episode ("killed in the riots").
SETTING_PREPS = frozenset({"in", "during", "amid", "amidst", "over", "throughout"})
# How far up a relative clause or a charge is looked for.
MAX_HOPS = 4


def untold_doer(head: Token, bound: Sequence[Actor]) -> bool:
    """The killing at ``head`` (at a protest setting, no doer found) names no doer and implies none,
    so no state force may be supplied for it."""
    if _force_told(head):
        return False
    if _charged(head):
        return True  # "a case of murder against the crowd": the charge's, no act told (M95)
    if any(a.role == "victim" and a.kind == "protesters" and a.text is not None for a in bound):
        return False  # "three protesters were killed": the dead of the protest, kept for the default
    return _toll(head) or _riot_story(head) or _protested(head)


def _force_told(head: Token) -> bool:
    """The sentence tells an act of force (firing, bullets, a crackdown)."""
    seg = segment(head)
    low = lowers(head.doc)
    return any(
        low[i] in FORCE_WORDS or (low[i] == "tear" and i + 1 < seg.end and low[i + 1] == "gas")
        for i in range(seg.start, seg.end)
    )


def _episode(tok: Token) -> bool:
    """An episode noun ("the riots", "months of protests", "two days of clashes")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.lower_ in EPISODE_WORDS or lemma(tok) in EPISODE_WORDS:
        return True
    # "months of protests", "days of unrest": the episode under a span of time
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and _episode(g) for g in kids(c))
        for c in kids(tok)
    )


def _with_conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in kids(tok):
        if c.dep_ == "conj":
            out.extend(_with_conjuncts(c))
    return out


def _placed(pobj: Token) -> bool:
    """The object of a setting preposition is an episode ("in the riots", "in protests and clashes")."""
    return pobj.dep_ == "pobj" and any(_episode(x) for x in _with_conjuncts(pobj))


def _toll(head: Token) -> bool:
    """The killing is the toll of an episode: placed in it ("killed in the riots", "deaths in
    communal riots", "died during months of protests"), told in its clause ("protests in which five
    were killed", "the riots that had killed over 100 people") or done by it ("protests left 17
    dead", "violence claiming 79 lives")."""
    heads = [head]
    if head.dep_ == "compound" and head.head.i != head.i:
        heads.append(head.head)  # "the death toll in the riots"
    for h in heads:
        for c in kids(h):
            if c.dep_ == "prep" and c.lower_ in SETTING_PREPS and any(_placed(g) for g in kids(c)):
                return True
            if c.dep_ in ("nsubj", "csubj") and any(_episode(x) for x in _with_conjuncts(c)):
                return True
    up = head
    for _ in range(MAX_HOPS):
        if up.dep_ in ("relcl", "acl") and _episode(up.head):
            return True
        if up.dep_ not in ("conj", "xcomp", "ccomp", "advcl") or up.head.i == up.i:
            break
        up = up.head
    return False


def _riot_story(head: Token) -> bool:
    """A story of riots alone: the sentence's protest words, or the lede's when it has none, are all
    words of riots ("the communal killings" in a story of the riots)."""
    seg = segment(head)
    low, lem = lowers(head.doc), lemmas(head.doc)
    said = {
        low[i]
        for i in range(seg.start, seg.end)
        if i != head.i
        and (low[i] in RIOT_STORY_WORDS or low[i] in _protest_words() or lem[i] in _protest_words())
    } - {"march"}  # "in March": the month
    if not said:
        said = set(lede_words(head.doc))
    return bool(said) and said <= RIOT_STORY_WORDS and not said.isdisjoint(RIOT_WORDS)


def _protest_words() -> frozenset[str]:
    from .lexicon import word_set

    return word_set("protest")


def _protested(head: Token) -> bool:
    """The killing is what the gathering protests: the object of a protest verb or of "against"
    ("to protest the killings of pilgrims", "a demonstration against the killing of the MLA")."""
    if head.pos_ != "NOUN":
        return False
    if head.dep_ == "dobj" and (lemma(head.head) in _protest_words() or head.head.lower_ in _protest_words()):
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "against"


def _charged(head: Token) -> bool:
    """The killing is named by a charge or a case (M95): "a case of murder", "charged with murder",
    "cases pertaining to murder, arson and riot"."""
    if head.pos_ != "NOUN":
        return False
    up = head
    for _ in range(MAX_HOPS):
        if up.head.i == up.i:
            return False
        if up.dep_ == "compound" and lemma(up.head) in CHARGE_WORDS:
            return True  # "a murder case"
        up = up.head
        if lemma(up) in CHARGE_WORDS or up.lower_ in CHARGE_WORDS:
            return True
        if up.pos_ in ("VERB", "AUX") and lemma(up) not in CHARGE_WORDS and up.dep_ not in ("acl",):
            return False
    return False
