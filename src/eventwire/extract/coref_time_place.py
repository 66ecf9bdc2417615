"""Whether two mentions' times and places can be those of one event.

Two written periods that do not overlap conflict; two sets of places conflict when nothing one names
can be the same place as, or lie within, something the other names. Places the gazetteer does not
know (an airport, a street) may lie inside a town named elsewhere.
"""

from __future__ import annotations

from ..records import Place, Time, replace
from .coref_draft import Draft


def times_conflict(a: Time | None, b: Time | None) -> bool:
    if a is None or b is None or not (a.start and a.end and b.start and b.end):
        return False
    return a.end < b.start or b.end < a.start


def places_conflict(a: Draft, b: Draft) -> bool:
    """Both name where it happened and nothing they name can be the same place or contain the other."""
    if not a.places or not b.places or a.places_inferred or b.places_inferred:
        return False
    for p in a.places:
        for q in b.places:
            if _same_or_within(p, q) or _same_or_within(q, p):
                return False
    return True


def sites_within(a: Draft, b: Draft) -> bool:
    """Every place ``b`` names that conflicts with ``a``'s is a site the gazetteer does not know (an
    airport, a hospital, a street): it may lie inside the town ``a`` names, so the same toll retold
    there ("eight died in Ayacucho ... eight died of gunshot wounds at the airport") is one event."""
    known = tuple(p for p in b.places if p.name is not None or p.admin1 is not None)
    return not known or not places_conflict(a, replace(b, places=known))


def _same_or_within(p: Place, q: Place) -> bool:
    """``p`` is ``q``, or ``q`` is a region (province, country) that contains ``p``."""
    pn, qn = (p.name or p.text).lower(), (q.name or q.text).lower()
    if pn == qn or pn in qn or qn in pn:
        return True
    if q.precision == "country" or q.feature == "country":
        return p.country is not None and p.country == q.country
    if q.precision == "admin1" or q.feature in ("admin1", "region"):
        return bool(p.admin1) and (p.admin1 or "").lower() in (qn, (q.admin1 or "").lower())
    return False


def within(inner: Time, outer: Time) -> bool:
    if not (inner.start and inner.end and outer.start and outer.end):
        return True
    return outer.start[:10] <= inner.start[:10] and inner.end[:10] <= outer.end[:10]
