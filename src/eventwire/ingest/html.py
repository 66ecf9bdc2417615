"""Web pages: the article's main text (no navigation, banners, related links or footer) and metadata.

Main text, title, site name and canonical URL come from ``trafilatura.bare_extraction``.
The publication date comes from the page's metadata through htmldate (``html-meta``),
else the text's dateline, else the URL path, else the caller's fallback.
"""

from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import urlsplit

from ..errors import IngestError
from ..records import Document
from .document import make_document, normalize_text
from .language import detect_language
from .pubdate import choose_published, date_from_url, find_dateline
from .text import decode_bytes

__all__ = ["declared_charset", "decode_html", "document_from_html"]

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# Browsers read these labels as their supersets (WHATWG Encoding standard).
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
# Far in the future, so that htmldate does not read the clock for its upper bound.
_MAX_DATE = "2099-12-31"
_MIN_WORDS = 5


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag or XML declaration (first 4 KB)."""
    head = raw[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    return _ALIASES.get(label, label)


def decode_html(raw: bytes, *, encoding: str | None = None) -> str:
    """A page's text: BOM, ``encoding`` (from HTTP), ``<meta charset>``, then UTF-8 and fallbacks."""
    if encoding:
        encoding = _ALIASES.get(encoding.lower(), encoding)
    return decode_bytes(raw, encoding=encoding or declared_charset(raw))


def _extract(html: str, url: str | None) -> Any:
    import trafilatura

    for recall in (False, True):
        try:
            result = trafilatura.bare_extraction(
                html,
                url=url,
                with_metadata=True,
                include_comments=False,
                include_images=False,
                favor_recall=recall,
            )
        except (ValueError, TypeError) as exc:  # lxml refuses some inputs outright
            log.debug("trafilatura failed on a page: %s", exc)
            result = None
        if result is not None and (getattr(result, "text", None) or "").strip():
            return result
    return None


def _page_date(html: str) -> str | None:
    from htmldate import find_date

    try:
        found = find_date(html, extensive_search=False, original_date=True, max_date=_MAX_DATE)
    except (ValueError, TypeError) as exc:
        log.debug("htmldate failed on a page: %s", exc)
        return None
    return str(found) if found else None


def _title(found: str | None, sitename: str | None, fallback: str | None) -> str | None:
    """The page's title, unless it is only the site's name (a bare ``<title>``) and we know better."""
    if not found:
        return fallback
    if fallback and (len(found.split()) <= 2 or (sitename and found.strip() == sitename.strip())):
        return fallback
    return found


def _body(text: str, title: str | None) -> str:
    """One paragraph per extracted block, blank lines between, as in a plain-text article.

    A first block that repeats the title (the page's ``<h1>``) is left out: the title is kept
    in ``Document.title`` and a headline in the text would report its events twice.
    """
    blocks = [line.strip() for line in normalize_text(text).split("\n") if line.strip()]
    if len(blocks) > 1 and title and _folded(blocks[0]) == _folded(title):
        blocks = blocks[1:]
    return "\n\n".join(blocks)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _publisher(sitename: str | None, hostname: str | None, fallback: str | None) -> str | None:
    """The page's site name; one that is only the host name gives way to a given publisher."""
    guessed = hostname and sitename and sitename.strip().lower().removeprefix("www.") == hostname.lower()
    if not sitename or (fallback and guessed):
        return fallback or sitename
    return sitename


def document_from_html(
    html: str | bytes,
    *,
    url: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    published: str | None = None,
    external_id: str | None = None,
    encoding: str | None = None,
) -> Document:
    """A Document from a web page: its main text, with title, publisher, URL and date from the page.

    What the page says wins; ``title``, ``publisher``, ``url`` and ``published`` fill gaps.
    ``encoding`` is the charset from an HTTP header, when there was one.
    Raises IngestError E201/E203/E204 for undecodable input, E205 when no main text is found.
    """
    text = decode_html(html, encoding=encoding) if isinstance(html, bytes) else html
    if not text.strip():
        raise IngestError("the page is empty", code="E201")
    extracted = _extract(text, url)
    if extracted is None:
        raise IngestError("no main text could be extracted from the page", code="E205")
    body = _body(extracted.text, extracted.title)
    if len(body.split()) < _MIN_WORDS:
        # a few words left over from a menu or a title are not an article
        raise IngestError(f"no main text could be extracted from the page ({body[:40]!r})", code="E205")
    page_url = extracted.url or url
    # the canonical URL, else the URL the page was read from, may carry a date
    date_url = page_url if date_from_url(page_url) is not None else url
    date_value, source = choose_published(_page_date(text), find_dateline(body), date_url, published)
    return make_document(
        body,
        normalize=False,
        external_id=external_id,
        url=page_url,
        title=_title(extracted.title, extracted.sitename, title),
        publisher=_publisher(extracted.sitename, extracted.hostname or _host(page_url), publisher),
        published=date_value,
        published_source=source,
        language=detect_language(body),
    )
