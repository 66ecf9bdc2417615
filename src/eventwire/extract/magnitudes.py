"""Magnitudes: counts, sizes and tolls with qualifiers and kinds.

Digits ("1,500", "2.5 million"), number words ("forty-one", "a dozen"), ranges
("between 200 and 300", "200-300") and ACLED's vague amounts ("dozens" = 12,
"hundreds" = 100, "tens of thousands" = 10000, ``vague=True``). The qualifier in
front sets the bounds (``more than 100`` → low 101; ``nearly 200`` → high 200).
The kind comes from the verb that governs the count ("41 were killed", "detained
300") or else from the counted noun ("in 20 cities"). Years, dates, ages, times,
percentages, money and ordinals are not magnitudes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Magnitude, MagnitudeKind, Qualifier
from .lexicon import word_set
from .magnitude_asides import verb_past_aside
from .magnitude_numbers import (
    DIGITS,
    _an_age,
    _day_month,
    _may_start,
    _miscalled_date,
    _month_day,
    _Number,
    _numbered,
    _parse_number,
    _qualifier,
    _Table,
    _table,
    _unit_value,
)
from .magnitude_people import (
    ILL_TREATMENT_VERBS,
    TELLING_VERBS,
    _agent_noun,
    _counts_events,
    _facing_execution,
    _gathering_subject,
    _people_acting,
    _predicate_faces_execution,
    _subject_come_to_act,
    tells_of_own_harm,
)
from .magnitude_stoppages import downs_tools
from .magnitude_tallies import _coordinated_totals, _ordinal_tallies, _place_lists
from .magnitude_verb_clues import (
    CONVEYING_VERBS,
    DEATH_SENTENCES,
    HOSPITAL_VERBS,
    RECEIVING_VERBS,
    STRIKING_VERBS,
    SUFFERING_VERBS,
    WOUND_NOUNS,
    _absolute_participle,
    _for_wounds,
    _gathering,
    _gathers,
    _into_custody,
    _into_custody_below,
    _on_action,
    _sought_care,
    _struck_by_missile,
    _taken_off,
    _to_death,
    _to_hospital,
    _to_the_police,
    _treated_as,
    _verb_lemma,
    _with_wounds,
)
from .syntax import kids, lemma, lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_magnitudes", "names_places"]

EXCLUDED_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})
RANGE_JOINERS = frozenset({"-", "–", "to", "or"})
# Verbs whose active subject is the one it happens to ("41 people died").
ACTIVE_VICTIM_VERBS = frozenset({"die", "perish"})
# Nouns of an act done to people: "the execution of 31 prisoners" counts executions.
VICTIM_NOUN_KINDS = frozenset({"executions", "arrests", "fatalities", "injuries"})
TALLY_NOUNS = frozenset({"number", "tally", "total", "count", "figure"})
ESTIMATE_VERBS = frozenset({"estimate", "put", "number", "peg", "place"})
CASE_NOUNS = frozenset({"case", "incident", "instance", "count", "report", "complaint", "allegation"})
PARENT_NOUNS = frozenset({"father", "mother", "parent", "grandfather", "grandmother", "grandparent"})
BODY_PARTS = frozenset({"eye", "ear", "leg", "arm", "hand", "foot", "knee", "lung", "kidney", "side"})


def _excluded(doc: Doc, num: _Number, t: _Table) -> bool:
    first, last = doc[num.start], doc[num.end - 1]
    nxt = doc[num.end] if num.end < len(doc) else None
    prev = doc[num.start - 1] if num.start > 0 else None
    if not num.vague and any(
        doc[k].ent_type_ in EXCLUDED_ENTS and not _miscalled_date(doc, k) for k in range(num.start, num.end)
    ):
        return True
    if num.vague and any(
        doc[k].ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT") for k in range(num.start, num.end)
    ):
        return True
    if nxt is not None and (nxt.lower_ in t.not_counts or nxt.lower_.startswith("-year") or nxt.text == "%"):
        return True
    if (
        nxt is not None
        and nxt.text == "-"
        and num.end + 1 < len(doc)
        and doc[num.end + 1].lower_ in t.not_counts
    ):
        return True
    if prev is not None and (prev.lower_ in t.not_before or prev.text in ("$", "€", "£")):
        return True
    if prev is not None and _numbered(doc, num.start - 1):
        return True
    if (
        prev is not None
        and prev.lower_ == "of"
        and num.start >= 2
        and lemma(doc[num.start - 2]) in PARENT_NOUNS
    ):
        return True  # "a 44-year-old father of three": his children, no count of what happened
    if _an_age(doc, num.start):
        return True
    if prev is not None and _month_day(prev, first, num):
        return True
    if nxt is not None and _day_month(first, nxt, num):
        return True
    if first.lower_ == "one":
        if (
            nxt is None
            or nxt.lower_ in ("of", "another", "day", "side", "way", "thing", "after")
            or (
                nxt.lower_ in BODY_PARTS  # "blinded in one eye"
            )
        ):
            return True
        if prev is not None and prev.lower_ in ("no", "not", "any", "each", "every", "the", "this"):
            return True  # "not one shot was fired": a denial, no count
        if prev is not None and prev.lower_ in ("that", "which"):
            # "that one", "which one"; not "in which one officer was killed", "said that one man died"
            return not (first.dep_ == "nummod" and nxt.pos_ == "NOUN")
    if (
        DIGITS.match(first.lower_)
        and "," not in first.text
        and len(first.text) == 4
        and num.end == num.start + 1
    ):
        year = int(first.text)
        if 1800 <= year <= 2100 and not (nxt is not None and _noun_kind(nxt, t) is not None):
            return True
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")":
        return True
    # a number between a name and a single place is part of its name ("the Delmas 32 neighbourhood":
    # 32 neighbourhoods are plural)
    if (
        prev is not None
        and prev.pos_ == "PROPN"
        and num.end == num.start + 1
        and first.text.isdigit()
        and nxt is not None
        and nxt.tag_ == "NN"
        and _noun_kind(nxt, t) in ("localities", "provinces")
    ):
        return True
    # "Flight 752", "Ward 209": a bare number after a capitalised name is an identifier
    if prev is not None and prev.pos_ == "PROPN" and DIGITS.match(first.lower_) and last is first:
        return prev.ent_type_ not in ("GPE", "LOC", "NORP") and not (nxt is not None and nxt.pos_ == "NOUN")
    # ages: "Mahsa, 22," and "aged 17"
    return (
        prev is not None
        and prev.text == ","
        and nxt is not None
        and nxt.text == ","
        and num.start >= 2
        and doc[num.start - 2].pos_ == "PROPN"
    )


def _noun_kind(tok: Token, t: _Table) -> MagnitudeKind | None:
    kind = t.nouns.get(lemma(tok)) or t.nouns.get(tok.lower_)
    if kind is None and lemma(tok) in CASE_NOUNS:
        # "at least 82 cases of abductions", "12 instances of torture"
        for prep in kids(tok):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in kids(prep):
                    if obj.dep_ == "pobj":
                        return t.nouns.get(lemma(obj)) or t.nouns.get(obj.lower_)
    return kind


def names_places(tok: Token) -> bool:
    """``tok`` is a noun the magnitude table counts places with ("cities", "provinces", "villages")."""
    return _noun_kind(tok, _table()) in ("localities", "provinces")


def _possessor(doc: Doc, k: int) -> bool:
    """``Turkey`` or ``'s`` of ``Turkey's 81 provinces``: a possessor before the counted noun."""
    tok = doc[k]
    if tok.tag_ == "POS" or tok.lower_ in ("'s", "’s"):
        return True
    return k + 1 < len(doc) and doc[k + 1].tag_ == "POS" and tok.pos_ in ("NOUN", "PROPN")


def _denominator(doc: Doc, num: _Number, t: _Table) -> bool:
    """The size of the whole in a partitive: ``81`` in "55 of Turkey's 81 provinces", ``eight`` in
    "seven of the country's eight refineries" — not a count of anything that happened."""
    k = num.start - 1
    while k >= 0 and (_possessor(doc, k) or doc[k].lower_ in ("the", "its", "their")):
        k -= 1
    if k < 1 or doc[k].lower_ != "of" or k == num.start - 1:
        return False
    before = doc[k - 1]
    if not (
        before.like_num or before.lower_ in ("dozens", "hundreds", "thousands") or _unit_value(before, t)
    ):
        return False
    # a whole of places or things ("81 provinces", "eight refineries"); "two of the 12 detainees" still
    # counts twelve people held
    noun = doc[num.end] if num.end < len(doc) else None
    if noun is None or noun.pos_ != "NOUN":
        return False
    return _noun_kind(noun, t) in ("localities", "provinces", None) and lemma(noun) not in t.people


def _compound_head(tok: Token) -> Token:
    """``government supporters``, ``contract workers``: the noun a compound modifier belongs to."""
    cur = tok
    while cur.dep_ == "compound" and cur.head.i > cur.i and cur.head.i - tok.i <= 3:
        cur = cur.head
    if _name_before_noun(cur):
        return cur.head  # "several hundred University of Liberia students": the students
    return cur


def _name_before_noun(tok: Token) -> bool:
    """A name modifying the common noun after it ("University of Liberia students", parsed as the
    noun's ``nmod``): the count is of that noun's people, not of the named place."""
    head = tok.head
    return tok.pos_ == "PROPN" and tok.dep_ == "nmod" and head.pos_ == "NOUN" and 0 < head.i - tok.i <= 5


def _counted_noun(doc: Doc, num: _Number) -> Token | None:
    last = doc[num.end - 1]
    n = len(doc)
    j = num.end
    if j < n and doc[j].lower_ == "of":
        # "hundreds of protesters", "dozens of members of the security forces"; a partitive passes over
        # the whole's possessor and size: "55 of Turkey's 81 provinces", "20 of the country's 36 states"
        for k in range(j + 1, min(j + 7, n)):
            if _possessor(doc, k):
                continue
            if doc[k].pos_ in ("NOUN", "PROPN"):
                return _compound_head(doc[k])
            if doc[k].pos_ not in ("DET", "ADJ", "NUM", "PUNCT"):
                break
        return None
    if last.dep_ == "nummod" and last.head.pos_ in ("NOUN", "PROPN") and last.head.i > last.i:
        return _compound_head(last.head)  # "11 hunger strikers": the strikers, not the hunger
    for k in range(j, min(j + 4, n)):
        if doc[k].pos_ in ("NOUN", "PROPN"):
            return doc[k]
        if (doc[k].pos_ not in ("ADJ", "PUNCT", "DET") and doc[k].dep_ != "amod") or doc[k].text in (
            ",",
            ";",
            ".",
        ):
            break  # "a few hundred masked protesters": a participle modifier is passed over
    return None


def _verb_kind(tok: Token, t: _Table) -> MagnitudeKind | None:
    """The kind a governing verb gives a count: climb from the counted phrase to its verb."""
    cur = tok
    via = ""
    prep = ""
    for _ in range(6):
        lem = _verb_lemma(cur, t)
        if lem == "lose" and any(lemma(c) in ("life", "lives") for c in kids(cur)):
            return "fatalities"  # "14 people lost their lives"
        if (
            lem in SUFFERING_VERBS
            and via == "nsubj"
            and any(c.dep_ == "dobj" and c.lower_ in WOUND_NOUNS for c in kids(cur))
        ):
            return "injuries"  # "four police officers received minor injuries"
        if via == "nsubj" and _sought_care(cur):
            return "injuries"  # "15 police officers sought medical help"
        if cur.pos_ == "NOUN" and prep == "of" and t.nouns.get(lem) in VICTIM_NOUN_KINDS:
            return t.nouns[lem]  # "the execution of at least 31 prisoners"
        if cur.pos_ == "VERB" and via == "dobj" and lem not in DEATH_SENTENCES and _to_death(cur):
            return "executions" if lem == "put" else "fatalities"  # "beat and burned to death three men"
        if lem == "take" and any(c.lower_ == "away" or _into_custody(c) for c in kids(cur)):
            return "arrests"  # "took away four merchants", "took 18 of them into custody"
        if lem == "take" and via == "dobj" and _into_custody_below(cur):
            return "arrests"  # "took seven men who had acted as spokespeople ... into custody"
        if (
            lem in CONVEYING_VERBS
            and via in ("nsubjpass", "dobj")
            and any(_to_the_police(c) for c in kids(cur))
        ):
            return "arrests"  # "were driven to the police station", "delivered to the police department"
        if lem == "take" and via in ("nsubjpass", "dobj") and any(_taken_off(c) for c in kids(cur)):
            return "arrests"  # "taken from their homes", "took 14 students to a police station"
        if lem in HOSPITAL_VERBS and via in ("nsubjpass", "dobj") and (_to_hospital(cur) or _for_wounds(cur)):
            return "injuries"  # "taken to hospital", "treated for injuries"
        if lem == "treat" and via in ("nsubjpass", "dobj") and cur.pos_ == "VERB" and not _treated_as(cur):
            return "injuries"  # "23 were treated for the effects of tear gas", "had treated 37 people"
        if lem in STRIKING_VERBS and via == "nsubjpass" and _struck_by_missile(cur):
            return "injuries"  # "at least nine demonstrators had been hit by rubber bullets"
        if (
            lem in RECEIVING_VERBS
            and via in ("nsubjpass", "dobj")
            and (_with_wounds(cur) or _with_wounds(tok))
        ):
            return "injuries"  # "the hospital received 11 people with injuries", "admitted with burns"
        if lem == "leave" and via == "dobj":
            # "left one officer wounded", "left dozens of members of the security forces dead"
            for c in kids(cur):
                if c.dep_ in ("oprd", "acomp", "advcl", "xcomp", "ccomp", "amod") and c.lower_ in t.after:
                    return t.after[c.lower_]
            if _with_wounds(cur) or _with_wounds(tok):
                return "injuries"  # "leaving three people with minor injuries"
        if cur.pos_ == "VERB" and lem not in t.verbs and via == "nsubjpass":
            # "two farmers were tied up and shot": a victim verb conjoined to the one that governs them
            for c in kids(cur):
                conj = _verb_lemma(c, t)
                if c.dep_ == "conj" and conj in t.verbs and t.verbs[conj] != "participants":
                    return t.verbs[conj]
        if cur.pos_ in ("VERB", "AUX", "ADJ") and lem in t.verbs:
            kind = t.verbs[lem]
            if kind == "participants" and cur.dep_ == "amod":
                return None
            if (
                via in ("nsubj", "csubj")
                and kind != "participants"
                and lem not in ACTIVE_VICTIM_VERBS
                and not _absolute_participle(cur)
            ):
                # the active subject does the act: "200 students held a sit-in", "three gunmen shot …"
                return "participants" if lem == "hold" else None
            return kind
        if cur.pos_ == "VERB" and _gathers(cur, via):
            return "participants"  # "hundreds of thousands began a sit-in", "bused 10,000 in for a rally"
        if cur.pos_ in ("VERB", "AUX") and _on_action(cur, lem, via):
            return "participants"  # "700 workers have been on strike", "a strike involving 800 inmates"
        if cur.pos_ in ("VERB", "AUX") and lem not in ("be", "have", "leave"):
            # "killing 41 people" (acl/advcl): the count belongs to the verb, even when unknown
            return None
        if cur.head == cur:
            return None
        via = cur.dep_
        prep = cur.lower_ if cur.dep_ == "prep" else ""
        cur = cur.head
    return None


def _relcl_kind(noun: Token, t: _Table) -> MagnitudeKind | None:
    """ "40 people who were arrested", "seven men hanged": the clause says what happened to the noun
    (not "eight shops whose owners refused")."""
    for c in kids(noun):
        lem = _verb_lemma(c, t)
        if c.dep_ not in ("relcl", "acl") or lem not in t.verbs:
            continue
        subj = next((g for g in kids(c) if g.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in ("who", "that", "which"):
            return t.verbs[lem]
    return None


def _toll_kind(tok: Token, t: _Table) -> MagnitudeKind | None:
    """``the death toll rose to 41`` / ``put the toll at 12`` / ``the toll … has reached 122``."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    around = [*verb.subtree]
    if verb.dep_ in ("advcl", "relcl", "acl") and verb.head.pos_ == "NOUN":
        around.append(
            verb.head
        )  # "The death toll since the coup has reached 122" (parsed as a clause of toll)
    for w in around:
        if lemma(w) == "toll":
            return "fatalities"
        if lemma(w) in TALLY_NOUNS and w.pos_ == "NOUN":
            # "the number of those detained has risen to 500", "the tally of dead"; "the number of
            # executions will exceed 1,500", "the number of people who have died"
            for d in w.subtree:
                if d.lower_ in t.after:
                    return t.after[d.lower_]
            told = _tally_participle(w, t)
            if told is not None:
                return told
            for d in w.subtree:
                kind = _noun_kind(d, t) if d.pos_ == "NOUN" else None
                if kind is None and d.pos_ == "VERB" and d.i > w.i:
                    kind = t.verbs.get(_verb_lemma(d, t))
                if kind in VICTIM_NOUN_KINDS:
                    return kind
    return None


def _tally_participle(tally: Token, t: _Table) -> MagnitudeKind | None:
    """What a tally counts told by the participle after its people ("the number of people put to death
    since January": executions; "the number of clergy and lay workers detained in Matagalpa": arrests,
    however the parser hangs the participle), before any noun of its phrase ("death")."""
    doc = tally.doc
    for d in doc[tally.i + 1 : min(tally.i + 10, len(doc))]:
        if d.is_punct or d.lower_ in ("since", "in", "during", "over", "who", "that", "which"):
            break
        if d.tag_ != "VBN":
            continue
        lem = _verb_lemma(d, t)
        if lem == "put" and _to_death(d):
            return "executions"
        kind = t.verbs.get(lem)
        if kind in VICTIM_NOUN_KINDS:
            return kind
    return None


def _left_in_a_state(doc: Doc, num: _Number, t: _Table) -> MagnitudeKind | None:
    """ "leaving at least eight protesters dead", "left 30 people injured": the state word after the
    counted people of "leave" says what the count is (its next word alone: "left dozens dead")."""
    noun = _counted_noun(doc, num)
    if noun is None or noun.i + 1 >= len(doc):
        return None
    state = doc[noun.i + 1]
    if state.lower_ not in t.after:
        return None
    # "left [30 people] [injured]" or, as the parser also has it, "leaving [[eight protesters] dead]"
    if lemma(noun.head) == "leave" or (noun.head.i == state.i and lemma(state.head) == "leave"):
        return t.after[state.lower_]
    return None


def _kind(doc: Doc, num: _Number, t: _Table, qstart: int | None = None) -> MagnitudeKind:
    nxt = doc[num.end] if num.end < len(doc) else None
    if nxt is not None and nxt.lower_ in t.after:
        return t.after[nxt.lower_]
    left = _left_in_a_state(doc, num, t)
    if left is not None:
        return left  # "leaving at least eight protesters dead", "left 30 people injured"
    if nxt is not None and nxt.lower_ in ("others", "more") and num.end + 1 < len(doc):
        done = _done_to_others(doc, num.end + 1, t)
        if done is not None:
            return done  # "were killed and 27 others injured", "at least 150 more were wounded"
    first = num.start if qstart is None else qstart
    prev = doc[first - 1] if first > 0 else None
    if prev is not None and prev.pos_ == "VERB" and prev.dep_ != "amod":
        # "… and killed at least seven villagers, …" even when the parse loses the object
        lem = _verb_lemma(prev, t)
        counted = _counted_noun(doc, num)
        if t.verbs.get(lem) not in (None, "participants") and not (
            counted is not None and _counts_events(counted, t)
        ):
            return t.verbs[lem]
    if first >= 2 and doc[first - 1].lower_ in ("by", "of") and _gathering(doc[first - 2]):
        return "participants"  # "a march by thousands of students", "a rally of about 40 people"
    after_who = _who_was(doc, num.end, t)
    if after_who is not None:
        return after_who  # "including 43 who were detained", "two who had been shot"
    noun = _counted_noun(doc, num)
    anchor = noun if noun is not None else doc[num.end - 1]
    if noun is None and anchor.pos_ == "NUM":
        own = _relcl_kind(anchor, t)
        if own is not None and own != "participants":
            return own  # "23 were killed and 140 arbitrarily arrested": the count's own participle
    if _passive_doers(anchor, t):
        return "participants"  # "seized by four men", "shot dead by two gunmen": the doers, not the victims
    if noun is not None and _partitive(doc, num) and _harmed_in_custody(anchor):
        return "other"  # "three of the detainees had been beaten": the tortured, not a second arrest count
    if noun is not None and lemma(noun) in TALLY_NOUNS:
        noun = None  # "bringing to 41 the number of people who have died": the tally says what it counts
        anchor = doc[num.end - 1]
    by_noun = _noun_kind(noun, t) if noun is not None else None
    if noun is not None and lemma(noun) in t.people and _predicate_faces_execution(noun):
        return "executions"  # "three prisoners held in Zahedan are at imminent risk of execution"
    if noun is not None and by_noun not in ("localities", "provinces"):
        # "40 people who were arrested"; not "17 cities, including Tehran, …, chanting": a count of
        # places stays one whatever its clause says the people there did
        rel = _relcl_kind(noun, t)
        if rel == "arrests" and _held_act(anchor, t):
            return "participants"  # "five activists who have been held since May have been on hunger strike"
        if rel == "participants":
            # "two friends who laid flowers were detained": what was done to them counts them
            done = _verb_kind(anchor, t)
            if done is not None and done != "participants":
                return done
        if rel is not None:
            return rel
    if by_noun in VICTIM_NOUN_KINDS and _partitive(doc, num) and _share_acts(doc[num.end - 1], anchor, t):
        return "participants"  # "eleven of the detainees have been on hunger strike since Monday"
    if by_noun == "arrests" and not _partitive(doc, num) and _held_act(anchor, t):
        return "participants"  # "at least 30 political detainees have been on hunger strike since 10 May"
    if by_noun in ("localities", "provinces", "executions", "arrests", "injuries"):
        return by_noun
    if noun is not None and _counts_events(noun, t):
        return "other"  # "held dozens of general strikes": a count of the acts, not of their people
    by_verb = _verb_kind(anchor, t)
    if by_verb is not None and by_verb != "participants":
        return by_verb
    if by_noun is not None:
        return by_noun
    if by_verb == "participants" and (
        noun is None
        or lemma(noun) in t.people
        or noun.pos_ == "PROPN"
        or _people_acting(noun, t)
        or _gathering_subject(noun)
    ):
        return "participants"
    if noun is not None and by_verb is None and _subject_come_to_act(noun, t):
        return "participants"  # "thousands of people braved the cold to protest"
    if noun is None:
        # "a crowd of several thousand", "a crowd of tens of thousands" (the first word is the count)
        held = _holder_kind(doc[num.end - 1], t) or _holder_kind(doc[num.start], t)
        if held is not None:
            return held
    toll = _toll_kind(doc[num.end - 1], t)
    if toll is not None and noun is None:
        return toll
    if noun is not None and lemma(noun) in t.people and _facing_execution(noun):
        return "executions"
    if by_verb is None and noun is not None and _people_acting(noun, t):
        return "participants"
    if noun is not None and _people_noun(noun, t) and downs_tools(noun):
        return "participants"  # "about 6,000 nurses had downed tools"
    aside = verb_past_aside(doc, anchor, t.verbs, lambda v: _verb_lemma(v, t), _people_noun(noun, t))
    if aside is not None:
        return aside  # "hundreds of young people, many of them taxi riders, blocked roads"
    return "other"


def _people_noun(noun: Token | None, t: _Table) -> bool:
    """The counted noun names people who may be a crowd (a bare count counts people too), not the
    security forces or armed men."""
    if noun is None:
        return True
    lem = lemma(noun)
    if lem in word_set("security_nouns") or lem in word_set("armed_doers"):
        return False
    return lem in t.people or lem in word_set("animate") or _agent_noun(noun)


def _passive_doers(tok: Token, t: _Table) -> bool:
    """The counted phrase is the ``by``-agent of a passive act done to people ("was seized outside his
    home by four men", "was shot dead by two men on a motorcycle"): it counts who did it."""
    # only the agent itself: a conjoined noun is often a second clause's subject the parser hung there
    # ("killed by security forces and more than 29,000 people arrested")
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ not in ("agent", "prep"):
        return False
    verb = prep.head
    if verb.i == prep.i or verb.tag_ != "VBN":
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(verb)) or verb.dep_ in ("acl", "relcl")
    kind = t.verbs.get(_verb_lemma(verb, t))
    if kind is None and lemma(verb) in ILL_TREATMENT_VERBS:
        kind = "other"
    if lemma(verb) == "take" and any(
        c.lower_ == "away" or _into_custody(c) or _taken_off(c) for c in kids(verb)
    ):
        kind = "arrests"  # "taken away / taken from his home by a dozen officers"
    return passive and kind is not None and kind != "participants"


