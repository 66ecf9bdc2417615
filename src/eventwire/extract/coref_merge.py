"""Merging two coreferent drafts: whose trigger, evidence, status, time and figures the record keeps.

The richest mention gives the record its trigger and evidence, the others go to ``mentions``; a
denial never outranks the report it denies, nor does a bare back-reference ("the protests") the
mention it points back to, whatever day or site its own sentence gives it. The status is the
publisher's only where the publisher tells the act in a verbal mention of its own; a called-for act
never becomes asserted by the words that describe it. A time written in the event's own sentence
beats one inferred from its paragraph; figures contested between speakers stay in their claims.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..records import Magnitude, Time, replace
from .coref_agreement import ABSORBED_SUBTYPES
from .coref_draft import MODAL, Draft, awaited, dispersal, named_in_call, one_of_kind, post_assault
from .coref_headings import headline
from .coref_time_place import times_conflict, within
from .coref_tolls import figures
from .placing import country_behind

WRITTEN_COUNT = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|"
    r"millions?|scores|tens|countless|twenty|thirty|forty|fifty)\b",
    re.IGNORECASE,
)
SUFFERER_ROLES = ("victim", "target")


def _pointer(d: Draft) -> bool:
    """A bare back-reference ("the protests", no count of its own): it names an event told before."""
    return d.back_reference and d.nominal and not d.magnitudes


def _forces_killed(d: Draft) -> bool:
    """The killed are police or soldiers ("two police officers were shot dead")."""
    return any(x.role == "victim" and x.kind == "security_forces" for x in d.actors)


def merge(a: Draft, b: Draft, contested: Callable[[Draft, Draft], set[str]]) -> Draft:
    rich, poor = (a, b) if a.richness() >= b.richness() else (b, a)
    if rich.status == "negated" and poor.status != "negated":
        rich, poor = poor, rich  # a denial never outranks the report it denies
    elif _pointer(rich) and not _pointer(poor) and (poor.status == rich.status or named_in_call(rich)):
        rich, poor = poor, rich  # "the protests" points back to what it names, it does not replace it
    swapped = rich.places_inferred and bool(poor.places) and not poor.places_inferred
    if swapped:
        rich, poor = (
            replace(rich, places=poor.places, places_inferred=False),
            replace(poor, places=rich.places),
        )
    # a headline names its story's act in a word; the story's own telling says where it was, unless the
    # title writes the place after the act's word ("police fire rubber bullets at pensioners outside
    # Congress"): one written before it is an earlier clause's ("two killed in Samar; police arrest ...")
    told_first = (
        not swapped and _lone_headline(rich, poor) and bool(poor.places) and not _placed_in_title(rich)
    )
    first, second = (poor, rich) if told_first else (rich, poor)
    places = list(first.places) + [
        p for p in second.places if (p.name or p.text) not in {(q.name or q.text) for q in first.places}
    ]
    if not swapped and _lone_headline(rich, poor) and first.places and second.places:
        # the title and its story name the act's place at two grains (a city, a site in it): the first
        # place of each leads the record's places
        other = next((p for p in places[1:] if p is second.places[0]), None)
        if other is not None:
            places = [places[0], other, *(p for p in places[1:] if p is not other)]
    places = country_behind(places)
    actors = list(rich.actors)
    names = {(x.name, x.role) for x in actors}
    filled = {x.role for x in actors}
    for x in poor.actors:
        if (x.name, x.role) in names or (x.text is None and x.role in filled):
            continue
        actors.append(x)
    # the doer or sufferer the record's own mention implies stays beside one another mention names
    # ("Myanmar's military" implied by "an air strike", "the army" named in a later account); an
    # implied one from another mention yields to a named one
    named = {x.role for x in actors if x.text is not None}
    actors = [x for x in actors if x.text is not None or x in rich.actors or x.role not in named]
    voice = _voice(a, b)
    publisher = _asserting(a) or _asserting(b)
    first = a if a.trigger.start <= b.trigger.start else b
    if first.status in MODAL and a.sent_start == b.sent_start:
        # a participle tied to a call or a threat ("urged supporters to march on Friday, chanting ...")
        # shares the clause's mood: what is called for is not asserted by the words that describe it
        voice, publisher = first, False
    elif a.status in MODAL and b.status not in MODAL and awaited(b):
        voice, publisher = a, False  # "in anticipation of the march" awaits the march called for
    elif _reported_with(first, b if first is a else a):
        # "protesters set fire to two vans, police said, and pelted officers with stones": the verb
        # conjoined to a reported act is told by the same speaker
        voice, publisher = first, False
    status = "asserted" if publisher else voice.status
    if poor.status == "negated":
        status = rich.status
    sources = (*figures(a), *figures(b))
    rivalry = contested(a, b)

    def kept_by(figs: tuple[tuple[str, str | None, int], ...], rivals: set[str]) -> list[Magnitude]:
        return [
            m
            for d in (rich, poor)
            for m in d.magnitudes
            if (status != "asserted" or d.status in ("asserted", "attributed"))
            and _keeps(d, rich, m, status, figs, rivals)
        ]

    mags = kept_by(sources, rivalry)
    lost = _singles_against_counts(a, b) - {m.kind for m in mags}
    if lost:
        # the contest left the kind with no figure at all: a single victim read from a person named is
        # no rival count of a written toll ("the death of the police officer" against "security forces
        # shot dead at least nine protesters"), so the written count stands
        sources = tuple(f for f in sources if not (f[0] in lost and f[2] == 1))
        mags += [m for m in kept_by(sources, rivalry - lost) if m.kind in lost]
    seen: set[tuple[str, int, int]] = set()
    uniq: list[Magnitude] = []
    for m in mags:
        if (m.kind, m.start_char, m.end_char) not in seen:
            seen.add((m.kind, m.start_char, m.end_char))
            uniq.append(m)
    by_kind: dict[str, Magnitude] = {}
    for m in sorted(uniq, key=lambda g: not WRITTEN_COUNT.search(g.text)):
        by_kind.setdefault(m.kind, m)  # a written count beats an implied single victim
    # the parts of one written count ("two soldiers and five assailants died") stay together: a
    # mention holds two figures of one kind only as such parts (gold-format I12)
    kept = list(by_kind.values())
    kept += [
        m
        for m in uniq
        if m not in kept
        and any(
            k.kind == m.kind and m in d.magnitudes and k in d.magnitudes for k in kept for d in (rich, poor)
        )
    ]
    killing = next((d for d in (a, b) if d.type == "killing"), None)
    attack = next(
        (d for d in (a, b) if d.type == "attack" and (d.subtype not in ABSORBED_SUBTYPES or post_assault(d))),
        None,
    )
    etype, subtype, head_lemma = rich.type, rich.subtype, rich.head_lemma
    dispersing = next((d for d in (a, b) if dispersal(d)), None)
    if poor.status == "negated" and rich.status != "negated":
        pass  # a denial answers the event it denies: the report keeps its type
    elif attack is not None and killing is not None:
        # the toll of a bombing or a strike is the attack's
        etype, subtype, head_lemma = "attack", attack.subtype, attack.head_lemma
    elif {a.type, b.type} == {"protest", "riot"}:
        etype, subtype = "riot", None  # a blockade with burning tyres is a violent demonstration
    elif dispersing is not None and killing is not None and _forces_killed(killing):
        # officers shot dead while their column cleared a blockade: the deaths are not the crowd
        # control's doing, the record stays the dispersal
        etype, subtype, head_lemma = "repression", "dispersal", dispersing.head_lemma
    elif killing is not None and a.type != b.type:
        # crowd control that killed ("fired tear gas and live rounds, killing three", "shot dead as
        # troops broke up the rally") is one killing: the deaths make it one, the dispersal is its
        # manner (the type boundaries, N12)
        etype, subtype = "killing", "shooting"
    # the same people as victims of the killing and targets of the attack: one actor, in the role
    # the merged record's type gives them (those killed in an attack are its victims; a crowd fired
    # on in a dispersal is its target)
    role = "target" if etype in ("repression", "riot") else "victim"
    both = {x.name for x in actors if x.role == "victim"} & {x.name for x in actors if x.role == "target"}
    actors = [x for x in actors if x.name not in both or x.role not in SUFFERER_ROLES or x.role == role]
    return replace(
        rich,
        type=etype,
        subtype=subtype or poor.subtype,
        head_lemma=head_lemma,
        status=status,
        source=voice.source if status != "asserted" else None,
        claim_id=voice.claim_id if status != "asserted" else None,
        verbal_assert=publisher,
        retold_at=max(a.retold_at, b.retold_at),
        scope="aggregate"
        if any(d.scope == "aggregate" and not one_of_kind(d) for d in (a, b)) and a.sent_start == b.sent_start
        else rich.scope,
        time=_better_time(rich, poor),
        time_inferred=rich.time_inferred and poor.time_inferred,
        places_inferred=rich.places_inferred and poor.places_inferred,
        places=tuple(places),
        country=rich.country or poor.country,
        actors=tuple(actors),
        magnitudes=tuple(kept),
        mentions=(*rich.mentions, poor.trigger, *poor.mentions),
        told=rich.told or poor.told or not headline(rich) or not headline(poor),
        linked=rich.linked | poor.linked,
        hedged=rich.hedged and poor.hedged,
        figure_sources=sources,
    )


def _lone_headline(d: Draft, other: Draft) -> bool:
    """``d`` is a headline no telling has joined yet, ``other`` a telling of its story."""
    return headline(d) and not d.mentions and not headline(other) and other.status != "negated"


def _placed_in_title(d: Draft) -> bool:
    """The title writes a place after its act's word: the act's own place."""
    return any(d.trigger.end <= p.start_char < d.evidence.end for p in d.places)


def _untold_headline(d: Draft) -> bool:
    """A headline no telling below has joined: a title record that took in its story speaks with the
    story's voice."""
    return headline(d) and not d.told


