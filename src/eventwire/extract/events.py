"""Events: find, type, qualify and bind them to times, places, actors and figures.

The steps, each in its own module: triggers from the YAML lexicon with sense checks
(:mod:`.triggers`, :mod:`.senses`), status from the parse and the claims
(:mod:`.status`), binding of time, places, actors, magnitudes and country
(:mod:`.binding`), within-document coreference (:mod:`.coref`) and a monotone
confidence (:mod:`.confidence`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Actor, Event, Magnitude, MagnitudeKind, Place, Span, Time, replace
from . import scope as scope_cues
from .binding import COMPATIBLE_KINDS, actor_at, bind_actors, magnitude_score
from .confidence import event_confidence
from .coref import BACK_REFERENCE_DETS, VICTIM_TYPES, Draft, merge_drafts
from .coref_denials import answering_denials
from .lexicon import word_set
from .magnitudes import written_in_parts
from .mentions import Mentions
from .placing import bind_places, country_of, document_country, lead_places
from .status import event_status
from .syntax import (
    agent,
    clause_head,
    doc_word_set,
    is_animate,
    kids,
    lemma,
    lemmas,
    lowers,
    parse_tree,
    patient,
    segment,
    segment_starts,
    subject,
    subtree_indices,
    token_at,
)
from .timing import bind_time
from .timing_lead import lead_time
from .timing_status import adjust_for_status
from .triggers import Trigger, find_triggers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["find_events"]

GENERIC_DETS = frozenset({"every", "any"})
GENERIC_PRONOUNS = frozenset({"anyone", "anybody", "whoever", "those", "everyone", "everybody", "all"})
WEEKDAYS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "weekend",
        "night",
    }
)
# types counted over a wave they happen in: "killed during the protests", "beaten during the protests"
WAVE_TYPES = frozenset({"killing", "execution", "arrest", "repression", "torture"})
TALLY_NOUNS = frozenset({"number", "toll", "count", "tally", "total", "figure"})
SETTING_PREPS = frozenset({"during", "amid", "at"})
MOMENT_NOUNS = frozenset(
    {"time", "moment", "aftermath", "eve", "height", "wake", "day", "night", "hour", "hours"}
)
AGGREGATE_WORDS = frozenset(
    {"nationwide", "countrywide", "nation-wide", "wave", "waves", "spread", "spreading", "across"}
)
PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "province",
        "region",
        "campus",
        "university",
        "village",
        "county",
        "district",
        "locality",
        "neighbourhood",
        "neighborhood",
    }
)
NATIONWIDE_MODIFIERS = frozenset({"general", "national", "nationwide", "countrywide", "nation-wide"})
# a general strike held in one place: "a city-wide general strike", "a local general strike"
LOCAL_MODIFIERS = frozenset({"city", "citywide", "city-wide", "town", "townwide", "local", "municipal"})
MOVEMENT_NOUNS = frozenset({"movement", "wave", "campaign"})
MOVEMENT_LEMMAS = frozenset({"uprising", "unrest", "revolution", "intifada"})
MAX_MAGNITUDE_SCORE = 2.5
VICTIM_KIND: dict[str, MagnitudeKind] = {
    "killing": "fatalities",
    "execution": "executions",
    "arrest": "arrests",
}
COLLECTIVE = frozenset(
    {
        "family",
        "group",
        "crowd",
        "people",
        "police",
        "force",
        "forces",
        "army",
        "community",
        "population",
        "public",
        "staff",
        "personnel",
        "everyone",
        "anyone",
        "someone",
        "one",
        "all",
        "member",
        "members",
        "party",
        "union",
        "council",
        "committee",
        "team",
    }
)
CHARGE_NOUNS = frozenset(
    {"act", "charge", "count", "crime", "offence", "offense", "accusation", "allegation", "case"}
)
# abuse by the state's agents whose conviction tells the event ("officers were convicted of torturing
# detainees"): a charge names a crime, but a court's finding of torture is the torture reported
CHARGED_ABUSE = frozenset({"torture"})
# "in a sign of protest", "as a form of protest": the act it qualifies is the protest
GESTURE_NOUNS = frozenset({"sign", "show", "gesture", "act", "mark", "form", "token", "symbol", "expression"})
AVOID_VERBS = frozenset({"avoid", "evade", "escape", "dodge", "prevent", "resist"})
# "an end to executions", "a campaign against arrests", "a rally against killings": the kind of act as a topic
TOPIC_HEADS = frozenset(
    {
        "end",
        "halt",
        "stop",
        "moratorium",
        "ban",
        "law",
        "bill",
        "campaign",
        "protest",
        "demonstration",
        "rally",
        "march",
        "vigil",
        "petition",
        "opposition",
        "resistance",
        "movement",
        "struggle",
        "fight",
        "legislation",
        "training",
        "manual",
        "guideline",
        "guidelines",
        "policy",
        "rule",
        "rules",
        "regulation",
        "regulations",
        "course",
    }
)
# what someone is punished or blamed for: "jailed for organising mass riots", "for inciting violence"
CHARGE_ACTS = frozenset({"organise", "organize", "incite", "instigate", "plan", "finance", "fund", "abet"})
# "a long history of repression", "a pattern of arbitrary arrests", "a culture of torture": a habit, no event
HABIT_NOUNS = frozenset(
    {"history", "pattern", "culture", "legacy", "tradition", "record", "practice", "climate", "use", "policy"}
)
# "to oppose executions", "outlawed strikes": the kind of act as the object of a stance or a rule
# Mass nouns that name a practice when bare ("the rapporteur on torture", "laws against detention")
PRACTICE_NOUNS = frozenset(
    {"torture", "detention", "imprisonment", "repression", "mistreatment", "ill-treatment"}
)
TOPIC_VERBS = frozenset(
    {
        "oppose",
        "ban",
        "outlaw",
        "abolish",
        "criminalise",
        "criminalize",
        "legalise",
        "legalize",
        "prohibit",
        "forbid",
        "regulate",
        "manage",
        "handle",
        "curb",
        "deter",
        "tackle",
        "classify",
        "penalise",
        "penalize",
        "punish",
    }
)
CHARACTERIZING_VERBS = frozenset(
    {
        "call",
        "describe",
        "label",
        "brand",
        "term",
        "denounce",
        "condemn",
        "characterise",
        "characterize",
        "dub",
    }
)
SLOGAN_CUES = (
    "chant",
    "slogan",
    "banner",
    "placard",
    "reading",
    "read ",
    "shout",
    "sign ",
    "signs ",
    "calling for",
    "calls for",
    "called for",
    "inscription",
    "graffiti",
    "with the words",
    "written",
)
RECURRENCE_WORDS = frozenset({"every", "weekly", "daily", "nightly", "repeatedly", "months", "weeks"})
CHARGE_HEADS = frozenset(
    {
        "convict",
        "convicted",
        "accuse",
        "accused",
        "charge",
        "charged",
        "sentence",
        "sentenced",
        "indict",
        "suspect",
        "suspected",
        "guilty",
        "try",
        "prosecute",
        "arrest",
        "detain",
        "jail",
        "imprison",
        "execute",
        "hang",
        "hanged",
        "executed",
        "arrested",
        "confess",
        "confession",
        "book",  # "booked for murder and arson"
        "booked",
        "serve",  # "serving five years for organising mass riots"
        "serving",
    }
)


def _span(doc: Doc, start: int, end: int) -> Span:
    return Span(text=doc_text(doc)[start:end], start=start, end=end)


def _generic(head: Token) -> bool:
    """ "every protest", "any strike": a kind of event, not one (but "denied carrying out any raids" denies
    the raids reported: "any" under a verb of denial picks out no class)."""
    if not (
        head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in kids(head))
    ):
        return False
    return not _under_denial(head)


def _under_denial(tok: Token) -> bool:
    """A verb of denial governs ``tok`` within three steps ("denied carrying out any raids")."""
    _pos, _dep, heads = parse_tree(tok.doc)
    lems = lemmas(tok.doc)
    return any(lems[i] in DENIAL_VERBS for i in _ancestors(heads, tok.i, 3))


DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})


def _setting_only(head: Token, trig: Trigger, by_head: dict[int, Trigger]) -> bool:
    """A nominal protest that only sets the scene of another event ("killed during a protest")."""
    if not trig.nominal or head.dep_ != "pobj":
        return False
    prep = head.head.lower_
    # "killed in a clash with protesters": the killing is the report; an armed clash ("killed in armed
    # clashes", "killed in a clash with smugglers") is an attack whose dead are its toll (L14)
    clash = lemma(head) == "clash" and not (trig.type == "attack" and _armed_clash_noun(head))
    held = trig.type == "arrest" and lemma(head) in ("detention", "custody")  # "tortured in detention"
    # "at the time of his arrest", "in the aftermath of the protests": a time named by another event
    moment = prep == "of" and lemma(head.head.head) in MOMENT_NOUNS
    # "an air strike on a gathering": the crowd is the target of the attack, not a protest of its own
    target = prep == "on" and trig.type == "protest" and by_head.get(head.head.head.i) is not None
    if trig.type in ("protest", "strike") and head.tag_ == "NNS" and not target:
        return False  # "killed during two days of protests", "after a day of peaceful marches": a wave told
    if (
        prep not in SETTING_PREPS
        and not moment
        and not target
        and not (prep == "in" and (trig.type in ("repression", "riot") or clash or held))
    ):
        return False
    if trig.type in ("protest", "strike") and not moment and not target and _told_of_its_own(head):
        return False
    for anc in _ancestors(parse_tree(head.doc)[2], head.i, 6 if moment else 4):
        other = by_head.get(anc)
        if other is not None and other.type != trig.type:
            return True
    return False


def _armed_clash_noun(head: Token) -> bool:
    """ "armed clashes", "a clash with armed smugglers", "clashes between rival militias": the clash is
    named as armed men's fighting (not "clashes provoked by armed separatists", an account of how
    protesters died)."""
    armed = (
        word_set("armed_clash")
        | word_set("armed_doers")
        | word_set("security_nouns")
        | word_set("clan_sides")  # "killed in a clash between rival clans": an armed feud
        | {"guard", "guards", "policeman", "policemen"}
    )
    for ch in kids(head):
        if ch.dep_ == "amod" and ch.lower_ == "armed":
            return True
        if ch.dep_ == "prep" and ch.lower_ in ("with", "between"):
            words = {w for g in kids(ch) for t in g.subtree for w in (lemma(t), t.lower_)}
            if words & armed:
                return True
    return False


SETTING_DETAIL_PREPS = frozenset({"outside", "in", "near", "against", "over", "at", "on", "by", "for"})


def _told_of_its_own(head: Token) -> bool:
    """A setting told with details of its own ("during a protest outside the university", "during the
    November 2019 uprising", "during another taxi strike against a fuel price rise"): an event reported
    beside the one it sets, not only its scene."""
    own = kids(head)
    if any(c.dep_ == "det" and c.lower_ == "another" for c in own):
        return True
    if any(c.dep_ == "prep" and c.lower_ in SETTING_DETAIL_PREPS for c in own):
        return True
    return any(c.dep_ in ("compound", "amod", "nmod", "npadvmod") and c.ent_type_ == "DATE" for c in own)


def _back_reference(head: Token) -> bool:
    """A nominal pointing back: "the protests", "Saturday's attack", "the number of arrests"; or a
    relative clause on a definite noun: "the family of the man who was killed"."""
    if head.dep_ == "relcl" and head.head != head and head.pos_ in ("VERB", "AUX"):
        noun = head.head
        return any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in kids(noun))
    if head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ in ("NOUN", "PROPN"):
        # a reduced relative on a definite noun: "the seven men executed on Sunday", "the protesters
        # arrested last week"
        return any(
            (c.dep_ == "det" and c.lower_ in ("the", "those", "these")) or c.dep_ == "poss"
            for c in kids(head.head)
        )
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    for c in kids(head):
        if c.dep_ in ("det", "poss") and c.lower_ in BACK_REFERENCE_DETS:
            return True
        if c.dep_ == "poss" and (c.ent_type_ in ("DATE", "TIME") or c.lower_.rstrip("'s") in WEEKDAYS):
            return True
    parent = head.head
    return head.dep_ == "pobj" and parent.lower_ == "of" and lemma(parent.head) in TALLY_NOUNS


_BY_SEGMENT = "eventwire.events.by_segment"


def _by_segment(doc: Doc, by_head: dict[int, Trigger]) -> dict[int, list[Trigger]]:
    """The triggers of ``by_head`` grouped by the start of their segment, in their order, once per
    Doc (asked per trigger: scanning every trigger each time is quadratic in a long article)."""
    memo: tuple[dict[int, Trigger], dict[int, list[Trigger]]] | None = doc.user_data.get(_BY_SEGMENT)
    if memo is not None and memo[0] is by_head:
        return memo[1]
    starts = segment_starts(doc)
    groups: dict[int, list[Trigger]] = {}
    for t in by_head.values():
        groups.setdefault(starts[t.head], []).append(t)
    doc.user_data[_BY_SEGMENT] = (by_head, groups)
    return groups


def _generic_reference(head: Token, trig: Trigger, by_head: dict[int, Trigger]) -> bool:
    """Not a report of an event: "anyone who attacks police", "release those detained", "a jailed politician",
    "in protest at the killings", "shut their shops to protest"."""
    subj = next((c for c in kids(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ == "whoever":
        return True
    definite = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in BACK_REFERENCE_DETS) for c in kids(head)
    )
    # "any civil servant who joined a strike" (not "those involved in the failed attack": a told event)
    clause = head if head.dep_ in ("relcl", "acl") else (head if definite else clause_head(head))
    for _ in range(4):
        if (
            clause.dep_ not in ("conj", "xcomp")
            or clause.head == clause
            or clause.head.pos_ not in ("VERB", "AUX")
        ):
            break
        clause = clause.head  # "those who want to storm the streets and attack police": the relative clause
    if clause.dep_ in ("relcl", "acl") and (
        clause.head.lower_ in GENERIC_PRONOUNS
        or any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in kids(clause.head))
    ):
        return True  # "anyone who attacks police", "any civil servant who joined a strike"
    if head.dep_ == "amod" and head.tag_ == "VBN" and trig.type == "arrest" and not trig.phrase:
        return True
    if (
        trig.type == "protest"
        and trig.nominal
        and head.dep_ == "pobj"
        and head.head.lower_ == "in"
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in kids(head))
    ):
        return True  # "in protest at": the enclosing act is the protest (not "took part in the protest")
    if (
        trig.type == "protest"
        and trig.nominal
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and lemma(head.head.head) in GESTURE_NOUNS
        and head.head.head.dep_ == "pobj"
        and head.head.head.head.lower_ in ("in", "as")
    ):
        return True  # "in a sign of protest", "as a form of protest": the act it names is the protest
    starts = segment_starts(head.doc)
    own = starts[head.i]
    others = [t for t in _by_segment(head.doc, by_head).get(own, ()) if t.head != head.i]
    if trig.type == "protest" and not trig.nominal and head.dep_ in ("advcl", "xcomp"):
        purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(head))
        governor = head.head
        inside = set(subtree_indices(governor))
        return purpose and any(t.head in inside for t in others)
    # "hundreds of people protesting", "a group chanting slogans", "marched …, carrying portraits and
    # chanting": a description inside another report
    first = head
    while first.dep_ == "conj" and first.head != first and first.tag_ == "VBG":
        first = first.head
    if trig.phrase and lemma(head) in CONTINUOUS_LEMMAS and not any(t.type in CROWD_TYPES for t in others):
        # "a car drove into students blocking a street": an act of its own (a blockade) whose
        # crowd another event struck, not the manner of a protest told beside it
        return False
    return trig.type == "protest" and first.dep_ == "acl" and head.tag_ == "VBG" and bool(others)


CROWD_TYPES = frozenset({"protest", "riot", "strike"})


def _subtree(tok: Token) -> list[Token]:
    """``list(tok.subtree)``, from the per-Doc Token list and :func:`.syntax.subtree_indices`."""
    toks = tokens(tok.doc)
    return [toks[i] for i in subtree_indices(tok)]


def _ancestors(heads: list[int], i: int, n: int) -> list[int]:
    """Indices of the first ``n`` of ``Token.ancestors`` of token ``i`` (``heads`` by index)."""
    out: list[int] = []
    while len(out) < n and heads[i] != i:
        i = heads[i]
        out.append(i)
    return out


def _linked(a: Token, b: Token) -> bool:
    """Two triggers of one clause: one governs the other, or both hang from the same verb."""
    pos, dep, heads = parse_tree(a.doc)  # by index: asked for every pair of triggers in a sentence
    if b.i in _ancestors(heads, a.i, 3) or a.i in _ancestors(heads, b.i, 3):
        return True
    if heads[a.i] == heads[b.i] and pos[heads[a.i]] in ("VERB", "AUX"):
        return True
    # ", killing at least 13 people": a participle clause reports the toll of its main clause's event
    for x, y in ((a, b), (b, a)):
        if dep[y.i] == "advcl" and y.tag_ == "VBG" and heads[y.i] != y.i:
            gov = y.head
            if gov.left_edge.i <= x.i <= gov.right_edge.i and not y.left_edge.i <= x.i <= y.right_edge.i:
                return True
    return False


def _charge_only(head: Token) -> bool:
    """A killing named only as a charge or a conviction ("convicted of murdering", "executed for murder")."""
    cur = head
    for _ in range(5):
        if cur.head == cur:
            return False
        parent = cur.head
        if cur.dep_ == "relcl" and lemma(cur) in PENALTY_VERBS:
            return False  # "charged with treason, an offence that carries the death penalty": what they face
        if cur.dep_ == "pcomp" and parent.lower_ == "for" and lemma(cur) in CHARGE_ACTS:
            return True  # "for organising mass riots", "for inciting violence": the reason given
        if cur.dep_ in ("pobj", "pcomp") and parent.lower_ in ("of", "with", "for"):
            prep = parent
            while prep.dep_ == "conj" and prep.head != prep:
                prep = prep.head  # "for moharebeh and for the murder of"
            gov = prep.head
            if _allegation(gov):
                return False  # "the RSF accused the army of killing nine people": a reported act
            if lemma(gov) in CHARGE_HEADS or gov.lower_ in CHARGE_HEADS:
                return True
            if _gapped_charge(gov):
                return True
            if prep.lower_ == "for" and gov.dep_ == "dobj" and lemma(gov.head) in CHARGE_HEADS:
                return True  # "serving five years for murder" (not "suspected the brothers of …")
            if lemma(gov) not in CHARGE_NOUNS:
                return False
            cur = gov  # "arrested for acts of vandalism": look past the charge noun
            continue
        cur = parent
    return False


PENALTY_VERBS = frozenset({"carry", "entail", "attract"})


def _gapped_charge(gov: Token) -> bool:
    """A count whose charge verb is left out ("seven were convicted of drug trafficking and two of
    murder", "hanged for drug offences, 12 for murder"): the number stands, as a conjunct or an
    apposition, beside the written charge or its verb."""
    if (
        not (gov.like_num or gov.pos_ == "NUM")
        or gov.dep_ not in ("conj", "appos", "npadvmod")
        or gov.head == gov
    ):
        return False
    anc = gov.head
    if anc.dep_ == "pobj" and anc.head.head != anc.head:
        anc = anc.head.head  # "convicted of offences, 58 of murder": beside the first charge
    return lemma(anc) in CHARGE_HEADS or anc.lower_ in CHARGE_HEADS


def _allegation(gov: Token) -> bool:
    """ "rights groups accused police of using a sound cannon", "the RSF accused the army of killing":
    a speaker accusing a force or a body of an act reports the act; a person accused of a crime
    ("he was accused of setting fire to …") is charged."""
    if lemma(gov) != "accuse" or not any(c.dep_ == "nsubj" for c in kids(gov)):
        return False
    accused = next((c for c in kids(gov) if c.dep_ == "dobj"), None)
    if accused is None:
        return False
    forces = word_set("security_nouns") | word_set("armed_doers") | STATE_BODIES
    return lemma(accused) in forces or accused.lower_ in forces or accused.ent_type_ in ("ORG", "NORP", "GPE")


# bodies whose acts an accusation reports ("accused the authorities of hiding bodies")
STATE_BODIES = frozenset(
    {
        "authority",
        "authorities",
        "officer",
        "officers",
        "agent",
        "agents",
        "gendarme",
        "gendarmes",
        "state",
        "junta",
    }
)


def _condition_only(head: Token) -> bool:
    """The event is the condition of a conditional ("if the protests continue, …"), not its consequence."""
    from .syntax import children_index, lowers

    # walked by index over the per-Doc arrays: each ``.children`` and ``.head`` would build Tokens
    doc = head.doc
    dep, heads = parse_tree(doc)[1:]
    kids, low = children_index(doc), lowers(doc)
    i = head.i
    for _ in range(6):
        if any(dep[c] == "mark" and low[c] in ("if", "unless") for c in kids[i]):
            return dep[i] == "advcl" or heads[i] == i
        if heads[i] == i or dep[i] in ("ccomp", "relcl", "parataxis"):
            return False
        i = heads[i]
    return False


LOCATING_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _topic_only(head: Token, trig: Trigger) -> bool:
    """A bare plural naming a kind of act as a topic, not a report of one: "demanding an end to
    executions", "a campaign against arrests", "a law that bans strikes"."""
    practice = head.tag_ == "NN" and lemma(head) in PRACTICE_NOUNS
    if head.pos_ not in ("NOUN", "PROPN") or (head.tag_ not in ("NNS", "NNPS") and not practice):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in kids(head)):
        return False
    for c in kids(head):
        if c.dep_ == "prep" and any(
            g.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for g in _subtree(c)
        ):
            return False  # "protests against executions in Shiraz on Friday": located, so reported
    first = head
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # "prohibit torture and arbitrary detention"
    parent = first.head
    if first.dep_ == "pobj" and parent.lower_ == "of" and lemma(parent.head) in HABIT_NOUNS:
        return True  # "a long history of repression", "a pattern of arbitrary arrests"
    if first.dep_ == "pobj" and parent.lower_ in ("against", "to", "on"):
        return lemma(parent.head) in TOPIC_HEADS or (practice and parent.head.pos_ in ("NOUN", "PROPN"))
    return first.dep_ == "dobj" and lemma(parent) in TOPIC_VERBS


def _characterization(head: Token, trig: Trigger) -> bool:
    """A name given to an event already told: "called the death a murder by the regime", "described
    the raid as a massacre", "branded the protests riots"."""
    if not trig.nominal:
        return False
    if head.dep_ == "oprd":
        gov = head.head
    elif head.dep_ == "pobj" and head.head.lower_ == "as":
        parent = head.head
        gov = parent.head.head if parent.head.dep_ == "dobj" else parent.head  # "described [the raid] as"
    else:
        return False
    # the thing named must be written as a noun ("the death"), not "what organisers called a strike"
    named = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in kids(gov))
    return named and lemma(gov) in CHARACTERIZING_VERBS


