"""The mood of an event: predicted (future, scheduled, planned) or hypothetical (conditions,
threats against "anyone who …", modals), from the parse around its trigger."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..records import EventStatus, Time
from .lexicon import word_set
from .status_calls import _did_something, _redress_object
from .status_infinitives import infinitive_mood
from .status_negation import _unhesitating
from .status_syntax import (
    ASKING,
    FUTURE_MODALS,
    PASSES_THROUGH,
    PLAN_NOUNS,
    _ancestors,
    _clause_verbs,
    _condition_mark,
    _infinitive,
    _modal,
    _past,
)
from .syntax import clause_head, doc_word_set, kids, lemma, lowers, parse_tree

if TYPE_CHECKING:
    from spacy.tokens import Token


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

CALENDAR_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "tonight"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december"}
)

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

# speech and commitment verbs whose "would" is a future in the past ("warned that police would …")
FUTURE_IN_PAST_VERBS = frozenset(
    {"warn", "vow", "threaten", "promise", "pledge", "predict", "insist", "announce", "declare", "signal"}
    | {"fear", "expect", "anticipate", "forecast", "worry"}  # "feared they would be tortured": a forecast
)

# plans in the past ("the group planned to set fire to …"): a plot, not a forecast, unless dated ahead
# "X are set / due / poised / slated to strike": an announced event still to come
POISED = frozenset({"set", "due", "poised", "slate", "slated"})

# verbs of calling or demanding whose SUBJECT is the one calling: the event doing the calling is real
CALLER_VERBS = frozenset({"call", "demand", "urge", "appeal", "press", "push", "seek"})
# "directed the officers to apprehend …", "were instructed to detain …": a directive, the act still to
# come (not "order": "ordered troops to shoot" is told with the shooting it began)
DIRECTING = frozenset({"direct", "instruct"})
PLOT_VERBS = frozenset({"plan", "plot", "intend", "conspire", "prepare", "aim"})
# "Another uprising is inevitable", "a crackdown is imminent": a predicate that forecasts its subject
FORECAST_PREDICATES = frozenset(
    {"inevitable", "imminent", "certain", "likely", "expected", "unavoidable", "bound"}
)
# "at imminent risk of execution", "an imminent threat of attack": the danger is forecast, not imagined
IMMINENCE = frozenset({"imminent", "impending", "immediate"})
# subjects that make a clause a condition: "anyone who joins will be arrested"
ANY_ONE = frozenset({"anyone", "anybody", "whoever", "whomever", "anything"})

# "an all-out assault would lead to a massacre": the subject of these is a premise, not a forecast
CONSEQUENCE_OF = frozenset(
    {"lead", "cause", "trigger", "result", "spark", "provoke", "mean", "spell", "risk", "be"}
)

# "preventive arrests can be made", "detentions could be carried out": the verb does the act its subject names
DOING_VERBS = frozenset({"make", "carry", "effect", "conduct"})

# nouns of an alleged scheme whose to-infinitive is the act schemed: "a conspiracy to get them arrested"
SCHEME_NOUNS = frozenset({"conspiracy", "ploy"})

# "a fit case for arrest", "grounds for detention": whether a bare act is warranted, no act told
GROUNDS_NOUNS = frozenset({"case", "ground", "grounds", "reason", "basis", "justification", "need"})

ONGOING_VERBS = frozenset({"continue", "go", "enter", "drag", "last", "persist", "remain", "stay"})


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


def _fronted_condition(verb: Token) -> bool:
    """ "If Congress does not act, the strike will become indefinite and we will march on Congress": a
    condition written before the first of two conjoined clauses holds for the second, though the
    parser hangs it on the first; the second clause must be a forecast itself (a modal of its own)."""
    first = verb.head
    if verb.dep_ != "conj" or first.i >= verb.i or first.pos_ not in ("VERB", "AUX"):
        return False
    if _modal(verb)[0] not in FUTURE_MODALS and _modal(verb)[0] != "would":
        return False
    return any(c.dep_ == "advcl" and c.i < first.i and _condition_mark(c) for c in kids(first))


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
        and c.tag_ == "VB"  # shares the modal: "would … block", not "will hold … and warned of … if"
        and not any(g.dep_ in ("nsubj", "nsubjpass", "aux") for g in kids(c))
        and _own_condition(c)
        for c in kids(verb)
    )


def _mood(
    head: Token, verb: Token | None, *, published: date | None, time: Time | None
) -> EventStatus | None:
    """hypothetical / predicted from the clause, or None."""
    if head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in kids(head)):
        return "hypothetical"  # "any protest will be crushed"
    if _conditional_subject(head, verb):
        return "hypothetical"  # "anyone who took part would be arrested"
    if _warned_sanction(head) or _culprit_act(head):
        return "hypothetical"  # "warned that organisers of the march would be detained" (N2, N4)
    if _unhesitating(head):
        return "hypothetical"  # "will not hesitate to respond decisively": a threat (N2)
    if _any_subject(head):
        return "hypothetical"  # "any attempt to block roads would be firmly repressed" (N4)
    if _generic_anyone(head) or _in_case(head):
        return "hypothetical"  # "anyone who uses force is jailed", "in case the police arrest them" (N4)
    if _schemed(head):
        return "hypothetical"  # "a conspiracy to get activists arrested": an alleged scheme, no act told
    if _bare_grounds(head):
        return "hypothetical"  # "a fit case for arrest": whether an arrest is warranted, none told
    if _forecast(head) or _any_moment(head):
        return "predicted"  # "another uprising is inevitable", "at imminent risk of execution"
    leave = infinitive_mood(head)
    if leave is not None:
        return leave  # "we have to arrest the guilty", "are free to arrest us", "likely to be arrested"
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
        if _fronted_condition(v):
            return "hypothetical"  # "if …, the strike will become indefinite and we will march"
    for anc, dep in _ancestors(head, 5):
        if dep != "ccomp":
            if (
                dep == "xcomp"
                and anc.pos_ in ("VERB", "AUX")
                and (_own_condition(anc) or _shared_condition(anc))
            ):
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
        if (
            v != head
            and head.dep_ in ("nsubj", "nsubjpass")
            and modal in ("must", "should", "can")
            and not (head.dep_ == "nsubjpass" and lemma(v) in DOING_VERBS)
        ):
            # "the killing of protesters must stop" presupposes the killing (not "arrests can be made")
            continue
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
        if anc != head and lem in word_set("hypothetical_heads") and dep != "advcl":
            # not its adverbial clause: "banned gatherings after clashes erupted", "has faced unrest
            # since protests erupted" - the clashes and protests took place
            return "hypothetical"
        if anc != head and lem in TERMINATIVE and dep in ("dobj", "nsubjpass"):
            return None  # "vowed to end the strike": the strike is under way
        if anc != head and dep == "nsubj" and lem in CALLER_VERBS:
            return (
                None  # "graffiti calling for … appeared", "a strike demanding pay rises": the caller is real
            )
        # "agreed to end", not "agreed a deal"; "are set to strike", "are due to march"
        commits = dep == "xcomp" and (
            lem in MORE_PREDICTION or lem in POISED or lem in ASKING or lem in DIRECTING
        )
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


# what a warning threatens to do to whoever acts: "would be arrested", "will be dispersed", "will be
# treated as military targets", "would be dealt with firmly"
SANCTIONS = frozenset(
    {"arrest", "detain", "jail", "imprison", "punish", "disperse", "crush", "execute", "hang", "shoot"}
    | {"attack", "target", "treat", "meet", "deal", "handle", "remove", "evict", "clear", "break"}
)
WARNING_VERBS = frozenset({"warn", "threaten", "caution"})


def _warned(verb: Token) -> bool:
    """The clause is what a warning says: "warned that …", "threatened that …", also the second of
    two that-clauses ("warned that any gathering would be dispersed and that its organisers …")."""
    cur = verb
    for _ in range(3):
        # "acl": 'warned that villages that "side with the army" would be attacked' is parsed with the
        # villages as the warning's clause and the sanction hung on them
        if cur.head == cur or cur.dep_ not in ("ccomp", "conj", "acl"):
            return False
        cur = cur.head
        if lemma(cur) in WARNING_VERBS:
            return True
    return False


def _sanction_subject(verb: Token) -> bool:
    """Whom a warned sanction falls on is a class, not a person named or pointed at: not "he", not
    "Morales" ("warned that he would be arrested" is a forecast about one man)."""
    subjects = [c for c in kids(verb) if c.dep_ in ("nsubjpass", "nsubj")]
    return bool(subjects) and all(c.pos_ not in ("PRON", "PROPN") for c in subjects)


def _warned_sanction(head: Token) -> bool:
    """A sanction in the passive under a future or reported modal, in what a warning says: "warned that
    instigators of the strike would be arrested", "villages that side with the army would be attacked",
    "participants in road blockades would be detained without exception". A warning aims at whoever
    brings the sanction on themselves, so the act hangs on a condition (docs/gold-format.md N2, N4:
    every warned passive sanction in the open sets is `hypothetical`)."""
    if head.pos_ != "VERB" or lemma(head) not in SANCTIONS:
        return False
    if not any(c.dep_ == "auxpass" for c in kids(head)):
        return False
    modal = _modal(head)[0]
    if modal not in FUTURE_MODALS and modal != "would":
        return False
    return _sanction_subject(head) and _warned(head)


def _culprit_act(head: Token) -> bool:
    """The act in the clause that defines whom a warned sanction falls on: "warned that gang members who
    fire on police will be met with full force" - the firing is the warning's condition, not an act
    told (N4)."""
    if head.dep_ != "relcl" or head.pos_ != "VERB":
        return False
    subject = head.head
    verb = subject.head
    return (
        subject.dep_ in ("nsubj", "nsubjpass")
        and verb.pos_ == "VERB"
        and _restricted_generic(subject, reported=True)
        and _warned(verb)
        and (_modal(verb)[0] in FUTURE_MODALS or _modal(verb)[0] == "would")
    )


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


# what makes "those …" a class of culprits: "those behind the violence", "those responsible for the
# killings", "those involved", "those found guilty", "those caught looting"
CULPRIT_PREPS = frozenset({"behind"})
CULPRIT_WORDS = frozenset({"responsible", "involved", "found", "caught", "implicated"})


def _culprits(subject: Token) -> bool:
    """ "those behind the violence would be arrested", "those responsible will be punished": whoever
    did it, a condition (docs/gold-format.md N4: "those found to")."""
    if subject.lower_ != "those":
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ in CULPRIT_PREPS)
        or (c.dep_ in ("amod", "acl", "acomp") and c.lower_ in CULPRIT_WORDS)
        for c in kids(subject)
    )


def _anyone_governs(verb: Token) -> bool:
    """ "said anyone caught blocking roads after that would be detained": the parser hangs the threat
    under the whoever-subject's own verb, as a clause after it."""
    gov = verb.head
    return (
        verb.dep_ in ("advcl", "ccomp")
        and gov.i < verb.i
        and gov.tag_ in ("VBD", "VBN")
        and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ANY_ONE and g.i < gov.i for g in kids(gov))
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
    own_subject = head.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(head))
    for v in _threat_verbs(head, verb):
        if own_subject and v == head.head:
            continue  # "whoever blocks a road will answer to the law and the army will clear the roads"
        modal = _modal(v)[0]
        if modal is None:
            continue
        if not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") for c in kids(v)
        ) and _anyone_before(v):
            return True  # "anyone caught supplying fuel will be arrested", parsed as a clause of its own
        if _under_anyone_clause(v):
            return True  # "anyone who tries to cause chaos will be handled firmly", misparsed
        if _anyone_governs(v):
            return True  # "anyone caught blocking roads after that would be detained", misparsed
        for c in kids(v):
            if c.dep_ in ("nsubj", "nsubjpass") and (
                c.lower_ in ANY_ONE or any(g.dep_ == "det" and g.lower_ == "any" for g in kids(c))
            ):
                return True  # "anyone who …", "any person who attacks airports will be arrested"
            if c.dep_ in ("nsubj", "nsubjpass") and _restricted_generic(c, reported=modal == "would"):
                return True  # "drivers who continue to block roads will be arrested"
            if c.dep_ in ("nsubj", "nsubjpass") and _culprits(c) and head not in c.subtree:
                return True  # "those behind the violence would be arrested"
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


