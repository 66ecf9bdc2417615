"""What an attack, riot or shutdown hits when it is no one: buildings, vehicles and property named
after their owner ("offices of the ruling party"), and the network an internet shutdown cuts.

Split from :mod:`.actor_roles`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Actor, ActorRole, inferred
from .actor_roles import actor_at, np_actor
from .implicit_actors import unnamed_actor
from .syntax import kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "FACILITY_NOUNS",
    "NETWORK_WORDS",
    "PROPERTY_NOUNS",
    "dwellers",
    "dwellings_struck",
    "facility",
    "network",
    "networks",
    "owner_of",
    "population",
    "shop_owners",
    "shopkeepers",
]


# Property an attack or riot targets, named after its owner: "offices of the ruling party".
FACILITY_NOUNS = frozenset(
    {
        "headquarters",
        "office",
        "base",
        "station",
        "building",
        "premises",
        "residence",
        "home",
        "house",
        "compound",
        "embassy",
        "consulate",
        "camp",
        "post",
        "checkpoint",
        "vehicle",
        "car",
        "convoy",
        "property",
        "branch",
        "facility",
        "installation",
        "position",
        "barracks",
        "outpost",
        "prison",
        "jail",
        "court",
        "courthouse",
        "school",
        "hospital",
        "mosque",
        "church",
        "shop",
        "bank",
        "depot",
        "tanker",
        "cafe",
        "restaurant",
        "hotel",
        "market",
        "mall",
        "stadium",
        "club",
        "bar",
        "bus",
        "train",
        "airport",
        "pipeline",
        "refinery",
        "hall",
        "parliament",
        "ministry",
        "palace",
        "supermarket",
        "warehouse",
        "store",
        "factory",
        "plant",
        "university",
        "campus",
        "terminal",
        "port",
        "bridge",
        "truck",
        "lorry",
        "ambulance",
        "tram",
        "kiosk",
        "pharmacy",
        "business",
        "dormitory",
        "library",
        "museum",
        "temple",
        "synagogue",
        "shrine",
        "cinema",
        "theatre",
        "statue",
        "monument",
        "town hall",
        "city hall",
        "centre",  # "the tally centre", "a detention centre", "the health centre"
        "center",
    }
)
# Things a riot smashes that are no building: "smashed shop windows", "toppled a statue".
PROPERTY_NOUNS = frozenset(
    {"window", "door", "shopfront", "storefront", "windscreen", "billboard", "statue", "monument", "effigy"}
)
# What an internet shutdown cuts: "mobile internet was cut", "Internet access has been cut".
NETWORK_WORDS = frozenset(
    {
        "internet",
        "network",
        "connectivity",
        "connection",
        "broadband",
        "telecommunication",
        "access",
        "data",
        "signal",
        "platform",
        "medium",
        "media",
        "facebook",
        "whatsapp",
        "telegram",
        "twitter",
        "instagram",
        "youtube",
        "tiktok",
        "app",
        "website",
    }
)


def networks(head: Token, trigger_tokens: Sequence[int]) -> list[Token]:
    """The network an internet shutdown cuts, as written in or beside the trigger."""
    doc = head.doc
    near = [doc[i] for i in trigger_tokens]
    near += [c for c in kids(head) if c.dep_ in ("nsubjpass", "nsubj", "dobj")]
    if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("ROOT",):
        near += [c for c in kids(head.head) if c.dep_ in ("nsubjpass", "dobj")]
    out: list[Token] = []
    for t in near:
        if lemma(t) not in NETWORK_WORDS and t.lower_ not in NETWORK_WORDS:
            continue
        while (
            t.dep_ == "compound"
            and t.head.i != t.i
            and t.head.pos_ in ("NOUN", "PROPN")
            and (lemma(t.head) in NETWORK_WORDS or t.head.lower_ in NETWORK_WORDS)
        ):
            t = t.head  # "Internet access": the phrase's head (not the "shutdown" of "internet shutdown")
        if t.pos_ in ("NOUN", "PROPN") and all(t.i != o.i for o in out):
            out.append(t)
    return out[:1]


def network(tok: Token) -> Actor | None:
    """The network cut, as a target named as written ("mobile internet")."""
    if lemma(tok) not in NETWORK_WORDS and tok.lower_ not in NETWORK_WORDS:
        return None
    a = np_actor(tok, "unknown", "target")
    to = next((c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is not None and a.start_char is not None:  # "access to the internet"
        last = max(to.subtree, key=lambda t: t.i)
        end = last.idx + len(last.text)
        text = doc_text(tok.doc)[a.start_char : end]
        a = a.replace(text=text, end_char=end, name=text)
    return (
        a
        if "internet" in a.aliases
        else inferred(a.replace(aliases=(*a.aliases, "internet")), a, "actor_targets.internet")
    )


def owner_of(tok: Token, known: Sequence[Actor], etype: str) -> Actor | None:
    """``offices of the ruling party``, ``vehicles of the traffic police``: the owner is the target."""
    if etype not in ("attack", "riot") or lemma(tok) not in FACILITY_NOUNS:
        return None
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in kids(c):
                if g.dep_ == "pobj" and (owner := actor_at(g, known, "target")) is not None:
                    return owner
        if c.dep_ == "acl" and lemma(c) in ("belong", "own", "use", "run", "occupy", "house"):
            # "houses belonging to ruling-party politicians", "a camp used by an exiled party"
            for p in kids(c):
                if (p.dep_ == "prep" and p.lower_ == "to") or p.dep_ == "agent" or p.lower_ == "by":
                    for g in kids(p):
                        if g.dep_ == "pobj" and (owner := actor_at(g, known, "target")) is not None:
                            return owner
    return None


def facility(tok: Token, known: Sequence[Actor], role: ActorRole, etype: str) -> Actor | None:
    """A building, vehicle or post an attack or riot hits: its owner named after "of" when there is
    one ("vehicles of the traffic police"), else the property itself as the target ("a prison")."""
    if etype not in ("attack", "riot") or (
        lemma(tok) not in FACILITY_NOUNS and lemma(tok) not in PROPERTY_NOUNS
    ):
        return None
    owner = owner_of(tok, known, etype)
    if owner is not None:
        return owner
    return np_actor(tok, "unknown", "target")


# Measures imposed on a whole place rather than on a crowd: the people living there bear them.
POPULATION_MEASURES = frozenset({"internet_shutdown", "curfew", "ban", "state_of_emergency"})


def population(subtype: str | None) -> Actor:
    """Whom a curfew, a ban on gatherings or an internet shutdown is imposed on when the clause names
    no one: the people of the place (ACLED's civilians), beside the network an internet cut takes."""
    aliases: tuple[str, ...] = ("residents", "the public", "population", "civilians")
    if subtype == "internet_shutdown":
        aliases = (*aliases, "internet users", "users")
    return unnamed_actor("Residents", aliases, "civilians", "target")


# Premises a closure order seals or shuts: their owners bear it ("sealed 30 shops in the bazaar").
SHOP_NOUNS = frozenset({"shop", "store", "business", "stall", "kiosk", "shopfront", "storefront", "shutter"})
SHOP_PARTS = frozenset({"door", "shutter", "entrance", "gate", "front"})


def shop_owners(tok: Token) -> Actor | None:
    """Shops sealed or shut by force, or their doors: the shopkeepers are the target, not the shops."""
    if lemma(tok) in SHOP_PARTS:  # "sealed the doors of eight shops"
        tok = next(
            (
                g
                for c in kids(tok)
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in kids(c)
                if g.dep_ == "pobj"
            ),
            tok,
        )
    if lemma(tok) not in SHOP_NOUNS:
        return None
    return shopkeepers("target")


def shopkeepers(role: ActorRole = "initiator") -> Actor:
    """The keepers of shops, unnamed: who closes them in a strike, whom a closure order hits."""
    aliases = ("shopkeepers", "shop owners", "traders", "merchants", "bazaar merchants")
    return unnamed_actor("Shopkeepers", aliases, "labor", role)


# Where people live, whose people an attack on them strikes: "burned 30 houses", "attacks on villages".
DWELLING_NOUNS = frozenset({"house", "home", "hut", "dwelling", "homestead", "shack", "shanty"})
SETTLEMENT_NOUNS = frozenset({"village", "hamlet", "settlement"})
# Prepositions an attack told as a noun or a phrase names what it hits with: "raids on five villages",
# "set fire to 200 houses".
_HIT_PREPS = frozenset({"on", "to", "against"})


def _struck_nouns(head: Token) -> list[Token]:
    """What the attack's own clause tells it hit: its object, or the object of "on" / "to" hung on it
    or on its object ("set fire to 200 houses"), with their conjuncts."""
    out: list[Token] = []
    for c in kids(head):
        if c.dep_ == "dobj":
            out.append(c)
            hung = [p for p in kids(c) if p.dep_ == "prep" and p.lower_ in _HIT_PREPS]
        elif c.dep_ == "prep" and c.lower_ in _HIT_PREPS:
            hung = [c]
        else:
            continue
        out.extend(g for p in hung for g in kids(p) if g.dep_ == "pobj")
    return out + [c for t in out for c in kids(t) if c.dep_ == "conj"]


def _owned(tok: Token) -> bool:
    """A dwelling told as someone's: "his house", "the homes of two MPs", "houses belonging to …"."""
    return any(
        c.dep_ == "poss"
        or (c.dep_ == "prep" and c.lower_ == "of" and lemma(tok) in DWELLING_NOUNS)
        or (c.dep_ == "acl" and lemma(c) in ("belong", "own"))
        for c in kids(tok)
    )


def dwellings_struck(head: Token) -> bool:
    """An attack burns or hits where people live, nobody's named: "soldiers burned at least 20 houses
    in the village", "set fire to more than 200 houses", "raided the village of X", "attacks on
    villages" (their people are what it struck, the villagers; the houses stay beside them)."""
    return any(
        (lemma(t) in DWELLING_NOUNS or lemma(t) in SETTLEMENT_NOUNS) and not _owned(t)
        for t in _struck_nouns(head)
    )


def dwellers() -> Actor:
    """The people of the houses or village an attack struck (ACLED's civilians)."""
    return unnamed_actor("Residents", ("villagers", "residents", "civilians"), "civilians", "target")