def _no_report_of(head: Token) -> bool:
    """ "There were no reports of clashes", "no sign of a protest": the writer knows of none; nobody
    denies anything."""
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    noun = head.head.head
    return lemma(noun) in ABSENCE_NOUNS and any(c.lower_ == "no" and c.dep_ == "det" for c in kids(noun))


ABSENCE_NOUNS = frozenset({"report", "sign", "indication", "word", "news", "trace"})


def _avoided(head: Token) -> bool:
    """ "to avoid arrest", "fled to escape detention": an event that did not take place."""
    parent = head.head
    return head.dep_ == "dobj" and lemma(parent) in AVOID_VERBS


def _until_ended(head: Token) -> bool:
    """The event names what must end before something else stops: "strike until the executions stop",
    "refuse food until the gallows fall silent" (not "until police arrested him")."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "until" for c in kids(verb))


def _question(doc: Doc, head: Token) -> bool:
    """The trigger sits in a question of the writer's ("Was there a crackdown?", "What is left of the
    uprising?"): nothing is reported (a quoted question, "Why did they shoot at us?", is left alone)."""
    sent = segment(head)
    text = doc_text(doc)[sent.start_char : sent.end_char].rstrip()
    return text.endswith("?") and not any(q in text for q in QUOTE_MARKS)


