"""A news lede and the body paragraph that tells its act again in full.

A wire story opens with a sentence that sums up the day ("Police used water cannon and tear gas on
Thursday against supporters who hurled petrol bombs at the prime minister's office"), then tells the
same acts again, step by step, further down ("Protesters threw petrol bombs at the building ... Police
answered with water cannon"). For the crowd's acts and the state's answer (protest, strike, riot,
repression) that the publisher tells both times, the body's first act of each type, in a later paragraph,
is the lede's act of that type unless it shows itself to be another one: a place or day written for it,
other sufferers or counts, another manner, "another", "also", "a separate", another scope or form, or
mentions already gathered from elsewhere in the report.
"""

from __future__ import annotations

from collections.abc import Sequence

from .coref_draft import ANOTHER, Draft, barricade, before_trigger, named_year, trend
from .coref_guards import different_people, manners_differ, other_sufferers
from .coref_headings import headline
from .coref_time_place import times_conflict
from .coref_tolls import figures_disagree

# the crowd's acts and the state's answer that a lede sums up and the body tells step by step; a death,
# an arrest, an ordeal or an attack is joined by its toll, its named people and its own rules
CROWD_TYPES = frozenset({"protest", "strike", "riot", "repression"})
DISTINCT_FORMS = frozenset({"protest", "strike", "repression"})  # a march and a sit-in are two events
GENERIC_FORMS = frozenset({"demonstration", "labor_strike"})


def lede_sentence(drafts: Sequence[Draft]) -> int | None:
    """The first sentence of the story that is no headline or title line: the lede."""
    told = [d.sent_start for d in drafts if not headline(d)]
    return min(told) if told else None


def _other_form(a: Draft, b: Draft) -> bool:
    """A rally and a march told below it may be two acts of one day (a protest goes on in many acts)."""
    return (
        a.type in DISTINCT_FORMS
        and a.subtype is not None
        and b.subtype is not None
        and a.subtype != b.subtype
        # a generic form names no form at all ("protesters blocked a boulevard ... The protesters marched")
        and a.subtype not in GENERIC_FORMS
        and b.subtype not in GENERIC_FORMS
    )


def _other_year(a: Draft, b: Draft) -> bool:
    ya, yb = named_year(a), named_year(b)
    return ya is not None and yb is not None and ya != yb


def _own_time_differs(a: Draft, b: Draft) -> bool:
    written = not a.time_inferred and not b.time_inferred
    return written and times_conflict(a.time, b.time)


def _counts_differ(a: Draft, b: Draft) -> bool:
    """Both give a count of one kind and the counts differ ("arrested more than 1,100 people" in the
    lede, "about 600 people ... had been arrested" below): two tallies, two records."""
    ours = {(m.kind, m.value) for m in a.magnitudes}
    theirs = {(m.kind, m.value) for m in b.magnitudes}
    kinds = {k for k, _ in ours} & {k for k, _ in theirs}
    return any({v for k, v in ours if k == kind} != {v for k, v in theirs if k == kind} for kind in kinds)


def _one_telling(d: Draft) -> bool:
    """The record is told in one sentence: a record that already gathers mentions from elsewhere in the
    report is a thread of its own, not the lede's act told again."""
    return all(d.evidence.start <= m.start < d.evidence.end for m in d.mentions)


def retells_lede(lede: Draft, body: Draft) -> bool:
    """``body``, the first act of ``lede``'s type told below the lede's paragraph, is the lede's act."""
    return (
        lede.type == body.type
        and lede.type in CROWD_TYPES
        and lede.status == body.status == "asserted"  # the publisher's own telling, both times
        and (not body.places or body.places_inferred)  # a place written for it is a telling of its own
        and lede.scope == body.scope
        and body.para > lede.para
        and not trend(lede)
        and not trend(body)
        and not barricade(body)  # barricades are part of a crowd's act, not a retelling (coref_retellings)
        and not ANOTHER.search(before_trigger(body))
        and not _own_time_differs(lede, body)
        and not _other_year(lede, body)
        and not _other_form(lede, body)
        and not other_sufferers(lede, body)
        and not different_people(lede, body)
        and not figures_disagree(lede, body)
        and not _counts_differ(lede, body)
        and _one_telling(body)
        and not manners_differ(lede, body)
    )


def lede_pairs(records: Sequence[Draft], lede: int | None) -> list[tuple[int, int]]:
    """(lede record, body record) index pairs: for each type the lede tells once, the first record of
    that type told in a later paragraph, when it retells the lede's act."""
    if lede is None:
        return []
    pairs: list[tuple[int, int]] = []
    in_lede = [k for k, r in enumerate(records) if r.sent_start == lede]
    for k in in_lede:
        same = [j for j in in_lede if records[j].type == records[k].type]
        if len(same) != 1:
            continue  # a lede that tells two acts of one type: which one the body retells is unknown
        below = sorted(
            (j for j, r in enumerate(records) if r.type == records[k].type and r.para > records[k].para),
            key=lambda j: records[j].trigger.start,
        )
        if below and retells_lede(records[k], records[below[0]]):
            pairs.append((k, below[0]))
    return pairs
