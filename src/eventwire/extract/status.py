"""Event status: asserted, attributed, predicted, hypothetical or negated, from the parse around a trigger.

Negation and denial win over modality, modality over prediction, prediction over
attribution. An event inside a claim's content is ``attributed`` to the claim's
speaker unless it is negated, predicted or hypothetical inside it (the source and
claim id are kept either way). Unattributed hedges ("reportedly") leave an event
asserted and only mark it ``hedged``.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..nlp.text import tokens
from ..records import Actor, Claim, EventStatus, Span, Time
from .coref_draft import Denial
from .lexicon import word_set
from .syntax import (
    char_span,
    clause_head,
    doc_word_set,
    kids,
    lemma,
    lemmas,
    lowers,
    parse_tree,
    segment,
    token_at,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Span_

__all__ = ["StatusInfo", "disputed_report", "event_status", "is_publisher"]

NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "noone", "no-one"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
TIME_NOUNS = frozenset(
    {
        "week",
        "month",
        "year",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "weekend",
        "day",
        "days",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
    }
)
PASSES_THROUGH = frozenset(
    {
        "xcomp",
        "ccomp",
        "dobj",
        "pobj",
        "prep",
        "conj",
        "advcl",
        "acomp",
        "attr",
        "nsubjpass",
        "nsubj",
        "pcomp",
        "oprd",
        "acl",
        "appos",
        "npadvmod",
        "compound",
    }
)


CALENDAR_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "tonight"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december"}
)
# verbs whose infinitive did not happen: "failed to pass", "refused to join the strike", "declined to"
FAILED = frozenset({"fail", "refuse", "decline", "neglect"})
# refusals that are themselves the protest: "refused to work", "refused to reopen their shops"
REFUSAL_ACTS = frozenset(
    {"work", "open", "reopen", "return", "eat", "teach", "attend", "trade", "serve", "obey"}
)
DELAYS = frozenset({"delay", "stay", "defer", "shelve", "ditch", "withdraw", "rescind", "revoke"})
MEDIA_NOUNS = frozenset({"video", "footage", "photo", "photograph", "image", "picture", "clip", "recording"})
SHOW_VERBS = frozenset({"show", "depict", "capture", "appear"})
VET_VERBS = frozenset(
    {"verify", "obtain", "receive", "see", "review", "geolocate", "authenticate", "examine", "check"}
)
SHARE_VERBS = frozenset({"share", "post", "publish", "circulate", "release", "broadcast", "air", "upload"})
# verbs that bring an event about: "plans to hold protests", "vowed to stage a strike"
STAGING = frozenset(
    {"hold", "stage", "organise", "organize", "launch", "start", "begin", "carry", "mount", "join", "call"}
    | {"go", "resume", "escalate", "intensify", "step", "lead", "conduct", "declare", "announce", "plan"}
    | {"reconsider", "allow", "permit", "approve", "authorise", "authorize"}  # what is still to come
    | {"observe"}  # "to observe a general strike": to take part in it
)
PLURAL_TIME_NOUNS = frozenset({"weeks", "months", "days", "years", "weekends"})
HOLD_VERBS = frozenset({"hold", "stage", "organise", "organize", "launch", "take", "begin", "start", "carry"})
# "agreed to", "offered to", "resolved to": commitments still to be carried out
MORE_PREDICTION = frozenset({"agree", "offer", "resolve", "propose", "arrange"})
# "vowed to end the strike": the strike is under way, only its end is ahead
TERMINATIVE = frozenset(
    {"end", "stop", "halt", "suspend", "lift", "break", "finish", "conclude", "cease", "continue", "extend"}
    | {"prolong", "maintain", "sustain"}
)
PLAN_NOUNS = frozenset(
    {"plan", "call", "bid", "threat", "proposal", "intention", "pledge", "vow", "ultimatum", "appeal"}
)
BACKGROUND_PREPS = frozenset({"during", "since", "amid", "after", "following", "before", "throughout"})
SPAN_NOUNS = frozenset(
    {
        "day",
        "night",
        "week",
        "month",
        "year",
        "decade",
        "wave",
        "series",
        "spate",
        "string",
        "round",
        "cycle",
        "history",
        "weekend",
    }
)


REPORT_NOUNS = frozenset(
    {"report", "claim", "allegation", "accusation", "account", "rumour", "rumor", "talk", "story"}
)  # "the talk of a nationwide strike is a fabrication"
# "there is no truth to rumours that …", "no evidence that …", "no sign of protests": a "no" on one of
# these nouns denies what it governs.
EVIDENCE_NOUNS = REPORT_NOUNS | frozenset(
    {"truth", "evidence", "sign", "indication", "proof", "confirmation", "trace", "basis", "record", "word"}
)
# "no cases of torture", "no incidents of looting": a "no" on a count noun denies the kind of act it names
NONE_OF_NOUNS = frozenset({"case", "incident", "instance"})
FALSITY = frozenset(
    {
        "false",
        "untrue",
        "baseless",
        "unfounded",
        "groundless",
        "fabricate",
        "fabricated",
        "fake",
        "invent",
        "lie",
        "lies",
    }
    | {"fiction", "fabrication", "propaganda", "rumour", "rumor", "nonsense"}
)
DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "disprove", "contradict", "disown"})
# speech and commitment verbs whose "would" is a future in the past ("warned that police would …")
FUTURE_IN_PAST_VERBS = frozenset(
    {"warn", "vow", "threaten", "promise", "pledge", "predict", "insist", "announce", "declare", "signal"}
    | {"fear", "expect", "anticipate", "forecast", "worry"}  # "feared they would be tortured": a forecast
)
# cues that only name an event someone else reports as fact ("in what organisers called a warning strike")
NAMING_CUES = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterise", "characterize"})
# plans in the past ("the group planned to set fire to …"): a plot, not a forecast, unless dated ahead
# "X are set / due / poised / slated to strike": an announced event still to come
POISED = frozenset({"set", "due", "poised", "slate", "slated"})
# "asked traders to observe a strike", "appealed to residents to join the march": what they are asked to do
ASKING = frozenset({"ask", "appeal", "encourage", "exhort", "implore", "invite", "beg"})
# verbs of calling or demanding whose SUBJECT is the one calling: the event doing the calling is real
CALLER_VERBS = frozenset({"call", "demand", "urge", "appeal", "press", "push", "seek"})
PLOT_VERBS = frozenset({"plan", "plot", "intend", "conspire", "prepare", "aim"})
# "Another uprising is inevitable", "a crackdown is imminent": a predicate that forecasts its subject
FORECAST_PREDICATES = frozenset(
    {"inevitable", "imminent", "certain", "likely", "expected", "unavoidable", "bound"}
)
# "at imminent risk of execution", "an imminent threat of attack": the danger is forecast, not imagined
IMMINENCE = frozenset({"imminent", "impending", "immediate"})
# subjects that make a clause a condition: "anyone who joins will be arrested"
ANY_ONE = frozenset({"anyone", "anybody", "whoever", "whomever", "anything"})
# prepositions that name who made a report: "reports in foreign media", "claims on social media"
REPORT_OWNER_PREPS = frozenset({"in", "on", "by", "from", "of"})
PLACE_NOUNS = frozenset(
    {"area", "region", "city", "town", "village", "country", "province", "district", "capital", "north"}
    | {"south", "east", "west", "border", "past", "week", "month", "year", "day", "morning", "night"}
)
# "an all-out assault would lead to a massacre": the subject of these is a premise, not a forecast
CONSEQUENCE_OF = frozenset(
    {"lead", "cause", "trigger", "result", "spark", "provoke", "mean", "spell", "risk", "be"}
)


@dataclass(frozen=True, slots=True)
class StatusInfo:
    status: EventStatus
    source: Actor | None = None
    claim_id: str | None = None
    hedged: bool = False
    reporter: int | None = None  # token index of the subject of a reporting verb (fallback attribution)
    # "the minister rejected reports in foreign media that detainees were beaten": the report is the
    # media's (attributed), and the minister's denial is a record of its own (docs/gold-format.md S1)
    denied_by: Denial | None = None


def _ancestors(tok: Token, limit: int = 5) -> list[tuple[Token, str]]:
    """(ancestor, dep of the child below it) pairs, nearest first, stopping at the sentence root."""
    doc = tok.doc
    memo: dict[int, list[tuple[Token, str]]] | None = doc.user_data.get(_CHAINS)
    if memo is None:
        memo = doc.user_data[_CHAINS] = {}  # each event asks for the same chain up to ten times
    chain = memo.get(tok.i)
    if chain is None:
        chain = memo[tok.i] = _chain(doc, tok.i)
    return chain[:limit]


_CHAINS = "eventwire.status.chains"
_CHAIN_LIMIT = 8  # longer than any limit asked for


def _chain(doc: Doc, i: int) -> list[tuple[Token, str]]:
    _, deps, heads = parse_tree(doc)  # by index: each ``.head`` would build a Token
    toks = tokens(doc)
    out: list[tuple[Token, str]] = []
    for _ in range(_CHAIN_LIMIT):
        h = heads[i]
        if h == i:
            break
        out.append((toks[h], deps[i]))
        i = h
    return out


def _has_neg(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in kids(tok))


def _negative_argument(tok: Token) -> bool:
    for c in kids(tok):
        if c.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
            continue
        if c.lower_ in NEGATIVE_SUBJECTS:
            return True
        if any(g.lower_ == "no" and g.dep_ in ("det", "neg") for g in kids(c)):
            return True
        if c.lower_ == "one" and c.i > 0 and c.doc[c.i - 1].lower_ == "no":
            return True
        if _not_one(c):
            return True
    return False


def _not_one(arg: Token) -> bool:
    """ "Not a single shot was fired", "not one protester was arrested": a negated singular."""
    words = lowers(arg.doc)[arg.left_edge.i : arg.i + 1]
    if len(words) < 2 or words[0] != "not":
        return False
    rest = words[1:]
    return rest[:2] == ["a", "single"] or rest[:1] == ["one"] or rest[:2] == ["even", "one"]


def _noun_phrase_head(head: Token) -> Token:
    """``protest`` of "no protest actions": the noun a compound modifier belongs to."""
    cur = head
    for _ in range(3):
        if cur.dep_ != "compound" or cur.head == cur:
            break
        cur = cur.head
    return cur


def _no_det(tok: Token) -> bool:
    return any(c.lower_ == "no" and c.dep_ in ("det", "neg") for c in kids(tok))


def _without(head: Token) -> bool:
    """ "ended without arrests", "dispersed without anyone being hurt": the event did not take place."""
    cur = head
    for _ in range(3):
        if cur.dep_ in ("pobj", "pcomp") and cur.head.lower_ == "without":
            return True
        light = cur.dep_ == "dobj" and lemma(cur.head) in LIGHT_VERBS  # "without making arrests"
        if (cur.dep_ not in ("compound", "conj", "nsubj", "nsubjpass") and not light) or cur.head == cur:
            return False
        cur = cur.head
    return False


def _called_false(noun: Token) -> bool:
    """ "reports of clashes were fabricated", "claims that … are baseless"."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    if lemma(verb) in FALSITY:
        return True
    return any(c.dep_ in ("acomp", "attr", "oprd") and lemma(c) in FALSITY for c in kids(verb))