QUOTE_MARKS = ('"', "\u201c", "\u201d")


def _slogan(doc: Doc, trig: Trigger) -> bool:
    """A trigger quoted on a banner, in a chant or a slogan ("chanted 'No to execution'")."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, trig.start_char) + 1
    before = text[line_start : trig.start_char]
    opened = max(before.rfind('"'), before.rfind("\u201c"))
    if opened < 0 or "\u201d" in before[opened:]:
        return False
    if before[opened] == '"' and before.count('"') % 2 == 0:
        return False  # the last straight quote closed a quotation
    for _ in range(4):
        lead = before[max(0, opened - 30) : opened].lower()
        if any(word in lead for word in SLOGAN_CUES):
            return not _call_to_act(doc, line_start + max(0, opened - 30), lead)
        # 'chanting "Down with prices" and "Merchants, strike!"': a chant in a list of chants
        if not lead.rstrip().endswith(CHAINED_QUOTE):
            return False
        closed = max(before.rfind('"', 0, opened), before.rfind("\u201d", 0, opened))
        opened = max(before.rfind('"', 0, closed), before.rfind("\u201c", 0, closed)) if closed > 0 else -1
        if opened < 0:
            return False
    return False


CHAINED_QUOTE = ('" and', '" or', '",', "\u201d and", "\u201d or", "\u201d,")
CALL_CUES = ("calling for", "calls for", "called for")
# what carries a written demand: 'leaflets calling for "mass riots"', 'banners calling for an "insurrection"'
SIGN_NOUNS = frozenset(
    {
        "banner",
        "placard",
        "leaflet",
        "poster",
        "graffiti",
        "sign",
        "slogan",
        "inscription",
        "flyer",
        "pamphlet",
        "sticker",
        "chant",
        "wall",
    }
)


def _call_to_act(doc: Doc, lead_start: int, lead: str) -> bool:
    """The quotation follows "called for" said by people ('organisers called for a "total shutdown"'): a call
    to act, not the words on a banner or a leaflet ('leaflets calling for "mass riots"')."""
    cue = next((c for c in CALL_CUES if c in lead), None)
    if cue is None or any(w in lead for w in SLOGAN_CUES if w not in CALL_CUES):
        return False
    tok = token_at(doc, lead_start + lead.index(cue))
    if tok is None or lemma(tok) != "call":
        return False
    doer = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
    if doer is None and tok.dep_ in ("acl", "relcl") and tok.head != tok:
        doer = tok.head  # "leaflets calling for …" (and "Organisers, who …, called for …" parsed so)
    if doer is not None and doer.tag_ == "WDT" and tok.dep_ == "relcl":
        doer = tok.head  # "banners which called for …"
    return doer is not None and doer.pos_ in ("NOUN", "PROPN", "PRON") and lemma(doer) not in SIGN_NOUNS


def _tally_over_time(d: Draft, magnitudes: Sequence[Magnitude], head: Token | None = None) -> bool:
    """A toll counted over weeks or months ("49 kolbars were killed last year", "150 detained in June"),
    over a wave ("11 people were killed during the disturbances"), or an attack on many sites
    ("attacked dozens of police stations"); not one occasion ("killed eleven police officers in an
    attack in January", "four activists were executed in July 2022": a small toll in a calendar month)."""
    if head is not None and scope_cues.plural_targets(head, d.type):
        return True
    if head is not None and _days_of_action(d, head):
        return True
    # not "two were killed during the demonstrations in Omdurman on Thursday": one day's toll
    one_day = d.time is not None and not d.time_inferred and d.time.start == d.time.end
    toll = d.type in VICTIM_KIND
    if (
        d.type in WAVE_TYPES
        and not one_day
        and head is not None
        and scope_cues.within_wave(head, magnitudes, toll=toll)
    ):
        return True  # "killed during the disturbances", "beaten by police during the protests"
    if d.type not in VICTIM_KIND and d.type != "attack":
        return False
    if d.time is None or d.time_inferred or not (d.time.start and d.time.end):
        return False
    victims = ("fatalities", "arrests", "executions")
    counts = [m.value for m in magnitudes if m.kind in victims and m.value >= 2]
    if not counts or (head is not None and scope_cues.one_occasion(head)):
        return False
    try:
        span = date.fromisoformat(d.time.end[:10]) - date.fromisoformat(d.time.start[:10])
    except ValueError:
        return False
    calendar = d.time.precision in ("month", "season", "quarter", "year")
    # an attack, or the toll of one written as its participle (", killing dozens"), is one occasion
    toll_of_act = head is not None and head.dep_ == "advcl" and head.tag_ == "VBG" and bool(d.linked)
    if max(counts) >= 10 and not ((d.type == "attack" or toll_of_act) and calendar):
        return span.days >= 2  # not "in March 2021, militants overran the town, killing dozens": one attack
    # a built interval ("since January", "over the past week"), not one calendar month or year
    return span.days >= 6 and not calendar


# crowd events told over several days are several events ("between 26 and 28 June, thousands took to the
# streets"); one continuous march, sit-in or strike is one ("a three-day march", "on strike since Monday")
DAYS_OF_ACTION_TYPES = frozenset({"protest", "riot", "repression"})
# (a curfew or a ban on gatherings is one order held for its time: "imposed a ban on rallies for 15 days")
CONTINUOUS_SUBTYPES = frozenset(
    {"internet_shutdown", "sit_in", "march", "curfew", "ban", "state_of_emergency"}
)
# a blockade or an occupation held for days is one continuous event ("cut the highway for 24 days")
CONTINUOUS_LEMMAS = frozenset(
    {"block", "blockade", "barricade", "cut", "occupy", "occupation", "roadblock", "encampment", "fell"}
)


def _days_of_action(d: Draft, head: Token) -> bool:
    t = d.time
    if d.type not in DAYS_OF_ACTION_TYPES or d.subtype in CONTINUOUS_SUBTYPES or t is None or d.time_inferred:
        return False
    # one road held ("cut the same highway for 24 days"), not many ("blocked motorways for a third day")
    if (
        d.type == "protest"
        and d.head_lemma in CONTINUOUS_LEMMAS
        and not any(c.dep_ == "dobj" and c.tag_ == "NNS" for c in kids(head))
    ):
        return False
    if not (t.start and t.end and len(t.start) >= 10 and len(t.end) >= 10):
        return False  # days, not a month or a year
    if t.precision in ("month", "season", "quarter", "year") or t.text.lower().startswith(("since", "from")):
        return False
    if head.pos_ in ("NOUN", "PROPN") and head.tag_ == "NN":
        return False  # "a three-day march", "the occupation": one continuous event
    try:
        days = (date.fromisoformat(t.end[:10]) - date.fromisoformat(t.start[:10])).days
    except ValueError:
        return False
    return days >= 2


# what one volley is fired with: "fired rubber bullets", "had not used live rounds" (the rounds of one act)
MUNITIONS = frozenset(
    {"bullet", "round", "pellet", "ammunition", "canister", "grenade", "shot", "baton", "truncheon"}
)
# the state's orders: one decision, however wide the area it covers
ORDER_SUBTYPES = frozenset({"internet_shutdown", "ban", "curfew", "state_of_emergency"})


COUNTRY_WIDE = frozenset({"nationwide", "countrywide", "nation-wide", "country-wide"})
WHOLE_COUNTRY_PREPS = frozenset({"across", "throughout"})


def _whole_country(head: Token) -> bool:
    """An order told as covering the whole country ("cut mobile internet nationwide", "a nationwide
    curfew", "was blocked across the country"): aggregate, the Scope rules' "nationwide" (not "across
    parts of the country", "in most of the country")."""
    for t in (
        _subtree(clause_head(head))
        if head.pos_ == "VERB"
        else (*_subtree(head), *_subtree(clause_head(head)))
    ):
        if not scope_cues.in_own_clause(t, head):
            continue
        if t.lower_ in COUNTRY_WIDE:
            return True
        if (
            lemma(t) == "country"
            and t.dep_ == "pobj"
            and t.head.lower_ in WHOLE_COUNTRY_PREPS
            and any(c.lower_ == "the" for c in kids(t))
            and t.head.dep_ != "pobj"
        ):
            return True
    return False


def _aggregate(
    head: Token,
    places: Sequence[Place],
    magnitudes: Sequence[Magnitude],
    *,
    one_day: bool = False,
    subtype: str | None = None,
    etype: str | None = None,
) -> bool:
    text = doc_text(head.doc)
    magnitudes = scope_cues.own_figures(head, magnitudes)
    places = scope_cues.own_places(head, places)
    if subtype in ORDER_SUBTYPES:
        # one order, however wide: "mobile internet was cut nationwide", "cut in Ahvaz and Shadegan",
        # "extended the ban on all meetings across the province", "a curfew in three districts"
        # (not "rolling shutdowns of mobile data", "was repeatedly cut": a run of them)
        return (
            head.tag_ in ("NNS", "NNPS")
            or any(
                t.lower_ in RECURRENCE_WORDS | {"repeatedly", "rolling", "again"}
                and scope_cues.recurrence(t)
                and scope_cues.in_own_clause(t, head)
                for t in _subtree(clause_head(head))
            )
            or _whole_country(head)
        )
    if any(m.kind in ("localities", "provinces") for m in magnitudes):
        return True
    if scope_cues.coordinated_places(text, places) or scope_cues.whole_extent(head):
        return True
    if not one_day and any(
        m.kind in ("fatalities", "arrests", "executions", "injuries") and m.value >= 200 for m in magnitudes
    ):
        return True  # not "at least 817 people were killed that day": one day's toll
    local = [p for p in places if p.precision in ("point", "city", "admin2")]
    if any(c.dep_ == "amod" and c.lower_ in NATIONWIDE_MODIFIERS for c in kids(head)) and not any(
        c.lower_ in LOCAL_MODIFIERS for c in _subtree(head)
    ):
        return True  # "a general strike", "a national day of protest" (not "a city-wide general strike")
    if head.dep_ == "compound" and lemma(head.head) in MOVEMENT_NOUNS:
        return True  # "the protest movement", "a strike wave"
    if lemma(head) in MOVEMENT_LEMMAS and len(local) != 1:
        return True  # "the uprising", "the unrest" (not "the uprising in Zahedan")
    # (a warning aimed at whoever acts, "anyone who joins will be arrested", names no spread of places or
    # time: single, gold-format G1)
    if scope_cues.series_of(head) or scope_cues.plural_sites(head):
        return True  # "weeks of demonstrations", "in police stations"
    weapon = (
        lemma(head) in word_set("weapon") or lemma(head) in word_set("device") or lemma(head) in MUNITIONS
    )
    # "subjected to beatings and electric shocks": the methods of one ordeal, not many events
    method = etype == "torture"
    if method and scope_cues.over_detention(head):
        return True  # "held for five months, during which interrogators beat them": over a detention
    # "sit-ins": the plural is the hyphenated word's last part ("sit" is its compound)
    noun = (
        head.head if head.dep_ == "compound" and head.head.i <= head.i + 2 and not head.whitespace_ else head
    )
    plural = noun.pos_ in ("NOUN", "PROPN") and noun.tag_ in ("NNS", "NNPS") and not weapon and not method
    # "gunmen opened fire": a phrase headed by its doers, not by a plural event noun
    plural = plural and not is_animate(head, word_set("animate"))
    if plural and (len(local) != 1 or _counted(noun)):
        # "the protests", "attacks on US forces", "mass rallies", "more than 20 blockades" — not
        # "protests in Ahvaz", nor "shells hit a market" (several rounds of one attack)
        return True
    nominal = head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("nsubj", "nsubjpass")
    doc = head.doc
    root = head if nominal else clause_head(head)
    if not _cues_within(doc, root):
        return False  # no cue word anywhere between the clause's first and last word
    low, lems, toks = lowers(doc), lemmas(doc), tokens(doc)
    for i in subtree_indices(root):
        # the words by index first: a Token (and the clause walk) only for a cue word
        if i == head.i or not (
            low[i] in AGGREGATE_WORDS or low[i] in RECURRENCE_WORDS or lems[i] in PLACE_NOUNS
        ):
            continue
        t = toks[i]
        if not scope_cues.in_own_clause(t, head):
            continue  # not "the deadliest unrest the city has seen in months"
        if t.lower_ in AGGREGATE_WORDS and (
            t.lower_ != "across"
            or scope_cues.across_extent(t, places)
            or any(lems[g] in PLACE_NOUNS and toks[g].tag_ in ("NNS", "NNPS") for g in subtree_indices(t))
        ):
            return True
        if lemma(t) in PLACE_NOUNS and t.tag_ in ("NNS", "NNPS"):
            return True
        if (
            t.lower_ in RECURRENCE_WORDS
            and scope_cues.recurrence(t)
            and not (method and t.lower_ == "repeatedly")
        ):
            return True  # "every Sunday", "weekly"; "since Tuesday" is one event that lasted
            # (not "was repeatedly beaten": the blows of one ordeal)
    return False


_AGGREGATE_CUES = "eventwire.events.aggregate_cues"


def _cues_within(doc: Doc, root: Token) -> bool:
    """A cue word of :func:`_aggregate`'s clause walk lies between the first and the last word of
    ``root``'s subtree (its edges): the walk can find nothing otherwise. The cue positions are listed
    once per Doc."""
    cues: list[int] | None = doc.user_data.get(_AGGREGATE_CUES)
    if cues is None:
        low, lems = lowers(doc), lemmas(doc)
        cues = [
            i
            for i in range(len(low))
            if low[i] in AGGREGATE_WORDS or low[i] in RECURRENCE_WORDS or lems[i] in PLACE_NOUNS
        ]
        doc.user_data[_AGGREGATE_CUES] = cues
    if not cues:
        return False
    k = bisect_left(cues, root.left_edge.i)
    return k < len(cues) and cues[k] <= root.right_edge.i


def _counted(head: Token) -> bool:
    """A plural event noun with its own count of two or more: "more than 20 blockades", "three strikes"."""
    for c in kids(head):
        if c.dep_ == "nummod":
            value = c.lower_.replace(",", "")
            return not value.isdigit() or int(value) >= 2
    return False


def _source_actor(tok: Token, known: Sequence[Actor]) -> Actor:
    found = actor_at(tok, known, "speaker")
    if found is not None:
        return found
    from .binding import np_actor

    return np_actor(tok, "unknown", "speaker")


def _paragraphs_before(doc: Doc, start: int) -> int:
    """How many non-blank lines end before ``start``: the ``"\\n"`` at index < ``start`` whose line
    (from the previous ``"\\n"``) holds more than whitespace. Line ends and counts are built once per Doc."""
    index: tuple[list[int], list[int]] | None = doc.user_data.get(_LINE_ENDS)
    if index is None:
        text = doc_text(doc)
        ends: list[int] = []
        counts: list[int] = [0]
        prev = 0
        nl = text.find("\n")
        while nl >= 0:
            ends.append(nl)
            counts.append(counts[-1] + (1 if text[prev:nl].strip() else 0))
            prev = nl + 1
            nl = text.find("\n", prev)
        index = (ends, counts)
        doc.user_data[_LINE_ENDS] = index
    ends, counts = index
    return counts[bisect_left(ends, start)]


_LINE_ENDS = "eventwire.line_ends"


def _is_headline(doc: Doc, sent: SpacySpan) -> bool:
    """The segment, or the whole line it sits on, is a headline (a title may hold a ';')."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.start_char)
    line = text[start : len(text) if end < 0 else end]
    return _headline_text(doc_text(doc)[sent.start_char : sent.end_char]) or _headline_text(line)


def _headline_text(text: str) -> bool:
    text = text.rstrip()
    return bool(text) and text[-1] not in '.!?"\u201d\u2019:;)' and len(text) < 160


WEAPON_SUBTYPES: dict[str, str] = {
    "bomb": "bombing",
    "ied": "bombing",
    "grenade": "bombing",
    "mine": "bombing",
    "landmine": "bombing",
    "explosive": "bombing",
    "blast": "bombing",
    "explosion": "bombing",
    "missile": "missile_strike",
    "rocket": "missile_strike",
    "drone": "air_strike",
    "airstrike": "air_strike",
    "warplane": "air_strike",
    "jet": "air_strike",
    "shell": "shelling",
    "shelling": "shelling",
    "artillery": "shelling",
    "mortar": "shelling",
}
# armed combat named as what killed: "fighting around the town killed dozens of soldiers", "a gun battle
# that left three dead" (the deaths are the clash's toll; the spec's attack covers armed clashes)
COMBAT_DOERS = frozenset(
    {
        "fighting",
        "battle",
        "gunbattle",
        "firefight",
        "crossfire",
        "combat",
        "bombardment",
        "offensive",
        "shootout",
    }
)


# a gun battle named as where people died: "killed in a shoot-out", "died in an exchange of fire"
GUN_BATTLE = re.compile(
    r"\b(shoot\s*-?\s*out|gunfight|gun\s*battle|gunbattle|firefight|exchange of fire|crossfire)\b"
)


CROWD_DEAD = frozenset({"rioter", "protester", "protestor", "demonstrator", "mourner", "marcher"})


def _killed_in_gun_battle(head: Token) -> bool:
    """ "17 people, among them six police officers, were killed in a shoot-out during an eviction",
    "two died in an exchange of fire with the army": the dead are the toll of the gun battle, an attack
    (L14: a gun battle with dead on either side or both is one attack), whoever they were."""
    dead = next((c for c in kids(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if dead is not None and lemma(dead) in CROWD_DEAD:
        # "two 'rioters' died in an exchange of fire with police": the state's telling of a killing
        return False
    for ch in kids(head):
        if ch.dep_ == "prep" and ch.lower_ in ("in", "during"):
            for g in kids(ch):
                if g.dep_ == "pobj" and GUN_BATTLE.search(
                    g.doc[g.left_edge.i : g.right_edge.i + 1].text.lower()
                ):
                    return True
    return False


def _weapon_killing(doc: Doc, trig: Trigger, by_head: dict[int, Trigger] | None = None) -> Trigger:
    """ "A roadside bomb killed three soldiers", "a drone strike killed a commander": the killing is
    the toll of an attack by the weapon that did it."""
    head = doc[trig.head]
    if trig.type != "killing" or head.pos_ != "VERB":
        return trig
    told = (by_head or {}).get(head.head.i) if head.dep_ in ("advcl", "conj") else None
    if _killed_in_gun_battle(head) and (told is None or told.type != "attack"):
        # (not "stormed the village, killing a sergeant, in a gun battle": the toll of the attack it follows)
        return replace(trig, type="attack", subtype=None)
    doer = next((c for c in kids(head) if c.dep_ in ("nsubj", "csubj")), None) or agent(head)
    if doer is None and head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.i not in (by_head or {}):
        # "a grenade was thrown into the crowd, killing four": the weapon of the clause it hangs on (when
        # that clause names no event of its own: "shells hit a market, killing dozens" is the shelling's toll)
        gov = head.head
        doer = next((c for c in kids(gov) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if doer is not None and doer.i in (by_head or {}):
            return trig
    if doer is None:
        return trig
    subtype = WEAPON_SUBTYPES.get(lemma(doer))
    if subtype is None and lemma(doer) in ("strike", "attack", "raid"):
        # "a drone strike", "a rocket attack" (but not "the bomb maker", whose compound names no act)
        mods = [lemma(c) for c in kids(doer) if c.dep_ in ("compound", "amod")]
        subtype = next((WEAPON_SUBTYPES[w] for w in mods if w in WEAPON_SUBTYPES), "air_strike")
    if subtype is None and (lemma(doer) in COMBAT_DOERS or doer.lower_ in COMBAT_DOERS):
        return replace(trig, type="attack", subtype=None)
    if subtype is None:
        return trig
    return replace(trig, type="attack", subtype=subtype)


# Words of a judicial execution: a sentence, a court, a prison, the gallows. An "execution" told with none of
# them in its paragraph nor in the report is a killing ("soldiers executed civilians", "they executed boys
# who had surrendered"): the spec's execution is a death sentence carried out.
JUDICIAL_WORDS = frozenset(
    {
        "prison",
        "prisons",
        "prisoner",
        "prisoners",
        "sentence",
        "sentenced",
        "sentences",
        "convict",
        "convicted",
        "conviction",
        "court",
        "courts",
        "judiciary",
        "judicial",
        "trial",
        "tribunal",
        "gallows",
        "penalty",
        "qisas",
        "verdict",
        "row",
        "squad",
        "hanged",
        "hanging",
        "hangings",
    }
)
EXTRAJUDICIAL_WORDS = frozenset({"summarily", "extrajudicial", "extrajudicially", "extra-judicial"})
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
STATE_ENTITIES = frozenset({"GPE", "NORP", "ORG"})
STATE_EXECUTORS = frozenset(
    {"authority", "authorities", "government", "regime", "state", "judiciary", "junta", "administration"}
)


def _paragraph_range(doc: Doc, head: Token) -> tuple[int, int]:
    """The token range of the line (paragraph) around ``head``."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, head.idx) + 1
    end = text.find("\n", head.idx)
    first = token_at(doc, start)
    last = token_at(doc, len(text) - 1 if end < 0 else max(end - 1, start))
    return (first.i if first is not None else head.i, (last.i + 1) if last is not None else head.i + 1)


def _extrajudicial(doc: Doc, trig: Trigger) -> Trigger:
    """An "execution" that no sentence carried out is a killing: one by the victim's own hand as told by
    the custodians ("he had hanged himself"), one said summary or extrajudicial, or one told in a
    paragraph and a report with no word of a court, a sentence or a prison ("soldiers executed
    civilians after the attack", "there was no execution of any civilian")."""
    if trig.type != "execution" or trig.subtype == "mass_execution":
        return trig  # (a mass execution is named as one: "the mass executions of 1988")
    head = doc[trig.head]
    low = lowers(doc)
    if any(c.lower_ in REFLEXIVES for c in kids(head)):
        return replace(trig, type="killing", subtype=None)
    start, end = _paragraph_range(doc, head)
    words = {low[i] for i in range(start, end)}
    if not words.isdisjoint(EXTRAJUDICIAL_WORDS):
        return replace(trig, type="killing", subtype=None)
    if not words.isdisjoint(JUDICIAL_WORDS):
        return trig
    doer = next((c for c in kids(head) if c.dep_ == "nsubj"), None) or agent(head)
    if doer is not None and (doer.ent_type_ in STATE_ENTITIES or lemma(doer) in STATE_EXECUTORS):
        return trig  # "Iran executed a man for spying", "the authorities executed two men"
    # only in a report that tells one done ("they executed boys who had surrendered"; then "there were no
    # executions" answers it), not one that only names them ("at risk of execution", "carried out 30
    # executions") or has one ahead ("is scheduled to be executed")
    if _execution_told_done(doc) and doc_word_set(doc).isdisjoint(JUDICIAL_WORDS):
        return replace(trig, type="killing", subtype=None)
    return trig


def _execution_told_done(doc: Doc) -> bool:
    """The report has the verb "execute" in a past form not bound to an infinitive or a modal (once per
    Doc)."""
    found = doc.user_data.get(_EXECUTED)
    if not isinstance(found, bool):
        lem = lemmas(doc)
        found = any(
            lem[t.i] == "execute"
            and t.tag_ in ("VBD", "VBN")
            and not any(c.dep_ == "aux" and c.lower_ in NOT_DONE_AUX for c in kids(t))
            for t in doc
            if lem[t.i] == "execute"
        )
        doc.user_data[_EXECUTED] = found
    return found


_EXECUTED = "eventwire.events.execution_done"
# an execution ahead or supposed: "is to be executed", "would be executed at dawn", "could be executed"
NOT_DONE_AUX = frozenset({"to", "will", "would", "could", "may", "might", "can", "shall", "should", "must"})


def _draft(
    m: Mentions,
    trig: Trigger,
    focus: str | None,
    lead: Time | None,
    lead_where: Sequence[Place],
    linked: frozenset[int] = frozenset(),
) -> Draft:
    doc = m.doc
    head = doc[trig.head]
    sent = segment(head)
    time, inferred = bind_time(head, sent, m.times, published=m.published, lead=lead)
    st = event_status(
        head,
        trig.start_char,
        m.claims,
        published=m.published,
        time=time,
        publisher=m.document.publisher,
    )
    if trig.status == "negated" and st.status in ("asserted", "attributed"):
        # "shops were open as usual", "he eats normally": the words deny the strike themselves (N7c)
        st = replace(st, status="negated")
    time = adjust_for_status(time, st.status, m.published, head=head)
    source = st.source
    if source is None and st.reporter is not None:
        source = _source_actor(doc[st.reporter], m.actors)
    places, places_inferred = bind_places(head, sent, m.places, m.actors, lead=lead_where)
    actors = bind_actors(head, trig.tokens, trig.type, trig.subtype, m.actors)
    text_end = sent.end_char
    while text_end > sent.start_char and doc_text(doc)[text_end - 1].isspace():
        text_end -= 1
    return Draft(
        type=trig.type,
        subtype=trig.subtype,
        status=st.status,
        scope="single",
        trigger=_span(doc, trig.start_char, trig.end_char),
        evidence=_span(doc, sent.start_char, text_end),
        sent_start=sent.start_char,
        time=time,
        places=tuple(places),
        country=country_of(places, sent, focus),
        actors=tuple(actors),
        magnitudes=(),
        source=source if st.status != "asserted" else None,
        claim_id=st.claim_id,
        denied_by=st.denied_by,
        nominal=trig.nominal,
        phrase=trig.phrase,
        hedged=st.hedged,
        back_reference=_back_reference(head),
        head_lemma=lemma(head),
        head=trig.head,
        time_inferred=inferred,
        places_inferred=places_inferred,
        para=_paragraphs_before(doc, sent.start_char),
        verbal_assert=st.status == "asserted" and not trig.nominal and not _is_headline(doc, sent),
        subject=_own_subject(head),
        linked=linked,
    )


def _combatants_killed(d: Draft) -> Draft:
    """ "Troops killed eight militants in a raid", "two fighters died in an exchange of fire": when
    every victim the record binds is armed men, the deaths are the toll of an armed clash (the
    spec's attack: "an armed clash or gun battle"), not a killing of people by a doer."""
    victims = [a for a in d.actors if a.role == "victim"]
    if d.type != "killing" or not victims or any(a.kind != "armed_group" for a in victims):
        return d
    return replace(d, type="attack", subtype=None)


# nouns that sum up a state's acts ("the crackdown", "the clampdown") rather than name one
SUMMARY_LEMMAS = frozenset({"crackdown", "clampdown"})
TOLD_STATUSES = frozenset({"asserted", "attributed"})
# what a crackdown sums up
STATE_ACTS = frozenset({"repression", "arrest", "killing", "torture", "execution"})


def _summary(d: Draft) -> bool:
    """ "despite a brutal crackdown by the Guards", "The crackdown echoes the 2018 campaign": a noun that
    sums up acts, with no figure of its own (a date in its sentence is that of the acts it sums up)."""
    return (
        d.type == "repression"
        and d.nominal
        and d.head_lemma in SUMMARY_LEMMAS
        and d.status in TOLD_STATUSES
        and not d.magnitudes
    )


def _without_summaries(drafts: list[Draft]) -> list[Draft]:
    """Drop the summing-up nouns of a report that tells the acts themselves (docs/gold-format.md K4): "Police
    beat and detained 30 students ... The crackdown drew condemnation" has no record for "the
    crackdown". One that names a place no act of the report holds ("the clampdown that followed left
    Izeh under siege") tells something of its own and stays, and so does one in a report that tells no
    act of force, detention or killing."""
    acts = [d for d in drafts if d.type in STATE_ACTS and d.status in TOLD_STATUSES and not _summary(d)]
    held = {p.name for d in acts for p in d.places}
    return [
        d
        for d in drafts
        if not (acts and _summary(d) and all(p.name in held for p in d.places if not d.places_inferred))
    ]


def _own_subject(head: Token) -> int:
    """The noun subject written on a verbal trigger itself (active or passive), or -1. A doer with
    force ("when security forces fired on protesters") names the perpetrator, not a second victim."""
    if head.pos_ not in ("VERB", "AUX"):
        return -1
    for c in kids(head):
        if c.dep_ == "nsubj" and (
            lemma(c) in word_set("security_nouns") or lemma(c) in word_set("armed_doers")
        ):
            return -1
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "NUM"):
            return int(c.i)
    return -1