MOMENT_NOUNS = frozenset({"moment", "time", "minute", "hour"})


def _any_moment(head: Token) -> bool:
    """ "could be executed at any moment", "may be arrested at any time": a possibility told as
    imminent is an act expected to come (docs/gold-format.md H8: "at imminent risk of execution" is
    `predicted`), not one hanging on a condition ("could face the death penalty")."""
    if head.pos_ != "VERB" or _modal(head)[0] not in ("could", "may", "might", "can"):
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "at"
        and any(o.dep_ == "pobj" and o.lower_ in MOMENT_NOUNS and _any_noun(o) for o in kids(p))
        for p in kids(head)
    )


def _any_subject(head: Token) -> bool:
    """ "any attempt to block roads would be firmly repressed", "any gathering will be dispersed": an act
    done to whatever someone may attempt is a threat on a condition (N4: "any attempt to")."""
    if head.pos_ not in ("VERB", "ADJ"):
        return False
    verb = head.head if head.dep_ in ("acomp", "xcomp") and head.head.pos_ in ("AUX", "VERB") else head
    for c in kids(verb):
        if c.dep_ in ("nsubj", "nsubjpass") and _any_noun(c):
            return _modal(verb)[0] is not None
    return False


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
    if (head.pos_ == "NOUN" and head.dep_ == "pobj") or (head.pos_ == "VERB" and head.dep_ == "pcomp"):
        if head.head.lower_ != "of":
            return False  # "at imminent risk of execution", "… of being put to death"
        danger = head.head.head
        if lemma(danger) in word_set("hypothetical_heads") and danger.pos_ == "NOUN":
            return any(c.dep_ == "amod" and c.lower_ in IMMINENCE for c in kids(danger))
    return False


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


