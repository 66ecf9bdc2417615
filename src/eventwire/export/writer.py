"""Write stored events in one of the export formats: the plain function behind ``eventwire export``."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from ..errors import ExportError

__all__ = ["EXPORT_FORMATS", "write_export"]

EXPORT_FORMATS = ("acled", "plover", "geojson", "csv", "parquet", "jsonl")


def write_export(
    rows: Iterable[Mapping[str, Any]],
    fmt: str,
    out: IO[str] | None = None,
    path: str | Path | None = None,
    *,
    all_statuses: bool = False,
) -> int:
    """Write ``rows`` (from :meth:`Store.events`) as ``fmt`` to the text stream ``out``, or to
    ``path`` (required for Parquet). ACLED rows keep only asserted and attributed events
    unless ``all_statuses``. Returns the number of events written."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})", code="E702")
    if fmt == "parquet":
        if path is None:
            raise ExportError("Parquet is binary: give an output file (-o FILE.parquet)", code="E703")
        from .parquet import write_parquet

        return write_parquet(rows, path)
    if path is not None:
        with Path(path).open("w", encoding="utf-8", newline="") as fh:
            return _write_text(rows, fmt, fh, all_statuses=all_statuses)
    if out is None:
        raise ExportError("no output given", code="E704")
    return _write_text(rows, fmt, out, all_statuses=all_statuses)


def _write_text(rows: Iterable[Mapping[str, Any]], fmt: str, out: IO[str], *, all_statuses: bool) -> int:
    n = 0
    if fmt == "acled":
        from .acled import ACLED_COLUMNS, ACLED_STATUSES, acled_row

        writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for r in rows:
            if all_statuses or r["record"]["status"] in ACLED_STATUSES:
                writer.writerow(acled_row(r))
                n += 1
    elif fmt == "csv":
        from .flat import FLAT_COLUMNS, flat_row

        writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for r in rows:
            writer.writerow(flat_row(r))
            n += 1
    elif fmt == "geojson":
        from .geojson import feature_collection

        collection = feature_collection(rows)
        json.dump(collection, out, ensure_ascii=False)
        out.write("\n")
        n = len(collection["features"])
    else:
        from .plover import plover_record

        for r in rows:
            rec = plover_record(r) if fmt == "plover" else _jsonl_record(r)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def _jsonl_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """The contract's Event object with its global id and document (what ``events --format json`` shows)."""
    return {
        "id": row["id"],
        "document_id": row["document_id"],
        "url": row.get("url"),
        "published": row.get("published"),
        "publisher": row.get("publisher"),
        "event": row["record"],
    }