UNACCUSATIVE_DEATHS = frozenset({"die", "perish", "succumb"})


def _doers_count(mag: Magnitude, head: Token) -> bool:
    """The figure counts the doers of an active victim verb ("four men abducted a journalist",
    "three gunmen killed a police officer"), not its victims."""
    if head.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(head)):
        return False
    s = subject(head)
    if s is None or patient(head) is None:
        return False
    first = min(t.idx for t in s.subtree)
    last = max(t.idx + len(t.text) for t in s.subtree)
    return first <= mag.start_char and mag.end_char <= last


def _single_victim(doc: Doc, d: Draft) -> Magnitude | None:
    """``a political prisoner was executed``, ``he had been strangled``: one victim, a count of 1."""
    head = doc[d.head]
    if (
        lemma(head) == "death"
        and head.dep_ == "pobj"
        and head.head.lower_ == "to"
        and head.head.head.pos_ == "VERB"
    ):
        head = head.head.head  # "was stabbed to death", "beat him to death": the verb names the victim
    verbs = [t for t in doc[head.i : head.i + 1] if t.pos_ in ("VERB", "AUX")] or [head]
    p = patient(verbs[0])
    if p is None and verbs[0].pos_ == "VERB" and lemma(verbs[0]) in UNACCUSATIVE_DEATHS:
        p = subject(verbs[0])  # "a second protester died": the one who died is the victim
    if p is not None and p.tag_ in ("WP", "WDT") and p.head.dep_ == "relcl":
        p = p.head.head  # "an activist who had been arrested": the noun the clause modifies
    if p is None or any(c.dep_ == "nummod" for c in kids(p)) or lemma(p) in COLLECTIVE:
        return None
    if (
        d.head <= p.i < d.head + 1
        or not is_animate(p, word_set("animate"))
        or (p.tag_ == "NN" and p.lower_ == "fire")
    ):
        return None
    singular = p.tag_ in ("NN", "NNP") or p.lower_ in ("he", "she", "him", "her")
    if not singular or p.like_num or p.ent_type_ in ("ORG", "GPE", "NORP", "CARDINAL"):
        return None
    if any(c.dep_ == "conj" for c in kids(p)):
        return None
    start_tok = min((c for c in p.subtree if c.i <= p.i), key=lambda t: t.i)
    s, e = start_tok.idx, p.idx + len(p.text)
    return _count_of_one(doc, VICTIM_KIND[d.type], s, e)


