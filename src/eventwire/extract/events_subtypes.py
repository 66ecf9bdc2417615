"""Subtypes read from the wording: weapon killings, gun battles and extrajudicial executions."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import replace
from .syntax import agent, doc_word_set, kids, lemma, lemmas, lowers, token_at
from .triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


WEAPON_SUBTYPES: dict[str, str] = {
    "bomb": "bombing",
    "ied": "bombing",
    "grenade": "bombing",
    "mine": "bombing",
    "landmine": "bombing",
    "explosive": "bombing",
    "blast": "bombing",
    "explosion": "bombing",
    "missile": "missile_strike",
    "rocket": "missile_strike",
    "drone": "air_strike",
    "airstrike": "air_strike",
    "warplane": "air_strike",
    "jet": "air_strike",
    "shell": "shelling",
    "shelling": "shelling",
    "artillery": "shelling",
    "mortar": "shelling",
}
# armed combat named as what killed: "fighting around the town killed dozens of soldiers", "a gun battle
# that left three dead" (the deaths are the clash's toll; the spec's attack covers armed clashes)
COMBAT_DOERS = frozenset(
    {
        "fighting",
        "battle",
        "gunbattle",
        "firefight",
        "crossfire",
        "combat",
        "bombardment",
        "offensive",
        "shootout",
    }
)


# a gun battle named as where people died: "killed in a shoot-out", "died in an exchange of fire"
GUN_BATTLE = re.compile(
    r"\b(shoot\s*-?\s*out|gunfight|gun\s*battle|gunbattle|firefight|exchange of fire|crossfire)\b"
)


CROWD_DEAD = frozenset({"rioter", "protester", "protestor", "demonstrator", "mourner", "marcher"})


def _killed_in_gun_battle(head: Token) -> bool:
    """ "17 people, among them six police officers, were killed in a shoot-out during an eviction",
    "two died in an exchange of fire with the army": the dead are the toll of the gun battle, an attack
    (L14: a gun battle with dead on either side or both is one attack), whoever they were."""
    dead = next((c for c in kids(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if dead is not None and lemma(dead) in CROWD_DEAD:
        # "two 'rioters' died in an exchange of fire with police": the state's telling of a killing
        return False
    for ch in kids(head):
        if ch.dep_ == "prep" and ch.lower_ in ("in", "during"):
            for g in kids(ch):
                if g.dep_ == "pobj" and GUN_BATTLE.search(
                    g.doc[g.left_edge.i : g.right_edge.i + 1].text.lower()
                ):
                    return True
    return False


def _weapon_killing(doc: Doc, trig: Trigger, by_head: dict[int, Trigger] | None = None) -> Trigger:
    """ "A roadside bomb killed three soldiers", "a drone strike killed a commander": the killing is
    the toll of an attack by the weapon that did it."""
    head = doc[trig.head]
    if trig.type != "killing" or head.pos_ != "VERB":
        return trig
    told = (by_head or {}).get(head.head.i) if head.dep_ in ("advcl", "conj") else None
    if _killed_in_gun_battle(head) and (told is None or told.type != "attack"):
        # (not "stormed the village, killing a sergeant, in a gun battle": the toll of the attack it follows)
        return replace(trig, type="attack", subtype=None)
    # the subject nearest the verb: a title's "Somalia: car bomb kills nine" parses the country as a
    # second subject
    subjects = [c for c in kids(head) if c.dep_ in ("nsubj", "csubj")]
    doer = max(subjects, key=lambda c: c.i) if subjects else agent(head)
    if doer is None and head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.i not in (by_head or {}):
        # "a grenade was thrown into the crowd, killing four": the weapon of the clause it hangs on (when
        # that clause names no event of its own: "shells hit a market, killing dozens" is the shelling's toll)
        gov = head.head
        doer = next((c for c in kids(gov) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if doer is not None and doer.i in (by_head or {}):
            return trig
    if doer is None:
        return trig
    subtype = WEAPON_SUBTYPES.get(lemma(doer))
    if subtype is None and lemma(doer) in ("strike", "attack", "raid"):
        # "a drone strike", "a rocket attack" (but not "the bomb maker", whose compound names no act)
        mods = [lemma(c) for c in kids(doer) if c.dep_ in ("compound", "amod")]
        subtype = next((WEAPON_SUBTYPES[w] for w in mods if w in WEAPON_SUBTYPES), "air_strike")
    if subtype is None and (lemma(doer) in COMBAT_DOERS or doer.lower_ in COMBAT_DOERS):
        return replace(trig, type="attack", subtype=None)
    if subtype is None:
        return trig
    return replace(trig, type="attack", subtype=subtype)


# Words of a judicial execution: a sentence, a court, a prison, the gallows. An "execution" told with none of
# them in its paragraph nor in the report is a killing ("soldiers executed civilians", "they executed boys
# who had surrendered"): the spec's execution is a death sentence carried out.
JUDICIAL_WORDS = frozenset(
    {
        "prison",
        "prisons",
        "prisoner",
        "prisoners",
        "sentence",
        "sentenced",
        "sentences",
        "convict",
        "convicted",
        "conviction",
        "court",
        "courts",
        "judiciary",
        "judicial",
        "trial",
        "tribunal",
        "gallows",
        "penalty",
        "qisas",
        "verdict",
        "row",
        "squad",
        "hanged",
        "hanging",
        "hangings",
    }
)
EXTRAJUDICIAL_WORDS = frozenset({"summarily", "extrajudicial", "extrajudicially", "extra-judicial"})
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
STATE_ENTITIES = frozenset({"GPE", "NORP", "ORG"})
STATE_EXECUTORS = frozenset(
    {"authority", "authorities", "government", "regime", "state", "judiciary", "junta", "administration"}
)


def _paragraph_range(doc: Doc, head: Token) -> tuple[int, int]:
    """The token range of the line (paragraph) around ``head``."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, head.idx) + 1
    end = text.find("\n", head.idx)
    first = token_at(doc, start)
    last = token_at(doc, len(text) - 1 if end < 0 else max(end - 1, start))
    return (first.i if first is not None else head.i, (last.i + 1) if last is not None else head.i + 1)


