"""Reporting context around a trigger: hedges ("reportedly"), the cue and claim an event sits
in, tolls given by others, naming, and the reporter or caller whose words an event is."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import tokens
from ..records import Claim
from .lexicon import word_set
from .status_syntax import ASKING, _ancestors, _infinitive
from .syntax import char_span, clause_head, kids, lemma, lowers, parse_tree, segment

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["NAMING_CUES"]


# cues that only name an event someone else reports as fact ("in what organisers called a warning strike")
NAMING_CUES = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterise", "characterize"})

_HEDGES = "eventwire.status.hedges"


def _hedge_positions(doc: Doc) -> list[int]:
    """Token indices of the hedge words (``word_set("hedges")``) in the Doc, in order, once per Doc."""
    found: list[int] | None = doc.user_data.get(_HEDGES)
    if found is None:
        hedges = word_set("hedges")
        found = doc.user_data[_HEDGES] = [i for i, w in enumerate(lowers(doc)) if w in hedges]
    return found


def _hedged(head: Token) -> bool:
    sent = segment(head)
    at = _hedge_positions(head.doc)  # any hedge word in the segment, by a search over its positions
    k = bisect_left(at, sent.start)
    if k < len(at) and at[k] < sent.end:
        return True
    for anc, _dep in _ancestors(head, 3):
        if lemma(anc) in word_set("hedge_verbs") and any(c.dep_ == "auxpass" for c in kids(anc)):
            return True
    return False


SUBORDINATORS = frozenset(
    {"as", "while", "when", "after", "before", "since", "because", "although", "though"}
)


def _outside_subordinate_cue(head: Token, claim: Claim) -> bool:
    """ "Protests spread …, as the government said 1,200 had been arrested": the speech verb heads a
    subordinate clause that does not hold the trigger, so the claim cannot cover it."""
    cue = char_span(head.doc, claim.cue.start, claim.cue.end)
    if cue is None or len(cue) == 0 or claim.cue.text.lower().startswith("according"):
        return False
    verb = cue.root
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in kids(verb)):
        return False
    return head not in verb.subtree


def _claim_by_cue(head: Token, claims: Sequence[Claim]) -> Claim | None:
    """A claim whose speech verb governs the trigger though its content span stops short of it
    ("He told X that he was held in a dark room, beaten and questioned")."""
    doc = head.doc
    seg = segment(head)
    for c in claims:
        if not seg.start_char <= c.cue.start < seg.end_char or c.cue.text.lower().startswith("according"):
            continue
        cue = char_span(doc, c.cue.start, c.cue.end)
        if cue is None or len(cue) == 0 or lemma(cue.root) in NAMING_CUES:
            continue
        verb = cue.root
        cur, path = head, list[str]()
        while cur != verb and cur.head != cur and len(path) < 6:
            path.append(cur.dep_)
            cur = cur.head
        if cur != verb or not path or cur.i > head.i:
            continue
        if "relcl" in path:
            continue  # "…, recalling the Gezi events, in which vandals occupied …": a description
        if path[-1] in ("ccomp", "parataxis"):
            return c
        top = next((t for t in kids(verb) if t.dep_ == "xcomp" and head in t.subtree), None)
        if path[-1] == "xcomp" and top is not None and not _infinitive(top):
            return c  # "told X that he was held …, beaten …" parsed with "beaten" under "told"
    return None


def _claim_for(start: int, claims: Sequence[Claim]) -> Claim | None:
    best: Claim | None = None
    for c in claims:
        if c.content.start <= start < c.content.end and (
            best is None or (c.content.end - c.content.start) < (best.content.end - best.content.start)
        ):
            best = c
    return best


CONSEQUENCE_VERBS = frozenset(
    {"kill", "wound", "injure", "leave", "claim", "hurt", "detain", "arrest", "bring"}
)
VAGUE_COUNTS = frozenset(
    {"dozen", "dozens", "hundred", "hundreds", "score", "scores", "thousand", "thousands"}
)


def _toll_clause(tok: Token) -> bool:
    """A clause that counts the lead event into a tally ("bringing the number of executions this year to
    1,000", "raising the toll to 40") or a relative clause with its toll ("in clashes in which eight
    people died"): what an "according to" named after it vouches for. A participle of the lead event
    itself ("…, killing at least 13 people, according to the UN") is the lead's own telling, and the
    source's with it."""
    counted = any(t.like_num or t.pos_ == "NUM" or lemma(t) in VAGUE_COUNTS for t in tok.subtree)
    # "in which eight people died", "in which 26 hostages were killed"
    told_past = tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids(tok)))
    if tok.dep_ == "relcl" and told_past and lemma(tok) in CONSEQUENCE_VERBS | {"die"}:
        return counted
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj") or lemma(tok) not in TALLY_VERBS:
        return False
    return counted and any(lemma(c) in TALLY_NOUNS for c in kids(tok) if c.dep_ == "dobj")


