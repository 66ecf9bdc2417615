"""Web pages: main text without boilerplate, metadata, dates, charsets and bad pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import IngestError
from eventwire.ingest.html import declared_charset, document_from_html

FIXTURES = Path(__file__).parent / "fixtures"
BODY = (
    "<p>Hundreds of bakers closed their shops in Tabriz on Monday in protest at the rising price of flour, "
    "shopkeepers and a local guild official said.</p>"
    "<p>The guild said more than 400 bakeries took part and that talks with the provincial governor "
    "had produced no agreement so far.</p>"
)


def _page(head: str = "", body: str = BODY, *, charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}">{head}</head>'
        f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article>{body}</article><footer>Copyright Example News</footer></body></html>"
    )


def test_html_news_page_main_text_and_metadata() -> None:
    doc = document_from_html((FIXTURES / "news_page.html").read_bytes(), url="https://harborledger.example/x")
    assert doc.title == "Teachers strike across Khuzestan over unpaid wages"
    assert doc.publisher == "The Harbor Ledger"
    assert doc.url == "https://harborledger.example/world/2023/02/07/teachers-strike-khuzestan"
    assert (doc.published, doc.published_source) == ("2023-02-07", "html-meta")
    assert doc.language == "en"
    assert "Hundreds of teachers stayed away from classrooms in Ahvaz" in doc.text
    assert "two-day sit-in over pensions." in doc.text
    for boilerplate in (
        "cookie",
        "Subscribe today",
        "Related stories",
        "Bakers protest flour",
        "Copyright",
        "Privacy",
    ):
        assert boilerplate not in doc.text


def test_html_date_from_dateline_then_url_then_user() -> None:
    dated = _page(body="<p>TABRIZ, 6 February 2023 — Bakers closed their shops.</p>" + BODY)
    doc = document_from_html(dated, url="https://news.example/2023/02/09/bakers", published="2023-02-10")
    assert (doc.published, doc.published_source) == ("2023-02-06", "dateline")
    doc = document_from_html(_page(), url="https://news.example/2023/02/09/bakers", published="2023-02-10")
    assert (doc.published, doc.published_source) == ("2023-02-09", "url")
    doc = document_from_html(_page(), url="https://news.example/bakers", published="2023-02-10")
    assert (doc.published, doc.published_source) == ("2023-02-10", "user")
    assert document_from_html(_page()).published_source == "none"


def test_html_page_metadata_beats_fallbacks_which_fill_gaps() -> None:
    head = '<title>Bakers shut shops in Tabriz</title><meta property="og:site_name" content="Example News">'
    doc = document_from_html(_page(head), title="Fallback title", publisher="Fallback")
    assert (doc.title, doc.publisher) == ("Bakers shut shops in Tabriz", "Example News")
    doc = document_from_html(_page(), title="Fallback title", publisher="Fallback", url="https://n.example/a")
    assert (doc.title, doc.publisher, doc.url) == ("Fallback title", "Fallback", "https://n.example/a")
    # a bare site name in <title> gives way to a known headline
    doc = document_from_html(_page("<title>Example News</title>"), title="Bakers shut shops in Tabriz")
    assert doc.title == "Bakers shut shops in Tabriz"


def test_html_charset_declarations_are_respected() -> None:
    body = "<p>Grève des boulangers à Liège: “nous ne pouvons plus payer la farine”, disent-ils.</p>" + BODY
    raw = _page(body=body, charset="windows-1252").encode("cp1252")
    assert declared_charset(raw) == "windows-1252"
    assert (
        "Grève des boulangers à Liège: “nous ne pouvons plus payer la farine”" in document_from_html(raw).text
    )
    # an HTTP charset wins over the page's own declaration (here a wrong one)
    raw = _page(body=body.replace("“", "«").replace("”", "»"), charset="utf-8").encode("iso-8859-15")
    assert "Grève des boulangers" in document_from_html(raw, encoding="iso-8859-15").text
    legacy = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>'
    assert declared_charset(legacy) == "cp1252"


def test_html_non_english_page() -> None:
    doc = document_from_html((FIXTURES / "persian_page.html").read_bytes())
    assert doc.language == "fa"
    assert doc.title == "اعتصاب معلمان در اهواز"
    assert "صدها معلم در اهواز" in doc.text
    assert "صفحه اصلی" not in doc.text


def test_html_malformed_markup_still_gives_text() -> None:
    broken = (
        "<html><body><div class='story'><p>Bus drivers in Tabriz stopped work on Thursday <b>demanding"
        "<p>higher wages and new contracts, the drivers' union said</div></span></td>"
        "<p>Most lines were suspended until the evening, when talks with the municipality began."
    )
    doc = document_from_html(broken)
    assert "Bus drivers in Tabriz stopped work on Thursday" in doc.text
    assert "talks with the municipality began" in doc.text


@pytest.mark.parametrize(
    ("page", "code"),
    [
        (b"", "E201"),
        (b"<html><head><title>Only a title</title></head><body></body></html>", "E205"),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "E205"),
        (b"<<<>>>", "E205"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "E203"),
    ],
)
def test_html_bad_pages(page: bytes, code: str) -> None:
    with pytest.raises(IngestError) as info:
        document_from_html(page)
    assert info.value.code == code


def test_html_paragraphs_and_no_repeated_headline() -> None:
    doc = document_from_html((FIXTURES / "news_page.html").read_bytes())
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("Hundreds of teachers stayed away")
    assert doc.title not in doc.text


REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "src" / "eventwire" / "data" / "samples").glob("*.html"))


@pytest.mark.parametrize("page", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_html_samples_give_the_gold_body_text_exactly(page: Path) -> None:
    """The gold items of the HTML samples annotate the body text: ingest must give it to the character."""
    gold = REPO / "gold" / "dev" / f"html-{page.stem}.txt"
    doc = document_from_html(page.read_bytes())
    assert doc.text == gold.read_text(encoding="utf-8").strip()
    assert doc.published_source == "html-meta"
    assert doc.title and doc.publisher and doc.url