def _partitive(doc: Doc, num: _Number) -> bool:
    """``three of the detainees``, ``two of them``: a share of people told as a whole elsewhere."""
    return num.end + 1 < len(doc) and doc[num.end].lower_ == "of"


def _share_acts(share: Token, anchor: Token, t: _Table) -> bool:
    """A share of people told as victims elsewhere ("eleven of the detainees", "two of the prisoners")
    is the active subject of a crowd's act of its own ("have been on hunger strike", "staged a
    sit-in"): it counts that act's participants, not a second count of the whole's kind."""
    return share.dep_ == "nsubj" and _verb_kind(anchor, t) == "participants"


def _held_act(noun: Token, t: _Table) -> bool:
    """The counted held people are the active subject of a crowd's act ("at least 22 political detainees
    have refused food", "40 prisoners staged a sit-in"): they are that act's participants, not a count
    of arrests (the arrests are told, if at all, where they were made)."""
    return noun.dep_ == "nsubj" and noun.pos_ == "NOUN" and _verb_kind(noun, t) == "participants"


def _harmed_in_custody(tok: Token) -> bool:
    """The share's clause verb is one of ill-treatment ("two of the detainees had been beaten",
    "three of those arrested were kicked"): its count is of the ill-treated."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        via, cur = cur.dep_, cur.head
        if cur.pos_ in ("VERB", "AUX") and via in ("nsubjpass", "nsubj", "dobj", "pobj", "prep"):
            if lemma(cur) in ILL_TREATMENT_VERBS:
                return via in ("nsubjpass", "dobj")
            if via == "nsubj" and lemma(cur) in TELLING_VERBS:
                return tells_of_own_harm(cur)
            if via in ("nsubjpass", "nsubj", "dobj"):
                return False
    return False


_WHO_AUX = frozenset({"was", "were", "had", "have", "has", "been", "being", "later", "then", "reportedly"})


def _who_was(doc: Doc, end: int, t: _Table) -> MagnitudeKind | None:
    """A bare count followed by what was done to those it counts: "43 who were detained", "two who
    had been shot", "11 in Bandar Abbas who were taken from their vehicles" (the relative clause,
    however it is parsed, names the act)."""
    n = len(doc)
    if end + 1 < n and doc[end].lower_ in ("in", "at", "from") and doc[end + 1].is_title:
        town = end + 1  # the town they were counted in, before the clause
        end = town
        while end < min(n, town + 4) and doc[end].is_title:
            end += 1
    if end >= n or doc[end].lower_ not in ("who", "that"):
        return None
    k = end + 1
    while k < n and doc[k].lower_ in _WHO_AUX:
        k += 1
    if k == end + 1 or k >= n or doc[k].tag_ != "VBN":
        return None  # "43 who set fire …": what they did, not what was done to them
    lem = _verb_lemma(doc[k], t)
    if lem == "take" and any(_taken_off(c) for c in kids(doc[k])):
        return "arrests"
    kind = t.verbs.get(lem)
    return kind if kind not in (None, "participants") else None


def _done_to_others(doc: Doc, k: int, t: _Table) -> MagnitudeKind | None:
    """What was done to "N others" / "N more", told from token ``k`` on: "27 others injured", "two more
    wounded", "150 more were wounded" (the auxiliaries passed over)."""
    n = len(doc)
    start = k
    while k < n and doc[k].lower_ in _WHO_AUX:
        k += 1
    if k >= n:
        return None
    if doc[k].lower_ in t.after:
        return t.after[doc[k].lower_]
    kind = t.verbs.get(_verb_lemma(doc[k], t)) if k > start and doc[k].tag_ == "VBN" else None
    return kind if kind != "participants" else None


