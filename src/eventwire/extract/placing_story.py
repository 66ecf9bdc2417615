"""The story's town behind a record whose one place is no town.

A record placed by one name that is not a town — a province ("Chaharmahal and Bakhtiari province"), a
country ("Burundi"), a district or site the gazetteer cannot place ("the Kut Abdollah district") — is
told of a wider area or a spot whose town the text does not repeat; a coder sets it in the town the
story is about: the town it names most often. That town follows the record's own place, which stays
first. A record that names a town, or two places, keeps them. Applied to the finished records, after
coreference and the event filter, like :func:`.placing.sites_town` (which gives a record of sites
alone the lead's town). The gold's place lists are not all read so: a site whose name carries its city
(M14) or a province an act covers stands alone there; the record keeps the text's place first and the
town only after it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Actor, Event, Place, replace
from .placing import _own_places

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["story_town"]

# the story's town is named at least this often, and more often than any other town
_MIN_MENTIONS = 2


def _key(p: Place) -> str:
    return (p.name or p.text).lower()


def _is_town(p: Place) -> bool:
    return p.precision in ("city", "admin2") or (p.precision is None and p.feature == "city")


def _story_town(own: Sequence[Place]) -> Place | None:
    """The resolved town the story names most often (twice or more, no other as often), else None."""
    towns = [p for p in own if p.precision in ("city", "admin2") and p.geonames_id is not None]
    counts = Counter(_key(p) for p in towns)
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2)
    if n < _MIN_MENTIONS or (rest and rest[0][1] == n):
        return None
    return next(p for p in towns if _key(p) == top)


def story_town(
    events: Sequence[Event], doc: Doc, places: Sequence[Place], actors: Sequence[Actor]
) -> tuple[Event, ...]:
    """Records whose one place is no town take the story's town after it (see the module's note)."""
    if not any(map(_lone, events)):
        return tuple(events)
    town = _story_town(_own_places(places, actors, doc))
    if town is None:
        return tuple(events)
    return tuple(
        replace(e, places=(e.places[0], town))
        if _lone(e) and _key(e.places[0]) != _key(town) and e.places[0].country in (None, town.country)
        else e
        for e in events
    )


def _lone(e: Event) -> bool:
    """The record is placed by one name, and that name is no town."""
    return len(e.places) == 1 and not _is_town(e.places[0])
