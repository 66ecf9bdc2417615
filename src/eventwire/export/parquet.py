"""Parquet: the flat export rows (:mod:`.flat`) with a fixed, typed column schema.

Needs ``pyarrow`` (the ``parquet`` extra: ``pip install eventwire[parquet]``); without it
the export raises ``E701`` with the command to install it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..errors import ExportError
from .flat import FLAT_COLUMNS, MAGNITUDE_COLUMNS, flat_row

__all__ = ["write_parquet"]

_FLOATS = frozenset({"lat", "lon", "confidence"})
_INTS = frozenset({"geonames_id", "time_precision", *MAGNITUDE_COLUMNS})


def write_parquet(rows: Iterable[Mapping[str, Any]], path: str | Path) -> int:
    """Write the flat rows of ``rows`` to ``path``; returns the number of rows written."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - pyarrow is pinned in the dev and parquet extras
        raise ExportError(
            "Parquet export needs pyarrow: pip install 'eventwire[parquet]'", code="E701"
        ) from exc

    def typ(column: str) -> Any:
        if column in _FLOATS:
            return pa.float64()
        if column in _INTS:
            return pa.int64()
        return pa.string()

    schema = pa.schema([(c, typ(c)) for c in FLAT_COLUMNS])
    flat = [flat_row(r) for r in rows]
    table = pa.Table.from_pylist(flat, schema=schema)
    pq.write_table(table, str(path))
    return len(flat)