def _holder_kind(last: Token, t: _Table) -> MagnitudeKind | None:
    """A bare count that measures a noun: "a crowd of several thousand", "crowds estimated at 20,000"."""
    prep = last.head
    if last.dep_ != "pobj" or prep.dep_ not in ("prep", "agent"):
        return None
    holder = prep.head
    if prep.lower_ == "of" and holder.pos_ == "NOUN":
        return _noun_kind(holder, t)
    if prep.lower_ == "at" and lemma(holder) in ESTIMATE_VERBS:
        noun = holder.head if holder.dep_ in ("acl", "relcl") else None
        noun = noun or next((c for c in kids(holder) if c.dep_ in ("nsubjpass", "dobj", "nsubj")), None)
        if noun is not None and noun.pos_ == "NOUN":
            return _noun_kind(noun, t)
    return None


def _bounds(qual: Qualifier, num: _Number) -> tuple[int | None, int | None, Qualifier]:
    v = num.value
    if num.high is not None:
        return v, num.high, "range"  # the value is the upper figure (docs/gold-format.md)
    if num.vague and qual == "exact":
        return v, None, "vague"
    if qual == "exact":
        return v, v, "exact"
    if qual == "more_than":
        return v + 1, None, qual
    if qual == "at_least":
        return v, None, qual
    if qual == "at_most":
        return None, v, qual
    if qual == "fewer_than":
        return None, max(v - 1, 0), qual
    return None, None, qual


