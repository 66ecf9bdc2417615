"""Calls, forecasts and announcements that frame an event: what a speaker called for or
demanded, what was forecast or announced, and what a call presupposes has happened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Claim
from .status_syntax import (
    EVIDENCE_NOUNS,
    PLAN_NOUNS,
    SPAN_NOUNS,
    _ancestors,
    _has_neg,
    _infinitive,
    _modal,
    _past,
)
from .syntax import kids, lemma, lemmas, token_at

if TYPE_CHECKING:
    from spacy.tokens import Token


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
# join the strike", "urged workers to observe a "stay-at-home"" (a quotation mark the parser hangs on),
# "called for a "dead city" day" (a quoted modifier the parser hangs as nmod)
CALLED_PATH = frozenset(
    {"dobj", "xcomp", "pobj", "prep", "punct", "conj", "compound", "nmod", "appos", "attr", "oprd"}
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
    if _did_something(head) or _past(head) or _named_in_redress(head):
        # "called on the authorities to open an investigation into the killing of three workers during
        # a wage strike on 8 March": what the call asks is the inquiry; the killing and the strike it
        # names took place (the call presupposes them, as the same object under a modal does)
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
        below_i = below.i
        below = anc
        if dep not in CALLED_PATH:
            return _called_infinitive(head, claim)
        if lo <= anc.idx < hi:
            # "called the demonstrations a "liberal-fascist" attempt …": a name, not a call
            return not any(c.dep_ == "oprd" for c in kids(anc))
        if dep == "conj":
            continue  # "called for protests and strikes": a conjunct is called for as the first is
        if dep == "compound" and anc.i == below_i + 1:
            continue  # 'called for three days of "ville morte"': the event's own two-word name
        if anc.pos_ in ("NOUN", "PROPN") and lemma(anc) not in CALLED_FRAMES:
            return False
        if anc.pos_ in ("VERB", "AUX") and _past(anc):
            return False
        if dep == "dobj" and lemma(anc) in STOPPING and lemma(head) not in DAILY_ROUND:
            return False  # "asked the court to stop the executions": what is asked is that they stop
    return _called_infinitive(head, claim)


def _called_infinitive(head: Token, claim: Claim) -> bool:
    """'called on drivers in provinces that have not yet joined to "park their trucks"': an act told
    as an infinitive inside a call's content is what the call asks for, however the parser hung it
    (under a relative clause of the people called on), so long as no past verb stands between it and
    the call ("… after police shot two men to disperse a crowd" tells a done act's purpose)."""
    if head.pos_ != "VERB" or not _infinitive(head):
        return False
    if not claim.content.start <= head.idx < claim.content.end or head.idx < claim.cue.end:
        return False
    for anc, _dep in _ancestors(head, 6):
        if claim.cue.start <= anc.idx < claim.cue.end:
            return True
        if anc.pos_ in ("VERB", "AUX") and (_past(anc) or _modal(anc)[0] is not None):
            return False
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
    if _judged_act(head) or _redress_subject(head) or _redress_words_before(head):
        return True
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
                # "open an investigation into the deaths", the "into" hung on the verb; "set up a
                # commission of inquiry into Monday's killings"; "Independent inquiry needed into police
                # killings" (a headline: the verb hangs on the inquiry)
                return any(c.dep_ == "dobj" and _redress_noun(c) for c in kids(holder)) or (
                    holder.dep_ in ("acl", "relcl") and _redress_noun(holder.head)
                )
            if holder.pos_ not in ("NOUN", "PRON", "ADJ") or lemma(holder) in NOT_REDRESS:
                return False
            if lemma(holder) in REDRESS_NOUNS:
                return True  # "accountability for the killings", "those responsible for the torture"
            node = holder
            continue
        return False
    return False


def _named_in_redress(head: Token) -> bool:
    """A known act a call's inquiry or redress is about: a definite one ("the killing of three workers",
    "the attack in Barquisimeto") or the scene it names ("during a wage strike"); not a practice the call
    asks to end ("a halt to executions": the executions still to come are what it asks about)."""
    if not _redress_object(head):
        return False
    return _definite(head) or (head.dep_ == "pobj" and head.head.lower_ == "during")


def _redress_noun(tok: Token) -> bool:
    """An inquiry or redress ("an investigation"), or a body set up for one ("a commission of inquiry")."""
    if lemma(tok) in REDRESS_NOUNS:
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and lemma(g) in REDRESS_NOUNS for g in kids(c))
        for c in kids(tok)
    )


def _definite(noun: Token) -> bool:
    """ "the killing", "Monday's killings", "their arrest", "these deaths": a nominal event the text
    takes as known, not one still planned or feared ("the planned strike", "the possible arrest")."""
    if noun.pos_ != "NOUN":
        return False
    if any(
        lemma(c) in NOT_YET or c.lower_ in NOT_YET
        for c in kids(noun)
        if c.dep_ in ("amod", "compound", "acl")
    ):
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        for c in kids(noun)
    )