def _denied_report(noun: Token) -> bool:
    """ "rejected reports that …", "no truth to rumours that …", "there were no reports of arrests"."""
    if _no_det(noun) or _called_false(noun):
        return True
    cur = noun
    for _ in range(3):
        if cur.head == cur:
            return False
        if cur.dep_ in ("dobj", "pobj", "nsubjpass") and lemma(cur.head) in DENIAL_VERBS:
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ == "as" and lemma(cur.head.head) in DENIAL_VERBS:
            return True  # "rejected as "baseless" claims that …": the object after its judgement
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            cur = cur.head.head  # "no truth to rumours", "there was no truth to rumours"
            holders = [cur, *(c for c in kids(cur) if c.dep_ in ("attr", "nsubj"))]
            if any(h.pos_ == "NOUN" and _no_det(h) and lemma(h) in EVIDENCE_NOUNS for h in holders):
                return True
            continue
        return False
    return False


def disputed_report(noun: Token) -> bool:
    """A report someone denies or calls false: "rejected reports that …", "fabricated reports by …",
    "described as "fabrications" statements by …" (docs/gold-format.md G4)."""
    if _denied_report(noun):
        return True
    if any(c.i < noun.i and lemma(c) in FALSITY for c in kids(noun)):
        return True  # "what he called "fabricated" reports", ""fabrications" statements"
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return lemma(verb) in NAMING_CUES and any(
        verb.i < t.i < noun.i and lemma(t) in FALSITY for t in verb.subtree
    )  # "described as "a slanderous fabrication" claims circulated by …"


def _denial(head: Token, claim: Claim | None, publisher: str | None) -> Denial | None:
    """Who denies the report that tells the event, in which claim, by which word: the speaker of the
    claim that covers it, the denying verb above the report noun ("rejected", "dismissed")."""
    if claim is None:
        return None
    word = next((anc for anc, _dep in _ancestors(head, 6) if lemma(anc) in DENIAL_VERBS), None)
    if word is None or not claim.evidence.start <= word.idx < claim.evidence.end:
        return None
    if is_publisher(claim.speaker, publisher):
        return None  # S7: the publisher's own denial has no speaker to carry (left to the report)
    return Denial(
        denier=claim.speaker, claim_id=claim.id, cue=Span(word.text, word.idx, word.idx + len(word.text))
    )


def _denied_report_owner(head: Token) -> Token | None:
    """ "rejected reports in foreign media that detainees were beaten", "dismissed claims on social
    media that …": the speaker denies what someone else reports; the event is that someone's claim.
    The owner of the report (its "in / on / by / from" phrase or possessor), or None."""
    for anc, dep in _ancestors(head, 6):
        if lemma(anc) in REPORT_NOUNS and anc.pos_ == "NOUN":
            if dep not in ("acl", "ccomp", "relcl", "appos") or not _denied_report(anc):
                return None
            for c in kids(anc):
                if c.dep_ in ("poss", "compound") and _can_report(c):
                    return c  # "Amnesty's reports", "opposition claims", "media reports"
                if c.dep_ == "prep" and c.lower_ in REPORT_OWNER_PREPS:
                    obj = next((o for o in kids(c) if o.dep_ == "pobj"), None)
                    if obj is not None and _can_report(obj):
                        return obj
            for c in kids(anc):
                if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i < head.i:
                    # "rumours circulated online by opposition figures", "claims circulating on social
                    # media": who spread the report
                    for p in kids(c):
                        if p.dep_ in ("prep", "agent") and p.lower_ in REPORT_OWNER_PREPS:
                            obj = next((o for o in kids(p) if o.dep_ == "pobj"), None)
                            if obj is not None and _can_report(obj):
                                return obj
            return None
        if dep not in PASSES_THROUGH and dep != "agent":  # "… after being hit by a rubber bullet"
            return None
    return None


def _can_report(tok: Token) -> bool:
    """A noun that can have made a report: not a place or a time ("reports from the region")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME"):
        return False
    return lemma(tok) not in PLACE_NOUNS


def _own_act(head: Token, failed: Token) -> bool:
    """The trigger is what ``failed`` says did not happen: its infinitive, or the event that infinitive
    stages ("failed to hold the rally"), not an object it acts on ("refused to meet the demands")."""
    comp = head if head.head == failed else head.head
    if comp.head != failed or comp.dep_ != "xcomp":
        return False
    if lemma(failed) == "refuse" and lemma(comp) in REFUSAL_ACTS:
        return False
    return comp == head or (
        head.dep_ == "dobj" and lemma(comp) in LIGHT_VERBS | {"join"} and lemma(failed) != "refuse"
    )


def _unheeded(head: Token) -> bool:
    """The call for the event went unheeded: "calls for a general strike went unheeded", "an appeal for
    protests was ignored", "the call for a boycott failed" (so the strike, the protests, did not happen)."""
    if head.pos_ != "NOUN":
        return False
    for anc, dep in _ancestors(head, 5):
        if dep not in ("pobj", "prep"):
            return False
        if anc.pos_ == "NOUN" and lemma(anc) in ("call", "appeal"):
            if anc.dep_ not in ("nsubj", "nsubjpass"):
                return False
            pred = anc.head
            if lemma(pred) in UNHEEDED or (anc.dep_ == "nsubjpass" and pred.lower_ in UNHEEDED):
                return True
            return any(c.dep_ in ("acomp", "oprd") and c.lower_ in UNHEEDED for c in kids(pred))
    return False


# "went unheeded", "fell on deaf ears" is idiomatic; "were ignored", "failed", "fizzled"
UNHEEDED = frozenset(
    {"unheeded", "unanswered", "ignored", "ignore", "fail", "fizzle", "flop", "founder", "disregard"}
    | {"disregarded"}
)


# what a story about an event is, and the predicates that call it untrue ("information … about the use
# of force "does not correspond to reality"", "reports that … are not true")
STORY_NOUNS = frozenset({"information", "report", "claim", "allegation", "news", "rumour", "rumor", "post"})
STORY_FORMS = STORY_NOUNS | frozenset({"reports", "claims", "allegations", "rumours", "rumors", "posts"})
MATCH_VERBS = frozenset({"correspond", "conform", "match", "reflect"})
TRUTH_WORDS = frozenset({"reality", "truth", "fact", "true", "accurate", "correct"})


def _told_untrue(head: Token) -> bool:
    """The event is what a story "does not correspond to reality" or "is not true" tells: a story noun
    before it, a negated match or truth predicate after it, in its sentence (walked by index, as the
    parser often hangs such a sentence apart)."""
    doc = head.doc
    words = doc_word_set(doc)
    if words.isdisjoint(STORY_FORMS) or words.isdisjoint(("not", "n't")):
        return False
    lem, low = lemmas(doc), lowers(doc)
    pos, deps, heads = parse_tree(doc)
    sent = segment(head)
    if not any(
        lem[i] in STORY_NOUNS and pos[i] == "NOUN" for i in range(max(sent.start, head.i - 12), head.i)
    ):
        return False
    for i in range(head.i + 1, min(sent.end, head.i + 25)):
        if deps[i] != "neg":
            continue
        pred = heads[i]
        if lem[pred] in MATCH_VERBS and any(
            lem[j] in TRUTH_WORDS for j in range(pred + 1, min(sent.end, pred + 4))
        ):
            return True  # "does not correspond to reality"
        if lem[pred] == "be" and any(low[j] in TRUTH_WORDS for j in range(i + 1, min(sent.end, i + 3))):
            return True  # "are not true"
    return False


