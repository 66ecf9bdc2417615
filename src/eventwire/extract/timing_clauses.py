"""Which clause a time expression belongs to: the event's own clause, another event's, an
apposition, a possessive or qualifier of another noun, a future or possible clause, a denial,
a ``when`` clause; and the tense of the clause that holds an expression."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Time
from .syntax import char_span, clause_head, kids, lowers, parse_tree, sentence_starts, subtree_indices
from .syntax import token_at as syntax_token_at
from .timing_days import YEAR

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MODALS = frozenset({"will", "would", "could", "might", "may", "shall", "'ll", "’ll", "wo", "ca"})
_WILLING = frozenset({"vow", "threaten", "plan", "promise", "pledge", "intend", "warn", "expect", "aim"})


def _token_at(doc: Doc, char: int) -> Token | None:
    return syntax_token_at(doc, char)


def _in_clause(tok: Token, head: Token) -> bool:
    """``tok`` sits in the clause of ``head`` (not in a conjoined or subordinate clause below it)."""
    return tok == head or clause_head(tok) == clause_head(head)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in kids(verb))


_OWN_TIME = frozenset({"begin", "start", "erupt", "break", "take", "happen", "occur", "hold", "unfold"})
_BEGIN = frozenset({"begin", "start"})


def _began(doc: Doc, t: Time, head: Token) -> bool:
    """``the strike, which began on 15 July``: the expression is the start of the event."""
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return False
    verb = clause_head(tok)
    if verb.lemma_.lower() not in _BEGIN or any(c.lower_ == "with" for c in kids(verb)):
        return False  # "began with small demonstrations in …"
    if verb.dep_ == "relcl":
        return verb.head == head or _began_of(verb, head)
    # "The strike began on May 22 in Bandar Abbas" (T2): the event noun is the subject of a past "began"
    # on a day, whose sentence tells no end ("began on Monday and ended on Tuesday", "lasted three days")
    return (
        t.precision == "day"  # not "the weekly rallies began in early 2024", a history
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in _STOPPAGES  # not "the protests began on Thursday", one day's march
        and head.dep_ == "nsubj"
        and head.head == verb
        and verb.tag_ == "VBD"
        and not any(c.dep_ == "aux" for c in kids(verb))
        and not any(w.lemma_.lower() in _ENDED for w in verb.sent)
    )


_STOPPAGES = frozenset({"strike", "stoppage", "walkout", "boycott", "blockade", "shutdown", "lockout"})
_ENDED = frozenset({"end", "last", "finish", "conclude", "suspend", "call", "lift"})


def _began_of(verb: Token, head: Token) -> bool:
    """``The strike by truck drivers, which began on January 12, …``: a "which began" clause the parser
    hung on the noun of the event noun's own "by" / "of" phrase tells when the event began."""
    noun = verb.head
    return (
        verb.dep_ == "relcl"
        and verb.lemma_.lower() in _BEGIN
        and head.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.lower_ in ("by", "of")
        and noun.head.head == head
    )


def _foreign(tok: Token, head: Token) -> bool:
    """``tok`` is in another event's clause: a clause with its own subject that does not contain the
    event ("their bodies were found on Sunday", "since the military seized power in October 2021"),
    unless it is a ``since`` clause of the event's own ("since the protests began on November 28")."""
    mine = clause_head(head)
    if _across_semicolon(tok, head, mine):
        return True
    above = {mine.i, *(a.i for a in mine.ancestors)}
    if mine.tag_ == "VBG" and mine.dep_ == "advcl" and not _own_subject(mine):
        # "rockets hit the airport on Sunday, the cell said, causing no casualties": the participle
        # hangs from the reporting verb but belongs to the reported clause
        above |= {c.i for c in kids(mine.head) if c.dep_ == "ccomp"}
    cur = clause_head(tok)
    for _ in range(20):
        if cur.i in above:
            return False
        if (
            cur.dep_ == "relcl"
            and cur.head == head
            and head.pos_ == "NOUN"
            and (
                cur.lemma_.lower() in _OWN_TIME
                or any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in kids(cur))
            )
        ) or _began_of(cur, head):
            # "the strike, which began on 15 July, …", "the protests, which brought thousands onto the
            # streets in 2018": the event's own time
            return False
        if _temporal_clause_of(cur, mine):
            return False  # "When word of the verdict spread on 11 February, relatives gathered …"
        if cur.pos_ in ("VERB", "AUX") and _own_subject(cur):
            if _gapped(cur, mine) and tok.i > cur.i:
                return False  # "48 were killed and 200 wounded in 2025": the closing time is both verbs'
            since = cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in kids(cur))
            # "104 had been killed and 6,000 wounded since the protests began on Tuesday": a since
            # clause on a verb conjoined to the event's (sharing its subject) runs for both
            return not (since and (cur.head.i in above or _shares(cur.head, mine)))
        if cur.head == cur:
            return False
        cur = cur.head
    return False