TALLY_VERBS = frozenset({"bring", "raise", "take", "push", "put", "lift", "increase"})
TALLY_NOUNS = frozenset({"number", "toll", "total", "tally", "count", "figure"})


def _according_elsewhere(head: Token, claim: Claim) -> bool:
    """``X did Y, killing Z, according to W`` / ``…, W said``: the source vouches for the toll clause,
    not the lead event, which the publisher reports itself."""
    doc = head.doc
    cue = char_span(doc, claim.cue.start, claim.cue.end)
    if cue is None or len(cue) == 0:
        return False
    according = claim.cue.text.lower().startswith("according")
    if according:
        attached = cue[0].head
        if (
            attached != head
            and cue[0].i > head.i
            and head.dep_ == "ROOT"
            and attached.dep_ in ("advcl", "acl", "xcomp")
            and attached.tag_ == "VBG"
            and attached.head == head
        ):
            return True  # "firing tear gas and, according to the opposition, live ammunition"
    if not according or cue[0].i < head.i or claim.content.end > claim.cue.start:
        return False  # only an "according to" named after what it vouches for
    content = char_span(doc, claim.content.start, claim.content.end)
    if content is None or not content.start <= head.i < content.end:
        return False
    tolls = [t for t in content if _toll_clause(t) and t.i > content.start]
    if head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT"):
        # "rebels attacked the base in an assault that killed 40, according to X": the act is the
        # sentence's own main clause, which the closing cue covers with its toll (N15)
        tolls = [t for t in tolls if t.dep_ != "relcl"]
    if not tolls:
        return False
    return not any(head in t.subtree for t in tolls)


def _naming(head: Token, claim: Claim) -> bool:
    """ "in what organisers called a warning strike", "what the state described as riots": the speaker
    only names an event; the content is a noun phrase, not a clause."""
    doc = head.doc
    cue = char_span(doc, claim.cue.start, claim.cue.end)
    content = char_span(doc, claim.content.start, claim.content.end)
    if cue is None or content is None or len(cue) == 0 or len(content) == 0:
        return False
    if not any(lemma(t) in NAMING_CUES for t in cue):
        return False
    if any(t.lower_ in ("for", "on", "upon") for t in cue):
        return False  # "called for protests and strikes" is a call, not a name
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("for", "on", "upon")
        and c.i < content.end
        and c.right_edge.i >= content.start
        for c in kids(cue.root)
    ):
        return False  # "called from abroad for a week of total shutdown": the "for" apart from the verb
    if _called_act(head, cue):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in content)


DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"})


def _called_act(head: Token, cue: Span) -> bool:
    """ "The coordination called a 72-hour boycott of classes from Thursday", "unions called a general
    strike": an act newly called, the verb's direct object with no second object naming it (not "what
    organisers called a warning strike", "called the protest a coup") and written indefinitely (not
    "the party, which called the rally, said": a known act)."""
    if head.dep_ == "compound" and head.head.pos_ == "NOUN":
        head = head.head  # "called a protest march"
    verb = head.head
    if head.dep_ != "dobj" or head.pos_ != "NOUN" or lemma(verb) != "call":
        return False
    if not cue.start <= verb.i < cue.end:
        return False
    if any(c.dep_ in ("oprd", "xcomp", "ccomp") or c.lower_ == "what" for c in kids(verb)):
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in kids(head))