# verbs whose negation affirms the act below them: "will not hesitate to respond decisively"
LITOTES = frozenset({"hesitate"})


def _unhesitating(head: Token) -> bool:
    """The act a speaker "will not hesitate" to do: a warning of force, hanging on whoever acts (N2)."""
    for anc, dep in _ancestors(head, 2):
        if dep != "xcomp":
            return False
        if lemma(anc) in LITOTES and _has_neg(anc):
            return True
    return False


def _negated(head: Token, verb: Token | None) -> bool:
    if _has_neg(head) or _negative_argument(head) or _unheeded(head):
        return True
    if _no_det(head) or _without(head):
        return True
    if head.dep_ in ("acl", "xcomp") and head.head.pos_ == "NOUN" and _no_det(head.head):
        return True  # "no operation to detain him was planned", "there is no plan to strike"
    phrase = _noun_phrase_head(head)
    if phrase != head:
        if _no_det(phrase) or _negative_argument(phrase):
            return True  # "no protest actions had been recorded"
        if (
            phrase.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
            and phrase.head.pos_ in ("VERB", "AUX")
            and _has_neg(phrase.head)
        ):
            return True  # "did not hold protest rallies"
    if (
        verb is not None
        and head.dep_ == "pobj"
        and head.head.lower_ == "on"
        and lemma(verb) in ("be", "go", "remain", "stay")
        and _negative_argument(verb)
    ):
        return True  # "no inmate was on hunger strike", "nobody went on strike"
    if verb is not None and verb != head and head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "pobj"):
        if _has_neg(verb) and head.dep_ != "pobj":
            return True
        if verb.lemma_ == "be" and _has_neg(verb):
            return True
    if _told_untrue(head):
        return True
    for anc, dep in _ancestors(head, 3):
        if dep in ("xcomp", "acomp") and _has_neg(anc) and lemma(anc) not in LITOTES:
            return True  # "have not been able to arrest" (not "would not hesitate to respond": a threat)
        if dep == "acomp" and lemma(anc) == "be" and _negative_argument(anc):
            return True  # "no one had been ill-treated", parsed as "been" with a complement
        if dep not in ("xcomp", "acomp"):
            break
    denial = word_set("denial")
    cancel = word_set("cancel")
    for anc, dep in _ancestors(head, 4):
        lem = lemma(anc)
        if (
            lem in EVIDENCE_NOUNS
            and anc.pos_ == "NOUN"
            and dep in ("acl", "relcl", "ccomp", "appos", "prep", "pobj")
        ):
            if _denied_report(anc):
                return True  # "rejected reports that detainees were beaten", "no evidence of torture"
            if lem in REPORT_NOUNS and dep not in ("prep", "relcl"):
                break  # "reports that detainees were beaten": the reports' claim, not a denial of fact
        if lem in NONE_OF_NOUNS and anc.pos_ == "NOUN" and dep in ("prep", "pobj", "conj") and _no_det(anc):
            return True  # "no cases of torture or ill-treatment were recorded", "no incidents of violence"
        if dep == "ccomp" and any(
            c.dep_ in ("attr", "nsubj") and lemma(c) in EVIDENCE_NOUNS and _no_det(c) for c in kids(anc)
        ):
            return True  # "there was no truth to rumours … that residents had been arrested"
        denies = (lem in denial or lem in DENIAL_VERBS) and (
            lem not in ("dismiss", "reject") or dep == "ccomp"
        )
        # "dismissed workers before their strike" is a sacking; "dismissed claims that …" goes via the noun
        if denies and dep in ("ccomp", "dobj", "pobj", "xcomp", "prep", "nsubjpass", "pcomp"):
            return True
        if lem in FAILED and dep == "xcomp" and _own_act(head, anc):
            return (
                True  # "failed to disperse", "refused to hold the rally" (but "refused to work" is a strike)
            )
        if (lem in cancel or lem in DELAYS) and dep in ("dobj", "nsubjpass", "xcomp"):
            if lem == "call" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in kids(anc)):
                continue
            return True
        if dep not in PASSES_THROUGH:
            break
    return False


def _modal(tok: Token) -> tuple[str | None, bool]:
    """The modal auxiliary of a verb (lower-cased) and whether a perfect ``have`` follows it."""
    memo: dict[int, tuple[str | None, bool]] | None = tok.doc.user_data.get(_MODALS)
    if memo is None:
        memo = tok.doc.user_data[_MODALS] = {}  # asked of the same verbs by every event of a clause
    found = memo.get(tok.i)
    if found is None:
        found = memo[tok.i] = _read_modal(tok)
    return found


_MODALS = "eventwire.status.modals"


def _read_modal(tok: Token) -> tuple[str | None, bool]:
    modal = None
    perfect = False
    for c in kids(tok):
        if c.dep_ in ("aux", "auxpass"):
            if c.lower_ in word_set("modal_hypothetical") or c.lower_ in FUTURE_MODALS:
                modal = c.lower_
            elif lemma(c) == "have" and modal is not None:
                perfect = True
    return modal, perfect


ONGOING_VERBS = frozenset({"continue", "go", "enter", "drag", "last", "persist", "remain", "stay"})


def _past(tok: Token) -> bool:
    """A verb in a past tense ("marched", "were throwing", "had been arrested")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in kids(tok))


def _reported(verb: Token) -> bool:
    """A clause reported by a speech verb ("said that ... would"): its ``would`` is a future-in-past."""
    cur = verb
    for _ in range(3):
        if cur.head == cur:
            return False
        if cur.dep_ in ("ccomp", "conj") and (
            lemma(cur.head) in word_set("reporting_verbs") or lemma(cur.head) in FUTURE_IN_PAST_VERBS
        ):
            return True
        cur = cur.head
    return False


def _set_for_day(participle: Token) -> bool:
    """ "planned for Saturday", "scheduled on 15 May": the participle names the day the act is set
    for (not a stretch it took: "planned for weeks")."""
    for p in kids(participle):
        if p.dep_ != "prep" or p.lower_ not in ("for", "on"):
            continue
        for o in kids(p):
            if (
                o.dep_ == "pobj"
                and o.tag_ in ("NNP", "CD")
                and (o.ent_type_ == "DATE" or o.lower_ in TIME_NOUNS)
            ):
                return True
    return False


def _own_condition(verb: Token) -> bool:
    """The verb carries an if- or unless-clause of its own. One written after a coordinated verb is
    that verb's ("sealed 30 shops and threatened owners with prosecution if they did not reopen":
    the shops were sealed), though the parser may hang it on the first."""
    children = kids(verb)
    for c in children:
        if c.dep_ != "advcl" or not _condition_mark(c):
            continue
        if c.i > verb.i and any(o.dep_ in ("cc", "conj") and verb.i < o.i < c.i for o in children):
            continue
        return True
    return False


def _shared_condition(verb: Token) -> bool:
    """ "would march to the governor's office and block the road if their wages were not paid": a
    condition written after two verbs that share one subject and one modal holds for both, though
    the parser hangs it on the last (not "sealed 30 shops and threatened owners … if …", where the
    first verb has no modal: the shops were sealed)."""
    modal = _modal(verb)[0]
    if modal not in FUTURE_MODALS and modal != "would":
        return False
    return any(
        c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(g.dep_ in ("nsubj", "nsubjpass", "aux") for g in kids(c))
        and _own_condition(c)
        for c in kids(verb)
    )


def _condition_mark(clause: Token) -> bool:
    """The clause is a condition: marked "if" or "unless", but not a comparison "as if" ("beat us as if
    we were criminals") nor a concession "even if"."""
    low = lowers(clause.doc)
    return any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") and (c.i == 0 or low[c.i - 1] not in ("as", "even"))
        for c in kids(clause)
    )


def _clause_verbs(head: Token, verb: Token | None) -> list[Token]:
    out = [head]
    if verb is not None and verb != head:
        out.append(verb)
    if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        out.append(head.head)
    return out


