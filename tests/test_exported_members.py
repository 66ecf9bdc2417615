from __future__ import annotations

import dataclasses
import types
import typing

import eventwire


def test_exported_members_match_public_names() -> None:
    public = {
        name
        for name, value in vars(eventwire).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType) and name != "annotations"
    }
    assert sorted(eventwire.__all__) == eventwire.__all__
    assert set(eventwire.__all__) == public


def test_every_output_record_is_exported() -> None:
    """Each record type a :class:`~eventwire.Result` holds, at any depth, is importable from
    ``eventwire`` (an actor's ``inferred_names`` are :class:`~eventwire.records.InferredName`)."""
    from eventwire import records

    seen: set[type] = set()
    todo: list[type] = [records.Result]
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            todo.extend(
                t for t in _types_in(hints[f.name]) if isinstance(t, type) and issubclass(t, records._Record)
            )
    assert sorted(c.__name__ for c in seen if c.__name__ not in eventwire.__all__) == []


def _types_in(tp: object) -> list[object]:
    args = typing.get_args(tp)
    return [tp] if not args else [t for a in args for t in _types_in(a)]
