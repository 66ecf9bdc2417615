"""Plain-text articles: decode bytes safely, refuse binary, build a Document.

Decoding, in order: a BOM (UTF-8, UTF-16, UTF-32) decides; else strict UTF-8;
else, only when the bytes look like Latin text (mostly ASCII, high bytes
isolated between letters, no valid UTF-8 sequences mixed in), cp1252 and then
latin-1. Anything else is refused: binary (NUL bytes, many control characters)
with E203, text in an encoding we cannot tell with E204, nothing at all with E201.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import IngestError
from ..records import Document
from .document import make_document, normalize_text
from .language import detect_language
from .pubdate import choose_published, find_dateline

__all__ = ["decode_bytes", "document_from_text", "looks_binary"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_CONTROL_SHARE = 0.02
_MAX_HIGH_BYTE_SHARE = 0.15
_SNIFF = 65_536
# A valid multi-byte UTF-8 sequence: its presence next to invalid bytes means mixed encodings.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def looks_binary(text: str) -> bool:
    """True when decoded text holds NULs or more than a sliver of other control characters."""
    sample = text[:_SNIFF]
    if "\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(
        1 for c in sample if c not in _ALLOWED_CONTROLS and unicodedata.category(c) in ("Cc", "Cs", "Co")
    )
    return controls / len(sample) > _MAX_CONTROL_SHARE


_C0_CONTROLS = frozenset(range(0x20)) - frozenset(b"\t\n\r\f\v") | {0x7F}


def _binary_bytes(sample: bytes) -> bool:
    """More than a sliver of C0 control bytes: binary data in whatever code page."""
    return sum(1 for b in sample if b in _C0_CONTROLS) / max(len(sample), 1) > _MAX_CONTROL_SHARE


def _utf16_without_bom(raw: bytes) -> str | None:
    """Decode BOM-less UTF-16 when every other byte is NUL, as in ASCII-range UTF-16 text."""
    sample = raw[:_SNIFF]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) / len(zeros) > 0.9:
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _latin_fallback(raw: bytes) -> str | None:
    """cp1252 (else latin-1) when the bytes look like Latin-script text, else None."""
    if _UTF8_SEQUENCE.search(raw):
        return None  # valid UTF-8 mixed with invalid bytes: a mis-encoded file
    high = sum(1 for b in raw if b >= 0x80)
    printable = sum(1 for b in raw if b > 0x20)
    if printable == 0 or high / printable > _MAX_HIGH_BYTE_SHARE:
        return None
    for encoding in ("cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        odd = [c for c in text if ord(c) >= 0x80 and not (c.isalpha() or unicodedata.category(c)[0] in "PSZ")]
        if odd:
            continue
        return text
    return None


def decode_bytes(raw: bytes, *, encoding: str | None = None) -> str:
    """Text of ``raw``: BOM, then a declared ``encoding``, then UTF-8, then a careful Latin fallback.

    Raises IngestError E201 (empty), E203 (binary) or E204 (undecodable).
    """
    if not raw.strip():
        raise IngestError("the source is empty", code="E201")
    text: str | None = None
    for bom, bom_encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(bom_encoding)
            except UnicodeDecodeError as exc:
                message = f"text with a {bom_encoding} BOM does not decode: {exc}"
                raise IngestError(message, code="E204") from None
            break
    else:
        if b"\x00" in raw[:_SNIFF]:
            text = _utf16_without_bom(raw)
            if text is None:
                raise IngestError("the source is binary (it holds NUL bytes), not text", code="E203")
        elif encoding:
            try:
                text = raw.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                text = None
        if text is None:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = _latin_fallback(raw)
                if text is None:
                    if _binary_bytes(raw[:_SNIFF]):
                        raise IngestError("the source is binary, not text", code="E203") from None
                    raise IngestError(
                        "the text is not UTF-8 and its encoding cannot be told; re-save it as UTF-8",
                        code="E204",
                    ) from None
    if looks_binary(text):
        raise IngestError("the source is binary (control characters), not text", code="E203")
    if not text.strip():
        raise IngestError("the source is empty", code="E201")
    return text


_HEADLINE_END = re.compile(r"[.!?;:,]$")


def _headline(text: str) -> str | None:
    """The first line when it reads as a headline: short, several words, no final stop, a break after."""
    lines = text.split("\n", 2)
    first = lines[0].strip()
    if len(lines) < 2 or not first or len(first) > 150 or _HEADLINE_END.search(first):
        return None
    if len(first.split()) < 3 or find_dateline(first) is not None:
        return None
    following = lines[1].strip()
    # a blank line after it, or a line that starts with a dateline
    if following and find_dateline(following) is None:
        return None
    return first


def document_from_text(
    raw: str | bytes,
    *,
    url: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    published: str | None = None,
    external_id: str | None = None,
    encoding: str | None = None,
) -> Document:
    """A Document from a plain-text article (normalised text; dateline, URL and language read from it).

    ``published`` is the caller's fallback date (trust order: dateline, url, user).
    ``title`` defaults to the first line when it reads as a headline.
    """
    text = decode_bytes(raw, encoding=encoding) if isinstance(raw, bytes) else raw
    if "\x00" in text or looks_binary(text):
        raise IngestError("the source is binary (control characters), not text", code="E203")
    if not text.strip():
        raise IngestError("the source is empty", code="E201")
    body = normalize_text(text)
    date_value, source = choose_published(None, find_dateline(body), url, published)
    return make_document(
        body,
        normalize=False,
        external_id=external_id,
        url=url,
        title=title or _headline(body),
        publisher=publisher,
        published=date_value,
        published_source=source,
        language=detect_language(body),
    )
