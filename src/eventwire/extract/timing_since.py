"""``since X``: whether an expression opens a ``since`` interval, whether the event is the one
the ``since`` clause tells, and the day an undated ``since the coup`` looks back to."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import tokens
from ..records import Time
from .syntax import clause_head, doc_word_set, kids, lowers, parse_tree, per_doc
from .timing_clauses import _own_subject, _token_at
from .timing_saying import _said_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _since(doc: Doc, t: Time) -> bool:
    """``since March``, ``since the start of 2023``, ``since the June 2024 protests``,
    ``since the protests began on November 28``."""
    if t.text.lower().startswith("since "):
        return True
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return False
    low = lowers(doc)
    if tok.i > 0 and low[tok.i - 1] == "since":
        return True
    pos, dep, heads = parse_tree(doc)  # indices, not Tokens: ``.head`` builds a Token per step
    cur = tok.i
    for _ in range(4):
        up = heads[cur]
        if up == cur:
            return False
        if pos[cur] in ("VERB", "AUX"):
            return any(c.dep_ == "mark" and c.lower_ == "since" for c in kids(tokens(doc)[cur]))
        if dep[cur] == "pobj" and low[up] == "since":
            return True
        cur = up
    return False


_SINCE = "eventwire.timing.since"


def _since_once(doc: Doc, t: Time) -> bool:
    """:func:`_since`, remembered per Doc (asked of the paragraph's times per event)."""
    memo: dict[tuple[int | None, str], bool] = per_doc(doc, _SINCE, dict)
    key = (t.start_char, t.text)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _since(doc, t)
    return found


def _since_own(tok: Token | None, head: Token) -> bool:
    """``no elected president since Moise was assassinated in July 2021``: the event is the one the
    ``since`` clause tells, and the expression in that clause is its own time, not an open interval
    (unless the clause tells a beginning)."""
    if tok is None:
        return False
    if tok.lower_ == "since" or (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "since"):
        # "killed since the start of the year and more than 150 arrested": "since" opens the
        # expression itself, whatever clause the parser hung it on
        return False
    verb = clause_head(head)
    if verb.lemma_.lower() in _BEGAN or (
        verb.lemma_.lower() == "walk"
        and any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in kids(verb))
    ):
        # "since the protests began on 28 September", "since refuse collectors walked out two weeks
        # ago": an onset, still going on from that day (T2)
        return False
    return clause_head(tok) == verb and any(c.dep_ == "mark" and c.lower_ == "since" for c in kids(verb))


def _open_since(head: Token) -> bool:
    """The event's clause runs ``since`` something that is not a date ("since the coup")."""
    if "since" not in doc_word_set(head.doc):
        return False  # asked per event: most articles have no "since" at all
    verb = clause_head(head)
    verbs = {verb, *(c for c in kids(verb) if c.dep_ == "conj" and not _own_subject(c))}
    if verb.dep_ == "conj" and not _own_subject(verb):
        verbs.add(verb.head)  # "have killed 4,000 civilians and arrested 24,000 since the coup"
    at = _since_at(head.doc)
    for v in verbs:
        lo = bisect_left(at, v.left_edge.i)
        if lo == len(at) or at[lo] > v.right_edge.i:
            continue  # no "since" anywhere in the verb's subtree
        for t in v.subtree:
            if t.lower_ == "since" and t.dep_ == "prep" and clause_head(t) == v:
                return any(c.dep_ == "pobj" for c in kids(t))
            if _since_began(t, v) is not None:
                return True
    return False


_SINCE_AT = "eventwire.timing.since_at"


def _since_at(doc: Doc) -> list[int]:
    """The token indices of "since", in order, once per Doc."""
    return per_doc(doc, _SINCE_AT, lambda: [i for i, w in enumerate(lowers(doc)) if w == "since"])


_BEGAN = frozenset({"begin", "start", "erupt", "break", "launch"})


def _since_began(t: Token, verb: Token) -> Token | None:
    """``had been detained since the strike began``: the subject of a ``since`` clause on ``verb`` that
    tells only when something began (its day, if any, is written elsewhere)."""
    if t.lower_ != "since" or t.dep_ != "mark":
        return None
    began = t.head
    if began.dep_ != "advcl" or began.head != verb or began.lemma_.lower() not in _BEGAN:
        return None
    return next((c for c in kids(began) if c.dep_ == "nsubj"), None)