def _mood(
    head: Token, verb: Token | None, *, published: date | None, time: Time | None
) -> EventStatus | None:
    """hypothetical / predicted from the clause, or None."""
    if head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in kids(head)):
        return "hypothetical"  # "any protest will be crushed"
    if _conditional_subject(head, verb):
        return "hypothetical"  # "anyone who took part would be arrested"
    if _unhesitating(head):
        return "hypothetical"  # "will not hesitate to respond decisively": a threat (N2)
    if _forecast(head):
        return "predicted"  # "another uprising is inevitable", "at imminent risk of execution"
    if _judged_definite(head):
        return None  # "punish the teachers for their illegal strike": a strike that took place
    if _redress_object(head):
        return None  # "must open an investigation into the deaths": the deaths took place
    if _did_something(head):
        return None  # "called a general strike that shut banks": the strike took place
    hedged_modal = False
    governor = clause_head(head)
    for v in {head.i: head, governor.i: governor}.values():
        if _own_condition(v) or _shared_condition(v):
            return "hypothetical"  # a consequence: "if they arrest one of us, shops will close"
    for anc, dep in _ancestors(head, 5):
        if dep != "ccomp":
            if dep == "xcomp" and anc.pos_ in ("VERB", "AUX") and _own_condition(anc):
                # "unless the pace changes, the kingdom is on course to exceed 340 executions": the
                # condition of the clause the act's verb completes
                return "hypothetical"
            if dep in ("nsubj", "nsubjpass", "dobj", "pobj", "prep", "compound", "xcomp"):
                continue  # "… that the number of executions will exceed 1,500"
            break
        if _own_condition(anc):
            return (
                "hypothetical"  # "If the world does not act now, we fear that executions will exceed 1,500"
            )
        break
    for anc, dep in _ancestors(head, 2):
        if dep not in ("xcomp", "dobj") or anc.pos_ != "VERB":
            break
        if any(c.dep_ == "advcl" and _condition_mark(c) for c in kids(anc)):
            return "hypothetical"  # "would resume clearing operations … if the blockaders did not withdraw"
    for v in _clause_verbs(head, verb):
        modal, perfect = _modal(v)
        if v != head and modal in FUTURE_MODALS and lemma(v) in ONGOING_VERBS and head.dep_ == "nsubj":
            continue  # "the strike will continue": the strike is under way
        if v != head and head.dep_ in ("nsubj", "nsubjpass") and modal in ("must", "should", "can"):
            continue  # "the killing of protesters must stop" presupposes the killing
        if v != head and head.dep_ == "nsubj" and lemma(v) in CONSEQUENCE_OF and not _indefinite(head):
            continue  # "the killing would lead to vengeance": the killing is known, its consequence is not
        if modal in FUTURE_MODALS:
            return "predicted"
        if (
            modal == "would"
            and v != head
            and head.dep_ == "nsubj"
            and lemma(v) in CONSEQUENCE_OF
            and _indefinite(head)
        ):
            return "hypothetical"  # "warned that an assault would lead to a massacre"
        if modal == "would" and _reported(v):
            return "predicted"
        if modal is not None and not perfect:
            return "hypothetical"
        if modal == "would":
            return "hypothetical"
        if modal is not None:
            hedged_modal = True
    del hedged_modal
    for c in kids(head):
        if c.dep_ == "relcl" and _modal(c)[0] in FUTURE_MODALS and head.pos_ == "NOUN":
            return "predicted"
        if c.dep_ in ("amod", "compound") and lemma(c) in word_set("hypothetical_adjectives"):
            return "hypothetical"
        if c.dep_ in ("amod", "compound") and (
            c.lower_ in word_set("prediction_adjectives") or lemma(c) in word_set("prediction_adjectives")
        ):
            return "predicted"
        if (
            c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c.lower_ in word_set("prediction_adjectives")
            and _set_for_day(c)
        ):
            return "predicted"  # "a rally planned for Saturday": the planned rally after its noun
    if head.pos_ == "NOUN" and _dated_for(head):
        return "predicted"  # "announced a general strike for Thursday"
    if (
        head.pos_ == "NOUN"
        and head.dep_ == "pobj"
        and head.head.lower_ in ("before", "after", "since", "during")
    ):
        return None  # "before their illegal strike": a time landmark, taken as known
    through_noun = False
    for anc, dep in [(head, "self"), *_ancestors(head, 5)]:
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in kids(anc)) or _condition_mark(anc):
            return "hypothetical"
        if through_noun:
            break  # "demand the release of classmates arrested": the arrest is not what is demanded
        lem = lemma(anc)
        if anc.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in kids(anc)):
            return "hypothetical"  # "any protest will be crushed", "any attempt to march on the palace"
        if anc != head and _acted_upon(head, anc):
            return None  # "a plan to monitor the protest", "vowed to crush the protests": the protest is real
        if anc != head and anc.pos_ in ("NOUN", "PROPN") and dep != "compound":
            through_noun = True
            if lem in word_set("hypothetical_heads"):
                return "hypothetical"  # "the risk of riots", "fears of a crackdown"
            if (
                lem in PLAN_NOUNS
                and dep in ("pobj", "acl", "prep")
                and not _past(head)
                and head.tag_ != "VBN"
            ):
                return "predicted"  # "plans for a general strike", "calls for protests"
            continue
        if anc != head and lem in word_set("hypothetical_heads"):
            return "hypothetical"
        if anc != head and lem in TERMINATIVE and dep in ("dobj", "nsubjpass"):
            return None  # "vowed to end the strike": the strike is under way
        if anc != head and dep == "nsubj" and lem in CALLER_VERBS:
            return (
                None  # "graffiti calling for … appeared", "a strike demanding pay rises": the caller is real
            )
        # "agreed to end", not "agreed a deal"; "are set to strike", "are due to march"
        commits = (lem in MORE_PREDICTION or lem in POISED or lem in ASKING) and dep == "xcomp"
        if anc != head and (lem in word_set("prediction") or commits) and not _past(head):
            if lem == "call" and not (
                dep == "xcomp" or any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in kids(anc))
            ):
                pass
            elif lem in PLOT_VERBS and anc.tag_ == "VBD" and not _ahead(time, published):
                return "hypothetical"
            elif _conditioned(anc):
                return "hypothetical"  # "urged his followers to hold sit-ins if it did not"
            else:
                return "predicted"
        known = dep == "nsubj" and lemma(anc) in CONSEQUENCE_OF and not _indefinite(head)
        if anc != head and not known:
            modal, perfect = _modal(anc)
            if modal in FUTURE_MODALS and dep in (
                "acomp",
                "xcomp",
                "dobj",
                "nsubj",
                "nsubjpass",
                "ccomp",
                "attr",
                "prep",
                "pcomp",
                "pobj",
            ):
                return "predicted"
            if modal == "would" and _reported(anc):
                return "predicted"
            if modal == "would" or (modal is not None and not perfect and dep in ("xcomp", "dobj", "attr")):
                return "hypothetical"
        if anc != head and anc.lemma_ == "go" and any(c.lower_ == "to" for c in kids(head)):
            return "predicted"
        if dep not in PASSES_THROUGH and dep != "self":
            break
    told_past = (head.pos_ == "VERB" and _past(head)) or (
        verb is not None and head.dep_ == "nsubj" and _past(verb)
    )  # "disappearances had become a tool … in the run-up to the 2026 elections"
    if _ahead(time, published) and not told_past:
        return "predicted"  # but "who was killed … on 10 August" told the day before: the year is off
    if _scheduled(head) or (
        verb is not None
        and (head.dep_ in ("nsubj", "nsubjpass") or (head.dep_ == "dobj" and lemma(verb) in STAGING))
        and _scheduled(verb)
    ):
        return "predicted"  # "Teachers to strike on Monday", "the trial is set to begin"
    scope = verb if verb is not None else head
    doc = scope.doc
    if doc_word_set(doc).isdisjoint(AHEAD_WORDS):
        return None  # none of the words below anywhere in the article
    own = clause_head(scope)
    low = lowers(doc)
    heads = parse_tree(doc)[2]
    for t in scope.subtree:
        i = t.i
        if not (
            low[i] == "tomorrow"
            or (low[i] in ("next", "coming") and low[heads[i]] in TIME_NOUNS | PLURAL_TIME_NOUNS)
        ):
            continue
        if i > 0 and low[i - 1] == "the" and low[heads[i]] in FOLLOWING_PARTS:
            continue  # "carried out at dawn the next day": the day after, told past
        if clause_head(t) != own and clause_head(t.head) != own:
            continue  # "rejected after talks broke down when … by next year": another clause's time
        return "predicted"
    return None


AHEAD_WORDS = frozenset({"tomorrow", "next", "coming"})
FOLLOWING_PARTS = frozenset({"day", "morning", "afternoon", "evening", "night"})


def _call_cue(claim: Claim) -> bool:
    """A call to action ("called for", "called on", "urged", "appealed for", "asked X to"): it asserts
    nothing, so an event it mentions that is not what it calls for ("protests which left 12 dead", "the
    release of students detained on Monday") is the publisher's."""
    words = claim.cue.text.lower().split()
    verb = next((w for w in words if w not in ("has", "have", "had", "also", "again")), "")
    if verb.startswith(("urg", "appeal", "demand", "ask")):
        return True
    # "called for", "called on"; a bare "called" frames a called action ("called a general strike"),
    # its naming sense ("called the protests a plot") being a naming cue
    return verb.startswith("call")


# the path from a called-for event up to the call: "called for protests", "called on supporters to
# join the strike", "urged workers to observe a "stay-at-home"" (a quotation mark the parser hangs on)
CALLED_PATH = frozenset(
    {"dobj", "xcomp", "pobj", "prep", "punct", "conj", "compound", "appos", "attr", "oprd"}
)
# nouns a called-for event may hang under: "a day of action", "a series of strikes", "take part in"
CALLED_FRAMES = frozenset({"day", "days", "wave", "series", "round", "part", "campaign", "week"})


# cues of a forecast or a fear: what they expect is theirs, the past they measure it by is not
FORECAST_CUES = frozenset({"expect", "fear", "warn", "predict", "worry", "anticipate", "forecast", "caution"})


def _forecast_setting(head: Token, claim: Claim) -> bool:
    """ "analysts expect the police to seal off the squares as they did in September 2019, when hundreds
    of people were arrested", "others fear the unrest could draw troops from Cabo Delgado, where
    insurgents have stepped up attacks": the past or place a forecast is set against is the publisher's."""
    doc = head.doc
    lem = lemmas(doc)
    cue = token_at(doc, claim.cue.start)
    if cue is None:
        return False
    i = cue.i
    while i < len(doc) and doc[i].idx < claim.cue.end and lem[i] not in FORECAST_CUES:
        i += 1
    if i >= len(doc) or doc[i].idx >= claim.cue.end:
        return False
    for node in (head, *(anc for anc, _ in _ancestors(head, 4))):
        if claim.cue.start <= node.idx < claim.cue.end:
            return False  # reached the forecast itself
        if node.dep_ in ("relcl", "advcl") and (_past(node) or _perfect(node)):
            return any(c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in kids(node))
    return False


