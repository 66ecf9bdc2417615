"""How closely a figure belongs to an event: compatible kinds, naming constructions and the
parse distance from the figure to the trigger."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import tokens
from ..records import Claim, Magnitude
from .magnitude_people import TELLING_VERBS, tells_of_own_harm
from .syntax import char_span, clause_head, kids, lemma, parse_tree, segment, subtree_indices
from .syntax import token_at as syntax_token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


COMPATIBLE_KINDS: dict[str, frozenset[str]] = {
    "protest": frozenset({"participants", "localities", "provinces"}),
    "strike": frozenset({"participants", "localities", "provinces"}),
    "riot": frozenset({"participants", "localities", "provinces", "injuries"}),
    "repression": frozenset({"injuries", "localities", "provinces", "other"}),
    "killing": frozenset({"fatalities", "injuries", "localities", "provinces"}),
    "execution": frozenset({"executions", "fatalities", "localities", "provinces"}),
    "arrest": frozenset({"arrests", "localities", "provinces"}),
    "torture": frozenset({"injuries", "other"}),
    "attack": frozenset({"fatalities", "injuries", "localities", "provinces"}),
}
INJURY_ON_KILLING = 2.0  # only a count tied to the killing itself survives (MAX_MAGNITUDE_SCORE is 2.5)


def token_at(doc: Doc, char: int) -> Token | None:
    return syntax_token_at(doc, char)


NAMING_LEMMAS = frozenset(
    {"call", "describe", "term", "dub", "label", "brand", "characterise", "characterize", "name", "bill"}
)
NAMED_CLOSER = 0.05  # a naming takes its governor's count ahead of the governor's own trigger


def naming_governor(head: Token) -> Token | None:
    """The act a naming construction recasts: "formed a human chain in what organisers called a
    warning strike", "walked out in what was described as a protest strike" → the governing verb."""
    tok = head
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        tok = tok.head
    if tok.dep_ not in ("oprd", "prep", "attr", "dobj", "xcomp") or tok.head.i == tok.i:
        return None
    verb = tok.head
    if lemma(verb) not in NAMING_LEMMAS or not any(c.lower_ == "what" for c in kids(verb)):
        return None
    prep = verb.head
    if verb.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep" and prep.head.i != prep.i:
        return prep.head
    return None


def in_clause(tok: Token, head: Token) -> bool:
    """``tok`` sits in the clause of ``head`` (not in a conjoined or subordinate clause below it)."""
    return tok == head or clause_head(tok) == clause_head(head)


def magnitude_score(
    m: Magnitude, head: Token, etype: str, claims: Sequence[Claim], claim_id: str | None
) -> float | None:
    """How closely a magnitude belongs to an event (lower is closer), or None when it cannot.

    The wounded of a killing ("shot dead three and wounded two others") are its own only when no
    clash, riot or crackdown in the sentence claims them: they score a step further away.
    """
    score = _magnitude_score(m, head, etype, claims, claim_id)
    if score is not None and etype == "killing" and m.kind == "injuries":
        return score + INJURY_ON_KILLING
    return score


def _hangs_from(tok: Token, governor: Token, head: Token) -> bool:
    """``any(a.head == governor and a != governor and head in a.subtree for a in (tok, *tok.ancestors))``
    over the per-Doc head indices: ``.head`` and ``.ancestors`` build a Token per step."""
    doc = tok.doc
    heads = parse_tree(doc)[2]
    g, own, j = governor.i, head.i, tok.i
    for _ in range(len(heads)):
        up = heads[j]
        if up == g and j != g and own in subtree_indices(tokens(doc)[j]):
            return True
        if up == j:
            return False
        j = up
    return False


CASE_NOUNS = frozenset({"case", "incident", "act", "instance", "count"})


def _cases_of(num: Token, head: Token) -> bool:
    """``37 cases of torture``, ``nine incidents of arson``: the figure counts the trigger's acts."""
    noun = num.head
    return (
        num.dep_ == "nummod"
        and lemma(noun) in CASE_NOUNS
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.i == noun.i
    )