# words that make a definite nominal event one still to come or only feared
NOT_YET = frozenset(
    {
        "planned",
        "plan",
        "upcoming",
        "proposed",
        "scheduled",
        "future",
        "forthcoming",
        "expected",
        "threatened",
        "imminent",
        "next",
        "possible",
        "potential",
        "likely",
        "probable",
        "further",
        "new",
        "looming",
        "feared",
    }
)


def _redress_subject(head: Token) -> bool:
    """ "until the killing was investigated by a judicial commission", "the deaths will be probed": a
    definite nominal event that an inquiry or a judgement takes as its passive subject took place."""
    return head.dep_ == "nsubjpass" and lemma(head.head) in REDRESS_VERBS and _definite(head)


# what a speaker feels about a known act: "gravely concerned by the abduction", "outraged at the killing"
CONCERN_WORDS = frozenset(
    {"concerned", "alarmed", "outraged", "shocked", "appalled", "dismayed", "saddened", "troubled"}
    | {"disturbed", "horrified", "angered", "distressed", "incensed", "indignant", "deplore", "regret"}
)


def _judged_act(head: Token) -> bool:
    """A definite nominal event a speaker's judgement is about: "is gravely concerned by the abduction and
    torture of two activists", "outraged at the killing of a student", "condemned what it called "the
    massacre of Cazenga"": the judgement presupposes the act (a conjunct shares its frame)."""
    node = head
    while node.dep_ == "conj" and node.head.pos_ == "NOUN":
        node = node.head  # "the abduction and torture of …"
    if not _definite(node):
        return False
    gov = node.head
    while gov.dep_ == "conj" and gov.head.pos_ == "ADP":
        gov = gov.head  # "concerned by the abduction … and by the arrest of 32 people"
    if node.dep_ == "pobj" and gov.lower_ in ("by", "at", "over", "about") and gov.head != gov:
        return gov.head.lower_ in CONCERN_WORDS or lemma(gov.head) in CONCERN_WORDS
    if node.dep_ == "oprd" and lemma(gov) == "call":
        # "condemned what it called the massacre of Cazenga": the named act is what is condemned
        return gov.dep_ in ("ccomp", "dobj", "pobj") and lemma(gov.head) in REDRESS_VERBS
    return False


# words just before a nominal event that make it the matter of an inquiry or redress when the parser
# hangs the words apart ("hold those responsible for the killings to account")
REDRESS_LEAD = frozenset(
    {"investigation", "inquiry", "enquiry", "probe", "responsible", "accountable", "justice"}
)


def _redress_words_before(head: Token) -> bool:
    """ "those responsible for the killings", "an inquiry into Monday's killings", read by the words' order
    (a definite event, its preposition, and a noun of inquiry or redress just before), whatever the
    parse."""
    if not _definite(head):
        return False
    i = head.left_edge.i
    doc = head.doc
    if i < 2 or doc[i - 1].lower_ not in ("into", "for", "over"):
        return False
    if doc[i - 2].lower_ in REDRESS_LEAD:
        return True
    # "an inquiry into the killing of three protesters on Tuesday, and into the death in custody of a
    # young man": a second matter of the same inquiry
    if doc[i - 2].lower_ not in ("and", "or") and not (
        doc[i - 2].is_punct and doc[i - 3].lower_ in ("and", "or")
    ):
        return False
    sent = head.sent
    return any(
        t.lower_ in REDRESS_LEAD and t.i + 1 < head.i and doc[t.i + 1].lower_ == doc[i - 1].lower_
        for t in doc[sent.start : i - 2]
    )


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


HABITUAL = frozenset(
    {"usually", "often", "typically", "normally", "generally", "routinely", "frequently", "commonly"}
)
PRESAGING = frozenset({"precede", "presage", "herald", "foreshadow"})


def _presaged(head: Token) -> bool:
    """ "moved to solitary confinement, a step that usually precedes an execution", "a transfer that
    usually comes shortly before an execution": a step told as the usual forerunner of an act tells
    that act as expected to come (docs/gold-format.md H8: "moved to solitary confinement ahead of
    execution" is `predicted`), not one that took place ("on the night before the executions")."""
    if head.pos_ != "NOUN":
        return False
    if head.dep_ == "dobj" and lemma(head.head) in PRESAGING:
        verb = head.head
    elif head.dep_ == "pobj" and head.head.lower_ == "before" and head.head.head.pos_ in ("VERB", "AUX"):
        verb = head.head.head
    else:
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in kids(verb)):
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an")) for c in kids(head)):
        return False
    # "On the night before the executions, relatives learned they had been moved to solitary
    # confinement, a step that usually precedes an execution": the sentence tells the acts as done, the
    # habit explains the step; nothing is left to come
    return not any(
        t.i != head.i
        and t.pos_ == "NOUN"
        and lemma(t) == lemma(head)
        and any(d.lower_ == "the" for d in kids(t))
        for t in head.sent
    )