def _perfect(verb: Token) -> bool:
    """ "have stepped up", "has been": a present perfect, told as done."""
    return any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in kids(verb))


def _called_for(head: Token, claim: Claim) -> bool:
    """The event is what a call to action asks for ("called on its supporters to observe a nationwide
    stay-at-home", "called for a national day of action"), not one it mentions as known ("the release
    of students detained on Monday", "to protest the abductions", "a strike that shut banks")."""
    if _did_something(head) or _past(head):
        return False
    lo, hi = claim.cue.start, claim.cue.end
    below = head
    for anc, dep in _ancestors(head, 5):
        if (
            dep == "advcl"
            and lo <= anc.idx < hi
            and _infinitive(below)
            and not any(c.dep_ == "xcomp" for c in kids(anc))
        ):
            # "called on Nicaraguans in exile to hold vigils": a request the parser took for a purpose
            # (not "called on them to observe a stay-at-home to protest the abductions")
            dep = "xcomp"
        below = anc
        if dep not in CALLED_PATH:
            return False
        if lo <= anc.idx < hi:
            # "called the demonstrations a "liberal-fascist" attempt …": a name, not a call
            return not any(c.dep_ == "oprd" for c in kids(anc))
        if dep == "conj":
            continue  # "called for protests and strikes": a conjunct is called for as the first is
        if anc.pos_ in ("NOUN", "PROPN") and lemma(anc) not in CALLED_FRAMES:
            return False
        if anc.pos_ in ("VERB", "AUX") and _past(anc):
            return False
        if dep == "dobj" and lemma(anc) in STOPPING and lemma(head) not in DAILY_ROUND:
            return False  # "asked the court to stop the executions": what is asked is that they stop
    return False


# what a call asks to end (not "extend", "continue": an extension is itself called for)
STOPPING = frozenset({"end", "stop", "halt", "suspend", "lift", "break", "finish", "conclude", "cease"})
# what a strike stops ("urged workers to stop work", "to halt production"): stopping it is the strike
DAILY_ROUND = frozenset({"work", "production", "operation", "service", "class", "business", "trading"})


def _did_something(noun: Token) -> bool:
    """A nominal event whose relative clause says what it did, in the past: "a general strike that
    shut banks and airports", "protests which left 12 dead" (not "a strike that was called for
    Monday" nor "the march that organisers planned")."""
    if noun.pos_ != "NOUN":
        return False
    for c in kids(noun):
        if c.dep_ != "relcl" or c.tag_ != "VBD" or _modal(c)[0] is not None:
            continue
        if any(g.dep_ in ("auxpass", "nsubjpass") for g in kids(c)):
            continue
        if any(g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in kids(c)):
            return True
    return False


def _redress_object(head: Token) -> bool:
    """A nominal event that a demand for redress is about: "must investigate the killings", "should
    open an inquiry into the deaths of seven people", "must release those detained", "calls for
    accountability for the torture of detainees", "must end the arbitrary detention of activists".
    Whatever modal governs the inquiry, the release or the ending, the event itself took place."""
    if head.pos_ == "NOUN":
        if any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in kids(head)):
            return False
        node = head
    elif (
        head.tag_ == "VBN"
        and head.dep_ in ("acl", "amod")
        and _modal(head)[0] is None
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(head))
    ):
        node = head.head  # "those detained", "activists detained in March"
    else:
        return False
    for _ in range(4):
        if node.dep_ == "dobj" and node.head.pos_ == "VERB":
            # the event (or who suffered it) is the object: "investigate the killings", "free those held"
            verb = lemma(node.head)
            if verb in STOPPING and lemma(node) in DAILY_ROUND:
                return False  # "would stop work if …": stopping work is the strike, not its redress
            return verb in REDRESS_VERBS or (node is not head and verb in RELEASE_VERBS)
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head != node.head:
            holder = node.head.head
            if holder.pos_ == "VERB":
                # "open an investigation into the deaths", the "into" hung on the verb
                return any(c.dep_ == "dobj" and lemma(c) in REDRESS_NOUNS for c in kids(holder))
            if holder.pos_ not in ("NOUN", "PRON", "ADJ") or lemma(holder) in NOT_REDRESS:
                return False
            if lemma(holder) in REDRESS_NOUNS:
                return True  # "accountability for the killings", "those responsible for the torture"
            node = holder
            continue
        return False
    return False


# verbs whose object is an event that took place: inquiry, judgement, redress, ending
REDRESS_VERBS = frozenset(
    {"investigate", "probe", "examine", "prosecute", "punish", "condemn", "acknowledge", "explain"}
    | {"address", "denounce", "document", "end", "stop", "halt", "cease", "remedy", "redress"}
    | {"compensate", "apologise", "apologize", "justify", "clarify", "review"}
)
RELEASE_VERBS = frozenset({"release", "free", "compensate", "charge", "try"})
# nouns of inquiry and redress whose matter ("into the deaths", "for the killings") is a known event
REDRESS_NOUNS = frozenset(
    {"investigation", "inquiry", "enquiry", "probe", "accountability", "justice", "compensation"}
    | {"prosecution", "punishment", "explanation", "account", "end", "halt", "release", "redress"}
    | {"reparation", "reparations", "apology", "review", "examination", "inquest", "autopsy", "trial"}
    | {"responsible", "perpetrator", "victim", "family", "relative", "survivor"}
)
NOT_REDRESS = (
    PLAN_NOUNS
    | SPAN_NOUNS
    | EVIDENCE_NOUNS  # "an inquiry into allegations of torture": the allegations are what is known
    | frozenset({"risk", "threat", "fear", "danger", "possibility"})
)


def _presupposed(head: Token) -> bool:
    """A definite nominal event that a claim judges: "the military's bombing of the village was an
    apparent war crime", "the strike was illegal": the event is taken as known, the judgement is
    the claim."""
    if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    if lemma(verb) != "be" or _modal(verb)[0] is not None:
        return False
    if not any(c.dep_ in ("attr", "acomp") and not c.like_num for c in kids(verb)):
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        for c in kids(head)
    )


CAUSATIVES = frozenset({"have", "get"})


def _threat_verbs(head: Token, verb: Token | None) -> list[Token]:
    """The verbs whose subject a threat of the act may name: the clause's, and for an act named in a
    phrase of what is threatened ("will be strictly handled, including by detention", "would face the
    maximum punishment, including execution") the verb that phrase hangs on."""
    out = _clause_verbs(head, verb)
    if head.dep_ in ("ccomp", "xcomp") and lemma(head.head) in CAUSATIVES and head.head not in out:
        out.append(head.head)  # "would have their businesses sealed": the threat's modal is on "have"
    x = head
    for _ in range(5):
        if x.dep_ not in ("pobj", "prep", "dobj") or x.head == x:
            break
        x = x.head
        if x.pos_ in ("VERB", "AUX") and x.tag_ != "VBG":
            if x not in out:
                out.append(x)
            break
    return out


def _under_anyone_clause(verb: Token) -> bool:
    """ "anyone who tries to use funerals to cause chaos will be handled firmly": the parser hangs the
    threat's verb inside the whoever-subject's relative clause; the "anyone" before it is its subject."""
    for anc in list(verb.ancestors)[:6]:
        if (
            anc.dep_ == "relcl"
            and anc.head.i < verb.i
            and (anc.head.lower_ in ANY_ONE or _any_noun(anc.head))
        ):
            return True
    return False


def _anyone_before(verb: Token) -> bool:
    """ "warned that anyone caught supplying fuel "will be arrested"": the parser makes "anyone caught …"
    a clause beside the subjectless threat; the whoever-subject stands just before it."""
    return any(
        c.i < verb.i
        and c.dep_ in ("ccomp", "advcl")
        and c.tag_ in ("VBD", "VBN")
        and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ANY_ONE and g.i < c.i for g in kids(c))
        for c in kids(verb.head)
    )


def _restricted_generic(subject: Token, *, reported: bool = False) -> bool:
    """A bare plural or "those" restricted by a present-tense relative clause: "drivers who continue to
    block roads", "those who take part", "protesters who block highways" - whoever does it, a condition.
    Under a reported "would" the clause's tense is shifted back ("warned that strikers who occupied
    production lines would be arrested")."""
    if not (
        subject.lower_ == "those"
        or (subject.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in kids(subject)))
    ):
        return False
    for c in kids(subject):
        if c.dep_ != "relcl":
            continue
        if not any(g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in kids(c)):
            return False
        return c.tag_ in ("VBP", "VBZ") or ((subject.lower_ == "those" or reported) and c.tag_ == "VBD")
    return False