_WHEN_MARKS = frozenset({"when", "while"})


def _temporal_clause_of(clause: Token, mine: Token) -> bool:
    """``clause`` is a "when" / "while" clause opening on the event's own verb: its time is the
    event's ("When news of the verdict spread on Tuesday, students marched"), not another event's."""
    return (
        clause.dep_ == "advcl"
        and clause.head == mine
        and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN_MARKS and c.i < clause.i for c in kids(clause)
        )
    )


def _gapped(verb: Token, mine: Token) -> bool:
    """``at least 48 were killed and 200 wounded``: a participle conjoined to the event's verb that
    has a subject but no auxiliary of its own (it shares the event's "were")."""
    return (
        verb.dep_ == "conj"
        and verb.head == mine
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in kids(verb))
        and any(c.dep_ in ("aux", "auxpass") for c in kids(mine))
    )


def _across_semicolon(tok: Token, head: Token, mine: Token) -> bool:
    """``three were detained; on Sunday a court sentenced them``: a clause with its own subject that
    opens with its time beyond a semicolon is another event's, however the parser joined the halves."""
    lo, hi = sorted((tok.i, head.i))
    doc = tok.doc
    low = lowers(doc)
    semi = next((i for i in range(hi - 1, lo, -1) if low[i] == ";"), None)
    if semi is None:
        return False
    theirs = clause_head(tok)
    if theirs == mine or theirs.pos_ not in ("VERB", "AUX") or not _own_subject(theirs):
        return False
    # fronted: only a preposition or a determiner between the semicolon and the time
    return tok.i < theirs.i and all(doc[i].pos_ in ("ADP", "DET", "PUNCT") for i in range(semi + 1, tok.i))


def _shares(tok: Token, mine: Token) -> bool:
    """``tok`` reaches the event's clause head, or a verb conjoined to it, through words with no
    subject of their own ("killed and more than 6,000 wounded since …": the wounded hang from the
    killed, the since clause from the wounded)."""
    heads = {mine.i}
    if mine.dep_ == "conj" and not _own_subject(mine):
        heads.add(mine.head.i)
    cur = tok
    for _ in range(6):
        if cur.i in heads:
            return True
        if cur.pos_ in ("VERB", "AUX") and _own_subject(cur):
            return False
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def _appositive(tok: Token, head: Token) -> bool:
    """``a march by thousands of students, the third such confrontation in the capital this year``: an
    expression inside an apposition that does not hold the event qualifies the apposition's noun."""
    doc = tok.doc
    pos, dep, heads = parse_tree(doc)  # indices, not Tokens: ``.head`` builds a Token per step
    cur, own = tok.i, head.i
    for _ in range(6):
        if pos[cur] in ("VERB", "AUX") or heads[cur] == cur:
            return False
        if dep[cur] == "appos":
            return own != cur and own not in subtree_indices(tokens(doc)[cur])
        cur = heads[cur]
    return False


def _dates(doc: Doc, t: Time, head: Token) -> bool:
    """The event is dated by the expression itself: it hangs from it ("since April, when an air strike …")
    or is the thing it modifies ("since the June 2024 protests", when the protests are the event), or
    opens the ``when`` clause holding it ("the deadliest since the summer of 2016, when a car bomb …")."""
    span = char_span(doc, t.start_char or 0, t.end_char or 0)
    if span is None:
        return False
    when = _when_word(head)
    if when is not None and _leads_to(doc, t, when):
        return True
    inside = {tok.i for tok in span}
    if any(a.i in inside for a in head.ancestors):
        return True
    cur = span.root
    for _ in range(4):
        if cur.head == cur or cur.pos_ in ("VERB", "AUX"):
            return False
        if cur.head.lower_ == "since":
            return cur.i != span.root.i and (cur == head or cur in head.ancestors)
        cur = cur.head
    return False