SITE_PREPS = frozenset({"in", "at", "across"})


def _site_count(num: Token) -> bool:
    """``in at least 40 prisons``, ``at 12 sites``: a count of the places where the act took place
    (gold-format G5, L21: kind `other`), which binds like any figure of its clause."""
    noun = num.head if num.dep_ == "nummod" else num
    return noun.dep_ == "pobj" and noun.head.lower_ in SITE_PREPS and noun.tag_ == "NNS"


def _magnitude_score(
    m: Magnitude, head: Token, etype: str, claims: Sequence[Claim], claim_id: str | None
) -> float | None:
    """How closely a magnitude belongs to an event (lower is closer), or None when it cannot."""
    if m.kind != "other" and m.kind not in COMPATIBLE_KINDS.get(etype, frozenset()):
        return None
    governor = naming_governor(head)
    if governor is not None:
        # "several hundred nurses formed a human chain in what organisers called a warning strike":
        # the name recasts the act of the governing clause, whose counts are its own (the name's
        # own phrase keeps its figures: "a general strike across 16 towns")
        tok = token_at(head.doc, m.start_char)
        own = tok is not None and _hangs_from(tok, governor, head)
        if tok is not None and not own:
            score = _magnitude_score(m, governor, etype, claims, claim_id)
            return None if score is None else max(score - NAMED_CLOSER, 0.0)
    inside = [c for c in claims if c.content.start <= m.start_char < c.content.end]
    if (
        inside
        and claim_id not in {c.id for c in inside}
        and not any(c.content.start <= head.idx < c.content.end for c in inside)
    ):
        # a figure inside a claim stays with that claim's events: those the claim is tied to, and those
        # whose trigger its words tell though no claim was tied to them ("rejected lies that security
        # forces had killed three young men": the killing the rejected claim tells)
        return None
    doc = head.doc
    tok = token_at(doc, m.start_char)
    if tok is None or segment(tok).start != segment(head).start:
        return None
    last = char_span(doc, m.start_char, m.end_char)
    num = tokens(doc)[last.end - 1] if last is not None and len(last) else tok
    heads = parse_tree(doc)[2]  # indices, not Tokens: ``.head`` and ``.subtree`` build a Token per step
    cur, at = num.i, head.i
    for depth in range(6):
        if cur == at:
            return float(depth) / 10
        if heads[cur] == cur:
            break
        cur = heads[cur]
    if at in subtree_indices(num) or num.i in subtree_indices(head):
        return 0.5
    if head.dep_ in ("relcl", "acl") and heads[num.i] == heads[at]:
        return 0.3  # "seven men who were hanged": the count of the noun the clause describes
    if _cases_of(num, head):
        return 0.2  # "documented 37 cases of torture": the count of the acts the trigger names
    if m.kind == "other" and etype == "torture" and _teller_of(num, head):
        return 0.6  # "three of the detainees told their lawyers they had been slapped": the ill-treated
    if m.kind == "other" and not _site_count(num):
        return None  # an uncategorised count only binds when it is attached to the trigger
    if in_clause(num, head):
        return 1.0 + abs(num.i - head.i) / 100
    return 2.0 + abs(num.i - head.i) / 100


def _teller_of(num: Token, head: Token) -> bool:
    """The count is of the people who tell of the ill-treatment the trigger names ("seven of the 18
    detainees told us they were beaten", "families of two of the four said the men had been beaten")."""
    cur = num
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        via, cur = cur.dep_, cur.head
        if cur.pos_ == "VERB":
            break
    else:
        return False
    if via != "nsubj" or lemma(cur) not in TELLING_VERBS or not tells_of_own_harm(cur):
        return False
    return any(c.dep_ == "ccomp" and head.i in subtree_indices(c) for c in kids(cur))
