"""records.replace gives exactly what dataclasses.replace gives."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pytest

from eventwire.records import Span, replace


def test_replace_is_dataclasses_replace_for_records() -> None:
    span = Span("Tehran", 3, 9)
    assert replace(span, end=10, text="Tehran.") == dataclasses.replace(span, end=10, text="Tehran.")
    assert replace(span) == span and replace(span) is not span
    assert span.replace(start=4) == dataclasses.replace(span, start=4)


@dataclass(frozen=True)
class _Derived:
    a: int
    b: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "b", self.a * 2)


def test_replace_leaves_init_false_classes_to_dataclasses() -> None:
    got = replace(_Derived(2), a=5)
    assert got == dataclasses.replace(_Derived(2), a=5) and got.b == 10
    with pytest.raises(ValueError):
        replace(_Derived(2), b=1)


def test_replace_rejects_unknown_fields() -> None:
    with pytest.raises(TypeError):
        replace(Span("x", 0, 1), nonsense=1)