def _conditional_subject(head: Token, verb: Token | None) -> bool:
    """The event happens to "anyone who …" / "whoever …" under a modal: a condition, not a forecast
    ("anyone who took part would be arrested", "whoever joins the strike will be sacked")."""
    for v in _threat_verbs(head, verb):
        modal = _modal(v)[0]
        if modal is None:
            continue
        if not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") for c in kids(v)
        ) and _anyone_before(v):
            return True  # "anyone caught supplying fuel will be arrested", parsed as a clause of its own
        if _under_anyone_clause(v):
            return True  # "anyone who tries to cause chaos will be handled firmly", misparsed
        for c in kids(v):
            if c.dep_ in ("nsubj", "nsubjpass") and (
                c.lower_ in ANY_ONE or any(g.dep_ == "det" and g.lower_ == "any" for g in kids(c))
            ):
                return True  # "anyone who …", "any person who attacks airports will be arrested"
            if c.dep_ in ("nsubj", "nsubjpass") and _restricted_generic(c, reported=modal == "would"):
                return True  # "drivers who continue to block roads will be arrested"
            if c.dep_ in ("csubj", "csubjpass") and any(
                g.dep_ == "nsubj" and g.lower_ in ANY_ONE for g in kids(c)
            ):
                return True  # "anybody joining the strike will be arrested"
            if _against_anyone(c):
                return True  # "would deal firmly with anyone who …", "will arrest whoever blocks roads"
    return False


def _against_anyone(arg: Token) -> bool:
    """A threat's object is whoever does something: "would take firm measures against anyone who acts
    anarchically", "would deal firmly with anyone who tried to storm", "will arrest anyone who …"."""
    if arg.dep_ == "dobj":
        if arg.lower_ in ANY_ONE or _any_noun(arg):
            return True  # "will clear any blockade that …": whatever blockade there is
        return any(_against_anyone(c) for c in kids(arg) if c.dep_ == "prep")
    if arg.dep_ != "prep" or arg.lower_ not in ("against", "with", "on", "upon", "to"):
        return False
    # "would respond firmly to any threat", "measures against any group that …"
    return any(o.dep_ == "pobj" and (o.lower_ in ANY_ONE or _any_noun(o)) for o in kids(arg))


def _any_noun(noun: Token) -> bool:
    """A noun under "any": "any blockade", "any threat from across the border"."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in kids(noun))


def _forecast(head: Token) -> bool:
    """ "Another uprising is inevitable", "a crackdown is imminent", "at imminent risk of execution"."""
    if head.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("NOUN", "PROPN"):
        pred = head.head
        if lemma(pred) == "be" and any(
            c.dep_ in ("acomp", "attr")
            and c.lower_ in FORECAST_PREDICATES
            and not any(g.dep_ == "xcomp" for g in kids(c))  # "the strike is bound to fail"
            for c in kids(pred)
        ):
            return not _past(pred)
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "of":
        danger = head.head.head
        if lemma(danger) in word_set("hypothetical_heads") and danger.pos_ == "NOUN":
            return any(c.dep_ == "amod" and c.lower_ in IMMINENCE for c in kids(danger))
    return False


ANNOUNCING = frozenset({"announce", "schedule", "plan"})
ANNOUNCED_ACTS = frozenset(
    {"strike", "walkout", "stoppage", "protest", "demonstration", "rally", "march", "boycott", "shutdown"}
    | {"sit-in", "vigil", "blockade", "hunger", "gathering", "stayaway", "stay-away"}
)


def _announced(head: Token) -> bool:
    """An act of protest an organiser announces ("announced a two-day strike from Monday", "has
    announced a rally outside parliament on Friday"): what is announced is still to come."""
    if head.dep_ == "compound" and head.head.pos_ == "NOUN":
        head = head.head  # "a protest rally"
    if head.pos_ != "NOUN" or head.dep_ != "dobj" or lemma(head) not in ANNOUNCED_ACTS:
        return False
    verb = head.head
    if lemma(verb) not in ANNOUNCING or _has_neg(verb):
        return False
    return not any(c.dep_ == "aux" and c.lower_ == "had" for c in kids(verb))


def _scheduled(head: Token) -> bool:
    """ "Teachers to strike on Monday" (a headline), "are to be executed", "is set to begin", "are due to
    walk out", "a rally to be held on Friday": an infinitive of arrangement."""
    verb = head
    if head.pos_ == "NOUN":
        held = next((c for c in kids(head) if c.dep_ in ("acl", "relcl") and _infinitive(c)), None)
        if held is None:
            return False
        return lemma(held) in HOLD_VERBS  # "another special event to be held on October 12"
    if (
        lemma(verb) == "be"
        and not any(c.dep_ in ("acomp", "attr") for c in kids(verb))
        and any(c.dep_ == "xcomp" and c.i > verb.i and _infinitive(c) for c in kids(verb))
    ):
        return True  # "similar rallies are to be held": the subject is arranged to happen
    if not _infinitive(verb):
        return False
    gov = verb.head
    if verb.dep_ == "ROOT":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb))  # headline "X to strike"
    if _ordinal_holder(gov) or any(_ordinal_holder(c) for c in kids(gov) if c.dep_ == "attr"):
        return False  # "the seventh prisoner to die in custody", "the first woman to be executed"
    if verb.dep_ == "acl" and gov.pos_ in ("NOUN", "PROPN"):
        # "a rally to be held", "plans to strike", not "a decision to ban"
        return any(c.dep_ == "auxpass" for c in kids(verb)) or lemma(gov) in PLAN_NOUNS
    if (
        verb.dep_ == "xcomp"
        and lemma(gov) == "be"
        and not any(c.dep_ in ("acomp", "attr") for c in kids(gov))
    ):
        return True  # "are to be executed"
    if verb.dep_ == "xcomp" and gov.lower_ in ("set", "due", "slated", "poised", "scheduled"):
        return True
    return (
        verb.dep_ == "xcomp"
        and lemma(gov) == "be"
        and any(
            c.dep_ == "acomp" and c.lower_ in ("set", "due", "slated", "poised", "scheduled")
            for c in kids(gov)
        )
    )


def _ordinal_holder(noun: Token) -> bool:
    return any(
        c.dep_ in ("amod", "nummod")
        and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" or c.lower_ in ("last", "latest"))
        for c in kids(noun)
    ) or (noun.ent_type_ == "ORDINAL" or noun.tag_ == "JJS")


def _infinitive(verb: Token) -> bool:
    """ "to strike", "to be executed"."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)):
        return False
    return verb.tag_ == "VB" or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in kids(verb))


def _indefinite(noun: Token) -> bool:
    """ "an all-out assault", "any attack", "strikes": not "the killing" or "their strike"."""
    for c in kids(noun):
        if c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an", "any", "another")):
            return False
    return True


LEGALITY_JUDGEMENTS = frozenset(
    {
        "illegal",
        "unlawful",
        "unauthorised",
        "unauthorized",
        "unsanctioned",
        "illicit",
        "wildcat",
        "unofficial",
    }
)


def _judged_definite(head: Token) -> bool:
    """A definite nominal event judged for its legality ("their illegal strike", "the unauthorised
    rally"): an event that took place, whatever the authorities threaten to do about it."""
    if head.pos_ != "NOUN":
        return False
    definite = any(
        (c.dep_ == "poss") or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        for c in kids(head)
    )
    judged = any(c.dep_ == "amod" and c.lower_ in LEGALITY_JUDGEMENTS for c in kids(head))
    planned = any(lemma(c) in ("plan", "planned", "proposed", "upcoming", "threatened") for c in kids(head))
    return definite and judged and not planned


def _acted_upon(head: Token, anc: Token) -> bool:
    """The nominal event is the object of a verb that is not its staging: "to monitor the protest"."""
    if head.pos_ != "NOUN" or head.dep_ != "dobj":
        return False
    verb = head.head
    return verb != anc and verb.pos_ == "VERB" and lemma(verb) not in STAGING


def _dated_for(noun: Token) -> bool:
    """ "a strike for Thursday", "protests set for March 8": an event set for a date."""
    for prep in kids(noun):
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for obj in kids(prep):
                if obj.dep_ != "pobj":
                    continue
                if obj.lower_ in CALENDAR_NAMES or any(c.lower_ in ("next", "coming") for c in kids(obj)):
                    return True  # not a duration ("a strike for three days")
    return False


def _ahead(time: Time | None, published: date | None) -> bool:
    """The event's time starts after the publication date."""
    if time is None or published is None or time.start is None:
        return False
    try:
        return date.fromisoformat(time.start[:10]) > published
    except ValueError:
        return False


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


LIGHT_VERBS = frozenset({"make", "carry", "conduct", "stage", "hold", "report", "record", "use"})
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
    return not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in content)


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
    for i in range(head.i + 1, seg.end):
        tok = doc[i]
        if tok.dep_ != "relcl" or lemma(tok) not in reporting or tok.tag_ != "VBD":
            continue
        subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.tag_ in ("WP", "WDT"):
            return None
        first = subj.left_edge.i
        if first == 0 or doc[first - 1].text != ",":
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


def _media_source(head: Token, publisher: str | None = None) -> int | None:
    """ "videos shared online showed police firing at protesters", "sharing videos of officers beating
    protesters": the footage reports the event; its source is who shared it, else the footage. Footage
    the newsroom verified or received ("videos verified by <publisher> showed") is its own evidence."""
    for anc, dep in _ancestors(head, 6):
        if lemma(anc) in SHOW_VERBS and dep in ("ccomp", "xcomp", "dobj"):
            subj = next((c for c in kids(anc) if c.dep_ == "nsubj"), None)
            if subj is None and anc.dep_ in ("xcomp", "conj"):  # "appeared to show"
                subj = next((c for c in kids(anc.head) if c.dep_ == "nsubj"), None)
            if subj is not None and lemma(subj) in MEDIA_NOUNS:
                return None if _vetted(subj, publisher) else _sharer(subj) or int(subj.i)
            return None
        if anc.pos_ == "NOUN" and lemma(anc) in MEDIA_NOUNS and dep in ("pobj", "acl", "prep"):
            return None if _vetted(anc, publisher) else _sharer(anc) or int(anc.i)
        if anc.pos_ == "NOUN" and dep not in ("pobj", "prep", "acl", "compound"):
            return None
    return None


