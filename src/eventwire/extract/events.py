"""Events: find, type, qualify and bind them to times, places, actors and figures.

The steps, each in its own module: triggers from the YAML lexicon with sense checks
(:mod:`.triggers`, :mod:`.senses`), status from the parse and the claims
(:mod:`.status`), binding of time, places, actors, magnitudes and country
(:mod:`.binding`), within-document coreference (:mod:`.coref`) and a monotone
confidence (:mod:`.confidence`). This module assembles the records; the word lists are in
:mod:`.events_words`, the cues that a trigger tells no event of its own in :mod:`.events_cues`,
subtypes read from the wording in :mod:`.events_subtypes`, the scope of a record (tallies over
time, aggregates) in :mod:`.events_scope` and the assignment of figures in :mod:`.events_magnitudes`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Event, Place, Span, Time, replace
from .actor_conjuncts import coordinated_actors
from .actor_denials import denied_parties
from .actor_roles_tolls import forces_hurt_by_riot, harmed_by_toll
from .binding import bind_actors
from .confidence import calibrate, raw_confidence
from .coref import Draft, merge_drafts
from .coref_denials import answering_denials, denied_assaults, spelled_denials
from .events_appeals import without_appealed
from .events_bans import banned_gathering
from .events_court import court_measure
from .events_cues import (
    _ability_only,
    _avoided,
    _back_reference,
    _characterization,
    _charge_only,
    _condition_only,
    _feared,
    _generic,
    _generic_reference,
    _headline_text,
    _in_title_block,
    _is_headline,
    _linked,
    _no_report_of,
    _paragraphs_before,
    _question,
    _setting_only,
    _slogan,
    _source_actor,
    _span,
    _topic_only,
    _until_ended,
)
from .events_demand_lists import in_demand_list
from .events_magnitudes import _assign_magnitudes, _own_subject
from .events_participles import participle_arrest, told_by_participle
from .events_plots import warned_class, without_foiled_plots
from .events_subtypes import _extrajudicial, _weapon_killing
from .events_words import CHARGED_ABUSE, MEASURE_SUBTYPES
from .mentions import Mentions
from .placing import bind_places, lead_places
from .placing_countries import country_of, document_country
from .scope_wording import normality_spread
from .status import event_status
from .status_retelling import retold_as_subject
from .syntax import (
    lemma,
    lowers,
    parse_tree,
    segment,
    segment_starts,
)
from .timing import bind_time
from .timing_lead import lead_time
from .timing_ranges import curfew_in_force
from .timing_status import adjust_for_status
from .triggers import Trigger, find_triggers
from .types_armed_bands import armed_band_riot

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_events"]


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
    elif trig.status == "predicted" and st.status in ("asserted", "attributed"):
        # "sentenced two men to death": the words tell an act still to come
        st = replace(st, status="predicted")
    if trig.subtype == "curfew" and st.status in ("asserted", "attributed"):
        # M30: an imposed curfew with no end told is in force to the publication day
        time = curfew_in_force(head, time, m.published.isoformat() if m.published else None)
    time = adjust_for_status(time, st.status, m.published, head=head, kind=trig.type)
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
        title=_in_title_block(doc, sent),
        retold_at=sent.start_char
        if st.status == "asserted"
        and trig.nominal
        and retold_as_subject(head, trig.type)
        and not _is_headline(doc, sent)
        else -1,
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


# types whose conjoined verbs are the methods of one act: "beaten and ill-treated", "kicked, slapped and
# forced to squat", "chased and beat protesters"
METHOD_TYPES = frozenset({"torture", "repression"})


def _other_measure(a: Trigger, b: Trigger) -> bool:
    """Two triggers of which one is a measure and the other a different kind of act."""
    return a.subtype != b.subtype and bool({a.subtype, b.subtype} & MEASURE_SUBTYPES)


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
                if _other_measure(first, t):
                    break  # "internet has been cut and a curfew imposed": two measures, no one act's methods
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
        if d.status != "negated" or d.scope == "aggregate":
            continue
        if d.type == "strike" and d.subtype != "hunger_strike" and normality_spread(doc[d.head]):
            # "schools opened normally in most regions": the strike at large
            out[k] = replace(d, scope="aggregate")
            continue
        if not _blanket(doc, d):
            continue
        reports = sorted(
            (r for r in records if r.status != "negated" and r.type == d.type), key=lambda r: r.trigger.start
        )
        before = [r for r in reports if r.trigger.start < d.trigger.start]
        report = before[-1] if before else (reports[0] if reports else None)
        if report is not None and report.scope == "aggregate":
            out[k] = replace(d, scope="aggregate")
    return out


# arson told as what people were charged with or sentenced for is still the riot a court or a charge
# reports ("convicted of setting fire to a Basij base"), as a court's finding of torture is the torture
ARSON_LEMMAS = frozenset({"set", "torch", "firebomb"})


def _charged_arson(head: Token, trig: Trigger) -> bool:
    """A riot's arson verb as a gerund under a charge: "accused of setting fire to a Basij base"."""
    return trig.type == "riot" and head.tag_ == "VBG" and head.dep_ == "pcomp" and lemma(head) in ARSON_LEMMAS