def _count_of_one(doc: Doc, kind: MagnitudeKind, start: int, end: int) -> Magnitude:
    """One person named at ``doc`` characters start..end: an exact count of 1 of ``kind``."""
    return Magnitude(
        kind=kind,
        value=1,
        low=1,
        high=1,
        qualifier="exact",
        text=doc_text(doc)[start:end],
        start_char=start,
        end_char=end,
    )


HARM_TYPES = frozenset({"attack", "riot", "repression"})
WOUNDING = frozenset({"wound", "injure"})


def _one_wounded(doc: Doc, d: Draft) -> Magnitude | None:
    """``drove into the crowd, injuring a young woman``, ``shelled the village, wounding a farmer``:
    the one person the participle names is one injured, a count of 1."""
    head = doc[d.head]
    for v in kids(head):
        if v.dep_ not in ("advcl", "xcomp") or v.tag_ != "VBG" or lemma(v) not in WOUNDING:
            continue
        for p in kids(v):
            if p.dep_ != "dobj" or p.tag_ != "NN" or not is_animate(p, word_set("animate")):
                continue
            own = kids(p)
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in own):
                continue
            if any(c.dep_ in ("nummod", "conj") for c in own) or lemma(p) in COLLECTIVE:
                continue
            start = min(t.idx for t in p.subtree if t.i <= p.i)
            end = p.idx + len(p.text)
            return _count_of_one(doc, "injuries", start, end)
    return None