def _singles_against_counts(a: Draft, b: Draft) -> set[str]:
    """Kinds where one mention's count is a single victim read from a person named ("the death of the
    police officer", "Ali Rahimi was arrested": no written number) and the other's a written count."""
    mags = [m for d in (a, b) for m in d.magnitudes]
    written: set[str] = {m.kind for m in mags if m.value > 1 and WRITTEN_COUNT.search(m.text)}
    return written & {m.kind for m in mags if m.value == 1 and not WRITTEN_COUNT.search(m.text)}


def _keeps(
    d: Draft,
    rich: Draft,
    m: Magnitude,
    status: str,
    sources: tuple[tuple[str, str | None, int], ...],
    contested: set[str],
) -> bool:
    """Whether ``d``'s figure of ``kind`` survives the merge.

    Agreeing figures all survive. Where the mentions give different figures ("17 abducted" and "82
    cases"; "950 arrested" and "4,000 detained" by another speaker), the record keeps its own
    representative's figure, but only if that figure is the narrator's or the one speaker's: figures
    contested between different speakers stay in their claims, never becoming the record's figure.
    A figure one speaker gave, which an asserted record took over from an earlier merge (S5), is no
    narrator's figure when a second speaker's toll arrives: it goes back to its claim too (N14).
    """
    kind = m.kind
    values = {f[2] for f in sources if f[0] == kind}
    if len(values) <= 1:
        return True
    speakers = {f[1] for f in sources if f[0] == kind}
    if kind in contested or len(speakers) > 1:
        # different voices disagree: only the narrator's own figure of an asserted record stands
        narrators = {f[2] for f in figures(d) if f[0] == kind and f[1] is None}
        return status == "asserted" and d.claim_id is None and d is rich and m.value in narrators
    return d is rich


