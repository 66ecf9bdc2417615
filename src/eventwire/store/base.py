"""The store interface: every backend (SQLite, PostgreSQL) implements :class:`Store`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from ..records import Event, Result, content_hash

__all__ = ["EventFilter", "Store", "event_key"]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of :meth:`Store.events`; ``None`` means no filter."""

    type: str | None = None
    country: str | None = None
    since: str | None = None  # ISO date: events whose time ends on or after it
    until: str | None = None
    status: str | None = None
    document_id: str | None = None
    limit: int | None = None


class Store(Protocol):
    def has_document(self, document_id: str) -> bool: ...

    def write(self, result: Result) -> bool:
        """Store one result atomically; False (and no change) when the document is already stored."""
        ...

    def events(self, where: EventFilter = ...) -> Iterator[dict[str, Any]]: ...

    def counts(self) -> dict[str, int]: ...

    def close(self) -> None: ...


def event_key(document_id: str, event: Event) -> str:
    """Global, deterministic id of an event: a hash of its document and its defining fields."""
    return content_hash(
        {
            "document": document_id,
            "local": event.id,
            "type": event.type,
            "trigger": [event.trigger.start, event.trigger.end],
            "status": event.status,
        }
    )