def _vetted(media: Token, publisher: str | None) -> bool:
    """ "videos verified by Gulf Dispatch", "footage obtained by the newspaper", "videos received by <us>"."""
    verbs = [c for c in kids(media) if c.dep_ in ("acl", "relcl")]
    if media.dep_ in ("nsubj", "nsubjpass") and media.head.pos_ == "VERB":
        verbs.append(media.head)  # "Videos received by Radio Azadi showed …" parsed with the verb as head
    # "videos shared on social media and checked by the agency": the second participle is a conjunct
    verbs += [g for v in verbs for g in kids(v) if g.dep_ == "conj" and g.tag_ == "VBN"]
    for verb in verbs:
        if lemma(verb) == "send":
            if _sent_to_publisher(verb, publisher):
                return True  # "photographs sent to us show", "videos sent to <publisher>"
            continue
        if lemma(verb) not in VET_VERBS:
            continue
        agent = next((o for a in kids(verb) if a.dep_ == "agent" for o in kids(a) if o.dep_ == "pobj"), None)
        if agent is None:
            return True
        name = " ".join(t.text for t in agent.subtree)
        words = _words(name)
        if publisher and words and words == _words(publisher)[: len(words)]:
            return True
        if agent.lower_ in ("us", "reporters", "correspondents"):
            return True
        if agent.lower_ in SELF_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(agent)):
            return True  # "checked by the agency" in an agency's report, "obtained by the newspaper"
    return False


def _sent_to_publisher(verb: Token, publisher: str | None) -> bool:
    """ "sent to us", "sent to our monitors", "sent to <publisher>": the newsroom received it."""
    for prep in kids(verb):
        if prep.dep_ not in ("prep", "dative") or prep.lower_ != "to":
            continue
        for obj in kids(prep):
            if obj.dep_ != "pobj":
                continue
            if obj.lower_ == "us" or any(c.dep_ == "poss" and c.lower_ == "our" for c in kids(obj)):
                return True
            words = _words(" ".join(t.text for t in obj.subtree))
            if publisher and words and words == _words(publisher)[: len(words)]:
                return True
    return False


def _vetted_speaker(claim: Claim, doc: Doc, publisher: str | None) -> bool:
    """A claim whose speaker is footage or reports the publisher received ("according to reports and
    videos received by <publisher>", "according to reports received from inside the country"): the
    publisher's own evidence (S6), as :func:`_media_source` reads footage that shows an act."""
    start, end = claim.speaker.start_char, claim.speaker.end_char
    span = None if start is None or end is None else char_span(doc, start, end)
    if span is None or len(span) == 0:
        return False
    root = span.root
    nouns = [root, *(c for c in kids(root) if c.dep_ == "conj")]
    if not all(lemma(n) in MEDIA_NOUNS | REPORT_NOUNS for n in nouns) or _named_sender(span):
        return False
    return any(_vetted(n, publisher) for n in nouns)


def _named_sender(span: Span_) -> bool:
    """ "reports received from the network of the Resistance": who sent them is named, and speaks;
    "received from inside the country" names only where they came from."""
    return any(
        t.lower_ == "from"
        and o.dep_ == "pobj"
        and o.pos_ in ("NOUN", "PROPN")
        and o.ent_type_ not in PLACE_ENTS
        for t in span
        for o in kids(t)
    )


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# what a news organisation calls itself in its own report ("verified by the agency")
SELF_NOUNS = frozenset({"agency", "newspaper", "paper", "broadcaster", "outlet"})


def _sharer(media: Token) -> int | None:
    """Who posted or shared the footage: "footage posted by activists", "Lawyers …, sharing videos"."""
    for c in kids(media):
        if c.dep_ == "acl" and lemma(c) in SHARE_VERBS:
            for a in kids(c):
                if a.dep_ == "agent":
                    obj = next((o for o in kids(a) if o.dep_ == "pobj"), None)
                    if obj is not None:
                        return int(obj.i)
    verb = media.head
    if media.dep_ == "dobj" and lemma(verb) in SHARE_VERBS:
        holder = verb.head if verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" else verb
        subj = next((c for c in kids(holder) if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if subj is not None:
            return int(subj.i)
    return None


def _words(name: str) -> list[str]:
    return list(_name_words(name))


@functools.lru_cache(maxsize=4096)  # asked per event of the same publisher and speaker names
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.sub(r"[^\w\s]", " ", name.lower()).split() if w not in ("the", "a", "an", "s"))


# the publisher's own people: "a TAP correspondent", "Amnesty researchers", "our reporter" report what
# the publisher itself saw or found; a witness ("a Reuters witness") is another speaker, as most
# annotators read it
STAFF_NOUNS = frozenset(
    {"correspondent", "correspondents", "reporter", "reporters", "journalist"}
    | {
        "journalists",
        "photographer",
        "photographers",
        "cameraman",
        "crew",
        "team",
        "researcher",
        "researchers",
    }
    | {"staff", "stringer", "investigators", "monitors", "delegation"}
)


# small words an acronym skips: "National Council of Resistance of Iran" -> NCRI
_LINKS = frozenset({"of", "and", "for", "in", "on", "de", "la", "pour"})


def is_publisher(speaker: Actor, publisher: str | None) -> bool:
    """The speaker is the publisher itself ("IHRM has recorded" in an IHRM statement, "the Observatory"),
    or its own staff ("an Eventwire witness", "a TAP correspondent", "our researchers")."""
    if not publisher:
        return False
    return _names_publisher((speaker.name, speaker.text, *speaker.aliases), speaker.kind, publisher)


@functools.lru_cache(maxsize=4096)  # asked per event of the same speaker and publisher
def _names_publisher(names: tuple[str | None, ...], kind: str | None, publisher: str) -> bool:
    pub = _words(publisher)
    if not pub:
        return False
    acronym = "".join(w[0] for w in pub)
    # "ASK" of "Ain o Salish Kendra": the initials of the capitalised words
    capitals = "".join(w[0] for w in publisher.split() if w[:1].isupper()).lower()
    owners = (pub, [acronym], [capitals], pub[:1])
    for name in names:
        if not name:
            continue
        words = _staff_without_place(_words(name))
        if len(words) >= 2 and words[-1] in STAFF_NOUNS:
            owner = words[:-1]
            if owner in (["our"], ["its"]) or owner in owners:
                return True
            if any(words[: len(o)] == o and len(words) - len(o) <= 4 for o in owners if o):
                return True  # "ASK's fact-finding team", "Amnesty's crisis response team"
        if not words:
            continue
        if words == pub or (len(pub) > 1 and words == [acronym]):
            return True
        if len(pub) == 1 and len(pub[0]) >= 4 and len(words) >= 2 and words[-1] == pub[0]:
            return True  # "the Human Rights Centre "Viasna"", "the Committee of the National Council (NCRI)"
        if len(pub) == 1 and len(words) >= 3 and "".join(w[0] for w in words if w not in _LINKS) == pub[0]:
            return True  # "National Council of Resistance of Iran" of "NCRI"
        n = len(words)
        if n >= 2 and any(pub[i : i + n] == words for i in range(len(pub) - n + 1)):
            return True  # "Haki Watch" of "Haki Watch Kenya"
        if n == 1 and len(pub) > 1 and words[0] == pub[-1] and (name.lower().startswith("the ")):
            return True  # "the Observatory", "the coalition"
        if (
            n == 1
            and len(pub) > 1
            and words[0] == pub[0]
            and len(words[0]) >= 4
            and name[:1].isupper()
            and kind != "state"
        ):
            return True  # "Hawar" of "Hawar Human Rights Organisation", "Amnesty" of "Amnesty International"
    return False


def _publisher_token(tok: Token, publisher: str | None) -> bool:
    """The reporting verb's subject names the publisher ("CHRM has confirmed", "our researchers found"):
    the phrase from its left edge to the word itself, read as :func:`is_publisher` reads a speaker."""
    if not publisher:
        return False
    phrase = tok.doc[tok.left_edge.i : tok.i + 1].text
    return _names_publisher((phrase, tok.text), None, publisher)


def _staff_without_place(words: list[str]) -> list[str]:
    """ "our monitors in the region", "a Reuters reporter at the scene": the staff noun without the
    place after it; "our" before it is the publisher, whatever the parse glued before ("Monday, our
    monitors")."""
    k = next((i for i, w in enumerate(words) if w in STAFF_NOUNS), -1)
    if k < 1 or (k == len(words) - 1 and words[k - 1] != "our"):
        return words
    if k < len(words) - 1 and words[k + 1] not in STAFF_PLACE_PREPS:
        return words
    return ["our", words[k]] if words[k - 1] == "our" else words[: k + 1]


STAFF_PLACE_PREPS = frozenset({"in", "at", "on", "from", "across", "inside", "near"})


def _report_noun(head: Token) -> Token | None:
    """ "reports that detainees were beaten", "allegations of torture": the noun whose claim the event is."""
    for anc, dep in _ancestors(head, 4):
        if lemma(anc) in REPORT_NOUNS and anc.pos_ == "NOUN":
            return anc if dep in ("acl", "ccomp", "relcl", "appos") else None
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ not in ("ccomp", "acl", "relcl"):
            return None
    return None


# what informants give: "credible information from church leaders that …", "testimony from detainees"
INFO_NOUNS = REPORT_NOUNS | frozenset({"information", "testimony", "testimonies", "word", "detail", "tip"})


def _informant(head: Token) -> Token | None:
    """ "Amnesty has received credible information from local church leaders that soldiers shot dead
    three men": the informants are the event's source. The parser often hangs the clause on the
    informants as a relative clause; both parses lead to the "from" phrase of the information noun."""
    below = head
    for anc, dep in _ancestors(head, 4):
        if anc.pos_ in ("NOUN", "PROPN") and dep == "relcl" and anc.dep_ == "pobj":
            prep = anc.head
            # "information from leaders that soldiers shot …" read as a relative clause: its "that" is
            # no relative pronoun when the clause has a subject of its own (not "residents who saw …")
            complement = any(c.lower_ == "that" for c in kids(below)) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "who", "which")
                for c in kids(below)
            )
            if complement and prep.lower_ == "from" and lemma(prep.head) in INFO_NOUNS and _can_report(anc):
                return anc
            return None
        below = anc
        if anc.pos_ == "NOUN" and lemma(anc) in INFO_NOUNS:
            if dep not in ("acl", "ccomp", "appos"):
                return None
            for c in kids(anc):
                if c.dep_ == "prep" and c.lower_ == "from":
                    obj = next((o for o in kids(c) if o.dep_ == "pobj"), None)
                    return obj if obj is not None and _can_report(obj) else None
            return None
        if dep not in PASSES_THROUGH:
            return None
    return None


