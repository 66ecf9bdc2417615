"""Negated events: a negation on the trigger or its governors, a negative subject, a denied
or disputed report, an act that did not happen ("failed to", "were prevented from")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.text import tokens
from ..records import Claim, Span
from .coref_draft import Denial
from .lexicon import word_set
from .status_media import is_publisher
from .status_syntax import EVIDENCE_NOUNS, PASSES_THROUGH, REPORT_NOUNS, _ancestors, _has_neg
from .syntax import doc_word_set, kids, lemma, lemmas, lowers, parse_tree, segment

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["FALSITY", "STORY_NOUNS"]


NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "noone", "no-one"})

# verbs whose infinitive did not happen: "failed to pass", "refused to join the strike", "declined to"
FAILED = frozenset({"fail", "refuse", "decline", "neglect"})
# refusals that are themselves the protest: "refused to work", "refused to reopen their shops"
REFUSAL_ACTS = frozenset(
    {"work", "open", "reopen", "return", "eat", "teach", "attend", "trade", "serve", "obey"}
)
DELAYS = frozenset({"delay", "stay", "defer", "shelve", "ditch", "withdraw", "rescind", "revoke"})

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

# prepositions that name who made a report: "reports in foreign media", "claims on social media"
REPORT_OWNER_PREPS = frozenset({"in", "on", "by", "from", "of"})
PLACE_NOUNS = frozenset(
    {"area", "region", "city", "town", "village", "country", "province", "district", "capital", "north"}
    | {"south", "east", "west", "border", "past", "week", "month", "year", "day", "morning", "night"}
)


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


# nouns a denial calls the report it answers: "rejecting what he called "lies spread by …" that …"
DENIED_STORY_NOUNS = REPORT_NOUNS | frozenset({"lie", "fabrication", "rumor", "news", "post"})
# "described as "a slanderous fabrication" claims circulated by …" (status_reporters' NAMING_CUES)
CALLING = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterise", "characterize"})
# words between a report noun and its owner's preposition: "claims spread online by", "reports circulating on"
_BETWEEN_TAGS = frozenset({"VBN", "VBG", "RB", "``", "''", ","})
# words before the owner's noun: "certain foreign", "the banned extremist", "London-based satellite"
_OWNER_POS = frozenset({"DET", "ADJ", "ADV", "PUNCT", "VERB"})


def _story_after(doc: Doc, lem: list[str], deny: int, end: int) -> tuple[Token, int] | None:
    """The report noun a denying (or calling-false) verb at ``deny`` governs by the words' order, and
    the index of its owner's preposition: "denied claims spread by …", "rejected as slander reports by
    …", "described as "a slanderous fabrication" claims circulated by …" (before ``end``)."""
    for t in range(deny + 1, min(deny + 9, end)):
        if doc[t].pos_ != "NOUN" or lem[t] not in DENIED_STORY_NOUNS:
            continue
        p = t + 1
        while p < end and doc[p].tag_ in _BETWEEN_TAGS and p - t <= 3:
            p += 1  # "claims spread online by", "reports circulating on"
        if p < end and doc[p].lower_ in REPORT_OWNER_PREPS:
            if lem[deny] in CALLING and not any(lem[k] in FALSITY for k in range(deny + 1, t + 1)):
                return None  # naming them false denies them; "called" alone does not
            return doc[t], p
    return None


