"""Plain-text tables for the terminal (no dependency, stable column order)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..records import Event, Magnitude

__all__ = ["event_row", "format_table", "magnitude_text"]

EVENT_COLUMNS = (
    "id",
    "type",
    "subtype",
    "status",
    "scope",
    "date",
    "place",
    "country",
    "figures",
    "source",
    "trigger",
)


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], *, max_width: int = 40) -> str:
    """Left-aligned columns separated by two spaces; cells cut at ``max_width``."""
    cells = [[_cell(v, max_width) for v in row] for row in rows]
    widths = [len(c) for c in columns]
    for row in cells:
        widths = [max(w, len(v)) for w, v in zip(widths, row, strict=True)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def _cell(value: Any, max_width: int) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= max_width else text[: max_width - 1] + "…"


def magnitude_text(m: Magnitude) -> str:
    return f"{m.kind}={m.text}"


def event_row(e: Event) -> tuple[Any, ...]:
    date = None
    if e.time:
        date = e.time.start if e.time.start == e.time.end else f"{e.time.start}..{e.time.end}"
    place = e.places[0].name or e.places[0].text if e.places else None
    return (
        e.id,
        e.type,
        e.subtype,
        e.status,
        e.scope,
        date,
        place,
        e.country,
        "; ".join(magnitude_text(m) for m in e.magnitudes),
        e.source.name if e.source else None,
        e.trigger.text,
    )