_DENY = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
_NOBODY = frozenset({"no", "not", "none", "nobody", "neither"})


def _denied(head: Token) -> bool:
    """The event is told as denied ("denied that police had fired live rounds", "no protester was
    killed", "not a single shop has closed"): the day of the denial is not the day of the act."""
    verb = clause_head(head)
    if any(c.dep_ == "neg" for c in kids(verb)) or any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.lower_ in _NOBODY or c.left_edge.lower_ in _NOBODY)
        for c in kids(verb)
    ):
        return True  # "no miner was shot", "not a single shop has closed", "nobody was hurt"
    cur = verb
    for _ in range(3):
        if cur.head == cur:
            return False
        if cur.dep_ in ("ccomp", "dobj", "xcomp") and cur.head.lemma_.lower() in _DENY:
            return True
        cur = clause_head(cur.head)
    return False


def _negated(tok: Token) -> bool:
    """The verb ``tok`` hangs from is negated ("had not been fully restored by Monday")."""
    cur = tok
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "neg" for c in kids(cur))
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def _irrealis(head: Token) -> bool:
    """The event's clause speaks of the future or the possible ("will rise", "vowed to strike")."""
    verb = clause_head(head)
    for _ in range(3):
        auxes = [c.lower_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")]
        if any(a in _MODALS for a in auxes):
            return "have" not in auxes  # "may have been killed" is a past event
        if verb.dep_ != "xcomp" or verb.head == verb:
            return False
        verb = verb.head
        if verb.lemma_ in _WILLING:
            return True
    return False


def _modal_elsewhere(tok: Token, head: Token) -> bool:
    """``tok`` sits in a future or possible clause other than the event's own (or its noun's) and not
    above it (``would not allow a repeat of 2014, when protests left 160 dead`` dates the protests)."""
    theirs = clause_head(tok)
    if theirs.dep_ != "conj" or theirs == clause_head(head) or theirs in head.ancestors:
        return False  # "expected to join in April, as part of marking …" shares the time
    if head.pos_ == "NOUN" and tok in head.subtree:
        return False
    return _irrealis(tok)


def _nested(tok: Token, head: Token) -> bool:
    """The expression names something else inside a noun phrase ("the anniversary of the November
    2019 protests"), not the event's own time."""
    doc = tok.doc
    pos, dep, heads = parse_tree(doc)  # indices, not Tokens: ``.head`` builds a Token per step
    low = lowers(doc)
    cur, own = tok.i, head.i
    for _ in range(8):
        up = heads[cur]
        if up == cur or pos[cur] in ("VERB", "AUX") or cur == own:
            return False
        if dep[cur] == "pobj" and low[up] == "of" and pos[heads[up]] == "NOUN":
            # "the riots of March 2021": the event's own time
            return heads[up] != own and own not in subtree_indices(tokens(doc)[cur])
        cur = up
    return False


def _qualifier(tok: Token | None, end: int | None) -> bool:
    """``Friday prayers``, ``the 2019 election``: the expression qualifies the noun after it."""
    return (
        tok is not None
        and (
            tok.dep_ in ("compound", "nmod")
            or (tok.dep_ == "nummod" and YEAR.fullmatch(tok.text) is not None)
        )
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.head.idx >= (end if end is not None else tok.idx + len(tok))
    )


def _possessive(tok: Token, head: Token, end: int | None = None) -> bool:
    """``this year's conference``, ``last year's protests``: the time of another noun's referent; so is
    a bare qualifier of another noun (``leaving Friday prayers``, ``the 2019 election results``)."""
    if _qualifier(tok, end):  # not "Saturday morning": the noun after the whole expression
        return tok.head != head and head not in tok.head.subtree
    doc = tok.doc
    pos, dep, heads = parse_tree(doc)  # indices, not Tokens: ``.head`` builds a Token per step
    cur, own = tok.i, head.i
    for _ in range(3):
        up = heads[cur]
        if dep[cur] == "poss" and pos[up] in ("NOUN", "PROPN"):
            return up != own and own not in subtree_indices(tokens(doc)[up])
        if up == cur:
            return False
        cur = up
    return False


def _done(head: Token) -> bool:
    """The event is a verb told as done ("detained", "were arrested", "have raided"), not a plan."""
    verb = clause_head(head)
    return (
        head.pos_ == "VERB"
        and verb.tag_ in ("VBD", "VBN")
        and not _irrealis(head)
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in kids(verb))
    )