def _title_end(doc: Doc) -> int:
    """Where the article's title block ends: its top lines while each reads as a headline (no closing
    stop), 0 when the text opens with a sentence."""
    text = doc_text(doc)
    end = 0
    for line in text.split("\n"):
        if line.strip() and not _headline_text(line):
            break
        end += len(line) + 1
    return min(end, len(text))


def _without_headline_only(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A record told only in the headline, by no word of the story below it, is no event of its own: the
    headline sums up the story, whose acts are recorded through their retelling in the body (the guide's
    M38: no record is anchored in a headline); a headline act the body tells in words the rules miss, or
    that coreference did not join to its telling, stays one missed or one recorded event, not a second
    record beside it. A text that is all headline (one line, no story) keeps its records."""
    end = _title_end(doc)
    if end <= 0 or end >= len(doc_text(doc)):
        return drafts
    return [d for d in drafts if not (d.title and all(sp.end <= end for sp in (d.trigger, *d.mentions)))]


def _typed(doc: Doc, trig: Trigger, by_head: dict[int, Trigger]) -> Trigger:
    """The trigger's type read from its sentence: a weapon's or a gun battle's deaths, an extrajudicial
    execution, an assault by an armed band (an attack; K10)."""
    return armed_band_riot(doc, _extrajudicial(doc, _weapon_killing(doc, trig, by_head)))


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
    participles: list[Trigger] = []
    for trig in triggers:
        if trig.head in methods:
            continue  # "kicked, slapped and forced to squat": one ordeal, told by its first verb
        head = doc[trig.head]
        if (
            _generic(head)
            or _setting_only(head, trig, by_head)
            or (trig.type not in CHARGED_ABUSE and not _charged_arson(head, trig) and _charge_only(head))
            or _condition_only(head)
            or _avoided(head)
            or _no_report_of(head)
            or _topic_only(head, trig)
            or _characterization(head, trig)
            or _slogan(doc, trig)
            or _question(doc, head)
            or _until_ended(head)
            or _feared(head)
            or _ability_only(head)
            or in_demand_list(doc, trig)
            or court_measure(doc, head, trig, triggers)
            or warned_class(head, trig.type)
            or banned_gathering(head, trig.type)
        ):
            continue
        if _generic_reference(head, trig, by_head):
            if participle_arrest(head, trig):
                participles.append(trig)  # "the arrested workers were released later"
            continue
        kept.append(trig)
    kept = told_by_participle(kept, participles)
    links = _links(doc, kept)
    drafts = [
        _draft(
            mentions,
            _typed(doc, trig, by_head),
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
    merged = spelled_denials(doc, denied_assaults(doc, merged))
    merged = _without_summaries([harmed_by_toll(doc, _combatants_killed(d)) for d in merged])
    merged = [forces_hurt_by_riot(doc, d, mentions.actors) for d in merged]
    merged = [coordinated_actors(doc, d, mentions.actors) for d in merged]
    merged = denied_parties(doc, sorted(merged, key=lambda x: x.trigger.start))
    merged = without_foiled_plots(doc, without_appealed(doc, merged))
    merged = _without_headline_only(doc, merged)
    events: list[Event] = []
    for n, d in enumerate(merged, start=1):  # in text order: denied_parties keeps the sorted order
        raw = raw_confidence(
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
        )
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
                confidence=calibrate(raw),
                mentions=tuple(sorted(d.mentions, key=lambda s: s.start)),
                raw_confidence=raw,
            )
        )
    return events