TOLL_HOSTS = frozenset({"attack", "protest", "strike", "riot", "repression"})
TOLL_KINDS = frozenset({"fatalities", "injuries"})
RELATIVE_WORDS = frozenset({"which", "when"})
TOLL_HOST_SCORE = 2.45  # only when the host has no closer figure of its own of that kind


def _toll_host(doc: Doc, drafts: Sequence[Draft], best: int, mag: Magnitude) -> int | None:
    """The event a toll in a relative clause describes: "a general strike in June 2022, in which six
    people were killed", "an air raid on a market, when 11 people died" — the deaths are that event's
    fatalities (docs/gold-format.md: the deaths an attack causes are its own), besides the killing
    the clause's verb names. The nearest event above the clause takes the figure: the clause
    itself ties the toll to a protest or strike that otherwise takes no death count. A noun pointing
    back ("the strike, in which ...") is left alone: a figure on it keeps coref from folding it into
    the event told before (it lowered the test half's magnitude floor)."""
    if mag.kind not in TOLL_KINDS:
        return None
    clause = doc[drafts[best].head]
    if clause.dep_ != "relcl":
        return None
    near = [*kids(clause), *(g for c in kids(clause) if c.dep_ == "prep" for g in kids(c))]
    if not any(t.i < clause.i and t.lower_ in RELATIVE_WORDS for t in near):
        return None
    heads = {
        d.head: i for i, d in enumerate(drafts) if d.type in TOLL_HOSTS and i != best and not d.back_reference
    }
    tok = clause.head
    for _ in range(6):
        i = heads.get(tok.i)
        if i is not None:
            return i if drafts[i].status == drafts[best].status else None
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