def _written_report_owner(head: Token) -> tuple[Token, Token] | None:
    """ "denied claims spread by certain foreign media that an air strike had killed civilians",
    "dismissed as "pure fabrication" reports circulated by foreign-based channels that …": the
    report noun and its owner, read by the words' order when the parser hangs the "that" clause
    on the owner or reads "claims spread" as a clause of its own. In the event's segment: a denying
    verb, a report noun soon after it, a participle ("spread", "circulated") at most, an owner's
    preposition and noun phrase, and the "that" whose clause holds the event."""
    mark = None
    cur = head
    for _ in range(3):
        mark = next((c for c in kids(cur) if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is not None or cur.head == cur:
            break
        cur = cur.head
    doc = head.doc
    toks = tokens(doc)  # the Doc's Tokens built once: ``doc[t]`` builds one per call
    sent = segment(head)
    lem = lemmas(doc)
    if mark is None:
        # the parser lost the clause ("that" read as a determiner): the last "that" before the event
        # with no verb between them
        t = head.i - 1
        while t > sent.start and toks[t].lower_ != "that" and toks[t].pos_ != "VERB":
            t -= 1
        mark = toks[t] if toks[t].lower_ == "that" else None
    if mark is None or mark.i > head.i:
        return None
    found = None
    for deny in range(mark.i - 1, sent.start - 1, -1):
        if lem[deny] in DENIAL_VERBS | CALLING and toks[deny].pos_ == "VERB" and toks[deny].dep_ != "amod":
            found = _story_after(doc, lem, deny, mark.i)
            if found is not None:
                break
    if found is None:
        return None
    noun, p = found
    owner = next((toks[t] for t in range(p + 1, mark.i) if toks[t].pos_ in ("NOUN", "PROPN")), None)
    if owner is None or any(toks[t].pos_ not in _OWNER_POS for t in range(p + 1, owner.i)):
        return None
    while owner.i + 1 < mark.i and toks[owner.i + 1].pos_ in ("NOUN", "PROPN"):
        owner = toks[owner.i + 1]  # the last noun of its phrase: "foreign media", "organisation Group"
    if not _can_report(owner) or mark.i - owner.i > 14:
        return None
    if any(lowers(doc)[t] in ("that", "which", "who") for t in range(owner.i + 1, mark.i)):
        return None
    return noun, owner


def written_story_owner(noun: Token) -> tuple[Token, Token] | None:
    """For frames: a denied report noun whose owner and "that" clause the parser lost ("denied claims
    spread by certain foreign media that …"): the owner and the clause's verb, by the words' order."""
    doc = noun.doc
    sent = segment(noun)
    for t in range(noun.i + 1, min(noun.i + 20, sent.end)):
        if doc[t].lower_ == "that":
            verb = doc[t].head if doc[t].head.i > t else None
            if verb is None:  # "that" read as a determiner: the first verb after it
                verb = next((v for v in doc[t + 1 : sent.end] if v.pos_ == "VERB"), None)
            if verb is None:
                return None
            found = _written_report_owner(verb)
            if found is None or found[0].i != noun.i:
                return None
            return found[1], verb
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


def _described(subject: Token, verb: Token) -> bool:
    """The act is the subject a negated copula describes ("The killings are not an isolated incident",
    "the march was not peaceful"): the "not" denies what is said of the act, not the act itself. A
    noun the copula names ("this was not a protest") is not described so, and stays denied."""
    return (
        subject.dep_ == "nsubj"
        and lemma(verb) == "be"
        and any(c.dep_ in ("attr", "acomp") for c in kids(verb))
    )


# verbs that bound an act to a place, a group or a time: "not confined to the capital" widens it
BOUNDING_VERBS = frozenset({"confine", "limit", "restrict"})


def _unconfined(verb: Token) -> bool:
    """ "The protests were not confined to the capital", "the strike is not limited to the mines": the
    "not" denies a bound on the act, so the act went on wider, not that it did not happen."""
    return lemma(verb) in BOUNDING_VERBS and any(c.dep_ == "prep" and c.lower_ == "to" for c in kids(verb))


def _negative_subject(verb: Token) -> bool:
    """ "no civilians were injured", "nobody was hurt": the verb's subject is a negative one."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (
            c.lower_ in NEGATIVE_SUBJECTS
            or _no_det(c)
            or (c.lower_ == "one" and c.i > 0 and c.doc[c.i - 1].lower_ == "no")
        )
        for c in kids(verb)
    )


def _negated_with_first(head: Token) -> bool:
    """ "no civilians were injured or killed", "were not beaten or detained", "did not arrest or beat
    anyone": a verb joined by "or"/"nor" to a negated one, sharing its subject, is negated with it."""
    if head.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or head.head.pos_ not in ("VERB", "AUX"):
        return False
    first = head.head
    if any(c.dep_ in ("nsubj", "nsubjpass", "neg") for c in kids(head)):
        return False  # "no one was hurt or police arrested five": a clause of its own
    if not any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in (*kids(first), *kids(head))):
        return False  # "were not harmed and were released": "and" does not carry the denial
    return _has_neg(first) or _negative_subject(first)


# "at no time", "on no occasion", "at no point": a negative adverbial of time that negates its clause
NO_TIME_NOUNS = frozenset({"time", "point", "occasion", "stage", "moment"})


def _at_no_time(v: Token) -> bool:
    """ "at no time was excessive force used", "at no point were protesters beaten" (M60's example)."""
    for p in kids(v):
        if p.dep_ == "prep" and p.lower_ in ("at", "on"):
            for o in kids(p):
                if o.dep_ == "pobj" and lemma(o) in NO_TIME_NOUNS and any(d.lower_ == "no" for d in kids(o)):
                    return True
    return False


def _negated(head: Token, verb: Token | None) -> bool:
    if _has_neg(head) or _negative_argument(head) or _unheeded(head):
        return True
    if _at_no_time(head) or (head.dep_ in ("attr", "nsubjpass", "nsubj") and _at_no_time(head.head)):
        return True
    if _negated_with_first(head):
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
            and not _described(phrase, phrase.head)
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
    if (
        verb is not None
        and verb != head
        and head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "pobj")
        and _has_neg(verb)
        and (head.dep_ != "pobj" or verb.lemma_ == "be")
        and not _described(head, verb)
        and not _unconfined(verb)
    ):
        return True
    if (
        head.dep_ == "pobj"
        and head.head.lower_ == "to"
        and lemma(head.head.head) in SUBJECTED_TO
        and _negative_argument(head.head.head)
    ):
        return True  # "no detainee is subjected to ill-treatment", "nobody was exposed to torture"
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


# "subjected to ill-treatment": the act is told as what befalls the verb's subject
SUBJECTED_TO = frozenset({"subject", "expose"})
LIGHT_VERBS = frozenset({"make", "carry", "conduct", "stage", "hold", "report", "record", "use"})
