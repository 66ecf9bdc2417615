"""The embedded SQLite store (the default): one file, one writer, many readers."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..records import Result
from .base import EventFilter
from .rows import result_rows
from .schema import MIGRATIONS

__all__ = ["SQLiteStore"]

_INSERT_ORDER = ("documents", "events", "claims", "actors", "places", "times")


class SQLiteStore:
    """A :class:`~eventwire.store.base.Store` in a SQLite file (``:memory:`` for tests)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.conn = connection

    @classmethod
    def open(cls, path: str | Path) -> SQLiteStore:
        try:
            conn = sqlite3.connect(str(path))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite store {path}: {exc}", code="E501") from exc
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL keeps every commit atomic and safe when the process dies (only a
            # power cut can drop the last commits); FULL would fsync once per stored document.
            conn.execute("PRAGMA synchronous = NORMAL")
        store = cls(conn)
        store.migrate()
        return store

    def migrate(self) -> list[str]:
        """Apply pending migrations in order; returns the names applied."""
        c = self.conn
        c.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY)")
        done = {r[0] for r in c.execute("SELECT name FROM _migrations")}
        applied = []
        for name, statements in MIGRATIONS:
            if name in done:
                continue
            with c:
                for sql in statements:
                    c.execute(sql)
                c.execute("INSERT INTO _migrations(name) VALUES (?)", (name,))
            applied.append(name)
        return applied

    def has_document(self, document_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone()
        return row is not None

    def write(self, result: Result) -> bool:
        if self.has_document(result.document.id):
            return False
        rows = result_rows(result)
        try:
            with self.conn:
                for table in _INSERT_ORDER:
                    if rows[table]:
                        marks = ", ".join("?" * len(rows[table][0]))
                        self.conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
        except sqlite3.Error as exc:
            raise StoreError(f"cannot store document {result.document.id}: {exc}", code="E502") from exc
        return True

    def record_failure(self, source: str, code: str, message: str) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO failures(source, code, message) VALUES (?, ?, ?) "
                "ON CONFLICT(source) DO UPDATE SET code = excluded.code, message = excluded.message",
                (source, code, message),
            )

    def events(self, where: EventFilter = EventFilter()) -> Iterator[dict[str, Any]]:  # noqa: B008 (frozen, so a shared default is safe)
        sql = [
            "SELECT e.*, d.url, d.published, d.publisher FROM events e",
            "JOIN documents d ON d.id = e.document_id",
        ]
        conds: list[str] = []
        args: list[Any] = []
        if where.type:
            conds.append("e.type = ?")
            args.append(where.type)
        if where.country:
            conds.append("e.country = ?")
            args.append(where.country.upper())
        if where.status:
            conds.append("e.status = ?")
            args.append(where.status)
        if where.document_id:
            conds.append("e.document_id = ?")
            args.append(where.document_id)
        if where.since:
            conds.append("COALESCE(e.date_end, d.published) >= ?")
            args.append(where.since)
        if where.until:
            conds.append("COALESCE(e.date_start, d.published) <= ?")
            args.append(where.until)
        if conds:
            sql.append("WHERE " + " AND ".join(conds))
        sql.append("ORDER BY COALESCE(e.date_start, d.published), e.document_id, e.rowid")
        if where.limit:
            sql.append(f"LIMIT {int(where.limit)}")
        for row in self.conn.execute(" ".join(sql), args):
            out = dict(row)
            out["record"] = json.loads(out["record"])
            yield out

    def counts(self) -> dict[str, int]:
        tables = ("documents", "events", "claims", "places", "times", "failures")
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    def close(self) -> None:
        self.conn.close()