def _conditioned(verb: Token) -> bool:
    """The verb carries a condition: "urged his followers to hold sit-ins if it did not"."""
    return any(c.dep_ == "advcl" and _condition_mark(c) for c in kids(verb))


def _generic_anyone(head: Token) -> bool:
    """ "anyone who uses force is jailed", "the law ensures that anybody who resists is detained": an act
    told in the present of whoever does something is a rule, not an act told as done (N4: "anyone who")."""
    if head.pos_ != "VERB" or head.tag_ not in ("VBN", "VBZ", "VBP"):
        return False
    subjects = [c for c in kids(head) if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].lower_ not in ANY_ONE:
        return False
    if head.tag_ in ("VBZ", "VBP"):
        return True
    aux = [c for c in kids(head) if c.dep_ in ("aux", "auxpass")]
    return bool(aux) and all(a.tag_ in ("VBZ", "VBP") for a in aux)


def _in_case(head: Token) -> bool:
    """ "demonstrations cannot be ruled out in case the government arrested religious leaders", "in case
    of arrest": "in case" opens a condition, though the parser makes "case" a noun after "in" (or hangs
    the clause elsewhere: then "in case" stands just before the clause)."""
    if head.pos_ == "VERB":
        left = head.left_edge.i
        if left >= 2 and head.doc[left - 1].lower_ == "case" and head.doc[left - 2].lower_ == "in":
            return True
    cur = head
    for _ in range(3):
        if cur.head == cur:
            return False
        gov = cur.head
        if (
            gov.lower_ == "case"
            and gov.dep_ == "pobj"
            and gov.head.lower_ == "in"
            and not any(c.dep_ in ("det", "poss", "amod") for c in kids(gov))
            and cur.dep_ in ("acl", "relcl", "prep", "pobj")
        ):
            return True
        if cur.dep_ not in ("prep", "pobj"):
            return False
        cur = gov
    return False


def _bare_grounds(head: Token) -> bool:
    """ "a fit case for arrest", "no grounds for detention": a bare act noun (no article, owner or "of")
    after "for" on a noun of grounds asks whether an act is warranted; none is told."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ != "for" or head.tag_ != "NN":
        return False
    owned = ("det", "poss", "nummod")
    if any(c.dep_ in owned or (c.dep_ == "prep" and c.lower_ == "of") for c in kids(head)):
        return False
    holder = head.head.head
    return holder.pos_ == "NOUN" and lemma(holder) in GROUNDS_NOUNS


def _schemed(head: Token) -> bool:
    """ "this is a conspiracy to get activists arrested", "a ploy to arrest the leaders": the act a scheme
    aims at, in the scheme noun's to-infinitive (through "get"/"have"), is not told as done."""
    top = head
    if head.dep_ in ("ccomp", "xcomp") and lemma(head.head) in CAUSATIVES:
        top = head.head  # "to get activists arrested"
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(top)):
        return False
    return top.dep_ == "acl" and top.head.pos_ == "NOUN" and lemma(top.head) in SCHEME_NOUNS