# legal proceedings whose matter ("over the protests", "for the attack") is a known past event
LEGAL_VERBS = frozenset(
    {"convict", "sentence", "charge", "accuse", "try", "prosecute", "jail", "imprison", "indict", "fine"}
    | {"punish", "execute", "hang", "arrest", "detain", "acquit", "pardon", "release", "free"}
)


def _conditioned(verb: Token) -> bool:
    """The verb carries a condition: "urged his followers to hold sit-ins if it did not"."""
    return any(c.dep_ == "advcl" and _condition_mark(c) for c in kids(verb))


def _background(head: Token) -> bool:
    """A nominal event a claim takes as known: "since the June protests", "during months of protests"."""
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "conj" and head.head.dep_ == "pobj":
        head = head.head  # "amid disputed elections and protests": the first of the conjuncts
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ in BACKGROUND_PREPS:
        return True
    if prep.lower_ in ("over", "with", "for") and (
        lemma(prep.head) in LEGAL_VERBS or (lemma(prep.head) == "connection" and prep.lower_ == "with")
    ):
        return True  # "sentenced over the 2022 protests", "convicted in connection with a 2013 attack"
    if prep.lower_ != "of":
        return False
    holder = prep.head
    if holder.dep_ == "pobj" and holder.head.lower_ in ("during", "amid") and holder.pos_ == "NOUN":
        return True  # "during the dispersal of a protest": the protest is the known setting
    if lemma(holder) not in SPAN_NOUNS:
        return False
    if holder.dep_ == "pobj":
        return holder.head.lower_ in BACKGROUND_PREPS  # "during months of protests"
    return holder.dep_ in ("nsubj", "dobj")  # "when months of protests left 160 dead"


def _told_outcome(head: Token, claim: Claim) -> bool:
    """ "tension remained high after a gunfight … left three people dead, according to X": the
    event noun is the subject of a clause with its outcome (the parser often makes it the object of
    "after" and the verb a clause of its own), and a closing "according to" names who tells it, so it
    is X's account, not a setting the publisher takes as known."""
    if not claim.cue.text.lower().startswith("according"):
        return False
    cue = char_span(head.doc, claim.cue.start, claim.cue.end)
    if cue is None or len(cue) == 0 or cue[0].i < head.i or head.dep_ != "pobj":
        return False
    prep = head.head
    nxt = prep.right_edge.i + 1
    if nxt >= cue[0].i:
        return False
    verb = head.doc[nxt]
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("advcl", "conj"):
        return False
    if verb.head != prep.head and verb.head not in prep.head.ancestors:
        return False  # "… after a shootout … killed two", parsed as a clause beside the main verb
    # no subject or subordinator of its own: the noun before it is its subject
    return not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in kids(verb))


def event_status(
    head: Token,
    start_char: int,
    claims: Sequence[Claim],
    *,
    published: date | None = None,
    time: Time | None = None,
    publisher: str | None = None,
) -> StatusInfo:
    """Status of the event whose trigger head is ``head`` and whose trigger starts at ``start_char``."""
    from .syntax import governing_verb

    verb = governing_verb(head.head) if head.pos_ in ("NOUN", "PROPN") and head.head != head else None
    claim = _claim_for(start_char, claims)
    if claim is not None and _outside_subordinate_cue(head, claim):
        claim = None
    if claim is None:
        claim = _claim_by_cue(head, claims)
    if claim is None:
        # the toll named in the cue itself: "Amnesty put the death toll at 23", "gave a toll of 99 dead"
        claim = next((c for c in claims if c.cue.start <= start_char < c.cue.end), None)
    hedged = _hedged(head)
    owner = _denied_report_owner(head)
    if owner is not None and _mood(head, verb, published=published, time=time) is None:
        # "rejected reports in foreign media that detainees were beaten": the media's claim, and the
        # denier's denial beside it
        # (the denier's claim, not the report's own: "reports in foreign media that …" is the media's)
        noun = next(
            (a for a in owner.ancestors if a.pos_ == "NOUN" and lemma(a) in REPORT_NOUNS | STORY_NOUNS), None
        )
        answering = [c for c in claims if noun is None or c.cue.start != noun.idx]
        denial = _denial(head, _claim_for(start_char, answering), publisher)
        return StatusInfo("attributed", None, None, hedged, int(owner.i), denial)
    status: EventStatus | None = "negated" if _negated(head, verb) else None
    if status is None:
        status = _mood(head, verb, published=published, time=time)
    # the publisher speaking of itself ("Hawar has learned", "IHRM said" in an IHRM release, "according
    # to our records"): the publisher asserts it (the spec: a null source is the publisher); the claim
    # keeps its figures
    if (
        status is None
        and claim is not None
        and _call_cue(claim)
        and _called_for(head, claim)
        and not _naming(head, claim)
    ):
        status = "predicted"  # what a call asks for, however the parser hung it
    if status is None and _announced(head):
        status = "predicted"  # "announced a protest rally outside the press club on Friday"
    own_record = claim is not None and (
        is_publisher(claim.speaker, publisher) or _vetted_speaker(claim, head.doc, publisher)
    )
    background = (
        (_background(head) and not (claim is not None and _told_outcome(head, claim)))
        or _presupposed(head)
        or (
            claim is not None and (_naming(head, claim) or _call_cue(claim) or _forecast_setting(head, claim))
        )
    )
    if claim is not None and status is None and (own_record or background):
        # the publisher's own record, a known background: asserted, the claim still holds its figures
        return StatusInfo("asserted", None, claim.id, hedged)
    if claim is not None and not _according_elsewhere(head, claim):
        return StatusInfo(status or "attributed", claim.speaker, claim.id, hedged)
    if claim is not None:
        return StatusInfo(status or "asserted", None, claim.id, hedged)
    # no claim covers the trigger: a speech verb over it still attributes it
    reporter = _reporter(head, according=not claims, claimed=frozenset(c.cue.start for c in claims))
    if reporter is None and status is None:
        reporter = _media_source(head, publisher)
    if reporter is None and status is None:
        informant = _informant(head)
        if informant is not None:
            return StatusInfo("attributed", None, None, hedged, int(informant.i))
    if reporter is not None and status is None and _publisher_token(head.doc[reporter], publisher):
        # S6 / I6: "…; CHRM has confirmed it" in a CHRM release
        return StatusInfo("asserted", None, None, hedged)
    if status in ("predicted", "hypothetical") and reporter is None:
        caller = _caller(head, claims)
        if isinstance(caller, int):
            return StatusInfo(status, None, None, hedged, caller)
        if caller is not None:
            return StatusInfo(status, caller.speaker, caller.id, hedged)
    report = _report_noun(head)
    if status is None and reporter is None and report is not None:
        return StatusInfo("attributed", None, None, hedged, int(report.i))
    spoken = _spoken_by(head.doc[reporter], claims) if reporter is not None else None
    if status is None and reporter is not None:
        return StatusInfo("attributed", spoken, None, hedged, reporter)
    return StatusInfo(status or "asserted", spoken, None, hedged, reporter)


def _spoken_by(reporter: Token, claims: Sequence[Claim]) -> Actor | None:
    """The speaker of a claim whose written speaker is the reporting verb's subject: "the statement
    said …, adding that 34 rioters had been arrested" is the ministry's, as its claim resolved
    "the statement", not a speaker called "statement"."""
    at = reporter.idx
    for c in claims:
        sp = c.speaker
        if sp.start_char is not None and sp.end_char is not None and sp.start_char <= at < sp.end_char:
            return sp
    return None
