"""SQL schema of the event store and its named migrations (applied in order, once)."""

from __future__ import annotations

__all__ = ["MIGRATIONS"]

# Each migration is (name, statements). Names are never reused; new ones are appended.
MIGRATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "0001_initial",
        (
            """CREATE TABLE documents (
                id TEXT PRIMARY KEY,
                external_id TEXT,
                url TEXT,
                title TEXT,
                publisher TEXT,
                published TEXT,
                published_source TEXT NOT NULL,
                language TEXT NOT NULL,
                text TEXT NOT NULL,
                warnings TEXT NOT NULL
            )""",
            """CREATE TABLE events (
                id TEXT PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id),
                local_id TEXT NOT NULL,
                type TEXT NOT NULL,
                subtype TEXT,
                status TEXT NOT NULL,
                scope TEXT NOT NULL,
                date_start TEXT,
                date_end TEXT,
                time_precision TEXT,
                country TEXT,
                place_name TEXT,
                geonames_id INTEGER,
                lat REAL,
                lon REAL,
                source_name TEXT,
                claim_id TEXT,
                confidence REAL NOT NULL,
                trigger_text TEXT NOT NULL,
                record TEXT NOT NULL
            )""",
            "CREATE INDEX events_type ON events(type)",
            "CREATE INDEX events_country ON events(country)",
            "CREATE INDEX events_date ON events(date_end)",
            "CREATE INDEX events_document ON events(document_id)",
            """CREATE TABLE claims (
                id TEXT PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id),
                local_id TEXT NOT NULL,
                speaker_name TEXT NOT NULL,
                speaker_kind TEXT NOT NULL,
                quote INTEGER NOT NULL,
                content TEXT NOT NULL,
                record TEXT NOT NULL
            )""",
            "CREATE INDEX claims_document ON claims(document_id)",
            """CREATE TABLE actors (
                event_id TEXT NOT NULL REFERENCES events(id),
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                role TEXT,
                country TEXT,
                identifier TEXT,
                dictionary_version TEXT,
                PRIMARY KEY (event_id, position)
            )""",
            """CREATE TABLE places (
                document_id TEXT NOT NULL REFERENCES documents(id),
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                text TEXT NOT NULL,
                name TEXT,
                geonames_id INTEGER,
                lat REAL,
                lon REAL,
                country TEXT,
                admin1 TEXT,
                feature TEXT,
                precision TEXT,
                PRIMARY KEY (document_id, start_char, end_char)
            )""",
            """CREATE TABLE times (
                document_id TEXT NOT NULL REFERENCES documents(id),
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                text TEXT NOT NULL,
                value TEXT,
                start TEXT,
                "end" TEXT,
                precision TEXT NOT NULL,
                anchor TEXT NOT NULL,
                type TEXT NOT NULL,
                PRIMARY KEY (document_id, start_char, end_char)
            )""",
            """CREATE TABLE failures (
                source TEXT PRIMARY KEY,
                code TEXT NOT NULL,
                message TEXT NOT NULL
            )""",
        ),
    ),
)