def _reporter(head: Token, *, according: bool = True, claimed: frozenset[int] = frozenset()) -> int | None:
    """Fallback attribution: ``according to X`` (when no claims were found at all) or the subject of a
    reporting verb above the trigger. ``claimed``: cue offsets of claims, whose scope is decided."""
    root = clause_head(head)
    doc = head.doc
    low = lowers(doc)
    heads = parse_tree(doc)[2]  # by index: the scan below looks at every token of the segment
    r = root.i
    own_clause = head.i == r or heads[head.i] == r  # ``head in (root, *root.children)``
    first = segment(head)
    for i in range(first.start, first.end):
        if low[i] != "according" or i + 1 >= len(doc) or low[i + 1] != "to":
            continue
        if not according and not (heads[i] == r and own_clause):
            continue  # with claims found elsewhere, only an "according to" on the trigger's own clause
        if claimed and doc[i].idx in claimed:
            continue  # its claim already says what it vouches for ("…, during which …, according to X")
        for c in kids(doc[i + 1]):
            if c.dep_ == "pobj":
                return int(c.i)
    reporting = word_set("reporting_verbs") | word_set("denial")
    seg = segment(head)
    top = head
    while top.head != top and top.dep_ in (
        "conj",
        "xcomp",
        "advcl",
        "dobj",
        "nsubj",
        "nsubjpass",
        "pobj",
        "prep",
    ):
        top = top.head
    for c in kids(top):
        if c.dep_ == "conj" and c.i > head.i and lemma(c) in reporting and _closing_report(c):
            # "…, killing 13 people, medical sources said on Sunday" parsed as a conjunct
            return next(int(g.i) for g in kids(c) if g.dep_ == "nsubj")
        # "Police arrested 40 teachers, witnesses said": the speech verb hangs from the report
        if (
            c.dep_ in ("parataxis", "ccomp", "advcl")
            and lemma(c) in reporting
            and c.i > head.i
            and not any(g.dep_ == "mark" and g.lower_ in SUBORDINATORS for g in kids(c))
            # "…; the police chief said 33 prisoners were killed": a report with content of its own
            and not any(g.dep_ == "ccomp" for g in kids(c))
            and not _charged_participle(c)
        ):
            subj = next((g for g in kids(c) if g.dep_ == "nsubj" and g.pos_ != "PRON"), None)
            if subj is not None:
                return int(subj.i)
    below = head
    for anc, dep in _ancestors(head, 5):
        if not seg.start <= anc.i < seg.end:
            return None
        if dep == "relcl" and anc.pos_ in ("NOUN", "PROPN"):
            return None  # "recalling the Gezi events, in which vandals occupied …": a description
        if (
            dep == "conj"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(below))
            and any(c.dep_ == "dobj" for c in kids(anc))
        ):
            return None  # "unions announced a strike, and mothers have kept up a vigil": a new clause
        told = _told_participle(below, anc, dep)
        if (
            lemma(anc) in reporting
            and below.i < anc.i
            and any(c.dep_ == "ccomp" and c.i > anc.i for c in kids(anc))
        ):
            return None  # "inmates escaped during a riot; the police chief said 33 were killed"
        below = anc
        if lemma(anc) in reporting and (dep in ("ccomp", "dobj", "parataxis", "xcomp", "conj") or told):
            if any(c.dep_ == "auxpass" for c in kids(anc)):
                return None  # "is reported to have": a hedge, not a source
            verb = anc
            for _ in range(2):
                # the subject nearest the verb: "…; the service arrested 30, the group said"
                subjects = [c for c in kids(verb) if c.dep_ == "nsubj" and c.i != head.i and c.pos_ != "PRON"]
                if subjects:
                    return int(min(subjects, key=lambda c: abs(c.i - verb.i)).i)
                if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head != verb:
                    verb = verb.head
                else:
                    break
            return None
    return _misparsed_report(head, top)


# verbs by which someone calls for, warns of or announces an act to come ("reminded the organisers
# that any gathering would be dispersed", "answered that anyone who … will be arrested")
CALLING_VERBS = frozenset(
    {"call", "urge", "appeal", "demand", "warn", "threaten", "vow", "pledge", "promise", "announce", "remind"}
    | {"answer", "say", "tell", "add", "insist", "stress", "declare", "predict", "forecast", "expect"}
    | ASKING
)
CALLER_PATH = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "conj", "advcl", "nsubj", "nsubjpass"})


def _caller(head: Token, claims: Sequence[Claim]) -> Claim | int | None:
    """Who calls for, threatens or foretells an act to come that no claim covers: the claim whose
    cue is the calling verb above the trigger ("has called on women to dress in black", its
    content cut short), else that verb's written subject ("The wali reminded the organisers that
    any gathering would be dispersed"); a pronoun subject is left to the claims."""
    seg = segment(head)
    cur = head
    for _ in range(8):
        if cur.dep_ not in CALLER_PATH or cur.head == cur or not seg.start <= cur.head.i < seg.end:
            return None
        cur = cur.head
        if cur.pos_ not in ("VERB", "AUX") or lemma(cur) not in CALLING_VERBS:
            continue
        said = next((c for c in claims if c.cue.start <= cur.idx < c.cue.end), None)
        if said is not None:
            return said
        verb = cur
        while not any(c.dep_ == "nsubj" for c in kids(verb)) and verb.dep_ in ("advcl", "xcomp", "conj"):
            verb = verb.head  # "went from door to door warning residents that …": the walker's subject
        subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            subj = verb.head  # "his rival, X, called on supporters to …" parsed as a reduced relative
        if subj is None or subj.pos_ == "PRON":
            return None
        # "The Inspector General of Police, Benedict Masanja, answered …": the person named (N10)
        named = next((c for c in kids(subj) if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        return int((named or subj).i)
    return None


def _charged_participle(verb: Token) -> bool:
    """ "arrested 220 people, most of them accused of links to banned parties": a bare participle with
    its charge ("of …", "with …") says what its subject is accused of, not what it reports."""
    return (
        verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in kids(verb))
        and any(c.dep_ == "prep" and c.lower_ in ("of", "with") for c in kids(verb))
    )


def _closing_report(verb: Token) -> bool:
    """A speech verb closing the sentence after a comma with a noun subject and nothing said of its own:
    "…, medical and police sources said on Sunday" (not "…, and the group said it would appeal")."""
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("ccomp", "dobj", "xcomp", "cc") for c in kids(verb)):
        return False
    first = subj.left_edge.i
    return first > 0 and verb.doc[first - 1].text == ","