def find_magnitudes(doc: Doc) -> list[Magnitude]:
    """Every magnitude in ``doc.text``, sorted by offset."""
    t = _table()
    out: list[Magnitude] = []
    lows = lowers(doc)
    i = 0
    n = len(doc)
    while i < n:
        if not _may_start(lows[i], t):
            i += 1  # what _parse_number would say, without building tokens
            continue
        num = _parse_number(doc, i, t)
        if num is None:
            i += 1
            continue
        start = num.start
        # "between 200 and 300", "200 to 300", "two or three"
        joiner = doc[num.end] if num.end < n else None
        if num.high is None and not num.vague and joiner is not None:
            between = start > 0 and doc[start - 1].lower_ == "between"
            if joiner.lower_ in RANGE_JOINERS or (between and joiner.lower_ == "and"):
                other = _parse_number(doc, num.end + 1, t) if num.end + 1 < n else None
                if other is not None and not other.vague and other.value > num.value:
                    num = _Number(num.value, num.start, other.end, high=other.value)
                    if between:
                        start -= 1
        if _excluded(doc, num, t) or _denominator(doc, num, t):
            i = num.end
            continue
        qual, qstart = _qualifier(doc, start, t)
        if qual == "approximate" and doc[start - 1].lower_ == "some" and num.vague:
            qual, qstart = "exact", start
        if num.high is not None:
            qstart = start  # a range is its own qualifier
        if qual == "exact" and num.approximate:
            qual = "approximate"
        low, high, qualifier = _bounds(qual, num)
        if num.vague and qualifier != "range" and qual == "exact":
            qualifier = "vague"  # "more than a dozen" keeps its qualifier; plain "dozens" is vague
        first = doc[qstart]
        last = doc[num.end - 1]
        s, e = first.idx, last.idx + len(last.text)
        out.append(
            Magnitude(
                kind=_kind(doc, num, t, qstart),
                value=num.value if num.high is None else num.high,
                low=low,
                high=high,
                qualifier=qualifier,
                text=doc_text(doc)[s:e],
                start_char=s,
                end_char=e,
                vague=num.vague,
            )
        )
        i = num.end
    out.extend(_place_lists(doc, out))
    out.extend(_ordinal_tallies(doc, t))
    out.sort(key=lambda m: m.start_char)
    return _coordinated_totals(doc, out, t)
