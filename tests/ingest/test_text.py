"""Plain-text documents: decoding, refusing binary, dateline, title and language."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.errors import IngestError
from eventwire.ingest.text import decode_bytes, document_from_text

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = "Teachers strike in Ahvaz\n\nHundreds of teachers stayed away from classrooms in Ahvaz on Tuesday."


def test_text_wire_article_from_bytes() -> None:
    raw = (FIXTURES / "wire_dateline.txt").read_bytes()
    doc = document_from_text(raw, url="https://wire.example/labour/2023/02/08/dock-workers", publisher="Wire")
    assert doc.title == "Dock workers walk out at Bandar Abbas port"
    # the dateline has no year: it comes from the URL's date
    assert (doc.published, doc.published_source) == ("2023-02-07", "dateline")
    assert doc.language == "en"
    assert doc.publisher == "Wire"
    assert doc.id.startswith("sha256:")
    assert doc.text.startswith("Dock workers walk out")
    assert "BANDAR ABBAS, Feb 7 (Harbor Wire) - Several hundred" in doc.text


def test_text_same_article_same_id_whatever_the_encoding() -> None:
    utf8 = document_from_text(ARTICLE.encode("utf-8"))
    assert document_from_text(codecs.BOM_UTF8 + ARTICLE.encode("utf-8")).id == utf8.id
    assert document_from_text(ARTICLE.encode("utf-16")).id == utf8.id
    assert document_from_text(ARTICLE.replace("\n", "\r\n").encode("utf-8")).id == utf8.id
    assert document_from_text(ARTICLE).id == utf8.id


def test_text_latin_fallback_for_cp1252_text() -> None:
    raw = "Grève des enseignants à Liège: “nous voulons être payés”".encode("cp1252")
    assert decode_bytes(raw) == "Grève des enseignants à Liège: “nous voulons être payés”"


def test_text_utf16_without_bom() -> None:
    assert decode_bytes("Strike at the port of Bandar Abbas".encode("utf-16-le")) == (
        "Strike at the port of Bandar Abbas"
    )


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", "E201"),
        (b" \n\t\r\n ", "E201"),
        (codecs.BOM_UTF8 + b"  \n", "E201"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "E203"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 4, "E203"),
        (bytes(range(1, 9)) * 50 + b"some text", "E203"),
        # UTF-8 mixed with a latin-1 byte: neither decoding is right
        ("Grève à Liège".encode() + b" pay\xe9", "E204"),
        # Persian in Windows-1256: all high bytes, no way to tell the code page
        ("معلمان در اهواز تجمع کردند".encode("cp1256"), "E204"),
    ],
)
def test_text_bad_bytes(raw: bytes, code: str) -> None:
    with pytest.raises(IngestError) as info:
        document_from_text(raw)
    assert info.value.code == code


def test_text_binary_in_a_string_is_refused() -> None:
    with pytest.raises(IngestError) as info:
        document_from_text("text\x00with\x00nuls")
    assert info.value.code == "E203"


def test_text_declared_encoding_is_used() -> None:
    raw = "Streik in Köln".encode("cp1252")
    assert decode_bytes(raw, encoding="iso-8859-15") == "Streik in Köln"


def test_text_title_only_when_first_line_reads_as_a_headline() -> None:
    assert document_from_text(ARTICLE).title == "Teachers strike in Ahvaz"
    assert document_from_text(ARTICLE, title="Given title").title == "Given title"
    sentence = "Hundreds of teachers stayed away on Tuesday.\n\nThey want their pay."
    assert document_from_text(sentence).title is None
    run_on = "Hundreds of teachers stayed away\nfrom classrooms on Tuesday."
    assert document_from_text(run_on).title is None


def test_text_published_from_user_when_nothing_else() -> None:
    doc = document_from_text(ARTICLE, published="2023-02-07")
    assert (doc.published, doc.published_source) == ("2023-02-07", "user")
    with_line = document_from_text("Tuesday, February 7, 2023\n\n" + ARTICLE, published="2023-03-01")
    assert (with_line.published, with_line.published_source) == ("2023-02-07", "dateline")
    assert document_from_text(ARTICLE).published_source == "none"


def test_text_non_english_is_kept_with_its_language() -> None:
    doc = document_from_text(
        "صدها معلم در اهواز روز سه‌شنبه در اعتراض به پرداخت نشدن حقوق سر کلاس‌ها حاضر نشدند."
    )
    assert doc.language == "fa"


def test_text_is_normalised() -> None:
    doc = document_from_text("  Title line here\r\n\r\n\r\n\r\nBody  with trailing   \r\nsecond line\n\n")
    assert doc.text == "Title line here\n\nBody  with trailing\nsecond line"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_text_decode_bytes_is_total(raw: bytes) -> None:
    """Any bytes give text or a coded IngestError, never another exception."""
    try:
        text = decode_bytes(raw)
    except IngestError as exc:
        assert exc.code in {"E201", "E203", "E204"}
    else:
        assert text.strip()
        assert "\x00" not in text
