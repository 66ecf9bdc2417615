"""Flatten records into store rows (shared by every SQL backend)."""

from __future__ import annotations

import json
from typing import Any

from ..records import Claim, Event, Result, canonical_json, content_hash
from .base import event_key

__all__ = ["claim_key", "result_rows"]


def claim_key(document_id: str, claim: Claim) -> str:
    return content_hash(
        {
            "document": document_id,
            "local": claim.id,
            "cue": [claim.cue.start, claim.cue.end],
            "content": [claim.content.start, claim.content.end],
            "speaker": claim.speaker.name,
        }
    )


def result_rows(result: Result) -> dict[str, list[tuple[Any, ...]]]:
    """Rows per table for one result, in column order of :mod:`eventwire.store.schema`."""
    d = result.document
    claim_ids = {c.id: claim_key(d.id, c) for c in result.claims}
    rows: dict[str, list[tuple[Any, ...]]] = {
        "documents": [
            (
                d.id,
                d.external_id,
                d.url,
                d.title,
                d.publisher,
                d.published,
                d.published_source,
                d.language,
                d.text,
                json.dumps(list(result.warnings)),
            )
        ],
        "events": [],
        "claims": [],
        "actors": [],
        "places": [],
        "times": [],
    }
    for event in result.events:
        eid = event_key(d.id, event)
        rows["events"].append(_event_row(eid, d.id, event, claim_ids))
        for pos, actor in enumerate(event.actors):
            rows["actors"].append(
                (
                    eid,
                    pos,
                    actor.name,
                    actor.kind,
                    actor.role,
                    actor.country,
                    actor.identifier,
                    actor.dictionary_version,
                )
            )
    for claim in result.claims:
        rows["claims"].append(
            (
                claim_ids[claim.id],
                d.id,
                claim.id,
                claim.speaker.name,
                claim.speaker.kind,
                int(claim.quote),
                claim.content.text,
                canonical_json(claim.to_dict()),
            )
        )
    for p in result.places:
        rows["places"].append(
            (
                d.id,
                p.start_char,
                p.end_char,
                p.text,
                p.name,
                p.geonames_id,
                p.lat,
                p.lon,
                p.country,
                p.admin1,
                p.feature,
                p.precision,
            )
        )
    for t in result.times:
        if t.start_char is None or t.end_char is None:
            continue
        rows["times"].append(
            (d.id, t.start_char, t.end_char, t.text, t.value, t.start, t.end, t.precision, t.anchor, t.type)
        )
    return rows


def _event_row(eid: str, document_id: str, e: Event, claim_ids: dict[str, str]) -> tuple[Any, ...]:
    place = e.places[0] if e.places else None
    return (
        eid,
        document_id,
        e.id,
        e.type,
        e.subtype,
        e.status,
        e.scope,
        e.time.start if e.time else None,
        e.time.end if e.time else None,
        e.time.precision if e.time else None,
        e.country,
        place.name or place.text if place else None,
        place.geonames_id if place else None,
        place.lat if place else None,
        place.lon if place else None,
        e.source.name if e.source else None,
        claim_ids.get(e.claim_id) if e.claim_id else None,
        e.confidence,
        e.trigger.text,
        canonical_json(e.to_dict()),
    )
