"""RSS 2.0 and Atom feeds: the entries' links, titles, dates and summaries.

Relative links resolve against the feed's own location: its URL, or the folder
of a local feed file (so a feed saved beside its articles can be read offline).
"""

from __future__ import annotations

import html
import io
import logging
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from ..errors import IngestError

__all__ = ["FeedEntry", "is_url", "read_feed", "resolve_link"]

log = logging.getLogger(__name__)

_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")
_URL_SCHEMES = ("http", "https")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed. ``link`` is absolute (a URL) or a local path; ``published`` is ISO."""

    link: str
    title: str | None
    published: str | None
    summary: str | None


def is_url(value: str) -> bool:
    """True for an http(s) URL."""
    return urlsplit(value).scheme.lower() in _URL_SCHEMES


def resolve_link(link: str, base: str | None) -> str:
    """``link`` made absolute against ``base`` (a URL, or the path of a local feed file)."""
    link = link.strip()
    if urlsplit(link).scheme or base is None:
        return link
    if is_url(base):
        return urljoin(base, link)
    if link.startswith("/"):
        return link
    local = unquote(urlsplit(link).path)  # "a%20b.html#top" -> "a b.html"
    # normpath, not resolve(): ".." is folded without touching the file system
    return os.path.normpath(Path(base).parent / local)


def _plain(value: str | None) -> str | None:
    if not value:
        return None
    text = _SPACES.sub(" ", html.unescape(_TAG.sub(" ", value))).strip()
    return text or None


def _entry_date(entry: Any) -> str | None:
    """The entry's date as written (its own time zone), from the raw string when it parses."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parsedate_to_datetime(raw).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            pass
        parsed = entry.get(key + "_parsed")
        if parsed:
            try:
                return date(parsed[0], parsed[1], parsed[2]).isoformat()
            except (TypeError, ValueError):
                continue
    return None


def read_feed(data: bytes | str, *, base: str | None) -> list[FeedEntry]:
    """The entries of an RSS or Atom feed, in feed order; entries without an http(s) or relative link
    are skipped.

    ``base`` is where the feed was read from (URL or file path), for relative links.
    Raises IngestError E232 when ``data`` is not a feed.
    """
    import feedparser

    raw = data.encode("utf-8") if isinstance(data, str) else data
    if not raw.strip():
        raise IngestError("the feed is empty", code="E201")
    # a stream, never a string: feedparser would fetch a string that looks like a URL
    parsed = feedparser.parse(io.BytesIO(raw))
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if problem else ""
        raise IngestError(f"not an RSS or Atom feed{detail}", code="E232")
    entries: list[FeedEntry] = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        scheme = urlsplit(link).scheme.lower()
        if not link or (scheme and scheme not in _URL_SCHEMES):
            # no link, or an id such as "urn:..." that feedparser offers in its place
            log.debug("feed entry without a readable link skipped: %r", entry.get("title"))
            continue
        entries.append(
            FeedEntry(
                link=resolve_link(link, base),
                title=_plain(entry.get("title")),
                published=_entry_date(entry),
                summary=_plain(entry.get("summary")),
            )
        )
    return entries
