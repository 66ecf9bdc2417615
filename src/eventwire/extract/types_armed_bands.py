"""Violence done by an organised armed band is an attack, not a riot.

docs/gold-format.md K10: men who assault a village or its people — "a militia, an armed group, raiders,
'armed men'" — are an `attack`; a crowd, mob or gang with sticks or stones is a `riot`: "the line is who
acts — an organised armed band or a crowd". A riot read from an act ("attacked a police station", "looted
the health post and set fire to houses", "stormed the town") whose written doer is an armed band
("the militia", "militants", "the attackers", "armed groups", "the extremist group") is that band's attack.

What keeps the riot: a crowd's arms or missiles in the sentence ("a small group of extremists had attacked
officers with stones", "extremist subjects threw rocks and petrol bombs": K10's stick-and-stone side), a
gang (K10 puts a gang with sticks on the riot side), a riot or unrest named as such, a pronoun or a
doer the sentence does not name, and a doer named inside a quotation (a speaker's label, J3: state media
quoting "terrorist groups" for a protest wave's crowds).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import replace
from .senses_doers import CROWD_ARMS, CROWD_MISSILES
from .syntax import agent, kids, lemma, subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .triggers import Trigger

# what a crowd or a gang strikes with (K10: "sticks, stones, knives or machetes")
CROWD_MEANS = CROWD_ARMS | frozenset(
    {"machete", "panga", "knife", "catapult", "slingshot", "axe", "hoe", "spear"}
)
# an organised armed band written as the doer (K10's attack side)
BAND_NOUNS = frozenset(
    {
        "attacker",
        "assailant",
        "militant",
        "militia",
        "militiaman",
        "rebel",
        "insurgent",
        "jihadist",
        "bandit",
        "fighter",
        "terrorist",
        "raider",
        "gunman",
    }
)
# a group noun that is a band when called armed or extremist ("armed groups", "the extremist group")
GROUP_NOUNS = frozenset({"group", "groups", "man", "men", "element", "elements", "band", "bands"})
BAND_MODIFIERS = frozenset({"armed", "extremist", "jihadist", "terrorist", "insurgent", "rebel"})
# a riot named as such: the word itself tells the crowd
RIOT_WORDS = frozenset({"riot", "unrest", "rioting", "disturbance", "violence", "clash", "brawl", "scuffle"})


def _band(doer: Token) -> bool:
    word = lemma(doer)
    if word in BAND_NOUNS or doer.lower_ in BAND_NOUNS:
        return True
    if word in GROUP_NOUNS or doer.lower_ in GROUP_NOUNS:
        return any(c.dep_ in ("amod", "compound") and c.lower_ in BAND_MODIFIERS for c in kids(doer))
    return False


def _doer(head: Token) -> Token | None:
    doer = subject(head) or agent(head)
    if doer is None:
        return None
    of = next((c for c in kids(doer) if c.dep_ == "prep" and c.lower_ == "of"), None)
    if lemma(doer) in ("member", "some", "group") and of is not None:
        # "members of the extremist group", "a group of militants": the band named after "of"
        named = next((g for g in kids(of) if g.dep_ == "pobj"), None)
        if named is not None and _band(named):
            return named
    return doer


QUOTES = frozenset({'"', "\u201c", "\u201d"})


def _quoted(tok: Token) -> bool:
    """``tok`` stands inside a quotation of its sentence ("… when 'terrorist groups financed by the empire'
    burned public buildings"): a speaker's label for the doers (J3), not the text's own word for them."""
    return sum(1 for t in tok.sent if t.i < tok.i and t.text in QUOTES) % 2 == 1


def _crowd_means(head: Token) -> bool:
    words = {lemma(t) for t in head.sent} | {t.lower_ for t in head.sent}
    return bool(words & (CROWD_MEANS | CROWD_MISSILES))


def armed_band_riot(doc: Doc, trig: Trigger) -> Trigger:
    """A `riot` whose written doer is an organised armed band is the band's `attack` (K10)."""
    if trig.type != "riot":
        return trig
    head = doc[trig.head]
    if lemma(head) in RIOT_WORDS or head.pos_ != "VERB":
        return trig
    doer = _doer(head)
    if doer is None or doer.pos_ == "PRON" or not _band(doer) or _quoted(doer):
        return trig
    if "gang" in {lemma(t) for t in doer.subtree} or _crowd_means(head):
        return trig
    return replace(trig, type="attack", subtype=None)
