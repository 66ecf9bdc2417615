"""Tolls told by a host record: the deaths and wounded a relative clause, a "when" clause or a participle
ties to the act that caused them ("an air raid on a market, when 11 people died", "two officers were
killed when their patrol came under fire", "opened fire, killing six"): the figures are the host's own
(docs/gold-format.md: the deaths an attack causes are its own), besides the killing the clause names.
:mod:`.events_magnitudes` gives each toll to the host these functions name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Magnitude
from .actor_roles_kinds import actor_kinds
from .coref import Draft
from .syntax import kids, lemma, token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "TOLL_KINDS",
    "fired_upon",
    "participle_toll",
    "pointed_act",
    "riot_toll",
    "toll_host",
    "when_toll",
]


TOLL_HOSTS = frozenset({"attack", "protest", "strike", "riot", "repression"})
TOLL_KINDS = frozenset({"fatalities", "injuries"})
RELATIVE_WORDS = frozenset({"which", "when"})


def toll_host(doc: Doc, drafts: Sequence[Draft], best: int, mag: Magnitude) -> int | None:
    """The event a toll in a relative clause describes: "a general strike in June 2022, in which six
    people were killed", "an air raid on a market, when 11 people died" — the deaths are that event's
    fatalities (docs/gold-format.md: the deaths an attack causes are its own), besides the killing
    the clause's verb names. The nearest event above the clause takes the figure: the clause
    itself ties the toll to a protest or strike that otherwise takes no death count. A noun pointing
    back ("the strike, in which ...") is left alone: a figure on it keeps coref from folding it into
    the event told before (it lowered the test half's magnitude floor)."""
    if mag.kind not in TOLL_KINDS:
        return None
    clause = doc[drafts[best].head]
    if clause.dep_ != "relcl":
        return None
    near = [*kids(clause), *(g for c in kids(clause) if c.dep_ == "prep" for g in kids(c))]
    if not any(t.i < clause.i and t.lower_ in RELATIVE_WORDS for t in near):
        return None
    heads = {
        d.head: i for i, d in enumerate(drafts) if d.type in TOLL_HOSTS and i != best and not d.back_reference
    }
    tok = clause.head
    for _ in range(6):
        i = heads.get(tok.i)
        if i is not None:
            return i if drafts[i].status == drafts[best].status else None
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


def _has_doer(head: Token) -> bool:
    """The death verb names or implies who killed: a by-agent ("killed by soldiers"), a person for its
    subject ("gunmen killed"), or the participle of another act ("opened fire, killing six")."""
    if head.tag_ == "VBG" or any(c.dep_ == "agent" for c in kids(head)):
        return True
    s = next((c for c in kids(head) if c.dep_ == "nsubj"), None)
    return s is not None and (s.pos_ in ("PRON", "PROPN") or lemma(s) in actor_kinds())


def riot_toll(doc: Doc, drafts: Sequence[Draft], best: int, mag: Magnitude) -> int | None:
    """The riot whose toll the publisher tells in its own sentence: "more than 30 people were killed
    when crowds set fire to shops", "the unrest, when looting and arson left 350 people dead" — the dead
    and hurt are the riot's (the death itself names no doer); a state speaker's toll of riots stays a
    killing of its own (gold-format K12), so both must be told by the publisher."""
    d = drafts[best]
    if mag.kind not in TOLL_KINDS or d.type != "killing" or d.status != "asserted" or _has_doer(doc[d.head]):
        return None
    return next(
        (
            i
            for i, r in enumerate(drafts)
            if r.type == "riot"
            and r.sent_start == d.sent_start
            and r.status == "asserted"
            and not r.back_reference
        ),
        None,
    )


PARTICIPLE_HOSTS = frozenset({"attack", "killing"})
# the subordinators of a clause telling the act that caused the deaths of the main clause
CAUSE_MARKS = frozenset({"when", "as"})


def when_toll(doc: Doc, drafts: Sequence[Draft], best: int, mag: Magnitude) -> int | None:
    """The attack a toll's clause is told to have happened in: "two officers were killed and three
    wounded when their patrol came under fire", "two soldiers were martyred as a bomb exploded" — the
    dead and wounded are the attack's own (the deaths an attack causes are its own), besides the
    killing the main verb names."""
    d = drafts[best]
    if mag.kind not in TOLL_KINDS or d.type != "killing":
        return None
    head = doc[d.head]
    if head.pos_ != "VERB":
        return None
    # the death verb and the verbs conjoined with it ("were killed and three wounded when …")
    top = head.head if head.dep_ == "conj" else head
    verbs = [top, *(c for c in kids(top) if c.dep_ == "conj" and c.pos_ == "VERB")]
    clauses = [
        c
        for v in verbs
        for c in kids(v)
        if c.dep_ == "advcl"
        and any(m.dep_ == "advmod" or m.dep_ == "mark" for m in kids(c) if m.lower_ in CAUSE_MARKS)
    ]
    for c in clauses:
        host = next(
            (
                i
                for i, r in enumerate(drafts)
                if i != best
                and r.type == "attack"
                and r.head == c.i
                and r.status == d.status
                and not r.back_reference
            ),
            None,
        )
        if host is not None:
            return host
    return None


def fired_upon(doc: Doc, mag: Magnitude) -> bool:
    """The count is of the people fired on ("opened fire on a column of about 40 porters", "shot at a
    group of 30 traders"): the shooting's targets, not its dead."""
    tok = token_at(doc, mag.start_char)
    for _ in range(5):
        if tok is None or tok.head is tok:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at"):
            verb = tok.head.head
            if lemma(verb) in ("fire", "shoot") or any(
                c.dep_ == "dobj" and c.lower_ == "fire" for c in kids(verb)
            ):
                return True
        tok = tok.head
    return False


def participle_toll(doc: Doc, drafts: Sequence[Draft], best: int, mag: Magnitude) -> int | None:
    """The act a participle's toll hangs from: "gunmen opened fire at a market, killing six people and
    wounding nine" — the dead and wounded are the shooting's own (the deaths an attack causes are its
    own), besides the killing the participle names."""
    d = drafts[best]
    head = doc[d.head]
    if mag.kind not in TOLL_KINDS or d.type != "killing" or head.tag_ != "VBG" or head.dep_ != "advcl":
        return None
    own = next(
        (
            i
            for i, r in enumerate(drafts)
            if i != best and r.type in PARTICIPLE_HOSTS and r.head == head.head.i and r.status == d.status
        ),
        None,
    )
    if own is not None or head.i == 0 or doc[head.i - 1].text != ",":
        return own
    # the parser hung ", killing six people" from a later or an outer verb ("recall the aftermath of the
    # elections, when soldiers opened fire on protesters in Harare on 1 August, killing six people"): the
    # nearest act of a host type told before the comma in the same sentence
    before = [
        i
        for i, r in enumerate(drafts)
        if i != best
        and r.type in PARTICIPLE_HOSTS
        and r.sent_start == d.sent_start
        and r.trigger.end <= d.trigger.start
        and r.status == d.status
        and doc[r.head].pos_ == "VERB"
    ]
    if not before:
        return None
    last = max(before, key=lambda i: drafts[i].trigger.start)
    between = [r for r in drafts if drafts[last].trigger.end <= r.trigger.start < d.trigger.start]
    return last if not between else None


# the nouns a toll's "in the …" points back to the act that caused it with
POINTED_ACTS = frozenset(
    {
        "clash",
        "exchange",
        "fighting",
        "battle",
        "gunfight",
        "shootout",
        "firefight",
        "skirmish",
        "ambush",
        "raid",
        "assault",
        "attack",
        "blaze",
        "fire",
        "explosion",
        "blast",
    }
)  # not "the violence", "the unrest": a wave of acts, whose dead are a running count of their own
POINTING_DETS = frozenset({"the", "that", "this", "these", "those"})
POINTING_PREPS = frozenset({"in", "during"})


def pointed_act(doc: Doc, mag: Magnitude) -> bool:
    """The dead or hurt are told to have fallen in an act named before by a definite noun: "two soldiers
    were killed in the gun battle that followed", "three people died in the blaze", "a soldier was
    wounded in the exchange of fire" — the toll is that act's own (the deaths an attack causes are its
    own), told in a sentence after it."""
    if mag.kind not in TOLL_KINDS:
        return False
    tok = token_at(doc, mag.start_char)
    for _ in range(4):
        if tok is None or tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    verbs = [tok, *(c for c in kids(tok) if c.dep_ == "conj" and c.pos_ == "VERB")]
    if tok.dep_ == "conj":
        verbs.append(tok.head)
    for v in verbs:
        for prep in kids(v):
            if prep.dep_ != "prep" or prep.lower_ not in POINTING_PREPS:
                continue
            for obj in kids(prep):
                if (
                    obj.dep_ == "pobj"
                    and lemma(obj) in POINTED_ACTS
                    and any(c.dep_ == "det" and c.lower_ in POINTING_DETS for c in kids(obj))
                    and not any(c.tag_ == "JJS" for c in kids(obj))  # "in the worst attack": a comparison
                ):
                    return True
    return False
