"""Appeals to those in power: what a call on the authorities asks them to end, release or investigate.

"IJW calls on the Iranian authorities to impose a moratorium on executions and to release the women on
hunger strike", "Lao authorities must immediately release 14 villagers who were arrested after
protesting", "urges the Attorney General's Office to release all children detained in connection with
the unrest": an appeal addressed to the state (its authorities, government, courts, prosecutors, the
United Nations' rapporteurs) names the acts it wants stopped, undone or looked into. It tells no event
of its own: those acts are the ones the story tells elsewhere, annotated once at their richest mention,
or no act at all ("a moratorium on executions"). An act the appeal dates ("to guarantee the right to
protest ahead of the unions' planned day of action on 24 September") is told of its own. A call on
people to act ("called on its supporters to gather", "urged traders to keep their shops shut") is a
planned act of its own and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.text import tokens
from .syntax import lemma, parse_tree

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from .coref import Draft

# the addressee of an appeal that holds power over the acts named: the state and its organs, and the
# bodies that oversee them
AUTHORITY_LEMMAS = frozenset(
    {
        "authority",
        "government",
        "administration",
        "regime",
        "junta",
        "judiciary",
        "court",
        "prosecutor",
        "attorney",
        "ministry",
        "minister",
        "president",
        "rapporteur",
        "nations",
        "un",
        "office",
        "police",
        "army",
        "military",
        "investor",
        "parliament",
    }
)
APPEAL_LEMMAS = frozenset({"urge", "call", "appeal"})
# "authorities must release", "the government should free": the appeal written as an obligation
MODAL_WORDS = frozenset({"must", "should"})


def _addressee(verb: Token) -> Token | None:
    """Whom the appeal verb addresses: "urges the authorities", "calls on the government", "appealed to
    the UN Special Rapporteur"."""
    name = lemma(verb)
    for child in verb.children:
        if name == "urge" and child.dep_ == "dobj":
            return child
        if (
            name in ("call", "appeal")
            and child.dep_ in ("prep", "prt")
            and child.lower_ in ("on", "upon", "to")
        ):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
            if child.dep_ == "prt":
                objects = [g for g in verb.children if g.dep_ == "dobj"]
                if objects:
                    return objects[0]
    return None


def _holds_power(noun: Token) -> bool:
    """The addressee, or a noun joined to it ("the Mali government and the United Nations"), names the
    state or a body over it."""
    nouns = [noun, *noun.conjuncts]
    for n in nouns:
        words = [n, *(c for c in n.children if c.dep_ in ("compound", "poss"))]
        if any(lemma(w).lower() in AUTHORITY_LEMMAS for w in words):
            return True
    return False


def appeal_scopes(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges holding what an appeal to the authorities asks of them: the words after its
    addressee (or after the obliged verb) to the end of the appeal's clause."""
    scopes: list[tuple[int, int]] = []
    pos = parse_tree(doc)[0]
    for tok in tokens(doc):  # the per-Doc Tokens: iterating the Doc builds each anew
        if pos[tok.i] not in ("VERB", "AUX") and tok.tag_ != "MD":
            continue
        if lemma(tok) in APPEAL_LEMMAS and pos[tok.i] == "VERB":
            who = _addressee(tok)
            if who is None or not _holds_power(who):
                continue
            sub = list(tok.subtree)
            start = max(t.idx + len(t) for t in who.subtree)
            scopes.append((start, sub[-1].idx + len(sub[-1])))
        elif tok.lower_ in MODAL_WORDS and tok.dep_ == "aux":
            verb = tok.head
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects or not _holds_power(subjects[0]):
                continue
            sub = list(verb.subtree)
            scopes.append((verb.idx + len(verb), sub[-1].idx + len(sub[-1])))
    return scopes


def without_appealed(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """Records told only inside appeals to the authorities are no events of their own: an act the appeal
    wants stopped or ordered ("a moratorium on executions", "arrest all its members") is no act, and one
    it wants undone or looked into ("release those detained") is told elsewhere in the story, where a
    record of its kind stands. A lone sentence, or a story that tells no act of the kind outside its
    appeals, keeps the act: the appeal is then the only telling of it."""
    scopes = appeal_scopes(doc)
    if not scopes:
        return list(drafts)

    def inside(d: Draft) -> bool:
        return all(any(a <= sp.start and sp.end <= b for a, b in scopes) for sp in (d.trigger, *d.mentions))

    told = {d.type for d in drafts if not inside(d)}
    out = []
    for d in drafts:
        if d.time is not None and not d.time_inferred:
            out.append(d)  # "ahead of the unions' planned day of action on 24 September": dated, its own
        elif not inside(d) or (d.status in ("asserted", "attributed") and d.type not in told):
            out.append(d)
    return out