def _extrajudicial(doc: Doc, trig: Trigger) -> Trigger:
    """An "execution" that no sentence carried out is a killing: one by the victim's own hand as told by
    the custodians ("he had hanged himself"), one said summary or extrajudicial, or one told in a
    paragraph and a report with no word of a court, a sentence or a prison ("soldiers executed
    civilians after the attack", "there was no execution of any civilian")."""
    if trig.type != "execution" or trig.subtype == "mass_execution":
        return trig  # (a mass execution is named as one: "the mass executions of 1988")
    head = doc[trig.head]
    low = lowers(doc)
    if any(c.lower_ in REFLEXIVES for c in kids(head)):
        return replace(trig, type="killing", subtype=None)
    start, end = _paragraph_range(doc, head)
    words = {low[i] for i in range(start, end)}
    if not words.isdisjoint(EXTRAJUDICIAL_WORDS):
        return replace(trig, type="killing", subtype=None)
    if not words.isdisjoint(JUDICIAL_WORDS):
        return trig
    doer = next((c for c in kids(head) if c.dep_ == "nsubj"), None) or agent(head)
    if doer is not None and (doer.ent_type_ in STATE_ENTITIES or lemma(doer) in STATE_EXECUTORS):
        return trig  # "Iran executed a man for spying", "the authorities executed two men"
    # only in a report that tells one done ("they executed boys who had surrendered"; then "there were no
    # executions" answers it), not one that only names them ("at risk of execution", "carried out 30
    # executions") or has one ahead ("is scheduled to be executed")
    if _execution_told_done(doc) and doc_word_set(doc).isdisjoint(JUDICIAL_WORDS):
        return replace(trig, type="killing", subtype=None)
    return trig


def _execution_told_done(doc: Doc) -> bool:
    """The report has the verb "execute" in a past form not bound to an infinitive or a modal (once per
    Doc)."""
    found = doc.user_data.get(_EXECUTED)
    if not isinstance(found, bool):
        lem = lemmas(doc)
        found = any(
            lem[t.i] == "execute"
            and t.tag_ in ("VBD", "VBN")
            and not any(c.dep_ == "aux" and c.lower_ in NOT_DONE_AUX for c in kids(t))
            for t in doc
            if lem[t.i] == "execute"
        )
        doc.user_data[_EXECUTED] = found
    return found


_EXECUTED = "eventwire.events.execution_done"
# an execution ahead or supposed: "is to be executed", "would be executed at dawn", "could be executed"
NOT_DONE_AUX = frozenset({"to", "will", "would", "could", "may", "might", "can", "shall", "should", "must"})
