"""ACLED-style rows: the codebook's columns filled from stored events (documented in ``docs/mappings.md``).

:func:`acled_row` turns one stored event into a row with ACLED's column names, so that
an eventwire store can be read by tools written for ACLED exports. What is not ACLED's:

* ``event_id_cnty`` is eventwire's global event id (a content hash), not a country-coded
  serial number; ``timestamp`` is left out (the exporter never reads the clock).
* ``event_date`` is the first day of the event's interval; an event with no time of its
  own takes its document's publication date and ``time_precision`` 3.
* ``fatalities`` is the lowest asserted fatality figure of the event (0 when none);
  contested figures stay in the claims and are named in ``notes``.
* ``region`` and ``admin2``/``admin3`` are left empty; ``source_scale`` too.
* Only events that happened by someone's account are ACLED rows: ``asserted`` and
  ``attributed``. Predicted, hypothetical and negated events are left out unless asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..records import Time
from .flat import DOER_ROLES, DONE_TO_ROLES, country_name, first_actor, magnitude_value, other_actors
from .mappings import ACLED_GEO_PRECISION, mapping

__all__ = [
    "ACLED_COLUMNS",
    "ACLED_STATUSES",
    "TIME_PRECISION",
    "acled_row",
    "actor_label",
    "inter_code",
    "time_precision",
    "time_precision_of",
]

# ACLED's time_precision: 1 = the day is known, 2 = the week (or a few days), 3 = the month or coarser.
TIME_PRECISION: dict[str, int] = {
    "day": 1,
    "week": 2,
    "month": 3,
    "season": 3,
    "quarter": 3,
    "year": 3,
    "decade": 3,
    "unknown": 3,
}
ACLED_STATUSES = frozenset({"asserted", "attributed"})
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
)
# Kinds whose actors ACLED names by their class and country ("Protesters (Iran)").
_CLASS_KINDS = frozenset({"protesters", "civilians", "labor", "students", "religious"})


def time_precision(time: Time | None) -> int:
    """ACLED time_precision of an event's time; 3 when the event has no time of its own.

    A day-precision interval longer than one day (a wave "between Friday and Sunday")
    is coded by its length: up to 7 days is 2, longer is 3, as ACLED does for date ranges.
    """
    if time is None:
        return 3
    return time_precision_of({"precision": time.precision, "start": time.start, "end": time.end})


def time_precision_of(time: Mapping[str, Any] | None) -> int:
    """:func:`time_precision` of a time as the contract's JSON object (``precision``, ``start``, ``end``)."""
    if not time:
        return 3
    code = TIME_PRECISION[time["precision"]]
    start, end = time.get("start"), time.get("end")
    if code == 1 and start and end and start != end:
        from datetime import date

        days = (date.fromisoformat(end) - date.fromisoformat(start)).days
        return 2 if days < 7 else 3
    return code


def inter_code(actor: Mapping[str, Any] | None, event_type: str) -> int | None:
    """ACLED's inter code of an actor: 5 for the crowd of a riot, else by kind (``ACLED_INTER``)."""
    if actor is None:
        return None
    from ..resolve.actors import ACLED_INTER

    if event_type == "riot" and actor.get("role") in ("initiator", "participant"):
        return 5
    return ACLED_INTER.get(str(actor.get("kind")), 8)


def actor_label(actor: Mapping[str, Any] | None, country: str | None) -> str:
    """The actor as ACLED names it: classes with their country ("Protesters (Iran)"), others by name."""
    if actor is None:
        return ""
    name = str(actor.get("name") or actor.get("text") or "")
    where = country_name(actor.get("country") or country)
    if actor.get("kind") in _CLASS_KINDS and where and "(" not in name:
        return f"{name} ({where})"
    return name


def acled_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """The ACLED-style row of one stored event (see the module docstring for what differs)."""
    import pycountry

    record: Mapping[str, Any] = row["record"]
    etype = record["type"]
    codes = mapping(etype, record.get("subtype"))
    time = record.get("time")
    date = (time or {}).get("start") or row.get("published") or ""
    country = record.get("country")
    places = record.get("places") or []
    place = places[0] if places else {}
    doer = first_actor(record, DOER_ROLES)
    done_to = first_actor(record, DONE_TO_ROLES)
    inter1, inter2 = inter_code(doer, etype), inter_code(done_to, etype)
    pair = sorted(c for c in (inter1, inter2) if c is not None)
    interaction = pair[0] * 10 + pair[1] if len(pair) == 2 else (pair[0] * 10 if pair else None)
    iso = pycountry.countries.get(alpha_2=country) if country else None
    fatalities = magnitude_value(record, "fatalities") or 0
    participants = next((m for m in record.get("magnitudes") or [] if m.get("kind") == "participants"), None)
    tags = []
    if etype in ("protest", "strike", "riot"):
        tags.append(f"crowd size={participants['text'] if participants else 'no report'}")
    source = record.get("source")
    notes = record["evidence"]["text"]
    if record["status"] != "asserted" and source:
        notes = f"[{record['status']}: {source.get('name')}] {notes}"
    sources = [s for s in (row.get("publisher"), (source or {}).get("name")) if s]
    return {
        "event_id_cnty": row["id"],
        "event_date": date,
        "year": int(date[:4]) if date[:4].isdigit() else None,
        "time_precision": time_precision_of(time) if time else 3,
        "disorder_type": codes.disorder_type,
        "event_type": codes.event_type,
        "sub_event_type": codes.sub_event_type,
        "actor1": actor_label(doer, country),
        "assoc_actor_1": "; ".join(other_actors(record, DOER_ROLES, doer)),
        "inter1": inter1,
        "actor2": actor_label(done_to, country),
        "assoc_actor_2": "; ".join(other_actors(record, DONE_TO_ROLES, done_to)),
        "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting"
        if codes.event_type == "Violence against civilians"
        else "",
        "iso": int(iso.numeric) if iso is not None else None,
        "region": "",
        "country": country_name(country) or "",
        "admin1": place.get("admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": place.get("name") or place.get("text") or "",
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        "geo_precision": ACLED_GEO_PRECISION.get(place.get("precision") or "country", 3),
        "source": "; ".join(dict.fromkeys(sources)),
        "source_scale": "",
        "notes": notes,
        "fatalities": fatalities,
        "tags": "; ".join(tags),
    }
