"""Validate the bundled sample articles and the DEV half of the gold corpus (fast, no spaCy).

Checks the shape promised by ``docs/gold-format.md`` and the spec: anchors are
exact substrings of the text, every enum value is a spec value, dates are ISO
intervals, and the corpus is large and varied enough to write rules against.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import feedparser
import pytest

from eventwire.countries import is_country
from eventwire.records import ACTOR_ROLES, EVENT_STATUSES, EVENT_TYPES, MAGNITUDE_KINDS

ROOT = Path(__file__).resolve().parents[2]
GOLD_DEV = ROOT / "gold" / "dev"
SAMPLES = Path(str(resources.files("eventwire") / "data" / "samples"))

SCOPES = {"single", "aggregate"}
QUALIFIERS = {"exact", "approximate", "at_least", "more_than", "at_most", "fewer_than", "range", "vague"}
PRECISIONS = {"day", "week", "month", "season", "quarter", "year", "decade", "unknown"}
GENRES = {"wire", "rights_group", "state_media", "opposition"}
TOP_KEYS = {"title", "publisher", "published", "genre", "country_focus", "events", "claims", "negatives"}
EVENT_KEYS = {"type", "subtype", "anchor", "occurrence", "status", "scope", "time", "country", "places"}
EVENT_KEYS |= {"magnitudes", "source", "actors"}
CLAIM_KEYS = {"speaker", "cue", "anchor", "occurrence", "figures"}

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# "Tuesday, February 7, 2023" or "7 February 2023"
LONG_DATE = re.compile(
    rf"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?:(?:{MONTHS})\.?\s+\d{{1,2}},\s+\d{{4}}"
    rf"|\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}})\s*$"
)
# "TEHRAN, Feb 7 (Example Wire) —" / "ERBIL, Iraq (Gulf Dispatch) —"
WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,[^()\n]{1,40})?\s\([^()\n]{3,60}\)\s[—–-]")


def _sample_texts() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def _sample_html() -> list[Path]:
    return sorted(SAMPLES.glob("*.html"))


def _gold_names() -> list[str]:
    return sorted(p.stem for p in GOLD_DEV.glob("*.json"))


@cache
def _gold(name: str) -> tuple[str, dict[str, Any]]:
    text = (GOLD_DEV / f"{name}.txt").read_text(encoding="utf-8")
    data = json.loads((GOLD_DEV / f"{name}.json").read_text(encoding="utf-8"))
    return text, data


def _nth(text: str, needle: str, occurrence: int) -> int:
    """Index of the ``occurrence``-th (1-based) occurrence of ``needle``, or -1."""
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def _has_dateline(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()][:3]
    return any(LONG_DATE.match(line) or WIRE_DATELINE.match(line) for line in lines)


def _dateline_date(text: str) -> date | None:
    """The date of a full date line among the first lines, checking its weekday when given."""
    for line in [line.strip() for line in text.splitlines() if line.strip()][:3]:
        if not LONG_DATE.match(line):
            continue
        weekday, _, rest = line.rpartition(", ") if line.count(",") == 2 else ("", "", line)
        if weekday:
            weekday, _, month_day = weekday.partition(", ")
            rest = f"{month_day}, {rest}"
        for fmt in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y"):
            try:
                parsed = datetime.strptime(rest, fmt).date()
            except ValueError:
                continue
            assert not weekday or parsed.strftime("%A") == weekday, f"{line!r}: wrong weekday"
            return parsed
    return None


def _valid_country(code: str) -> bool:
    return is_country(code)


# --- helpers are themselves tested, so that a broken regex cannot pass everything ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday, February 7, 2023\n\nBody", True),
        ("TEHRAN, Feb 7 (Example Wire) — Protesters gathered", True),
        ("ERBIL, Iraq (Gulf Dispatch) — Missiles", True),
        ("Protesters gathered in Tehran on Friday.\nMore text.", False),
        ("Tuesday, Februar 7, 2023", False),
    ],
)
def test_dateline_detector(text: str, expected: bool) -> None:
    assert _has_dateline(text) is expected


def test_dateline_date() -> None:
    assert _dateline_date("Tuesday, February 7, 2023\n\nText") == date(2023, 2, 7)
    assert _dateline_date("6 December 2023\n\nText") == date(2023, 12, 6)
    assert _dateline_date("TEHRAN (Wire) — Text") is None
    with pytest.raises(AssertionError, match="wrong weekday"):
        _dateline_date("Monday, February 7, 2023")


def test_nth_occurrence() -> None:
    assert _nth("a b a b a", "a", 3) == 8
    assert _nth("a b a", "a", 3) == -1


# --- samples ---


def test_sample_counts() -> None:
    assert len(_sample_texts()) >= 12
    assert len(_sample_html()) >= 6
    assert (SAMPLES / "feed.rss").is_file()
    assert (SAMPLES / "README.md").is_file()


@pytest.mark.parametrize("path", _sample_texts(), ids=lambda p: p.name)
def test_sample_text(path: Path) -> None:
    assert re.fullmatch(r"\d\d-[a-z0-9-]+\.txt", path.name)
    text = path.read_text(encoding="utf-8")
    assert _has_dateline(text), "no dateline on the first lines"
    assert 200 <= len(text.split()) <= 700


@pytest.mark.parametrize("path", _sample_html(), ids=lambda p: p.name)
def test_sample_html(path: Path) -> None:
    assert re.fullmatch(r"\d\d-[a-z0-9-]+\.html", path.name)
    html = path.read_text(encoding="utf-8")
    assert re.search(r'<meta property="article:published_time" content="\d{4}-\d\d-\d\dT', html)
    for prop in ("og:title", "og:site_name"):
        assert f'<meta property="{prop}"' in html
    assert re.search(r'<link rel="canonical" href="https://[a-z.-]*example\.(org|com)/\d{4}/\d\d/\d\d/', html)
    assert "<article" in html
    assert html.count("<p") >= 5
    for boilerplate in ("<nav", "<footer", "cookie", "newsletter", "related"):
        assert boilerplate in html.lower()


def test_readme_lists_every_sample() -> None:
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    for path in [*_sample_texts(), *_sample_html(), SAMPLES / "feed.rss"]:
        assert path.name in readme, path.name


def test_feed_parses_and_links_exist() -> None:
    feed = feedparser.parse((SAMPLES / "feed.rss").read_text(encoding="utf-8"))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert len(feed.entries) >= 5
    for entry in feed.entries:
        assert entry.title
        assert entry.published_parsed is not None
        link = entry.link
        assert "/" not in link and not link.startswith("http"), link
        assert (SAMPLES / link).is_file(), link


def test_sample_gold_texts_are_copies() -> None:
    """Gold items named ``sample-NN-slug`` carry the sample's text exactly."""
    copies = [n for n in _gold_names() if n.startswith("sample-")]
    assert len(copies) >= 12
    for name in copies:
        text, _ = _gold(name)
        assert text == (SAMPLES / f"{name.removeprefix('sample-')}.txt").read_text(encoding="utf-8"), name


