"""Every kind of input, one stream of Documents: files, folders, globs, stdin, URLs and feeds.

Each spec is tried in this order: ``-`` (standard input), an http(s) URL, an
existing file or folder, a glob pattern. A folder is walked recursively in
sorted order and only known extensions are read (others are skipped silently);
a file named explicitly is read whatever its extension, its kind sniffed from
its first bytes. A feed yields the documents its entries link to.

Every problem becomes a :class:`Failure` for that source only, and the rest go on:
E201 empty, E203 binary, E204 mis-encoded, E205 no main text, E206 larger than
``max_bytes``, E207 no such path, E21x fetching, E231 bad JSONL line, E232 not a feed.
"""

from __future__ import annotations

import glob
import io
import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import BinaryIO, Literal

from ..errors import EventwireError, FetchError, IngestError
from ..records import Document
from .document import Failure, Fallbacks
from .feeds import FeedEntry, is_url, read_feed
from .html import document_from_html
from .jsonl import read_jsonl, read_jsonl_bytes
from .pubdate import parse_date_value
from .text import document_from_text
from .web import FetchedPage, Fetcher, HttpxFetcher, check_page

__all__ = ["Kind", "iter_documents", "kind_of_path", "sniff"]

log = logging.getLogger(__name__)

Kind = Literal["text", "html", "jsonl", "feed"]
_Producer = Callable[[], Iterator["Document | Failure"]]

_EXTENSIONS: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
_MEDIA_TYPES: dict[str, Kind] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/jsonlines": "jsonl",
    "application/x-jsonlines": "jsonl",
}
_HTML_MARKS = (
    "<!doctype html",
    "<html",
    "<head",
    "<body",
    "<article",
    "<div",
    "<p>",
    "<p ",
    "<meta",
    "<title",
)
_GLOB_CHARS = frozenset("*?[")
_SNIFF_BYTES = 8192


def kind_of_path(path: Path) -> Kind | None:
    """The kind a folder walk reads a file as, from its extension (None: skipped)."""
    return _EXTENSIONS.get(path.suffix.lower())


def sniff(head: bytes) -> Kind:
    """What the first bytes of an input look like: JSONL, a feed, HTML, else plain text."""
    sample = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lowered = sample[:2048].decode("latin-1").lower()
    if sample.startswith(b"{"):
        first = sample.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            # the first line may be cut off by the sniff window
            if b"\n" not in sample and sample.startswith(b'{"'):
                return "jsonl"
    if lowered.startswith(("<rss", "<feed", "<rdf:rdf")) or (
        lowered.startswith("<?xml") and any(tag in lowered for tag in ("<rss", "<feed", "<rdf:rdf"))
    ):
        return "feed"
    if any(mark in lowered for mark in _HTML_MARKS):
        return "html"
    return "text"