def _still_to_come(t: Time, tok: Token | None, head: Token, published: date) -> bool:
    """``t`` lies wholly after the publication day and dates another noun ("next month's elections",
    "ahead of next week's vote") or another clause ("the vote scheduled for next month")."""
    if tok is None or not t.start or t.start[:10] <= published.isoformat():
        return False
    return _possessive(tok, head, t.end_char) or not _in_clause(tok, head)


def _first_conjunct(verb: Token) -> Token:
    """The first of the verbs coordinated with ``verb`` ("burned … and threw … and responded": burned)."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb


def _when_of(doc: Doc, head: Token, in_sent: list[Time], *, own: bool = False) -> Time | None:
    """The expression a ``when`` clause holding the event follows (``in September 2019, when hundreds
    of people were arrested``, ``on 6 June, when security forces detained …``): it dates the clause
    however the parser attached it."""
    when = _when_word(head, own=own)
    if when is None:
        return None
    for t in in_sent:
        if _leads_to(doc, t, when):
            return t
    return None


def _when_word(head: Token, *, own: bool = False) -> Token | None:
    """The ``when`` opening the event's clause, or a clause it hangs in ("since April, when the
    government ordered …, a decision that set off protests"); also when the parser hung ``when`` on the
    clause's subject ("since the summer of 2016, when a car bomb … killed six soldiers": the clause
    opens on it)."""
    verb = clause_head(head)
    for clause in itertools.islice(itertools.chain((verb,), verb.ancestors), 1 if own else 6):
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        when = next(
            (c for c in kids(clause) if c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i), None
        )
        if when is None and clause.dep_ != "ROOT":
            edge = clause.left_edge
            if edge.lower_ == "when" and edge.i < clause.i and edge.dep_ == "advmod":
                when = edge
        if when is not None:
            return when
    # however the parser hangs the words, "…, when a car bomb outside a post in X killed …": a ``when``
    # with only a noun phrase between it and the event's verb opens the event's clause
    doc = verb.doc
    sent_start = sentence_starts(doc)[verb.i]
    low, pos, toks = lowers(doc), parse_tree(doc)[0], tokens(doc)  # per-Doc lists: no Token per word
    for i in range(verb.i - 1, max(sent_start, verb.i - 16) - 1, -1):
        if low[i] == "when":
            return toks[i] if i > sent_start else None
        if (
            pos[i] in ("VERB", "AUX")
            or toks[i].text in (";", ":", "—", "–", "(", ")")
            or low[i] in _CLAUSE_WORDS
        ):
            return None
    return None


_CLAUSE_WORDS = frozenset(
    {"who", "which", "that", "where", "while", "after", "before", "as", "because", "and", "but"}
)


# what may stand between an expression and the ``when`` it heads: punctuation, a place ("the events of
# 30 September 2022 in Zahedan, when …")
_WHEN_GAP = re.compile(r"[\s,\"”’']*(?:in\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,3}[\s,]*)?")


def _leads_to(doc: Doc, t: Time, when: Token) -> bool:
    """``t`` heads the ``when`` clause: nothing but punctuation or a place lies between them, or ``t``
    qualifies the noun the clause follows ("the aftermath of the 2018 elections, when …")."""
    if t.end_char is None or t.end_char > when.idx:
        return False
    text = doc_text(doc)
    if _WHEN_GAP.fullmatch(text, t.end_char, when.idx):
        return True
    tok = syntax_token_at(doc, t.start_char or 0)
    if tok is None or t.precision != "year":
        return False
    noun = tok.head  # "the 2018 elections": the year on the noun right before the clause
    return (
        tok.dep_ in ("nummod", "compound", "amod", "npadvmod")
        and noun.pos_ == "NOUN"
        and noun.idx >= t.end_char
        and not text[noun.idx + len(noun.text) : when.idx].strip(" ,\"”’'")
        and not text[t.end_char : noun.idx].strip(" ")
    )


_MONTH_NAME = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?",
    re.IGNORECASE,
)


def _inside_when(when: Time, own: list[Time]) -> Time | None:
    """An expression of the event's own clause that dates it more closely inside the time its ``when``
    clause follows ("since the late 1980s, when thousands were put to death in the summer of 1988"); a
    month-day written without its year takes that time's year ("the aftermath of the 2018 elections,
    when soldiers opened fire … on 1 August": 1 August 2018)."""
    if not (when.start and when.end):
        return None
    for t in own:
        start, end = t.start, t.end
        if not (start and end) or t.precision not in ("day", "month", "season", "year"):
            continue
        if (
            t.anchor != "absolute"
            and not YEAR.search(t.text)
            and _MONTH_NAME.search(t.text)
            and when.start[:4] == when.end[:4]
            and start[:4] == end[:4]
        ):
            year = when.start[:4]
            value = t.value
            if value and value[:4] == start[:4]:
                value = year + value[4:]
            start, end = year + start[4:], year + end[4:]
            t = replace(t, start=start, end=end, value=value)
        if when.start <= start and end <= when.end and (start, end) != (when.start, when.end):
            return t
    return None


