"""Fixtures shared by the resolver tests."""

from __future__ import annotations

import pytest

from eventwire.resolve.actors import ActorDictionary


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    """The packaged actor dictionary (no user files)."""
    return ActorDictionary.load()
