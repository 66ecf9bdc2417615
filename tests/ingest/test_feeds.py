"""RSS and Atom feeds: entries, dates as written, relative links."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import IngestError
from eventwire.ingest.feeds import FeedEntry, read_feed, resolve_link

FIXTURES = Path(__file__).parent / "fixtures"

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbor Ledger</title><id>urn:hl</id><updated>2023-02-08T10:00:00Z</updated>
  <entry>
    <title>Farmers block a road near Isfahan</title>
    <link href="world/2023/02/07/farmers-isfahan" rel="alternate"/>
    <id>urn:hl:1</id>
    <published>2023-02-07T23:10:00-05:00</published>
    <summary type="html">&lt;p&gt;Farmers &lt;b&gt;blocked&lt;/b&gt; a road.&lt;/p&gt;</summary>
  </entry>
  <entry><title>No link here</title><id>urn:hl:2</id><updated>2023-02-08T10:00:00Z</updated></entry>
</feed>"""


def test_feeds_rss_relative_links_against_the_local_folder() -> None:
    path = FIXTURES / "feed" / "news.rss"
    entries = read_feed(path.read_bytes(), base=str(path))
    folder = path.parent
    assert [e.link for e in entries] == [
        str(folder / "articles" / "nurses-rally.html"),
        "https://harborwire.example/labour/2023/02/09/bus-drivers-tabriz",
        str(folder / "articles" / "retirees-march.txt"),
        str(folder / "articles" / "removed-story.html"),
    ]
    first = entries[0]
    assert first == FeedEntry(
        link=str(folder / "articles" / "nurses-rally.html"),
        title="Nurses rally in Shiraz over overtime pay",
        # the date as written in the feed (+0330), not shifted to UTC
        published="2023-02-08",
        summary="Nurses gathered outside the university hospital.",
    )
    assert entries[2].published is None


def test_feeds_rss_relative_links_against_a_url() -> None:
    data = (FIXTURES / "feed" / "news.rss").read_text(encoding="utf-8")
    entries = read_feed(data, base="https://harborwire.example/feeds/labour.rss")
    assert entries[0].link == "https://harborwire.example/feeds/articles/nurses-rally.html"
    assert entries[2].link == "https://harborwire.example/feeds/articles/retirees-march.txt"


def test_feeds_atom() -> None:
    entries = read_feed(ATOM, base="https://harborledger.example/feed.atom")
    assert entries == [
        FeedEntry(
            link="https://harborledger.example/world/2023/02/07/farmers-isfahan",
            title="Farmers block a road near Isfahan",
            published="2023-02-07",
            summary="Farmers blocked a road.",
        )
    ]


def test_feeds_a_string_that_looks_like_a_url_is_not_fetched() -> None:
    with pytest.raises(IngestError) as info:
        read_feed("https://feeds.example/rss.xml", base=None)
    assert info.value.code == "E232"


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"", "E201"), (b"plain words, no feed", "E232"), (b"<html><body><p>Hello</p></body></html>", "E232")],
)
def test_feeds_not_a_feed(data: bytes, code: str) -> None:
    with pytest.raises(IngestError) as info:
        read_feed(data, base=None)
    assert info.value.code == code


def test_feeds_resolve_link() -> None:
    assert resolve_link("a%20b.html#top", "/data/feeds/rss.xml") == "/data/feeds/a b.html"
    assert resolve_link("../x.html", "/data/feeds/rss.xml") == "/data/x.html"
    assert resolve_link("https://other.example/a", "/data/feeds/rss.xml") == "https://other.example/a"
    assert resolve_link("/a.html", "https://n.example/feeds/rss") == "https://n.example/a.html"
    assert resolve_link("a.html", None) == "a.html"
