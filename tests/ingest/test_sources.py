"""iter_documents: every kind of input, and one Failure per bad source while the rest go on."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from eventwire.errors import IngestError
from eventwire.ingest import sources
from eventwire.ingest.document import Failure
from eventwire.ingest.sources import iter_documents, sniff
from eventwire.ingest.web import FetchedPage, MockFetcher
from eventwire.records import Document

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = "Bakers strike in Tabriz\n\nHundreds of bakers closed their shops in Tabriz on Monday over prices.\n"


def _split(items: list[Document | Failure]) -> tuple[list[Document], list[Failure]]:
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Failure)]


def _page(url: str, path: str, content_type: str = "text/html; charset=utf-8") -> FetchedPage:
    return FetchedPage(url, 200, content_type, (FIXTURES / path).read_bytes())


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with good, bad and ignored files, some in a subfolder."""
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    (folder / ".cache").mkdir()
    (folder / "a_wire.txt").write_bytes((FIXTURES / "wire_dateline.txt").read_bytes())
    shutil.copy(FIXTURES / "news_page.html", folder / "b_page.html")
    shutil.copy(FIXTURES / "records.jsonl", folder / "c_records.jsonl")
    (folder / "d_notes.md").write_text("Not read: unknown extension in a folder.", encoding="utf-8")
    (folder / "e_photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / ".cache" / "hidden.txt").write_text(TEXT, encoding="utf-8")
    (folder / "f_empty.txt").write_bytes(b"")
    (folder / "g_binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (folder / "h_huge.txt").write_text(TEXT * 400, encoding="utf-8")
    (folder / "i_misencoded.txt").write_bytes("Grève à Liège".encode() + b" \xe9t\xe9")
    (folder / "j_broken.html").write_text("<html><body><nav>Home</nav><div><div></body>", encoding="utf-8")
    (folder / "k_notafeed.xml").write_text(
        "<?xml version='1.0'?><sitemap><loc>x</loc></sitemap>", encoding="utf-8"
    )
    (folder / "sub" / "l_latin.txt").write_bytes(
        TEXT.replace("bakers", "boulangers à Liège").encode("cp1252")
    )
    shutil.copy(FIXTURES / "persian_page.html", folder / "sub" / "m_persian.htm")
    return folder


def test_sources_folder_with_mixed_files(mixed: Path) -> None:
    items = list(iter_documents([str(mixed)], max_bytes=20_000))
    docs, failures = _split(items)
    assert [(Path(f.source.split(":")[0]).name, f.code) for f in failures] == [
        ("c_records.jsonl", "E231"),
        ("c_records.jsonl", "E231"),
        ("c_records.jsonl", "E201"),
        ("c_records.jsonl", "E231"),
        ("f_empty.txt", "E201"),
        ("g_binary.txt", "E203"),
        ("h_huge.txt", "E206"),
        ("i_misencoded.txt", "E204"),
        ("j_broken.html", "E205"),
        ("k_notafeed.xml", "E232"),
    ]
    titles = [d.title for d in docs]
    assert titles[:2] == [
        "Dock workers walk out at Bandar Abbas port",
        "Teachers strike across Khuzestan over unpaid wages",
    ]
    assert [d.external_id for d in docs[2:5]] == ["hw-001", "hw-002", "hw-006"]
    assert [d.language for d in docs[5:]] == ["en", "fa"]
    assert "boulangers à Liège" in docs[5].text
    assert all("hidden" not in (d.title or "") and "Not read" not in d.text for d in docs), (
        "hidden and unknown files are skipped"
    )
    assert len(items) == 17


def test_sources_files_globs_and_missing_paths(mixed: Path) -> None:
    specs = [
        str(mixed / "a_wire.txt"),
        str(mixed / "d_notes.md"),
        str(mixed / "*.htm*"),
        "no/such/file.txt",
        "x/*.nope",
    ]
    items = list(iter_documents(specs, max_bytes=20_000))
    docs, failures = _split(items)
    # a file named explicitly is read whatever its extension; a glob keeps to known extensions
    assert [d.text[:20] for d in docs] == [
        "Dock workers walk ou",
        "Not read: unknown ex",
        "Hundreds of teachers",
    ]
    assert [(f.code, f.source) for f in failures] == [
        ("E205", str(mixed / "j_broken.html")),
        ("E207", "no/such/file.txt"),
        ("E207", "x/*.nope"),
    ]


def test_sources_same_file_is_read_once(mixed: Path) -> None:
    path = str(mixed / "a_wire.txt")
    assert len(list(iter_documents([path, path, str(mixed / "a_*.txt")]))) == 1


def test_sources_fallbacks_fill_gaps() -> None:
    items = list(
        iter_documents(
            [str(FIXTURES / "wire_dateline.txt")],
            url="https://wire.example/2023/02/08/dock",
            publisher="Harbor Wire",
            published="2023-02-09",
        )
    )
    (doc,) = items
    assert isinstance(doc, Document)
    assert (doc.url, doc.publisher, doc.published, doc.published_source) == (
        "https://wire.example/2023/02/08/dock",
        "Harbor Wire",
        "2023-02-07",
        "dateline",
    )
    with pytest.raises(IngestError) as info:
        list(iter_documents([str(FIXTURES / "wire_dateline.txt")], published="yesterday"))
    assert info.value.code == "E208"


def test_sources_feed_file_with_relative_links() -> None:
    bus = "https://harborwire.example/labour/2023/02/09/bus-drivers-tabriz"
    fetcher = MockFetcher({bus: _page(bus, "news_page.html")})
    items = list(iter_documents([str(FIXTURES / "feed" / "news.rss")], fetcher=fetcher))
    docs, failures = _split(items)
    assert fetcher.requested == [bus]
    nurses, fetched, retirees = docs
    # the page's <title> is only the site's name: the entry's title is used
    assert nurses.title == "Nurses rally in Shiraz over overtime pay"
    assert (nurses.published, nurses.published_source) == ("2023-02-08", "user")
    assert "Dozens of nurses gathered" in nurses.text
    assert fetched.url == "https://harborledger.example/world/2023/02/07/teachers-strike-khuzestan"
    assert retirees.title == "Retirees march in Ahvaz"
    assert retirees.text.startswith("AHVAZ, Feb 10 (Harbor Wire)")
    assert [(Path(f.source).name, f.code) for f in failures] == [("removed-story.html", "E207")]


def test_sources_urls_through_the_fetcher() -> None:
    fetcher = MockFetcher(
        {
            "https://n.example/a": _page("https://n.example/a", "news_page.html"),
            "https://n.example/fa": _page("https://n.example/fa", "persian_page.html"),
            "https://n.example/wire.txt": _page(
                "https://n.example/wire.txt", "wire_dateline.txt", "text/plain"
            ),
            "https://n.example/gone": FetchedPage("https://n.example/gone", 404, "text/html", b"Not found"),
            "https://n.example/feed": FetchedPage(
                "https://n.example/feed",
                200,
                "application/rss+xml",
                (FIXTURES / "feed" / "news.rss").read_bytes(),
            ),
            "https://n.example/data.jsonl": _page("https://n.example/data.jsonl", "records.jsonl", ""),
        }
    )
    specs = [
        "https://n.example/a",
        "https://n.example/fa",
        "https://n.example/wire.txt",
        "https://dead.example/story",
        "https://n.example/gone",
        "ftp://n.example/file.txt",
        "https://n.example/data.jsonl",
    ]
    docs, failures = _split(list(iter_documents(specs, fetcher=fetcher)))
    assert [d.language for d in docs[:3]] == ["en", "fa", "en"]
    assert docs[2].url == "https://n.example/wire.txt"
    assert [d.external_id for d in docs[3:]] == ["hw-001", "hw-002", "hw-006"]
    assert [(f.source, f.code) for f in failures[:3]] == [
        ("https://dead.example/story", "E211"),
        ("https://n.example/gone", "E212"),
        ("ftp://n.example/file.txt", "E215"),
    ]
    assert [f.source for f in failures[3:]] == [f"https://n.example/data.jsonl:{n}" for n in (3, 4, 6, 7)]
    # a remote feed: its links resolve against its URL, and each is fetched
    docs, failures = _split(list(iter_documents(["https://n.example/feed"], fetcher=fetcher)))
    assert docs == []
    assert [f.source for f in failures] == [
        "https://n.example/articles/nurses-rally.html",
        "https://harborwire.example/labour/2023/02/09/bus-drivers-tabriz",
        "https://n.example/articles/retirees-march.txt",
        "https://n.example/articles/removed-story.html",
    ]
    assert {f.code for f in failures} == {"E211"}


def test_sources_http_fetcher_is_made_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[_ClosingFetcher] = []

    def fake(*, max_bytes: int) -> _ClosingFetcher:
        made.append(_ClosingFetcher({}, max_bytes=max_bytes))
        return made[-1]

    monkeypatch.setattr(sources, "HttpxFetcher", fake)
    list(iter_documents([str(FIXTURES / "wire_dateline.txt")]))
    assert made == []
    items = list(iter_documents(["https://a.example/1", "https://a.example/2"], max_bytes=1234))
    assert [(f.max_bytes, f.closed, len(f.requested)) for f in made] == [(1234, True, 2)]
    assert [i.code for i in items if isinstance(i, Failure)] == ["E211", "E211"]


class _ClosingFetcher(MockFetcher):
    closed = False

    def close(self) -> None:
        self.closed = True


@pytest.mark.parametrize(
    ("data", "kind", "expected"),
    [
        (TEXT.encode(), "text", 1),
        ((FIXTURES / "news_page.html").read_bytes(), "html", 1),
        ((FIXTURES / "records.jsonl").read_bytes(), "jsonl", 7),
        (b"", "text", 1),
    ],
)
def test_sources_stdin_is_sniffed(data: bytes, kind: str, expected: int) -> None:
    assert sniff(data[:8192]) == kind
    items = list(iter_documents(["-"], stdin=io.BytesIO(data)))
    assert len(items) == expected
    if kind == "jsonl":
        assert isinstance(items[2], Failure)
        assert items[2].source == "-:3"


def test_sources_stdin_feed_and_limits() -> None:
    rss = (FIXTURES / "feed" / "news.rss").read_bytes()
    assert sniff(rss) == "feed"
    items = list(iter_documents(["-"], stdin=io.BytesIO(rss), fetcher=MockFetcher({})))
    # relative links of a feed on stdin cannot be resolved: they are missing files
    assert [i.code for i in items if isinstance(i, Failure)] == ["E207", "E211", "E207", "E207"]
    items = list(iter_documents(["-"], stdin=io.BytesIO(TEXT.encode() * 100), max_bytes=1000))
    assert [(i.source, i.code) for i in items if isinstance(i, Failure)] == [("-", "E206")]
