"""Acts told only as the reason or the condition of another: a foiled plot, a warned class's act.

- A plot that security forces say they foiled (docs/gold-format.md I2): "arrested four of its members,
  who were planning attacks against public institutions", "the cell had been planning bomb attacks",
  "the seven were preparing mass riots". The arrests are the records and the plot their reason: no
  record of the act plotted, whatever its status. A plan still running ("bank officers are planning a
  strike on the 30th", "militants plan to attack") is a planned act of its own (N1) and stays, and so
  does a plot in a story that tells no arrest (nobody is said to have stopped it).
- The crowd's act that defines whom a warning threatens (N2, G1): "drivers who block roads will be arrested",
  "teachers who strike would have their pay docked", "teachers who take part in the strike will lose
  their wages". The warning is the record (typed by the penalty it names, or none when it names only
  the law); the act in the relative clause only picks out the class of people warned, as "anyone who
  attacks police" does (``events_cues._generic_reference``). A relative clause that dates its act
  ("protesters who blocked the road on Monday will be charged") or tells it as done ("teachers who
  joined the protest march would face disciplinary action") tells that act, and it stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import char_span, kids, lemma

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from .coref import Draft

__all__ = ["warned_class", "without_foiled_plots"]

# acts a plot is foiled before: armed or crowd violence
PLOTTED_TYPES = frozenset({"attack", "riot", "killing"})
PLOT_VERBS = frozenset({"plan", "plot", "prepare", "conspire", "intend", "scheme"})
TOLD = frozenset({"asserted", "attributed"})
# how the plotted act hangs from the plot verb: "planning attacks", "planning to attack", "preparing
# for attacks", "planned to bring … , provoke clashes"
PLOT_PATH = frozenset({"dobj", "xcomp", "pobj", "prep", "conj", "compound", "advcl"})
# the future of a warning: "will be arrested", "would have their pay docked"
WARNING_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
REL_PATH = frozenset({"dobj", "pobj", "prep", "xcomp", "conj", "compound", "acomp"})
CLASS_PRONOUNS = frozenset({"those", "anyone", "anybody", "whoever", "everyone"})
DATING_ENTS = frozenset({"DATE", "TIME"})
CROWD_TYPES = frozenset({"protest", "strike", "riot"})


def _plot_verb(head: Token) -> Token | None:
    """The plot verb the act hangs from, within four steps: "planning (bomb) attacks", "planning to
    attack", "planning to manufacture rockets for attacks", "preparing mass riots"."""
    tok = head
    for _ in range(4):
        if tok.dep_ not in PLOT_PATH or tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and lemma(tok) in PLOT_VERBS:
            return tok
    return None


def _still_planned(verb: Token) -> bool:
    """ "are planning a strike", "plans to attack", "will prepare": a plan told as running, not a plot
    told as it stood when it was stopped ("were planning", "had been plotting", "planned to")."""
    if verb.tag_ in ("VBP", "VBZ", "VB"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ in ("VBP", "VBZ", "MD")) for c in kids(verb))


def _plotted(head: Token) -> bool:
    verb = _plot_verb(head)
    return verb is not None and not _still_planned(verb)


def without_foiled_plots(doc: Doc, drafts: Sequence[Draft]) -> list[Draft]:
    """Drop records of violent acts told only as a plot, in a story that tells an arrest (I2)."""
    if not any(d.type == "arrest" and d.status in TOLD for d in drafts):
        return list(drafts)

    def plotted(start: int, end: int) -> bool:
        span = char_span(doc, start, end)
        return span is not None and _plotted(span.root)

    return [
        d
        for d in drafts
        if not (
            d.type in PLOTTED_TYPES
            and _plotted(doc[d.head])
            and all(plotted(m.start, m.end) for m in d.mentions)
        )
    ]


def _warned(noun: Token) -> bool:
    """The noun is a class of people a warning threatens: a bare plural ("drivers", "teachers") or a
    pronoun of a class, the subject of a verb under "will" / "would"."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    bare = noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in kids(noun))
    if not (bare or noun.lower_ in CLASS_PRONOUNS):
        return False
    verb = noun.head
    return any(c.dep_ == "aux" and c.lower_ in WARNING_MODALS for c in kids(verb))


def warned_class(head: Token, kind: str) -> bool:
    """The crowd's act is told only in the relative clause that picks out whom a warning threatens (N2):
    "drivers who block roads with their trucks would be arrested". Not an armed act: a warning to armed
    men ("gang members who fire on police will be met with the full force of the armed forces")
    threatens an armed answer, the `attack` record N2 types by the act warned of."""
    if kind not in CROWD_TYPES:
        return False
    tok = head
    for _ in range(5):
        if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.head.lower_ in CLASS_PRONOUNS):
            break  # "anyone caught throwing a petrol bomb will be arrested"
        if tok.dep_ not in REL_PATH or tok.head == tok:
            return False
        tok = tok.head
    else:
        return False
    if any(t.ent_type_ in DATING_ENTS for t in tok.subtree):
        return False  # "protesters who blocked the road on Monday will be charged": that act is told
    if tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in kids(tok)):
        return False  # "teachers who joined the protest march would face disciplinary action": done
    return _warned(tok.head)