def _told_participle(child: Token, verb: Token, dep: str) -> bool:
    """ "have described detainees being held in cells …, being beaten by guards": a participle clause
    after the speech verb that tells what the account is of (not "said …, adding", a new clause)."""
    return (
        dep == "advcl"
        and child.i > verb.i
        and child.tag_ in ("VBN", "VBG")
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in kids(child))
        and not any(c.dep_ == "mark" for c in kids(child))
    )


def _misparsed_report(head: Token, top: Token) -> int | None:
    """ "…, killing at least 13 people, medical and police sources said on Sunday": a closing speech
    verb the parser hung on a noun of the report as a relative clause. Its noun subject, or None."""
    doc = head.doc
    heads = parse_tree(doc)[2]
    reporting = word_set("reporting_verbs")
    seg = segment(head)
    toks = tokens(doc)
    for i in range(head.i + 1, seg.end):
        tok = toks[i]
        if tok.dep_ != "relcl" or lemma(tok) not in reporting or tok.tag_ != "VBD":
            continue
        subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.tag_ in ("WP", "WDT"):
            return None
        first = subj.left_edge.i
        if first == 0 or toks[first - 1].text != ",":
            return None  # a relative clause proper: "the people police said were armed"
        j = i
        for _ in range(8):  # the clause of the report holds the speech verb
            if j == top.i:
                return int(subj.i)
            if heads[j] == j:
                break
            j = heads[j]
        return None
    return None


# verbs that bring a charge or a verdict: the act they name is the charging body's account
CHARGING_VERBS = frozenset({"accuse", "charge", "convict", "sentence", "indict", "prosecute", "find"})
# nouns of the body that brings a charge, looked for in the article when the sentence names none
CHARGING_BODIES = frozenset({"judiciary", "court", "prosecutor", "prosecution", "tribunal"})
# abuse a court finds officers guilty of is the abuse itself, told as established ("seven officers were
# convicted of torturing detainees": asserted), as events.CHARGED_ABUSE keeps it a record
FOUND_ABUSE = frozenset({"torture", "abuse", "mistreat", "beat", "ill-treat"})


def _charged_act(head: Token) -> bool:
    """ "accused of setting fire to a Basij base", "sentenced to death for setting fire to a police
    station", "found guilty of torching …": an act told only as what someone is charged with."""
    if head.tag_ != "VBG" or head.dep_ != "pcomp" or lemma(head) in FOUND_ABUSE:
        return False
    prep = head.head
    if prep.lower_ not in ("of", "for") or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ == "ADJ" and verb.lower_ == "guilty":
        verb = verb.head
    return (
        verb.pos_ in ("VERB", "AUX")
        and lemma(verb) in CHARGING_VERBS
        and (lemma(verb) != "find" or any(c.lower_ == "guilty" for c in kids(verb)))
    )


def _charging_body(head: Token) -> int | None:
    """The body that brings a charge no speaker tells: the agent of the charging verb ("convicted by a
    Revolutionary Court of …"), else the nearest judiciary, court or prosecutor the article names before
    the act, else after it (docs/gold-format.md: a charge is the charging body's account)."""
    verb = head.head.head
    agent = next((c for c in kids(verb) if c.dep_ == "agent"), None)
    if agent is not None:
        obj = next((c for c in kids(agent) if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None:
            return int(obj.i)
    doc = head.doc
    before = [t.i for t in doc[: head.i] if t.pos_ in ("NOUN", "PROPN") and t.lower_ in CHARGING_BODIES]
    if before:
        return int(before[-1])
    after = [t.i for t in doc[head.i :] if t.pos_ in ("NOUN", "PROPN") and t.lower_ in CHARGING_BODIES]
    return int(after[0]) if after else None
