"""Deaths told in a relative clause on an event: the event's own toll, not a killing of their own.

"the 18-day national strike of June 2022, in which six people were killed", "an armed attack on a
police station in November 2022 in which one officer was killed", "weeks of demonstrations over power
cuts, in which at least 12 people were killed", "the unrest of October 2019, when 11 people died": the
clause tells what the event cost (an attack's deaths are its own, docs/gold-format.md), so the deaths
become a mention of the event's record, which keeps its type, trigger and the toll. Deaths with a
killer of their own inside a protest or a strike ("a march in which soldiers shot dead two students")
are an act of force of their own and stay apart, as do deaths during ("died during days of protests").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import replace
from .coref_draft import Draft
from .coref_merge import merge
from .coref_tolls import contested

# the event noun's own phrase, then the relative clause that opens on it
TOLL_CLAUSE = re.compile(
    r"^(?:[^.;:,]{0,80}?\s(?:in|during)\s+which|[^.;:,]{0,60},\s*(?:in|during)\s+which|[^.;:,]{0,40},\s*when)\s"
    r"[^.;:]{0,60}$",
    re.IGNORECASE,
)
HOSTING_TYPES = frozenset({"protest", "strike", "riot", "attack"})
DEATH_TYPES = frozenset({"killing"})


def _toll_clause(event: Draft, deaths: Draft) -> bool:
    if (
        event.type not in HOSTING_TYPES
        or deaths.type not in DEATH_TYPES
        or not event.nominal
        or deaths.nominal
        or event.sent_start != deaths.sent_start
        or event.status != deaths.status
        or deaths.trigger.start <= event.trigger.end
    ):
        return False
    if event.type != "attack" and any(x.role == "perpetrator" and x.text for x in deaths.actors):
        return False
    between = deaths.evidence.text[
        event.trigger.end - deaths.evidence.start : deaths.trigger.start - deaths.evidence.start
    ]
    return bool(TOLL_CLAUSE.match(between))


def tolls_into_events(drafts: Sequence[Draft]) -> list[Draft]:
    """Fold deaths told in a relative clause on an event ("..., in which six people were killed") into
    that event: the nearest event noun before the clause, in its sentence."""
    out = list(drafts)
    for deaths in drafts:
        if deaths.type not in DEATH_TYPES or deaths not in out:
            continue
        hosts = [e for e in out if e is not deaths and _toll_clause(e, deaths)]
        if not hosts:
            continue
        host = max(hosts, key=lambda e: e.trigger.start)
        # a toll on a word pointing back ("the strike, in which ...") stays off its record, as the
        # magnitudes leave it: a figure there would keep the word from joining the event it names
        told = replace(
            deaths,
            type=host.type,
            subtype=host.subtype,
            head_lemma=host.head_lemma,
            nominal=True,
            magnitudes=() if host.back_reference else deaths.magnitudes,
        )
        folded = merge(host, told, contested)
        if folded.trigger != host.trigger:  # the event stays the record's trigger, the deaths a mention
            rest = tuple(m for m in folded.mentions if m != host.trigger)
            folded = replace(
                folded, trigger=host.trigger, evidence=host.evidence, mentions=(*rest, deaths.trigger)
            )
        folded = replace(
            folded,
            type=host.type,
            subtype=host.subtype,
            head_lemma=host.head_lemma,
            head=host.head,
            scope=host.scope,
        )
        out[out.index(host)] = folded
        out.remove(deaths)
    return out