def _reported_with(first: Draft, other: Draft) -> bool:
    """``other`` is a verb tied in one clause to ``first``, a speaker's verbal report (one with a claim of
    its own: an aside after a later verb, "firing tear gas and, according to the opposition, live
    ammunition", tells nothing of the verbs before it)."""
    return (
        first.status == "attributed"
        and first.claim_id is not None
        and other.status == "asserted"
        and first.sent_start == other.sent_start
        and not first.nominal
        and not other.nominal
        and (first.head in other.linked or other.head in first.linked)
    )


def _asserting(d: Draft) -> bool:
    """The publisher tells the event in its own voice, by a verbal mention outside any account. A toll
    ("as the death toll from six days of unrest passed 100") counts a wider whole; it asserts no
    particular incident it is merged with; nor does a relative clause that only points back at one
    ("the family of the man who was killed")."""
    if d.mentions:
        return d.verbal_assert
    return d.verbal_assert and d.head_lemma != "toll" and not (d.back_reference and not d.nominal)


def _voice(a: Draft, b: Draft) -> Draft:
    """Whose status the merged record takes: a verbal mention's over a nominal's or a headline's; never a
    word naming the act inside a call ("to investigate the killings")."""
    called = [d for d in (a, b) if named_in_call(d)]
    if len(called) == 1 and (b if called[0] is a else a).status not in MODAL:
        return b if called[0] is a else a
    # a bare back-reference ("condemned the strikes") only points at what another mention tells; the
    # telling speaks for the record ("a second strike hit ..., according to the ministry")
    pointers = [d for d in (a, b) if _pointer(d)]
    if len(pointers) == 1:
        teller = b if pointers[0] is a else a
        if teller.status != "negated" and not named_in_call(teller):
            return teller
    plain = [
        d
        for d in (a, b)
        if not d.nominal
        and not _untold_headline(d)
        and d.status != "negated"
        and (d.status != "asserted" or _asserting(d) or not d.verbal_assert)
    ]
    if len(plain) == 1:
        return plain[0]
    told = [d for d in (a, b) if d.status != "negated"]
    if len(told) == 1:
        return told[0]  # a denial joined to a speaker's account never speaks for the record
    return a if a.richness() >= b.richness() else b


