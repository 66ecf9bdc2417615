"""The JSON Schema of extract output leaves out run-time record state."""

from __future__ import annotations

from eventwire.export.schema import json_schema


def test_schema_leaves_out_fields_that_are_never_serialised() -> None:
    event = json_schema()["$defs"]["Event"]
    assert "raw_confidence" not in event["properties"]
    assert "raw_confidence" not in event["required"]
    assert "confidence" in event["required"]
