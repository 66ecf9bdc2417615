"""Datelines, URL dates and the publication-date trust order."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import IngestError
from eventwire.ingest.pubdate import Dateline, choose_published, date_from_url, find_dateline


@pytest.mark.parametrize(
    ("text", "expected_text", "expected"),
    [
        ("Tuesday, February 7, 2023\n\nTeachers stayed away.", "Tuesday, February 7, 2023", date(2023, 2, 7)),
        ("Teachers strike in Ahvaz\n7 February 2023\n\nBody.", "7 February 2023", date(2023, 2, 7)),
        ("Feb. 7, 2023\nBody text follows here.", "Feb. 7, 2023", date(2023, 2, 7)),
        ("Published: 2023-02-07 10:32 GMT\nBody.", "2023-02-07", date(2023, 2, 7)),
        ("By Mina Farahani | Sept. 21, 2022\n\nBody.", "Sept. 21, 2022", date(2022, 9, 21)),
        ("PARIS, 7 February 2023 — Unions called a new strike.", "7 February 2023", date(2023, 2, 7)),
        ("TEHRAN, 18 Bahman 1401 - Teachers gathered.", "18 Bahman 1401", date(2023, 2, 7)),
        ("تهران، ۱۸ بهمن ۱۴۰۱\n\nمعلمان تجمع کردند.", "۱۸ بهمن ۱۴۰۱", date(2023, 2, 7)),
    ],
)
def test_pubdate_find_dateline_forms(text: str, expected_text: str, expected: date) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.text == expected_text
    assert text[found.start : found.end] == found.text
    assert found.date == expected


def test_pubdate_wire_dateline_without_year_takes_it_from_a_reference() -> None:
    text = "Dock workers walk out\n\nTEHRAN, Feb 7 (Reuters) - Several hundred dock workers walked out."
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.agency, found.text) == ("TEHRAN", "Reuters", "Feb 7")
    assert found.date is None
    assert text[found.end_of_dateline :].startswith("Several hundred")
    assert found.resolve(date(2023, 2, 8)) == date(2023, 2, 7)
    # a reference early in January puts a December dateline in the year before
    assert Dateline(0, 5, "Dec 30", None, 12, 30).resolve(date(2023, 1, 2)) == date(2022, 12, 30)
    assert found.resolve(None) is None


def test_pubdate_title_case_place_needs_an_agency() -> None:
    assert find_dateline("Tehran, Iran, Feb 7 (AFP) - Protesters gathered.") is not None
    assert find_dateline("On Tuesday, Feb 7 - the day after the vote, crowds gathered.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered on 7 February 2023 outside the ministry.",
        "Protesters gathered on 7 February 2023.",
        "WASHINGTON (Reuters) - No date in this dateline.",
        "Published: May 2023",
        "February 30, 2023",
        "",
        # a date further down than the first lines is not a dateline
        "One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nSix\n\nSeven\n\n7 February 2023",
    ],
)
def test_pubdate_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/world/2019/12/23/protests-spread", date(2019, 12, 23)),
        ("https://news.example/2019/1/5/short-form", date(2019, 1, 5)),
        ("https://news.example/2019-12-23/protests-spread", date(2019, 12, 23)),
        ("https://news.example/archive/20191223-protests.html", date(2019, 12, 23)),
        ("https://news.example/world/2019/13/23/bad-month", None),
        ("https://news.example/story/123456789012", None),
        ("https://news.example/world/protests?date=2019-12-23", None),
        (None, None),
    ],
)
def test_pubdate_date_from_url(url: str | None, expected: date | None) -> None:
    assert date_from_url(url) == expected


def test_pubdate_trust_order() -> None:
    line = find_dateline("PARIS, 6 February 2023 — Strikes.")
    url = "https://news.example/2023/02/05/strikes"
    assert choose_published("2023-02-07", line, url, "2023-02-04") == ("2023-02-07", "html-meta")
    assert choose_published(None, line, url, "2023-02-04") == ("2023-02-06", "dateline")
    assert choose_published(None, None, url, "2023-02-04") == ("2023-02-05", "url")
    assert choose_published(None, None, None, "2023-02-04") == ("2023-02-04", "user")
    assert choose_published(None, None, None, None) == (None, "none")
    # a datetime from a meta tag keeps its date part; unreadable metadata is ignored
    assert choose_published("2023-02-07T09:15:00+03:30", None, None, None) == ("2023-02-07", "html-meta")
    assert choose_published("last Tuesday", None, None, "2023-02-04") == ("2023-02-04", "user")


def test_pubdate_yearless_dateline_uses_url_then_user_year() -> None:
    line = find_dateline("TEHRAN, Feb 7 (Reuters) - Strikes.")
    assert choose_published(None, line, "https://x.example/2023/02/08/a", None) == ("2023-02-07", "dateline")
    assert choose_published(None, line, None, "2024-02-10") == ("2024-02-07", "dateline")
    assert choose_published(None, line, None, None) == (None, "none")


def test_pubdate_bad_user_date_is_an_error() -> None:
    with pytest.raises(IngestError) as info:
        choose_published(None, None, None, "yesterday")
    assert info.value.code == "E208"


_LINES = st.sampled_from(
    [
        "Tuesday, February 7, 2023",
        "TEHRAN, Feb 7 (Reuters) - Teachers gathered.",
        "By Jane Doe | 7 Feb 2023 10:32 GMT",
        "Protesters gathered on 7 February 2023.",
        "  PARIS, 7 February 2023 — Unions marched.",
        "",
        "Headline about a strike",
        "2023-02-07",
    ]
)


@given(st.lists(_LINES | st.text(max_size=40), max_size=8), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_pubdate_dateline_offsets_always_index_the_text(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    found = find_dateline(text)
    if found is not None:
        assert text[found.start : found.end] == found.text
        assert found.start < found.end <= found.end_of_dateline <= len(text)
