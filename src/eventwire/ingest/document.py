"""Build :class:`~eventwire.records.Document` records and per-document failures."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..records import Document, PublishedSource, content_hash

__all__ = ["Failure", "Fallbacks", "make_document", "normalize_text"]

_TRAILING_WS = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_MANY_NEWLINES = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """NFC, unix newlines, no trailing spaces, at most one blank line in a row, stripped."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_WS.sub("", text)
    return _MANY_NEWLINES.sub("\n\n", text).strip()


def make_document(
    text: str,
    *,
    normalize: bool = True,
    external_id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    published: str | None = None,
    published_source: PublishedSource = "none",
    language: str = "en",
) -> Document:
    """A Document whose id is the hash of its normalised text.

    With ``normalize=False`` (JSONL input) the text is kept exactly as given so
    that caller offsets index it; the id still hashes the normalised form, so
    the same article gets the same id whichever way it came in.
    """
    normalized = normalize_text(text)
    return Document(
        id=content_hash(normalized),
        external_id=external_id,
        url=url,
        title=title,
        publisher=publisher,
        published=published if published else None,
        published_source=published_source if published else "none",
        language=language,
        text=normalized if normalize else text,
    )


@dataclass(frozen=True, slots=True)
class Failure:
    """A source that could not become a Result; the batch goes on without it."""

    source: str
    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "code": self.code, "message": self.message}


@dataclass(frozen=True, slots=True)
class Fallbacks:
    """Metadata the caller gives for sources that do not say it themselves (CLI ``--url`` etc.)."""

    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
