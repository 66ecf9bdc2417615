"""The magnitude modules split out of magnitudes.py: each name they export is there, and
magnitudes.py still offers its own public names."""

from __future__ import annotations

import importlib

import pytest

from eventwire.extract import magnitudes


@pytest.mark.parametrize(
    "name", ["magnitude_numbers", "magnitude_verb_clues", "magnitude_tallies", "magnitudes"]
)
def test_exports_exist(name: str) -> None:
    module = importlib.import_module(f"eventwire.extract.{name}")
    assert module.__all__ == sorted(module.__all__)
    for attr in module.__all__:
        assert hasattr(module, attr)


def test_magnitudes_keeps_its_public_names() -> None:
    assert {"find_magnitudes", "names_places"} <= set(magnitudes.__all__)
