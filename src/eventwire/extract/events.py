"""Events: find, type, qualify and bind them to times, places, actors and figures."""

from __future__ import annotations

from ..records import Event
from .mentions import Mentions

__all__ = ["find_events"]


def find_events(mentions: Mentions) -> list[Event]:
    """Events, ids ``ev1``, ``ev2`` … in text order."""
    return []