_ONSET = frozenset({"start", "beginning", "outbreak", "onset", "launch"})


def _since_start(doc: Doc, head: Token, usable: Sequence[Time], sent: Span) -> Time | None:
    """``since the coup`` / ``since the start of the strike``: the last time written before the sentence
    in a sentence that names the same thing (``the coup of February 2021``, ``The strike, which began
    on March 2``)."""
    verb = clause_head(head)
    verbs = [verb, *(c for c in kids(verb) if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    noun = None
    for v in verbs:
        for t in v.subtree:
            if t.lower_ == "since" and t.dep_ == "prep":
                noun = next((c for c in kids(t) if c.dep_ == "pobj"), None)
                break
            noun = _since_began(t, v)  # "since the strike began": the strike
            if noun is not None:
                break
        if noun is not None:
            break
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.lemma_.lower() in _ONSET:  # "since the start of the strike": the strike
        of = next((c for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in kids(of) if c.dep_ == "pobj"), None) if of is not None else None
        if noun is None:
            return None
    lemma = noun.lemma_.lower()
    family = _FAMILY.get(lemma)
    for time in reversed(usable):
        if (time.start_char or 0) >= sent.start_char or time.precision not in ("day", "month"):
            continue
        tok = _token_at(doc, time.start_char or 0)
        if tok is None:
            continue
        named = [
            w for w in tok.sent if w.lemma_.lower() == lemma or (family is not None and _names(w, family))
        ]
        if not named:
            continue
        # the time nearest the thing named there, not the day a statement about it was made
        pool = [
            t
            for t in usable
            if tok.sent.start_char <= (t.start_char or 0) < tok.sent.end_char
            and t.precision in ("day", "month")
            and not _said_of(doc, t, None)
        ]
        if not pool:
            return None
        return min(pool, key=lambda t: min(abs((t.start_char or 0) - w.idx) for w in named))
    return None


# the words one thing is named by when "since the coup", "since the start of the work stoppage" looks
# back for the day it was dated ("the army seized power in February 2021", "the strike began on May 22")
_FAMILIES = {
    "seizure": ("coup", "takeover", "putsch"),
    "strike": ("strike", "walkout", "stoppage", "shutdown"),
    "protest": ("protest", "demonstration", "rally", "uprising", "unrest"),
}
_FAMILY = {word: name for name, words in _FAMILIES.items() for word in words}
_POWER_VERBS = frozenset({"seize", "take", "grab", "assume", "usurp"})


def _names(w: Token, family: str) -> bool:
    """``w`` names a thing of ``family``: "walkout" a strike, "seized / took power" a coup."""
    low = w.lemma_.lower()
    if _FAMILY.get(low) == family:
        return True
    if family == "seizure" and low in _POWER_VERBS:
        return any(c.dep_ == "dobj" and c.lower_ == "power" for c in kids(w))
    return (
        family == "strike" and low == "walk" and any(c.dep_ == "prt" and c.lower_ == "out" for c in kids(w))
    )


_STILL_ON = frozenset({"since", "still"})
_IT = frozenset({"it", "action", "movement", "dispute"})


def _since_spread(head: Token) -> bool:
    """``walked out on Monday, and the strike has since spread to two more plants``: a strike or protest
    told in a perfect clause of its own sentence as going on since that day runs to the reference day
    (T2); "several of them have since been deported" is another act."""
    verb = clause_head(head)
    family = next((f for f in ("strike", "protest") if _names(head, f) or _names(verb, f)), None)
    if family is None and verb.lemma_.lower() in ("strike", "walk", "down"):
        family = "strike"  # "struck", "walked out" (the parser's "out" an advmod), "downed tools"
    for conj in verb.conjuncts:
        if conj.i < verb.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        auxes = [c.lower_ for c in kids(conj) if c.dep_ in ("aux", "auxpass")]
        if not any(a in ("has", "have") for a in auxes):
            continue
        if not any(c.lower_ in _STILL_ON and c.dep_ == "advmod" for c in kids(conj)):
            continue
        subj = [c for c in kids(conj) if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and (subj[0].lower_ in _IT or (family is not None and _names(subj[0], family))):
            return True
    return False