def _own_time(head: Token, in_sent: list[Time], toks: dict[int, Token | None], when: Time) -> bool:
    """Some expression other than ``when`` lies inside the event's clause (its span of tokens)."""
    mine = clause_head(head)
    lo, hi = mine.left_edge.i, mine.right_edge.i
    return any(t is not when and (tok := toks.get(id(t))) is not None and lo <= tok.i <= hi for t in in_sent)


def _sentence_of(doc: Doc, t: Time) -> int:
    tok = _token_at(doc, t.start_char or 0)
    return sentence_starts(doc)[tok.i] if tok is not None else -1  # ``tok.sent.start``


def _aside(doc: Doc, t: Time) -> bool:
    """``Ghaderi, who was arrested in September 2022, had been held …``: a date in a relative clause, or
    on the noun of an ``after`` / ``before`` phrase (``after his arrest in March 2024``), tells a
    person's or thing's background; the story does not move to it."""
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return False
    if clause_head(tok).dep_ == "relcl":
        return True
    # "had been beaten during interrogation after his arrest in March 2024": the date of a noun that an
    # "after" / "before" phrase names as the point the act is told from, not a day the story moves to
    prep = tok.head
    noun = prep.head
    return (
        tok.dep_ == "pobj"
        and prep.dep_ == "prep"
        and noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.lower_ in ("after", "before", "following")
    )


def _past_at(doc: Doc, t: Time) -> bool:
    """The clause of ``t`` is told in the simple past ("On July 22, troops raided the camp")."""
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return False
    verb = clause_head(tok)
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in kids(verb)
    )


def _under_clause(tok: Token | None, head: Token) -> bool:
    """``tok`` sits in a relative or participial clause on a noun below ``head`` ("the execution of a man
    [arrested in 2022]", "laid flowers at the places [where demonstrators fell in 2022]"), not in
    ``head``'s own phrase; a clause on the subject of a verb head tells of what acts ("the war, which
    ended in November 2022, killed …") and does not count."""
    cur, found = tok, False
    for _ in range(10):
        if cur is None:
            return False
        if cur == head:
            return found
        if cur.head == cur:
            return False
        if not found and cur.dep_ in ("acl", "relcl") and cur.pos_ in ("VERB", "AUX") and cur.head != head:
            # "the strike by truck drivers, which began on January 12": the event's own start
            if cur.lemma_.lower() in _BEGIN:
                return False
            found = True
        if cur.dep_ in ("nsubj", "nsubjpass") and cur.head == head and head.pos_ != "NOUN":
            return False  # a clause inside the verb's subject phrase ("The war in the region, which …")
        cur = cur.head
    return False


_SET_FOR = frozenset({"plan", "schedule", "set", "call", "slate", "fix"})


def _set_for(tok: Token, head: Token) -> bool:
    """``tok`` is the day a participle on the event noun sets it for ("a rally planned for Saturday",
    "the strike scheduled for 14 June", "a march called for Monday"): the noun's own day, though the
    parser leaves it outside the clause the noun stands in."""
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("for", "on") or prep.dep_ != "prep":
        return False
    participle = prep.head
    return (
        participle.dep_ == "acl"
        and participle.tag_ == "VBN"
        and participle.head == head
        and participle.lemma_.lower() in _SET_FOR
    )