# The wounded told in a sentence of their own ("Riot police dispersed the march. At least four drivers
# were hurt.") are the act's told before them: the kinds, and the types that take each. Not deaths: a
# toll told apart is mostly a rival or a running count ("villagers had buried 23 bodies", "the toll
# rose to 46"), which coreference weighs as its own account.
FOLLOW_HOSTS: dict[str, frozenset[str]] = {
    "injuries": frozenset({"repression", "attack", "riot", "killing"}),
}
FOLLOW_SCORE = 3.5  # behind any figure of the kind told in the record's own sentence
FOLLOW_STATUSES = frozenset({"asserted", "attributed"})


def _last_host(drafts: Sequence[Draft], hosts: frozenset[str], para: int, before: int) -> int | None:
    """The first record of a host type in the last sentence of paragraph ``para`` before ``before``
    that tells one (the main clause: "police used tear gas, rubber bullets and live ammunition")."""
    best: int | None = None
    for i, d in enumerate(drafts):
        if d.trigger.start >= before or d.para != para or d.type not in hosts:
            continue
        if best is None or d.sent_start > drafts[best].sent_start:
            best = i
    return best


def _told_after(
    doc: Doc, drafts: Sequence[Draft], by_start: dict[int, list[int]], mag: Magnitude
) -> int | None:
    """The record a count told in a sentence with no act of its kind refers back to: the first record
    whose type takes that kind in the last sentence before it, in its paragraph, that tells one ("Riot
    police dispersed the march. At least four drivers were hurt." → the dispersal's injuries); none
    when its own sentence tells an act that could take it (the figure is that act's, bound or not), or
    when the act before it is a denial, a call or a mention of one told elsewhere ("the attack")."""
    hosts = FOLLOW_HOSTS.get(mag.kind)
    tok = token_at(doc, mag.start_char)
    if hosts is None or tok is None:
        return None
    seg = segment(tok)
    if any(mag.kind in COMPATIBLE_KINDS.get(drafts[i].type, ()) for i in by_start.get(seg.start_char, ())):
        return None
    para = _paragraphs_before(doc, mag.start_char)
    best = _last_host(drafts, hosts, para, seg.start_char)
    if best is None and not any(d.para == para and d.trigger.start < seg.start_char for d in drafts):
        # "Police fired tear gas at the march. ¶ The crowd was pushed back. The hospital said 16 students
        # were admitted with injuries": a paragraph that tells no act of its own goes on the one before
        best = _last_host(drafts, hosts, para - 1, seg.start_char)
    if best is None or drafts[best].status not in FOLLOW_STATUSES or drafts[best].back_reference:
        return None  # "repelled the attack. It said 27 soldiers were injured": the act told before it
    return best


def _assign_magnitudes(m: Mentions, drafts: list[Draft]) -> list[Draft]:
    doc = m.doc
    chosen: dict[int, list[tuple[float, Magnitude]]] = {i: [] for i in range(len(drafts))}
    # the drafts of each segment, by its start: a figure is only weighed against its own segment's
    by_start: dict[int, list[int]] = {}
    for i, d in enumerate(drafts):
        by_start.setdefault(d.sent_start, []).append(i)
    starts = sorted(by_start)
    for mag in m.magnitudes:
        best: tuple[float, int] | None = None
        k = bisect_right(starts, mag.start_char) - 1
        for i in by_start[starts[k]] if k >= 0 else ():
            d = drafts[i]
            if not d.sent_start <= mag.start_char < d.evidence.end:
                continue
            score = magnitude_score(mag, doc[d.head], d.type, m.claims, d.claim_id)
            if score is None or score > MAX_MAGNITUDE_SCORE:
                continue
            if d.type in VICTIM_TYPES and _doers_count(mag, doc[d.head]):
                continue
            if best is None or score < best[0]:
                best = (score, i)
        if best is not None:
            chosen[best[1]].append((best[0], mag))
            host = _toll_host(doc, drafts, best[1], mag)
            if host is not None:
                chosen[host].append((TOLL_HOST_SCORE, mag))
        else:
            host = _told_after(doc, drafts, by_start, mag)
            if host is not None:
                chosen[host].append((FOLLOW_SCORE, mag))
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        by_kind: dict[str, tuple[float, Magnitude]] = {}
        parts: list[Magnitude] = []
        for score, mag in sorted(chosen[i], key=lambda x: x[0]):
            if mag.kind == "other" and d.type in VICTIM_KIND and score < 1:
                mag = replace(mag, kind=VICTIM_KIND[d.type])  # "took away four merchants": four arrests
            kept = by_kind.get(mag.kind)
            if kept is not None and mag not in parts and written_in_parts(doc, kept[1], mag):
                parts.append(mag)  # "21 civilians and six police officers were killed": both (I12)
                continue
            by_kind.setdefault(mag.kind, (score, mag))
        if d.type in VICTIM_KIND and VICTIM_KIND[d.type] not in by_kind and d.status != "negated":
            one = _single_victim(doc, d)
            if one is not None:
                by_kind[one.kind] = (3.0, one)
        if d.type in HARM_TYPES and "injuries" not in by_kind and d.status != "negated":
            hurt = _one_wounded(doc, d)
            if hurt is not None:
                by_kind[hurt.kind] = (3.0, hurt)
        mags = tuple(sorted([*(x[1] for x in by_kind.values()), *parts], key=lambda g: g.start_char))
        head = doc[d.head]
        one_day = d.time is not None and not d.time_inferred and d.time.start == d.time.end
        scope = (
            "aggregate"
            if _aggregate(
                head,
                () if d.places_inferred else d.places,
                mags,
                one_day=one_day,
                subtype=d.subtype,
                etype=d.type,
            )
            or _tally_over_time(d, mags, head)
            or _wave_by_wording(d, head, mags)
            else "single"
        )
        out.append(replace(d, magnitudes=mags, scope=scope))
    return out


