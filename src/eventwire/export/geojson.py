"""GeoJSON: one Feature per stored event, a Point where the event's place has coordinates.

Events with no coordinates stay in the collection with a ``null`` geometry (RFC 7946
allows it), so that a map and a table read from the same file agree on the count.
Properties are the flat export row (:mod:`.flat`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .flat import flat_row

__all__ = ["feature", "feature_collection"]


def feature(row: Mapping[str, Any]) -> dict[str, Any]:
    props = flat_row(row)
    lat, lon = props.get("lat"), props.get("lon")
    geometry = None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}
    return {"type": "Feature", "id": props["id"], "geometry": geometry, "properties": props}


def feature_collection(rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [feature(r) for r in rows]}