def _runs_through(stretch: Time, day: Time) -> bool:
    """``stretch`` is a run of days (a start to a later day, not a calendar week, month or year) that
    holds ``day``, a single day."""
    a, b, c, d = stretch.start, stretch.end, day.start, day.end
    if not (a and b and c and d) or stretch.precision not in ("day", "unknown") or day.precision != "day":
        return False
    return a[:10] < b[:10] and c[:10] == d[:10] and a[:10] <= c[:10] <= b[:10]


def _better_time(rich: Draft, poor: Draft) -> Time | None:
    """A time written in the event's own sentence beats one inferred from the paragraph or lead."""
    if rich.time is None:
        return poor.time
    if _lone_headline(rich, poor) and rich.time_inferred and poor.time is not None:
        return poor.time  # a headline dated only by the article: its story's date, written or not
    if (
        poor.time is not None
        and not poor.time_inferred
        and rich.type == poor.type == "strike"
        and _runs_through(poor.time, rich.time)
    ):
        # a strike told on one day ("kept their ovens cold on Wednesday") and by its whole
        # stretch ("the fourth day of a stoppage", "the strike, which began on March 2, has
        # paralysed"): the record is the stoppage, from its start to the last day told (T2, T3)
        return poor.time
    if (
        poor.time is not None
        and not rich.time_inferred
        and not poor.time_inferred
        and times_conflict(rich.time, poor.time)
    ):
        # two written dates for one act (a named person's death told at its anniversary): a retelling
        # is dated by when it is told, the act by when it happened, the earlier
        return min(rich.time, poor.time, key=lambda t: t.start or "")
    if (
        rich.time_inferred
        and poor.time is not None
        and not poor.time_inferred
        and (poor.trigger.start < rich.trigger.start or headline(rich))
    ):
        # the first telling's written date anchors the record, not a later paragraph's; a headline
        # dated only by the article takes its story's date
        return poor.time
    # the later mention's own date refines the anchor's paragraph date ("on Monday" within "this
    # week"), but a different period written elsewhere does not re-date the anchoring mention
    if (
        rich.time_inferred
        and poor.time is not None
        and not poor.time_inferred
        and (poor.sent_start == rich.sent_start or within(poor.time, rich.time))
    ):
        return poor.time
    return rich.time
