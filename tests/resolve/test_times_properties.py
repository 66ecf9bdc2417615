"""Properties of normalised times: value, interval and precision agree; past narration stays in the past."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

import jdatetime
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.records import Time
from eventwire.resolve.calendars import HIJRI_MONTHS, SOLAR_HIJRI_MONTHS, gregorian_to_hijri
from eventwire.resolve.times import find_times, resolve_expression
from eventwire.resolve.timex_values import interval_of, month_end

if TYPE_CHECKING:
    from spacy.language import Language

MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
]  # fmt: skip
AP_MONTHS = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
]  # fmt: skip
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

days = st.dates(min_value=date(1700, 1, 1), max_value=date(2099, 12, 31))
publication = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))

# Expressions that, in past-tense narration, point at or before the publication date.
PAST_EXPRESSIONS = st.one_of(
    st.sampled_from(
        [
            "yesterday",
            "today",
            "tonight",
            "overnight",
            "last week",
            "this week",
            "last month",
            "this month",
            "earlier this month",
            "last year",
            "this year",
            "earlier this year",
            "in recent days",
            "recent weeks",
            "in recent months",
            "a day earlier",
            "the day before",
            "since the start of the year",
            "last summer",
            "last winter",
            "last weekend",
            "the weekend",
            "the third quarter",
            "the first half of this year",
            "the quarter",
            "early this month",
            "now",
            "recently",
            "a year ago",
            "the previous day",
            "this morning",
            "last night",
            "last quarter",
        ]
    ),
    st.builds("on {}".format, st.sampled_from(WEEKDAY_NAMES)),
    st.builds("last {}".format, st.sampled_from(WEEKDAY_NAMES)),
    st.builds("in {}".format, st.sampled_from(MONTH_NAMES)),
    st.builds("last {}".format, st.sampled_from(MONTH_NAMES)),
    st.builds("on {} {}".format, st.sampled_from(MONTH_NAMES), st.integers(1, 28)),
    st.builds(
        "{} {} ago".format,
        st.sampled_from(["two", "3", "five", "a", "ten"]),
        st.sampled_from(["days", "weeks", "months", "years"]),
    ),
)


def _agrees(time: Time, *, whole: bool = True) -> None:
    """A time's interval lies inside its value's span, and equals it when written in full."""
    if time.value is None:
        assert time.start is None and time.end is None
        return
    if time.start is not None and time.end is not None:
        assert time.start <= time.end
    if time.precision == "day":
        assert time.start == time.end
    span = interval_of(time.value)
    if span is None:
        return
    # "late <year>" is its last quarter as a season, inside the year its value names
    assert span[2] == time.precision or (span[2], time.precision) == ("year", "season")
    assert time.start is not None and time.end is not None
    assert span[0].isoformat() <= time.start <= time.end <= span[1].isoformat()
    if time.anchor == "absolute" and whole:
        assert (time.start, time.end) == (span[0].isoformat(), span[1].isoformat())


@settings(deadline=None)
@given(days, st.sampled_from(["{d} {M} {y}", "{M} {d}, {y}", "{iso}", "{a} {d}, {y}", "{W}, {d} {M} {y}"]))
def test_day_precision_has_equal_bounds(day: date, pattern: str) -> None:
    text = pattern.format(
        d=day.day, M=MONTH_NAMES[day.month - 1], y=day.year, iso=day.isoformat(),
        a=AP_MONTHS[day.month - 1], W=WEEKDAY_NAMES[day.weekday()],
    )  # fmt: skip
    time = resolve_expression(text, published=None)
    assert time is not None
    assert (time.value, time.start, time.end, time.precision) == (day.isoformat(),) * 3 + ("day",)
    _agrees(time)


@settings(deadline=None)
@given(days)
def test_month_value_spans_the_month(day: date) -> None:
    time = resolve_expression(f"{MONTH_NAMES[day.month - 1]} {day.year}", published=None)
    assert time is not None
    assert time.value == f"{day.year:04d}-{day.month:02d}"
    assert time.start == day.replace(day=1).isoformat()
    assert time.end == month_end(day.year, day.month).isoformat()
    _agrees(time)


@settings(deadline=None)
@given(st.integers(1700, 2099), st.sampled_from(["", "early ", "mid-", "late ", "the summer of ", "the "]))
def test_year_family_agrees(year: int, prefix: str) -> None:
    text = f"the {year // 10 * 10}s" if prefix == "the " else f"{prefix}{year}"
    time = resolve_expression(text, published=None)
    assert time is not None
    _agrees(time, whole=prefix not in ("early ", "mid-", "late "))


@settings(deadline=None, max_examples=300)
@given(publication, PAST_EXPRESSIONS)
def test_past_narration_never_ends_after_publication(pub: date, text: str) -> None:
    time = resolve_expression(text, published=pub)
    assert time is not None, text
    assert time.anchor == "document"
    assert time.end is not None
    if text.startswith("on ") and text.split()[1] in MONTH_NAMES:
        # a month-day up to three weeks ahead is the coming one ("a call for protests on November 11"
        # written on November 8), never one eleven months back
        assert (date.fromisoformat(time.end) - pub).days <= 21, (text, time)
    else:
        assert time.end <= pub.isoformat(), (text, time)
    _agrees(time)


@settings(deadline=None)
@given(publication, PAST_EXPRESSIONS)
def test_no_publication_date_never_resolves(pub: date, text: str) -> None:
    time = resolve_expression(text, published=None)
    assert time is not None
    assert (time.value, time.start, time.end, time.anchor) == (None, None, None, "unresolved")


@settings(deadline=None)
@given(st.dates(min_value=date(1925, 1, 1), max_value=date(2080, 12, 31)), st.booleans())
def test_solar_hijri_round_trip(day: date, month_first: bool) -> None:
    j = jdatetime.date.fromgregorian(date=day)
    name = SOLAR_HIJRI_MONTHS[j.month - 1][0]
    text = f"{name} {j.day}, {j.year}" if month_first else f"{j.day} {name} {j.year}"
    time = resolve_expression(text, published=None)
    assert time is not None
    assert time.value == day.isoformat()
    numeric = resolve_expression(f"{j.year}/{j.month:02d}/{j.day:02d}", published=None)
    assert numeric is not None and numeric.value == day.isoformat()


@settings(deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.integers(0, 5))
def test_hijri_round_trip(day: date, variant: int) -> None:
    year, month, mday = gregorian_to_hijri(day)
    names = HIJRI_MONTHS[month - 1]
    time = resolve_expression(f"{mday} {names[variant % len(names)]} {year}", published=None)
    assert time is not None
    assert time.value == day.isoformat()
    assert (time.precision, time.anchor) == ("day", "absolute")


@settings(deadline=None)
@given(publication, st.integers(1, 400))
def test_days_ago_counts_back_from_publication(pub: date, n: int) -> None:
    time = resolve_expression(f"{n} days ago", published=pub)
    assert time is not None
    assert time.value == (pub - timedelta(days=n)).isoformat()


@cache
def _blank() -> Language:
    return spacy.blank("en")


WORDS = [
    "on", "Friday", "7", "February", "2023", "last", "week", "the", "summer", "of", "1988", "ago", "two",
    "days", "later", "next", "day", "every", "mid-", "late", "1398/08/24", "Aban", "24", ",", ".", "3",
    "p.m.", "aged", "25", "years", "old", "quarter", "first", "2,000", "people", "that", "year", "Muharram",
    "1445", "earlier", "this", "month", "recent", "weekly", "for", "82", "Tuesday", "May", "March", "\n",
]  # fmt: skip


@settings(deadline=None, max_examples=200)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.one_of(st.none(), publication))
def test_find_times_offsets_always_index_the_text(words: list[str], pub: date | None) -> None:
    text = " ".join(words)
    times = find_times(_blank()(text), published=pub)
    last_end = -1
    for time in times:
        assert time.start_char is not None and time.end_char is not None
        assert text[time.start_char : time.end_char] == time.text
        assert time.start_char >= last_end  # sorted, never overlapping
        last_end = time.end_char
        if pub is None:
            assert time.anchor in ("absolute", "unresolved", "context")  # context: another written date
        _agrees(time, whole=False)


@settings(deadline=None)
@given(st.dates(min_value=date(1925, 1, 1), max_value=date(2080, 12, 31)))
def test_solar_hijri_month_only_covers_exactly_its_days(day: date) -> None:
    j = jdatetime.date.fromgregorian(date=day)
    name = SOLAR_HIJRI_MONTHS[j.month - 1][0]
    time = resolve_expression(f"{name} {j.year}", published=None)
    assert time is not None
    first = jdatetime.date(j.year, j.month, 1).togregorian()
    following = jdatetime.date(j.year + j.month // 12, j.month % 12 + 1, 1).togregorian()
    assert (time.start, time.end) == (first.isoformat(), (following - timedelta(days=1)).isoformat())
    assert time.value == f"{time.start}/{time.end}"
    assert (time.precision, time.anchor) == ("month", "absolute")
    assert time.start <= day.isoformat() <= time.end
    _agrees(time)


def test_a_shift_out_of_the_calendar_gives_no_time_and_no_error() -> None:
    # found by the property above: "2,000 years earlier" told in 2000 is year 0, which no calendar holds
    for text, pub in (
        ("2,000 years earlier", date(2000, 1, 1)),
        ("3,000 years later", date(7500, 6, 1)),
        ("2,000,000 days later", date(2020, 1, 1)),
        ("700 decades earlier", date(2000, 1, 1)),
    ):
        times = find_times(_blank()(text), published=pub)
        assert all(t.value is None or not t.value.startswith("0000") for t in times), text
    # inside the calendar the shift still reads: "1,500 years earlier" told in 2000 is the year 500
    (time,) = find_times(_blank()("1,500 years earlier"), published=date(2000, 1, 1))
    assert time.value == "0500"