@dataclass
class _Reader:
    fetcher: Fetcher | None
    fallbacks: Fallbacks
    max_bytes: int
    stdin: BinaryIO | None
    _owned: HttpxFetcher | None = None
    _seen: set[Path] = field(default_factory=set)

    # -- the fetcher, made on first use -------------------------------------------------
    def _fetch(self, url: str) -> FetchedPage:
        if self.fetcher is None:
            self._owned = HttpxFetcher(max_bytes=self.max_bytes)
            self.fetcher = self._owned
        return check_page(self.fetcher.fetch(url), max_bytes=self.max_bytes)

    def close(self) -> None:
        if self._owned is not None:
            self._owned.close()

    # -- one spec -----------------------------------------------------------------------
    def spec(self, spec: str) -> Iterator[Document | Failure]:
        if spec == "-":
            yield from self._guard("-", self._stdin)
        elif is_url(spec):
            yield from self._guard(spec, lambda: self._url(spec, self.fallbacks, allow_feed=True))
        elif "://" in spec:
            yield Failure(spec, "E215", f"only http and https URLs can be fetched, not {spec!r}")
        else:
            path = Path(spec)
            if path.is_dir():
                yield from self._guard(spec, partial(self._folder, path))
            elif path.exists():
                yield from self._guard(spec, lambda: self._file(path, kind=None))
            elif _GLOB_CHARS & set(spec):
                yield from self._glob(spec)
            else:
                yield Failure(spec, "E207", f"no such file or folder: {spec}")

    def _guard(self, source: str, produce: _Producer) -> Iterator[Document | Failure]:
        """Run ``produce`` and turn any error into a Failure for ``source``."""
        try:
            yield from produce()
        except EventwireError as exc:
            yield Failure(source, exc.code, exc.message)
        except FileNotFoundError:
            yield Failure(source, "E207", f"no such file: {source}")
        except OSError as exc:
            yield Failure(source, "E207", f"cannot read {source}: {exc.strerror or exc}")
        except Exception as exc:  # one bad source must not stop the batch
            log.exception("unexpected error reading %s", source)
            yield Failure(source, "E200", f"unexpected error: {type(exc).__name__}: {exc}")

    def _folder(self, folder: Path) -> Iterator[Document | Failure]:
        files = sorted(
            p
            for p in folder.rglob("*")
            if not any(part.startswith(".") for part in p.relative_to(folder).parts)
            and p.is_file()
            and kind_of_path(p) is not None
        )
        if not files:
            log.info("no file with a known extension in %s", folder)
        for path in files:
            yield from self._guard(str(path), partial(self._file, path, kind=kind_of_path(path)))

    def _glob(self, pattern: str) -> Iterator[Document | Failure]:
        # glob.glob, not Path.glob: the pattern may be absolute or hold "**"
        matches = sorted(glob.glob(pattern, recursive=True))  # noqa: PTH207
        if not matches:
            yield Failure(pattern, "E207", f"no file matches {pattern}")
            return
        for match in matches:
            path = Path(match)
            if path.is_dir():
                yield from self._guard(match, partial(self._folder, path))
            elif kind_of_path(path) is not None:
                yield from self._guard(match, partial(self._file, path, kind=kind_of_path(path)))

    # -- local files ----------------------------------------------------------------------
    def _file(
        self, path: Path, *, kind: Kind | None, fallbacks: Fallbacks | None = None, allow_feed: bool = True
    ) -> Iterator[Document | Failure]:
        fallbacks = fallbacks or self.fallbacks
        key = path.resolve()
        if key in self._seen:
            log.debug("%s was read already", path)
            return
        self._seen.add(key)
        if kind is None:
            kind = kind_of_path(path)
            if kind is None:
                with path.open("rb") as stream:
                    kind = sniff(stream.read(_SNIFF_BYTES))
        if kind == "jsonl":  # streamed line by line: the size limit applies to each record
            yield from read_jsonl(path, max_chars=self.max_bytes, fallbacks=fallbacks)
            return
        size = path.stat().st_size
        if size > self.max_bytes:
            raise IngestError(
                f"{path} has {size:,} bytes, more than max_bytes ({self.max_bytes:,})", code="E206"
            )
        raw = path.read_bytes()
        if kind == "feed" and allow_feed:
            yield from self._feed(raw, base=str(path), source=str(path))
        elif kind in ("html", "feed"):
            yield _html(raw, fallbacks)
        else:
            yield _text(raw, fallbacks)

    # -- standard input -------------------------------------------------------------------
    def _stdin(self) -> Iterator[Document | Failure]:
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        head = stream.read(_SNIFF_BYTES)
        kind = sniff(head)
        if kind == "jsonl":
            lines = io.BufferedReader(_Chained(head, stream))
            yield from read_jsonl_bytes(lines, source="-", max_chars=self.max_bytes, fallbacks=self.fallbacks)
            return
        raw = head + stream.read(self.max_bytes + 1 - len(head))
        if len(raw) > self.max_bytes:
            raise IngestError(f"standard input is larger than max_bytes ({self.max_bytes:,})", code="E206")
        if kind == "feed":
            yield from self._feed(raw, base=None, source="-")
        elif kind == "html":
            yield _html(raw, self.fallbacks)
        else:
            yield _text(raw, self.fallbacks)

    # -- the web --------------------------------------------------------------------------
    def _url(self, url: str, fallbacks: Fallbacks, *, allow_feed: bool) -> Iterator[Document | Failure]:
        page = self._fetch(url)
        kind = _MEDIA_TYPES.get(page.media_type) or sniff(page.body[:_SNIFF_BYTES])
        if kind == "jsonl":
            lines = page.body.splitlines(keepends=True)
            yield from read_jsonl_bytes(lines, source=url, max_chars=self.max_bytes, fallbacks=fallbacks)
        elif kind == "feed" and allow_feed:
            yield from self._feed(page.body, base=page.url, source=url)
        else:
            with_url = Fallbacks(page.url, fallbacks.title, fallbacks.publisher, fallbacks.published)
            if kind in ("html", "feed"):
                yield _html(page.body, with_url, encoding=page.charset)
            else:
                yield _text(page.body, with_url, encoding=page.charset)

    # -- feeds ----------------------------------------------------------------------------
    def _feed(self, raw: bytes, *, base: str | None, source: str) -> Iterator[Document | Failure]:
        entries = read_feed(raw, base=base)
        if not entries:
            log.info("feed %s has no entries with links", source)
        for entry in entries:
            yield from self._guard(entry.link, partial(self._entry, entry))

    def _entry(self, entry: FeedEntry) -> Iterator[Document | Failure]:
        fallbacks = Fallbacks(
            url=self.fallbacks.url,
            title=entry.title or self.fallbacks.title,
            publisher=self.fallbacks.publisher,
            published=entry.published or self.fallbacks.published,
        )
        if is_url(entry.link):
            yield from self._url(entry.link, fallbacks, allow_feed=False)
        elif "://" in entry.link:
            raise FetchError(f"only http and https links can be read, not {entry.link!r}", code="E215")
        else:
            path = Path(entry.link)
            if not path.is_file():
                raise IngestError(f"the feed links to a file that does not exist: {entry.link}", code="E207")
            yield from self._file(
                path, kind=kind_of_path(path) or "html", fallbacks=fallbacks, allow_feed=False
            )