# --- gold dev: one article at a time ---


@pytest.mark.parametrize("name", _gold_names())
def test_gold_article(name: str) -> None:
    assert (GOLD_DEV / f"{name}.txt").is_file()
    text, data = _gold(name)
    assert set(data) <= TOP_KEYS and {"title", "published", "events", "claims"} <= set(data)
    assert data["genre"] in GENRES
    assert _valid_country(data["country_focus"])
    published = date.fromisoformat(data["published"])
    assert _dateline_date(text) in (None, published), "dateline and published disagree"
    assert data["events"] or data.get("negatives"), "an article with neither events nor negatives"

    for i, ev in enumerate(data["events"]):
        where = f"{name} event {i} ({ev.get('anchor')!r})"
        assert set(ev) <= EVENT_KEYS, where
        assert ev["type"] in EVENT_TYPES, where
        assert ev["status"] in EVENT_STATUSES, where
        assert ev["scope"] in SCOPES, where
        assert _nth(text, ev["anchor"], ev.get("occurrence", 1)) >= 0, where
        if ev.get("subtype") is not None:
            assert re.fullmatch(r"[a-z_]+", ev["subtype"]), where
        assert ev["country"] is None or _valid_country(ev["country"]), where
        for place in ev["places"]:
            assert place in text, f"{where}: place {place!r}"
        if ev["status"] == "attributed":
            assert ev["source"], f"{where}: attributed without source"
        if ev["status"] == "asserted":
            assert ev["source"] is None, f"{where}: asserted with a source"
        for actor in ev["actors"]:
            assert actor["name"] and actor["role"] in ACTOR_ROLES, where
        _check_magnitudes(ev["magnitudes"], where)
        _check_time(ev["time"], data["published"], where)

    for i, cl in enumerate(data["claims"]):
        where = f"{name} claim {i} ({cl.get('anchor')!r})"
        assert set(cl) <= CLAIM_KEYS, where
        assert cl["speaker"], where
        assert cl["cue"] in text, where
        assert _nth(text, cl["anchor"], cl.get("occurrence", 1)) >= 0, where
        _check_magnitudes(cl["figures"], where)

    for phrase in data.get("negatives", []):
        assert phrase in text, f"{name}: negative {phrase!r}"


