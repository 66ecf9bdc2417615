"""Fetching pages, guarded: http(s) only, bounded size, bounded redirects, known content types.

``Fetcher`` is the seam: :class:`HttpxFetcher` does real HTTP (its transport can be
injected, e.g. ``httpx.MockTransport``), :class:`MockFetcher` serves pages from a dict.
Both raise :class:`~eventwire.errors.FetchError` with a stable code:

- E211 the host cannot be reached (DNS, connection refused, timeout, broken connection)
- E212 the server answered with an HTTP status >= 400
- E213 the body is larger than ``max_bytes``
- E214 the content type is not one we can read (images, PDF, binaries, ...)
- E215 not an http(s) URL
- E216 too many redirects
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urljoin, urlsplit

from ..errors import FetchError

if TYPE_CHECKING:
    import httpx

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FetchedPage",
    "Fetcher",
    "HttpxFetcher",
    "MockFetcher",
    "check_page",
    "check_url",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5_000_000
_READABLE_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "text/xml",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/json",
        "application/x-ndjson",
        "application/jsonl",
        "application/jsonlines",
        "application/x-jsonlines",
    }
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A fetched response: the final URL (after redirects), status, Content-Type header and body."""

    url: str
    status: int
    content_type: str | None
    body: bytes

    @property
    def media_type(self) -> str:
        """The content type without parameters, lower-cased ("" when the server sent none)."""
        return (self.content_type or "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The ``charset`` parameter of the content type, when given."""
        for param in (self.content_type or "").split(";")[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'").lower()
        return None


class Fetcher(Protocol):
    """Something that turns a URL into a page or raises FetchError."""

    def fetch(self, url: str) -> FetchedPage: ...


def check_url(url: str) -> None:
    """Raise FetchError E215 unless ``url`` is an http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise FetchError(f"only http and https URLs can be fetched, not {url!r}", code="E215")


def check_page(page: FetchedPage, *, max_bytes: int = DEFAULT_MAX_BYTES) -> FetchedPage:
    """Raise the FetchError a page deserves (status, size, content type), else return it."""
    if page.status >= 400:
        raise FetchError(f"HTTP {page.status} from {page.url}", code="E212")
    if len(page.body) > max_bytes:
        raise FetchError(f"{page.url} is larger than {max_bytes:,} bytes", code="E213")
    if page.media_type and page.media_type not in _READABLE_TYPES:
        raise FetchError(f"{page.url} has content type {page.media_type!r}, not a text page", code="E214")
    return page


@dataclass
class HttpxFetcher:
    """Real HTTP through httpx. The client is made on first use; pass ``transport`` to test offline.

    Redirects are followed by hand (at most ``max_redirects``), so every hop is checked to be http(s).
    """

    timeout: float = 20.0
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = 5
    user_agent: str = "eventwire/0.1 (+news event extraction)"
    transport: httpx.BaseTransport | None = None
    client: httpx.Client | None = None
    _owned: httpx.Client | None = field(default=None, init=False, repr=False)

    def _client(self) -> httpx.Client:
        if self.client is not None:
            return self.client
        if self._owned is None:
            import httpx

            self._owned = httpx.Client(
                timeout=self.timeout,
                transport=self.transport,
                headers={"User-Agent": self.user_agent},
                follow_redirects=False,
            )
        return self._owned

    def close(self) -> None:
        """Close the client this fetcher made (a client passed in stays open)."""
        if self._owned is not None:
            self._owned.close()
            self._owned = None

    def __enter__(self) -> HttpxFetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def fetch(self, url: str) -> FetchedPage:
        import httpx

        client = self._client()
        current = url
        for _ in range(self.max_redirects + 1):
            check_url(current)
            try:
                with client.stream("GET", current, follow_redirects=False) as response:
                    if response.status_code in _REDIRECTS and "location" in response.headers:
                        current = urljoin(str(response.url), response.headers["location"])
                        log.debug("redirect to %s", current)
                        continue
                    page = FetchedPage(
                        url=str(response.url),
                        status=response.status_code,
                        content_type=response.headers.get("content-type"),
                        body=b"",
                    )
                    check_page(page, max_bytes=self.max_bytes)  # status and type before the body
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > self.max_bytes:
                        raise FetchError(f"{current} is larger than {self.max_bytes:,} bytes", code="E213")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body.extend(chunk)
                        if len(body) > self.max_bytes:
                            raise FetchError(
                                f"{current} is larger than {self.max_bytes:,} bytes", code="E213"
                            )
            except httpx.UnsupportedProtocol as exc:
                raise FetchError(f"cannot fetch {current}: {exc}", code="E215") from exc
            except httpx.InvalidURL as exc:
                raise FetchError(f"invalid URL {current!r}: {exc}", code="E215") from exc
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out fetching {current}", code="E211") from exc
            except httpx.TransportError as exc:
                raise FetchError(f"cannot reach {current}: {exc or type(exc).__name__}", code="E211") from exc
            return FetchedPage(
                url=page.url, status=page.status, content_type=page.content_type, body=bytes(body)
            )
        raise FetchError(f"more than {self.max_redirects} redirects from {url}", code="E216")


@dataclass
class MockFetcher:
    """Pages from a dict, for tests: a value that is an exception is raised.

    It checks pages as the real fetcher does (status, size, content type); an unknown
    URL is unreachable (E211). ``requested`` lists the URLs asked for, in order.
    """

    pages: dict[str, FetchedPage | Exception]
    max_bytes: int = DEFAULT_MAX_BYTES
    requested: list[str] = field(default_factory=list)

    def fetch(self, url: str) -> FetchedPage:
        self.requested.append(url)
        check_url(url)
        entry = self.pages.get(url)
        if entry is None:
            raise FetchError(f"cannot reach {url}: no such host", code="E211")
        if isinstance(entry, Exception):
            raise entry
        return check_page(entry, max_bytes=self.max_bytes)
