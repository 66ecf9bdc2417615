"""JSON Lines input: one article per line, ``{id, text, url, title, publisher, published}``.

The ``text`` is kept exactly as given, so that offsets in the caller's own data
index it. A bad line becomes a :class:`Failure` naming its line; the rest go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from ..errors import IngestError
from ..records import Document, PublishedSource
from .document import Failure, Fallbacks, make_document
from .language import detect_language
from .pubdate import choose_published, find_dateline, parse_date_value

__all__ = ["document_from_record", "read_jsonl", "read_jsonl_bytes"]


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise IngestError(f"field {key!r} must be a string, not {type(value).__name__}", code="E231")
    text = str(value).strip()
    return text or None


def document_from_record(
    record: object, *, max_chars: int | None = None, fallbacks: Fallbacks | None = None
) -> Document:
    """A Document from one decoded JSONL record; raises IngestError (E201, E206, E208, E231).

    The record's own ``published`` is used as given (source ``user``); without one the
    date comes from the text's dateline, the URL, then ``fallbacks.published``.
    ``fallbacks`` fill the url, title and publisher a record leaves out.
    """
    fallbacks = fallbacks or Fallbacks()
    if not isinstance(record, dict):
        raise IngestError(f"a line must hold a JSON object, not {type(record).__name__}", code="E231")
    text = record.get("text")
    if text is None:
        raise IngestError("the record has no 'text' field", code="E231")
    if not isinstance(text, str):
        raise IngestError(f"'text' must be a string, not {type(text).__name__}", code="E231")
    if not text.strip():
        raise IngestError("the record's text is empty", code="E201")
    if max_chars is not None and len(text) > max_chars:
        raise IngestError(f"the record's text has {len(text):,} characters (max {max_chars:,})", code="E206")
    url = _optional_str(record, "url") or fallbacks.url
    published = parse_date_value(_optional_str(record, "published"))
    if published is not None:
        # the record's own date is the caller's word for this very document: it is used as given
        date_value: str | None = published.isoformat()
        source: PublishedSource = "user"
    else:
        date_value, source = choose_published(None, find_dateline(text), url, fallbacks.published)
    return make_document(
        text,
        normalize=False,
        external_id=_optional_str(record, "id"),
        url=url,
        title=_optional_str(record, "title") or fallbacks.title,
        publisher=_optional_str(record, "publisher") or fallbacks.publisher,
        published=date_value,
        published_source=source,
        language=detect_language(text),
    )


def read_jsonl(
    path: Path | TextIO,
    *,
    source: str | None = None,
    max_chars: int | None = None,
    fallbacks: Fallbacks | None = None,
) -> Iterator[Document | Failure]:
    """Documents (or Failures, each naming ``source:line``) from a JSON Lines file or stream.

    Blank lines are skipped. ``source`` names the input in failures (default: the path, or "-").
    A file is read as bytes line by line, so one line that is not UTF-8 fails alone.
    """
    if isinstance(path, Path):
        with path.open("rb") as stream:
            yield from _read(_decoded(stream), source or str(path), max_chars, fallbacks)
    else:
        yield from _read(iter(path), source or getattr(path, "name", None) or "-", max_chars, fallbacks)


def read_jsonl_bytes(
    lines: Iterable[bytes],
    *,
    source: str,
    max_chars: int | None = None,
    fallbacks: Fallbacks | None = None,
) -> Iterator[Document | Failure]:
    """Like :func:`read_jsonl`, over lines of bytes (a binary stream, stdin, a fetched body)."""
    yield from _read(_decoded(lines), source, max_chars, fallbacks)


def _decoded(stream: Iterable[bytes]) -> Iterator[str | UnicodeDecodeError]:
    for number, raw in enumerate(stream):
        try:
            yield raw.decode("utf-8-sig" if number == 0 else "utf-8")
        except UnicodeDecodeError as exc:
            yield exc


def _read(
    lines: Iterable[str | UnicodeDecodeError],
    name: str,
    max_chars: int | None,
    fallbacks: Fallbacks | None,
) -> Iterator[Document | Failure]:
    for line_number, line in enumerate(lines, start=1):
        where = f"{name}:{line_number}"
        if isinstance(line, UnicodeDecodeError):
            yield Failure(where, "E204", f"the line is not UTF-8: {line.reason}")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(where, "E231", f"invalid JSON ({exc.msg}, column {exc.colno})")
            continue
        try:
            yield document_from_record(record, max_chars=max_chars, fallbacks=fallbacks)
        except IngestError as exc:
            record_id = record.get("id") if isinstance(record, dict) else None
            named = f"record {record_id!r}: " if isinstance(record_id, str | int) else ""
            yield Failure(where, exc.code, named + exc.message)
