"""One flat row per stored event: the columns of the CSV, Parquet and GeoJSON exports.

Input rows are what :meth:`eventwire.store.base.Store.events` yields: the event's columns,
its document's ``url``, ``published`` and ``publisher``, and ``record`` (the event as the
contract's JSON object). Everything here reads ``record``, so the exports carry exactly
what the pipeline produced.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..countries import country_name
from .mappings import mapping

__all__ = [
    "FLAT_COLUMNS",
    "MAGNITUDE_COLUMNS",
    "country_name",
    "first_actor",
    "flat_row",
    "magnitude_value",
    "other_actors",
]

DOER_ROLES = ("initiator", "perpetrator", "participant")
DONE_TO_ROLES = ("victim", "target")
MAGNITUDE_COLUMNS = ("participants", "fatalities", "injuries", "arrests", "executions", "localities")

FLAT_COLUMNS: tuple[str, ...] = (
    "id",
    "document_id",
    "local_id",
    "type",
    "subtype",
    "status",
    "scope",
    "date_start",
    "date_end",
    "time_precision",
    "time_text",
    "country",
    "admin1",
    "place_name",
    "place_text",
    "place_precision",
    "geonames_id",
    "lat",
    "lon",
    "actor1",
    "actor1_kind",
    "actor2",
    "actor2_kind",
    *MAGNITUDE_COLUMNS,
    "source_name",
    "source_kind",
    "claim_id",
    "confidence",
    "trigger_text",
    "evidence_text",
    "acled_event_type",
    "acled_sub_event_type",
    "plover_event_type",
    "plover_mode",
    "url",
    "published",
    "publisher",
)


def first_actor(record: Mapping[str, Any], roles: Sequence[str]) -> dict[str, Any] | None:
    """The first actor of the event whose role is one of ``roles`` (in the order of ``roles``)."""
    actors = record.get("actors") or []
    for role in roles:
        for a in actors:
            if a.get("role") == role:
                return dict(a)
    return None


def other_actors(
    record: Mapping[str, Any], roles: Sequence[str], skip: Mapping[str, Any] | None
) -> list[str]:
    """Names of the event's further actors in ``roles``, after ``skip`` (ACLED's associated actors)."""
    skipped = skip.get("name") if skip else None
    names = [a["name"] for a in record.get("actors") or [] if a.get("role") in roles and a.get("name")]
    return [n for n in dict.fromkeys(names) if n != skipped]


def magnitude_value(record: Mapping[str, Any], kind: str) -> int | None:
    """The lowest figure of ``kind`` the event asserts (its ``low`` bound when the qualifier gives one)."""
    values = [
        m["low"] if m.get("low") is not None else m["value"]
        for m in record.get("magnitudes") or []
        if m.get("kind") == kind and m.get("value") is not None
    ]
    return min(values) if values else None


def flat_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """The flat export row of one stored event."""
    from .acled import time_precision_of

    record: Mapping[str, Any] = row["record"]
    time = record.get("time") or {}
    places = record.get("places") or []
    place = places[0] if places else {}
    doer = first_actor(record, DOER_ROLES)
    done_to = first_actor(record, DONE_TO_ROLES)
    source = record.get("source") or {}
    codes = mapping(record["type"], record.get("subtype"))
    out: dict[str, Any] = {
        "id": row["id"],
        "document_id": row["document_id"],
        "local_id": record["id"],
        "type": record["type"],
        "subtype": record.get("subtype"),
        "status": record["status"],
        "scope": record["scope"],
        "date_start": time.get("start"),
        "date_end": time.get("end"),
        "time_precision": time_precision_of(time or None),
        "time_text": time.get("text"),
        "country": record.get("country"),
        "admin1": place.get("admin1"),
        "place_name": place.get("name") or place.get("text"),
        "place_text": place.get("text"),
        "place_precision": place.get("precision"),
        "geonames_id": place.get("geonames_id"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "actor1": doer.get("name") if doer else None,
        "actor1_kind": doer.get("kind") if doer else None,
        "actor2": done_to.get("name") if done_to else None,
        "actor2_kind": done_to.get("kind") if done_to else None,
        "source_name": source.get("name"),
        "source_kind": source.get("kind"),
        "claim_id": record.get("claim_id"),
        "confidence": record.get("confidence"),
        "trigger_text": record["trigger"]["text"],
        "evidence_text": record["evidence"]["text"],
        "acled_event_type": codes.event_type,
        "acled_sub_event_type": codes.sub_event_type,
        "plover_event_type": codes.plover_type,
        "plover_mode": codes.plover_mode or None,
        "url": row.get("url"),
        "published": row.get("published"),
        "publisher": row.get("publisher"),
    }
    for kind in MAGNITUDE_COLUMNS:
        out[kind] = magnitude_value(record, kind)
    return {c: out[c] for c in FLAT_COLUMNS}
