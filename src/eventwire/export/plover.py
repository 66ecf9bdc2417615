"""PLOVER-style event records (the ontology of the POLECAT data set), from stored events.

PLOVER names an event by ``event_type``, ``mode`` and ``context`` (see
:mod:`.mappings`); its two actors are the ``actor`` (who acts) and the ``recipient``
(who is acted on). The record keeps eventwire's status, source and evidence so that
nothing a PLOVER user would need to audit an event is lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .flat import DOER_ROLES, DONE_TO_ROLES, first_actor, magnitude_value
from .mappings import mapping

__all__ = ["plover_record"]


def plover_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """The PLOVER record of one stored event."""
    record: Mapping[str, Any] = row["record"]
    codes = mapping(record["type"], record.get("subtype"))
    doer = first_actor(record, DOER_ROLES)
    done_to = first_actor(record, DONE_TO_ROLES)
    places = record.get("places") or []
    place = places[0] if places else None
    time = record.get("time") or {}
    return {
        "id": row["id"],
        "date": time.get("start") or row.get("published"),
        "date_end": time.get("end"),
        "event_type": codes.plover_type,
        "mode": codes.plover_mode,
        "context": codes.plover_context,
        "actor": doer.get("name") if doer else None,
        "actor_kind": doer.get("kind") if doer else None,
        "actor_country": (doer.get("country") if doer else None) or record.get("country"),
        "recipient": done_to.get("name") if done_to else None,
        "recipient_kind": done_to.get("kind") if done_to else None,
        "recipient_country": (done_to.get("country") if done_to else None) or record.get("country"),
        "location": None
        if place is None
        else {
            "name": place.get("name") or place.get("text"),
            "geonames_id": place.get("geonames_id"),
            "lat": place.get("lat"),
            "lon": place.get("lon"),
            "admin1": place.get("admin1"),
            "country": place.get("country"),
            "precision": place.get("precision"),
        },
        "country": record.get("country"),
        "fatalities": magnitude_value(record, "fatalities"),
        "status": record["status"],
        "source": (record.get("source") or {}).get("name"),
        "eventwire_type": record["type"],
        "eventwire_subtype": record.get("subtype"),
        "confidence": record.get("confidence"),
        "evidence": record["evidence"]["text"],
        "url": row.get("url"),
        "publisher": row.get("publisher"),
    }