def _check_magnitudes(mags: list[dict[str, Any]], where: str) -> None:
    for m in mags:
        assert m["kind"] in MAGNITUDE_KINDS, where
        assert m["qualifier"] in QUALIFIERS, where
        assert isinstance(m["value"], int) and m["value"] >= 0, where


def _check_time(tm: dict[str, Any] | None, published: str, where: str) -> None:
    if tm is None:
        return
    start, end = date.fromisoformat(tm["start"]), date.fromisoformat(tm["end"])
    assert start <= end, where
    assert tm["precision"] in PRECISIONS, where
    if tm["precision"] == "day" and start == end:
        assert abs((start - date.fromisoformat(published)).days) < 365 * 80, where


def test_gold_times_not_after_publication_unless_future() -> None:
    for name in _gold_names():
        _, data = _gold(name)
        published = date.fromisoformat(data["published"])
        for ev in data["events"]:
            if ev["time"] and ev["status"] in {"asserted", "attributed", "negated"}:
                assert date.fromisoformat(ev["time"]["start"]) <= published, (name, ev["anchor"])


# --- gold dev: the corpus as a whole ---


def test_gold_corpus_size_and_coverage() -> None:
    names = _gold_names()
    assert len(names) >= 32
    types: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    scopes: Counter[str] = Counter()
    genres: Counter[str] = Counter()
    n_claims = 0
    contested = 0
    for name in names:
        _, data = _gold(name)
        genres[data["genre"]] += 1
        n_claims += len(data["claims"])
        for ev in data["events"]:
            types[ev["type"]] += 1
            statuses[ev["status"]] += 1
            scopes[ev["scope"]] += 1
            if ev["country"]:
                countries[ev["country"]] += 1
        speakers_by_kind: dict[str, set[str]] = {}
        for cl in data["claims"]:
            for fig in cl["figures"]:
                speakers_by_kind.setdefault(fig["kind"], set()).add(cl["speaker"])
        contested += any(len(s) >= 3 for s in speakers_by_kind.values())
    assert sum(types.values()) >= 150
    assert n_claims >= 100
    assert set(types) == set(EVENT_TYPES)
    assert set(statuses) == set(EVENT_STATUSES)
    assert len(countries) >= 6 and "IR" in countries
    assert scopes["aggregate"] >= 10
    assert set(genres) == GENRES
    assert contested >= 1, "no article with a figure contested by three speakers"


def test_gold_negatives_cover_the_hard_cases() -> None:
    phrases = " | ".join(p for n in _gold_names() for p in _gold(n)[1].get("negatives", []))
    for needle in ("battle", "attack", "killing time", "strike price"):
        assert needle in phrases, needle
    negated = [
        ev["anchor"] for n in _gold_names() for ev in _gold(n)[1]["events"] if ev["status"] == "negated"
    ]
    assert negated  # denials of a reported act (N7)
    # M54: "no one was hurt" with no report of harm to deny is in the texts and is no record
    assert any("no one was hurt" in _gold(n)[0] for n in _gold_names())
    assert not any("no one was hurt" in a for a in negated)