def _wave_by_wording(d: Draft, head: Token, mags: Sequence[Magnitude]) -> bool:
    """A coming wave (a strike others are to join, a return to "the streets") or a count since a
    starting point ("16 killed since Monday")."""
    own = () if d.places_inferred else d.places
    local = [p for p in own if p.precision in ("point", "city", "admin2")]
    return (
        scope_cues.joined_wave(head, d.status)
        or scope_cues.closure_call(head, d.type, d.status)
        or scope_cues.normality_at_large(head, d.type, d.status, len(local))
        or (d.type == "protest" and scope_cues.streets_at_large(head, d.status, local))
        or scope_cues.counted_since(head, mags, d.type)
    )


# types whose conjoined verbs are the methods of one act: "beaten and ill-treated", "kicked, slapped and
# forced to squat", "chased and beat protesters"
METHOD_TYPES = frozenset({"torture", "repression"})


def _method_conjuncts(doc: Doc, triggers: Sequence[Trigger], by_head: dict[int, Trigger]) -> dict[int, int]:
    """Verb triggers conjoined to an earlier verb trigger of the same method type (torture or repression):
    their head index -> the first conjunct's head index."""
    _pos, dep, heads = parse_tree(doc)
    out: dict[int, int] = {}
    for t in triggers:
        if t.type not in METHOD_TYPES or t.nominal or dep[t.head] != "conj":
            continue
        i = t.head
        for _ in range(6):
            if dep[i] != "conj" or heads[i] == i:
                break
            i = heads[i]
            first = by_head.get(i)
            if first is not None and first.type == t.type and not first.nominal and i not in out:
                out[t.head] = i
                break
    return out


def _absorb_methods(
    doc: Doc, drafts: list[Draft], methods: dict[int, int], triggers: Sequence[Trigger]
) -> list[Draft]:
    """Each absorbed conjunct's words become a mention of its first conjunct's record."""
    spans: dict[int, list[Span]] = {}
    for t in triggers:
        first = methods.get(t.head)
        if first is not None:
            spans.setdefault(first, []).append(_span(doc, t.start_char, t.end_char))
    return [replace(d, mentions=(*d.mentions, *spans[d.head])) if d.head in spans else d for d in drafts]


def _links(doc: Doc, triggers: Sequence[Trigger]) -> list[frozenset[int]]:
    """Per trigger, the heads of the other triggers of its segment it is :func:`_linked` to (a
    draft's ``linked``), by segment: asked for every pair of triggers that share one."""
    toks = tokens(doc)
    starts = segment_starts(doc)
    by_segment: dict[int, list[int]] = {}
    for t in triggers:
        by_segment.setdefault(starts[t.head], []).append(t.head)
    return [
        frozenset(o for o in by_segment[starts[t.head]] if o != t.head and _linked(toks[t.head], toks[o]))
        for t in triggers
    ]


BLANKET_WORDS = frozenset({"nobody", "anyone", "anybody", "none", "never", "no-one"})
BLANKET_DETS = frozenset({"no", "any"})


def _blanket(doc: Doc, d: Draft) -> bool:
    """A denial of a whole class of acts ("no one was detained", "denied that any detainee had been
    tortured", "never fired at protesters", "not a single shop closed") rather than of one act named."""
    sent = segment(doc[d.head])
    lows = lowers(doc)
    _pos, dep, _heads = parse_tree(doc)
    for i in range(sent.start, sent.end):
        if lows[i] in BLANKET_WORDS or (lows[i] == "no" and i + 1 < sent.end and lows[i + 1] == "one"):
            return True
        if lows[i] in BLANKET_DETS and dep[i] == "det":
            return True
        if lows[i] == "not" and i + 2 < sent.end and lows[i + 1] in ("a", "one") and lows[i + 2] == "single":
            return True
    return False


def _denial_scopes(doc: Doc, records: list[Draft]) -> list[Draft]:
    """A blanket denial takes the scope of the report it answers (G2, session 6: a denial takes the type
    of the report it answers): the nearest report of its type told before it, else after it."""
    out = list(records)
    for k, d in enumerate(out):
        if d.status != "negated" or d.scope == "aggregate" or not _blanket(doc, d):
            continue
        reports = sorted(
            (r for r in records if r.status != "negated" and r.type == d.type), key=lambda r: r.trigger.start
        )
        before = [r for r in reports if r.trigger.start < d.trigger.start]
        report = before[-1] if before else (reports[0] if reports else None)
        if report is not None and report.scope == "aggregate":
            out[k] = replace(d, scope="aggregate")
    return out


def find_events(mentions: Mentions) -> list[Event]:
    """Events, ids ``ev1``, ``ev2`` … in text order."""
    doc = mentions.doc
    triggers = find_triggers(doc)
    if not triggers:
        return []
    by_head = {t.head: t for t in triggers}
    focus = document_country(doc, mentions.places)
    lead = lead_time(doc, mentions.times)
    lead_where = lead_places(doc, mentions.places, mentions.actors)
    methods = _method_conjuncts(doc, triggers, by_head)
    kept: list[Trigger] = []
    for trig in triggers:
        if trig.head in methods:
            continue  # "kicked, slapped and forced to squat": one ordeal, told by its first verb
        head = doc[trig.head]
        if (
            _generic(head)
            or _setting_only(head, trig, by_head)
            or (trig.type not in CHARGED_ABUSE and _charge_only(head))
            or _condition_only(head)
            or _avoided(head)
            or _no_report_of(head)
            or _topic_only(head, trig)
            or _characterization(head, trig)
            or _slogan(doc, trig)
            or _question(doc, head)
            or _until_ended(head)
            or _generic_reference(head, trig, by_head)
        ):
            continue
        kept.append(trig)
    links = _links(doc, kept)
    drafts = [
        _draft(
            mentions,
            _extrajudicial(doc, _weapon_killing(doc, trig, by_head)),
            focus,
            lead,
            lead_where,
            links[k],
        )
        for k, trig in enumerate(kept)
    ]
    if methods:
        drafts = _absorb_methods(doc, drafts, methods, triggers)
    drafts = _assign_magnitudes(mentions, drafts)
    merged = _denial_scopes(doc, merge_drafts(answering_denials(mentions, drafts)))
    merged = _without_summaries([_combatants_killed(d) for d in merged])
    events: list[Event] = []
    for n, d in enumerate(sorted(merged, key=lambda x: x.trigger.start), start=1):
        events.append(
            Event(
                id=f"ev{n}",
                type=d.type,  # type: ignore[arg-type]
                subtype=d.subtype,
                status=d.status,  # type: ignore[arg-type]
                scope=d.scope,  # type: ignore[arg-type]
                trigger=d.trigger,
                evidence=d.evidence,
                time=d.time,
                places=d.places,
                country=d.country,
                actors=d.actors,
                magnitudes=d.magnitudes,
                source=d.source if d.status != "asserted" else None,
                claim_id=d.claim_id if d.status != "asserted" else None,
                confidence=event_confidence(
                    nominal=d.nominal,
                    phrase=d.phrase,
                    status=d.status,
                    hedged=d.hedged,
                    has_time=d.time is not None,
                    has_place=bool(d.places),
                    mentions=len(d.mentions),
                    back_reference=d.back_reference,
                    headline=_headline_text(d.evidence.text),
                    has_magnitude=bool(d.magnitudes),
                    has_actor=any(a.text is not None and a.role != "speaker" for a in d.actors),
                    event_type=d.type,
                ),
                mentions=tuple(sorted(d.mentions, key=lambda s: s.start)),
            )
        )
    return events