class _Chained(io.RawIOBase):
    """Bytes already read, then the rest of a stream, as one raw stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _html(raw: bytes, fallbacks: Fallbacks, *, encoding: str | None = None) -> Document:
    return document_from_html(
        raw,
        url=fallbacks.url,
        title=fallbacks.title,
        publisher=fallbacks.publisher,
        published=fallbacks.published,
        encoding=encoding,
    )


def _text(raw: bytes, fallbacks: Fallbacks, *, encoding: str | None = None) -> Document:
    return document_from_text(
        raw,
        url=fallbacks.url,
        title=fallbacks.title,
        publisher=fallbacks.publisher,
        published=fallbacks.published,
        encoding=encoding,
    )


def iter_documents(
    specs: Sequence[str],
    *,
    fetcher: Fetcher | None = None,
    url: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    published: str | None = None,
    max_bytes: int = 5_000_000,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | Failure]:
    """Documents from files, folders, globs, ``-`` (stdin), http(s) URLs and feeds, in order.

    ``url``, ``title``, ``publisher`` and ``published`` are fallbacks for what a source
    does not say itself. With no ``fetcher``, an :class:`HttpxFetcher` is made on the first
    URL (and closed at the end). A problem with one source yields a Failure and the rest go on.
    """
    parse_date_value(published)  # a bad fallback date is the caller's error, raised at once (E208)
    reader = _Reader(
        fetcher=fetcher,
        fallbacks=Fallbacks(url=url, title=title, publisher=publisher, published=published),
        max_bytes=max_bytes,
        stdin=stdin,
    )
    try:
        for spec in specs:
            yield from reader.spec(spec)
    finally:
        reader.close()
