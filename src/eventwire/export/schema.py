"""The JSON Schema of ``eventwire extract`` output, generated from :mod:`eventwire.records`."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import records
from ..records import Result

__all__ = ["json_schema"]

# Offsets that the spec marks as absent (not null) for inferred times and implied actors.
_OPTIONAL_OFFSETS = {"Time": ("start_char", "end_char"), "Actor": ("text", "start_char", "end_char")}


def json_schema() -> dict[str, Any]:
    """Draft 2020-12 schema; every object is closed (``additionalProperties: false``)."""
    from pydantic import TypeAdapter

    schema: dict[str, Any] = TypeAdapter(Result).json_schema(mode="serialization")
    defs: dict[str, Any] = schema.get("$defs", {})
    for name, definition in [*defs.items(), ("Result", schema)]:
        definition["additionalProperties"] = False
        # Every field is always written except the spec's optional offsets.
        props = definition.get("properties", {})
        for field_name in _run_time_fields(name):
            props.pop(field_name, None)  # run-time state (``records.SERIALISED``), never written
        optional = _OPTIONAL_OFFSETS.get(name, ())
        definition["required"] = [p for p in props if p not in optional]
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "eventwire extract output"
    return schema


def _run_time_fields(name: str) -> tuple[str, ...]:
    """Fields of the record class ``name`` marked ``{records.SERIALISED: False}``: never in the output."""
    cls = getattr(records, name, None)
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        return ()
    return tuple(f.name for f in dataclasses.fields(cls) if not f.metadata.get(records.SERIALISED, True))
