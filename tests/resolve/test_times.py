"""Temporal expressions: recognition extents and normalisation (no model unless marked slow)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
import spacy

from eventwire.records import Time
from eventwire.resolve.times import find_times, resolve_expression

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2021, 9, 22)  # a Wednesday


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def _r(text: str, **kwargs: object) -> Time:
    kwargs.setdefault("published", PUB)
    time = resolve_expression(text, **kwargs)  # type: ignore[arg-type]
    assert time is not None, text
    return time


@pytest.mark.parametrize(
    ("text", "value", "start", "end", "precision"),
    [
        ("7 February 2023", "2023-02-07", "2023-02-07", "2023-02-07", "day"),
        ("the 7th of February, 2023", "2023-02-07", "2023-02-07", "2023-02-07", "day"),
        ("Feb. 7, 2023", "2023-02-07", "2023-02-07", "2023-02-07", "day"),
        ("Tuesday, February 7, 2023", "2023-02-07", "2023-02-07", "2023-02-07", "day"),
        ("2023-02-07", "2023-02-07", "2023-02-07", "2023-02-07", "day"),
        ("February 2023", "2023-02", "2023-02-01", "2023-02-28", "month"),
        ("2023", "2023", "2023-01-01", "2023-12-31", "year"),
        ("2010-2011", "2010/2011", "2010-01-01", "2011-12-31", "year"),
        ("1992–95", "1992/1995", "1992-01-01", "1995-12-31", "year"),
        ("the summer of 1988", "1988-SU", "1988-06-01", "1988-08-31", "season"),
        ("the winter of 2020", "2020-WI", "2020-12-01", "2021-02-28", "season"),
        ("the 1980s", "198", "1980-01-01", "1989-12-31", "decade"),
        ("the '90s", "199", "1990-01-01", "1999-12-31", "decade"),
        ("the first quarter of 2020", "2020-Q1", "2020-01-01", "2020-03-31", "quarter"),
        ("Q3 2019", "2019-Q3", "2019-07-01", "2019-09-30", "quarter"),
        ("24 Aban 1398", "2019-11-15", "2019-11-15", "2019-11-15", "day"),
        ("Aban 24, 1398", "2019-11-15", "2019-11-15", "2019-11-15", "day"),
        ("1398/08/24", "2019-11-15", "2019-11-15", "2019-11-15", "day"),
        ("1 Muharram 1445", "2023-07-19", "2023-07-19", "2023-07-19", "day"),
        ("1 Ramadan 1444 AH", "2023-03-23", "2023-03-23", "2023-03-23", "day"),
    ],
)
def test_times_absolute(text: str, value: str, start: str, end: str, precision: str) -> None:
    time = _r(text)
    assert (time.value, time.start, time.end, time.precision) == (value, start, end, precision)
    assert time.anchor == "absolute"
    assert time.type == "DATE"


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("mid-2019", "2019", "2019-05-01", "2019-08-31"),
        ("late 2019", "2019", "2019-10-01", "2019-12-31"),
        ("early 2019", "2019", "2019-01-01", "2019-04-30"),
        ("the end of 2019", "2019", "2019-09-01", "2019-12-31"),
        ("mid-March 2020", "2020-03", "2020-03-11", "2020-03-20"),
        ("late November 2020", "2020-11", "2020-11-21", "2020-11-30"),
    ],
)
def test_times_modifier_narrows_interval_keeps_value(text: str, value: str, start: str, end: str) -> None:
    time = _r(text)
    assert (time.value, time.start, time.end) == (value, start, end)
    assert time.text == text


def test_times_late_year_is_its_last_quarter_as_a_season() -> None:
    # "late <year>" is 1 October to 31 December, a part of a year with no named season
    time = _r("late 2017")
    assert (time.start, time.end, time.precision) == ("2017-10-01", "2017-12-31", "season")
    assert _r("late last year").start == "2020-10-01"
    # "the end of <year>" and "early <year>" keep a third of the year
    assert (_r("the end of 2017").start, _r("the end of 2017").precision) == ("2017-09-01", "year")
    assert _r("early 2017").precision == "year"


def test_times_numeric_dates_day_first_unless_impossible() -> None:
    assert _r("13/02/2021").value == "2021-02-13"
    assert _r("02/13/2021").value == "2021-02-13"
    # both readings possible and before publication: the one closest to it
    assert _r("07/09/2021").value == "2021-09-07"
    # no publication date: day first
    assert _r("07/02/2023", published=None).value == "2023-02-07"


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("yesterday", "2021-09-21", "2021-09-21", "2021-09-21"),
        ("today", "2021-09-22", "2021-09-22", "2021-09-22"),
        ("tonight", "2021-09-22", "2021-09-22", "2021-09-22"),
        ("overnight", "2021-09-21", "2021-09-21", "2021-09-21"),
        ("on Friday", "2021-09-17", "2021-09-17", "2021-09-17"),
        ("Wednesday", "2021-09-22", "2021-09-22", "2021-09-22"),
        ("last Wednesday", "2021-09-15", "2021-09-15", "2021-09-15"),
        ("two days ago", "2021-09-20", "2021-09-20", "2021-09-20"),
        ("a day earlier", "2021-09-21", "2021-09-21", "2021-09-21"),
        ("last week", "2021-W37", "2021-09-13", "2021-09-19"),
        ("this week", "2021-W38", "2021-09-20", "2021-09-22"),
        ("last month", "2021-08", "2021-08-01", "2021-08-31"),
        ("earlier this month", "2021-09", "2021-09-01", "2021-09-22"),
        ("last year", "2020", "2020-01-01", "2020-12-31"),
        ("this year", "2021", "2021-01-01", "2021-09-22"),
        ("three years ago", "2018", "2018-01-01", "2018-12-31"),
        ("since the start of the year", "2021", "2021-01-01", "2021-04-30"),
        ("in June", "2021-06", "2021-06-01", "2021-06-30"),
        ("in November", "2020-11", "2020-11-01", "2020-11-30"),
        ("on March 3", "2021-03-03", "2021-03-03", "2021-03-03"),
        ("on December 3", "2020-12-03", "2020-12-03", "2020-12-03"),
        ("last summer", "2021-SU", "2021-06-01", "2021-08-31"),
        ("last weekend", "2021-W37-WE", "2021-09-18", "2021-09-19"),
        ("early next month", "2021-10", "2021-10-01", "2021-10-10"),
        ("next year", "2022", "2022-01-01", "2022-12-31"),
    ],
)
def test_times_relative_to_publication(text: str, value: str, start: str, end: str) -> None:
    time = _r(text)
    assert (time.value, time.start, time.end) == (value, start, end)
    assert time.anchor == "document"


def test_times_recent_days_is_a_window_before_publication() -> None:
    time = _r("in recent days")
    assert (time.value, time.start, time.end, time.anchor) == (
        "PAST_REF",
        "2021-09-15",
        "2021-09-22",
        "document",
    )
    assert time.text == "recent days"
    weeks = _r("recent weeks")
    assert weeks.start == "2021-08-25"
    assert _r("now").value == "PRESENT_REF"


def test_times_future_narration_looks_forward() -> None:
    assert _r("on Friday", future=True).value == "2021-09-24"
    assert _r("in February", future=True).value == "2022-02"
    assert _r("this year", future=True).end == "2021-12-31"


def test_times_future_narration_skips_a_month_well_behind_publication() -> None:
    # published 22 September 2021: "will join in April" is next April, not the April gone
    assert _r("in April", future=True).value == "2022-04"
    assert _r("on 3 June", future=True).value == "2022-06-03"
    # a day just behind stays (a present tense read as future: "talks resume on Sept. 14")
    assert _r("on Sept. 14", future=True).value == "2021-09-14"
    assert _r("in September", future=True).value == "2021-09"


@pytest.mark.parametrize(
    ("text", "value", "anchor"),
    [
        ("the next day", "2019-03-04", "context"),
        ("three days later", "2019-03-06", "context"),
        ("that month", "2019-03", "context"),
        ("the summer of that year", "2019-SU", "context"),
        ("a week earlier", "2019-W08", "context"),
        ("the day before", "2019-03-02", "context"),
        ("the evening before", "2019-03-02", "context"),
        ("the night before", "2019-03-02", "context"),
    ],
)
def test_times_relative_to_context(text: str, value: str, anchor: str) -> None:
    time = _r(text, context=date(2019, 3, 3))
    assert (time.value, time.anchor) == (value, anchor)


def test_times_forward_context_expression_without_context_is_unresolved() -> None:
    time = _r("the next day")
    assert (time.value, time.anchor, time.start, time.end) == (None, "unresolved", None, None)


@pytest.mark.parametrize(
    ("text", "value", "type_"),
    [
        ("for 82 days", "P82D", "DURATION"),
        ("three weeks", "P3W", "DURATION"),
        ("a decade", "P10Y", "DURATION"),
        ("two-year", "P2Y", "DURATION"),
        ("for months", "PXM", "DURATION"),
        ("several hours", "PTXH", "DURATION"),
        ("24 hours", "PT24H", "DURATION"),
        ("the past decade", "P10Y", "DURATION"),
        ("every Friday", "XXXX-WXX-5", "SET"),
        ("weekly", "P1W", "SET"),
        ("every two weeks", "P2W", "SET"),
        ("twice a month", "P1M", "SET"),
        ("daily", "P1D", "SET"),
    ],
)
def test_times_durations_and_sets_never_look_like_dates(text: str, value: str, type_: str) -> None:
    time = _r(text)
    assert (time.value, time.type) == (value, type_)
    assert time.start is None and time.end is None
    assert time.precision == "unknown"


@pytest.mark.parametrize("text", ["yesterday", "on Friday", "last week", "this year", "two days ago", "now"])
def test_times_without_publication_date_relative_stays_unresolved(text: str) -> None:
    time = _r(text, published=None)
    assert time.anchor == "unresolved"
    assert time.value is None
    assert time.start is None and time.end is None


def test_times_without_publication_date_absolute_still_resolves() -> None:
    assert _r("7 February 2023", published=None).value == "2023-02-07"


def test_times_resolve_expression_strips_preposition_from_extent() -> None:
    time = _r("on Friday")
    assert (time.text, time.start_char, time.end_char) == ("Friday", 3, 9)


def test_times_resolve_expression_rejects_non_times() -> None:
    assert resolve_expression("protesters", published=PUB) is None
    assert resolve_expression("31 February 2023", published=PUB) is None
    assert resolve_expression("the second half", published=PUB) is None  # of a match, most often


def test_times_weekday_picks_the_year_of_a_date_without_one() -> None:
    assert _r("Saturday, April 25", published=date(2020, 4, 24)).value == "2020-04-25"
    assert _r("Thursday, April 25", published=date(2020, 4, 24)).value == "2019-04-25"


def test_times_month_of_a_relative_year() -> None:
    assert _r("July last year").value == "2020-07"
    assert _r("December of that year", context=date(2019, 3, 3)).value == "2019-12"
    assert _r("a couple of years").value == "P2Y"


def test_times_iso_datetime_is_a_time() -> None:
    time = _r("2023-02-07T14:30:00Z")
    assert (time.value, time.type, time.start, time.end) == (
        "2023-02-07T14:30Z",
        "TIME",
        "2023-02-07",
        "2023-02-07",
    )


def test_times_fractions_are_not_durations() -> None:
    assert resolve_expression("three-quarters", published=PUB) is None
    assert _r("three quarters").value == "P3Q"


def test_times_half_years_need_a_year() -> None:
    time = _r("the first half of 2020")
    assert (time.value, time.start, time.end) == ("2020-H1", "2020-01-01", "2020-06-30")


def test_find_times_offsets_and_values(blank: Language) -> None:
    text = (
        "TEHRAN, Sept. 22 (Wire) - Security forces detained 40 students on Friday, a rights group said. "
        "The strike, which began on 7 February 2021, lasted for 82 days. Workers had walked out "
        "in 2019 and again the next day. Protests are held every Friday."
    )
    times = find_times(blank(text), published=PUB)
    for time in times:
        assert time.start_char is not None and time.end_char is not None
        assert text[time.start_char : time.end_char] == time.text
    got = [(t.text, t.value, t.type) for t in times]
    assert got == [
        ("Sept. 22", "2021-09-22", "DATE"),
        ("Friday", "2021-09-17", "DATE"),
        ("7 February 2021", "2021-02-07", "DATE"),
        ("82 days", "P82D", "DURATION"),
        ("2019", "2019", "DATE"),
        ("the next day", None, "DATE"),  # the context "2019" is a year: too coarse for a day
        ("every Friday", "XXXX-WXX-5", "SET"),
    ]


def test_find_times_context_chain(blank: Language) -> None:
    text = "Clashes broke out on 3 March 2019. The next day, police fired tear gas; that month 20 died."
    times = find_times(blank(text), published=PUB)
    assert [(t.text, t.value, t.anchor) for t in times] == [
        ("3 March 2019", "2019-03-03", "absolute"),
        ("The next day", "2019-03-04", "context"),
        ("that month", "2019-03", "context"),
    ]


def test_find_times_skips_weekdays_inside_names(blank: Language) -> None:
    text = "Residents still mourn what they call Bloody Friday. Police returned on Friday."
    assert [(t.text, t.start_char) for t in find_times(blank(text), published=PUB)] == [("Friday", 71)]


def test_find_times_skips_ages_quantities_and_bare_numbers(blank: Language) -> None:
    text = "A man aged 25 and a 30-year-old woman were among 2000 people; 1,500 more marched 5 km."
    assert find_times(blank(text), published=PUB) == []


def test_find_times_clock_joins_its_day(blank: Language) -> None:
    text = "The rally began at 3 p.m. on Friday and ended on 10 May 2021 at 18:30 GMT."
    got = [(t.text, t.value, t.type) for t in find_times(blank(text), published=PUB)]
    assert got == [
        ("3 p.m. on Friday", "2021-09-17T15:00", "TIME"),
        ("10 May 2021 at 18:30 GMT", "2021-05-10T18:30Z", "TIME"),
    ]


@pytest.mark.slow
def test_find_times_future_tense_from_parse(nlp: Language) -> None:
    doc = nlp("Unions said they will strike on Friday. Police arrested 12 people on Friday.")
    times = find_times(doc, published=PUB)
    assert [(t.text, t.value) for t in times] == [("Friday", "2021-09-24"), ("Friday", "2021-09-17")]


@pytest.mark.slow
def test_find_times_weekday_after_a_place_is_a_date(nlp: Language) -> None:
    doc = nlp("Thousands marched in Tehran Friday, on what residents call Bloody Friday.")
    assert [t.text for t in find_times(doc, published=PUB)] == ["Friday"]


@pytest.mark.slow
def test_find_times_spacy_vouches_for_bare_years(nlp: Language) -> None:
    doc = nlp("The protests of 2019 drew 2000 people, and 1988 was worse.")
    values = [t.value for t in find_times(doc, published=PUB)]
    assert "2019" in values
    assert "2000" not in values


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("Aban 1398", "2019-10-23/2019-11-21", "2019-10-23", "2019-11-21"),
        ("Esfand 1402", "2024-02-20/2024-03-19", "2024-02-20", "2024-03-19"),
        ("Dey 1400", "2021-12-22/2022-01-20", "2021-12-22", "2022-01-20"),
    ],
)
def test_times_solar_hijri_month_only_spans_its_gregorian_days(
    text: str, value: str, start: str, end: str
) -> None:
    time = _r(text)
    assert (time.value, time.start, time.end, time.precision, time.anchor) == (
        value,
        start,
        end,
        "month",
        "absolute",
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("early 1990s", "1990-01-01", "1993-12-31"),
        ("mid-1990s", "1993-01-01", "1996-12-31"),
        ("late 1980s", "1986-01-01", "1989-12-31"),
    ],
)
def test_times_decade_modifiers_split_by_whole_years(text: str, start: str, end: str) -> None:
    time = _r(text)
    assert (time.start, time.end, time.precision) == (start, end, "decade")


@pytest.mark.slow
def test_find_times_dawn_joins_its_day(nlp: Language) -> None:
    doc = nlp("Seven men were hanged in Qezel Hesar Prison at dawn on Sunday.")
    (time,) = find_times(doc, published=date(2023, 12, 6))
    assert (time.text, time.value, time.type) == ("dawn on Sunday", "2023-12-03", "DATE")


@pytest.mark.slow
def test_find_times_date_of_an_announced_event_is_future(nlp: Language) -> None:
    doc = nlp("Students announced a strike from Thursday.")
    (time,) = find_times(doc, published=date(2024, 5, 15))
    assert time.value == "2024-05-16"


@pytest.mark.slow
def test_find_times_clock_counts_from_the_last_day_named(nlp: Language) -> None:
    doc = nlp(
        "Missiles hit the camp on Tuesday. The group had sent fighters during last year's unrest. "
        "Residents heard explosions shortly after 6 a.m."
    )
    times = find_times(doc, published=date(2023, 10, 4))
    assert [(t.text, t.start) for t in times][-1] == ("6 a.m.", "2023-10-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("strikes from 12 to 15 March", [("12", "2021-03-12"), ("15 March", "2021-03-15")]),
        ("internet cut between 20 and 24 July", [("20", "2021-07-20"), ("24 July", "2021-07-24")]),
        ("On 29-30 July, farmers blocked roads", [("29", "2021-07-29"), ("30 July", "2021-07-30")]),
        ("roads blocked on July 29-30.", [("July 29", "2021-07-29"), ("30", "2021-07-30")]),
        ("protesters killed on July 4 and 5 in Kampala", [("July 4", "2021-07-04"), ("5", "2021-07-05")]),
        ("from March 3 to March 9, 2019", [("March 3", "2019-03-03"), ("March 9, 2019", "2019-03-09")]),
        (
            "between 30 December and 2 January 2020",
            [("30 December", "2019-12-30"), ("2 January 2020", "2020-01-02")],
        ),
    ],
)
def test_find_times_day_ranges_give_both_ends(
    blank: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    times = find_times(blank(text), published=PUB)
    assert [(t.text, t.start) for t in times] == expected
    assert all(text[t.start_char or 0 : t.end_char or 0] == t.text for t in times)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "protests spread between September and December 2019",
            [("September", "2019-09-01", "2019-09-30"), ("December 2019", "2019-12-01", "2019-12-31")],
        ),
        (
            "a wave of strikes from March to May 2018",
            [("March", "2018-03-01", "2018-03-31"), ("May 2018", "2018-05-01", "2018-05-31")],
        ),
        (
            "the blockade lasted from November to February 2020",
            [("November", "2019-11-01", "2019-11-30"), ("February 2020", "2020-02-01", "2020-02-29")],
        ),
    ],
)
def test_find_times_month_ranges_take_the_year_written_at_their_close(
    blank: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    times = find_times(blank(text), published=PUB)
    assert [(t.text, t.start, t.end) for t in times] == expected
    assert times[0].value == expected[0][1][:7]


def test_find_times_bare_numbers_next_to_dates_are_not_range_ends(blank: Language) -> None:
    text = "On July 4 and 5 people were killed; 12 protesters were held on 3 March."
    assert [t.text for t in find_times(blank(text), published=PUB)] == ["July 4", "3 March"]


@pytest.mark.parametrize(
    ("text", "extent", "start", "end"),
    [
        ("killed in the first week of July", "the first week of July", "2021-07-01", "2021-07-07"),
        ("executed in the first half of July", "the first half of July", "2021-07-01", "2021-07-15"),
        ("detained in the last week of June 2023", "the last week of June 2023", "2023-06-24", "2023-06-30"),
        (
            "killed in the second half of last month",
            "the second half of last month",
            "2021-08-16",
            "2021-08-31",
        ),
        ("growth slowed in the first half of 2020", "the first half of 2020", "2020-01-01", "2020-06-30"),
    ],
)
def test_find_times_part_of_a_period(blank: Language, text: str, extent: str, start: str, end: str) -> None:
    times = find_times(blank(text), published=PUB)
    assert [(t.text, t.start, t.end) for t in times] == [(extent, start, end)]


def test_find_times_solar_hijri_day_without_a_year_is_the_latest_before_publication(blank: Language) -> None:
    times = find_times(
        blank("Students were arrested on 5 Mehr and again on the 1st of Shahrivar."), published=PUB
    )
    # 5 Mehr 1400 is 27 September 2021, after publication: the year before
    assert [(t.text, t.start) for t in times] == [
        ("5 Mehr", "2020-09-26"),
        ("1st of Shahrivar", "2021-08-23"),
    ]


def test_find_times_day_with_a_relative_year(blank: Language) -> None:
    text = "Thousands marched on 7 October last year, and again on March 3 that year."
    times = find_times(blank(text), published=PUB)
    assert [(t.text, t.start) for t in times] == [
        ("7 October last year", "2020-10-07"),
        ("March 3 that year", "2020-03-03"),
    ]


def test_a_modifier_already_read_is_not_taken_again_by_the_next_expression() -> None:
    import itertools

    nlp = spacy.blank("en")
    doc = nlp("7 week earlier Friday")
    times = find_times(doc, published=date(2023, 2, 7))
    ends = [(t.start_char, t.end_char) for t in times]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends)), ends


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("later this month", "2021-09-22", "2021-09-30"),
        ("later this year", "2021-09-22", "2021-12-31"),
        ("later this week", "2021-09-22", "2021-09-26"),
    ],
)
def test_later_this_period_runs_from_publication_to_the_period_end(text: str, start: str, end: str) -> None:
    time = _r(text)
    assert (time.start, time.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Police arrested 150 people over an online call for protests on September 30.", "2021-09-30"),
        ("Activists called for new protests from 10 October.", "2021-10-10"),
        ("Troops raided the camp on September 20.", "2021-09-20"),  # just before: this year's
        ("Troops raided the camp on December 3.", "2020-12-03"),  # months ahead: last year's
    ],
)
def test_a_month_day_a_few_weeks_ahead_is_the_coming_one(blank: Language, text: str, first: str) -> None:
    times = find_times(blank(text), published=PUB)
    assert times[0].start == first


def test_a_weekday_a_start_still_ahead_is_the_coming_one(nlp: Language) -> None:
    text = "Transport unions announced an indefinite strike starting Monday."
    (time,) = find_times(nlp(text), published=PUB)
    assert time.start == "2021-09-27"


def test_last_weekday_written_the_day_after_it_is_the_week_before() -> None:
    # PUB is a Wednesday: "last Tuesday" is eight days back (yesterday would be "yesterday")
    assert _r("last Tuesday").value == "2021-09-14"
    assert _r("last Monday").value == "2021-09-20"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The unions called a tenth day of strikes and marches for Tuesday.", "2021-09-28"),
        ("The commission set the vote for 27 September.", "2021-09-27"),
        ("Unions called a general strike for Thursday and Friday.", "2021-09-23"),
        ("The unions have called a tenth day of strikes for Tuesday.", "2021-09-28"),
        # a past day the arrest was for stays past
        ("Police arrested the organiser of Tuesday's march.", "2021-09-21"),
    ],
)
def test_find_times_the_day_something_is_called_for_is_ahead(nlp: Language, text: str, expected: str) -> None:
    times = find_times(nlp(text), published=PUB)
    assert times[0].start == expected
    assert all(t.start is not None and t.start >= expected for t in times)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["Stocks had their best week since November.", "As of June, the store accounts for 70% of sales."],
)
def test_find_times_since_and_as_of_look_back_whatever_the_tense(nlp: Language, text: str) -> None:
    (time,) = find_times(nlp(text), published=PUB)
    assert time.start is not None and time.start <= PUB.isoformat()


@pytest.mark.slow
def test_find_times_a_day_a_cancelled_thing_was_planned_for_stays_past(nlp: Language) -> None:
    (time,) = find_times(nlp("A memorial service planned for Saturday was cancelled."), published=PUB)
    assert time.start == "2021-09-18"


@pytest.mark.slow
def test_find_times_a_day_a_thing_is_planned_for_in_an_object_is_ahead(nlp: Language) -> None:
    doc = nlp("Police questioned two organisers about a memorial service planned for Saturday.")
    (time,) = find_times(doc, published=PUB)
    assert time.start is not None and time.start > PUB.isoformat()


@pytest.mark.slow
def test_find_times_a_present_tense_read_as_future_keeps_the_nearest_month(nlp: Language) -> None:
    doc = nlp("The firm is continuing to sell itself under a June agreement with shareholders.")
    (time,) = find_times(doc, published=PUB)
    assert time.value == "2021-06"


def test_times_a_part_of_the_day_before_a_noun_phrase_is_not_the_day_before(blank: Language) -> None:
    doc = blank("Crowds gathered on the night before the vote.")
    assert not any(t.text.lower().startswith("the night before") for t in find_times(doc, published=PUB))


@pytest.mark.slow
def test_a_past_day_before_counts_back_from_a_day_already_past(nlp: Language) -> None:
    # "the day before" of a past act does not count back from a call's Saturday still to come
    text = (
        "Depositors rallied outside the central bank on Tuesday. The committee urged its supporters to "
        "block main roads on Saturday. The day before, dozens of depositors stormed three bank branches."
    )
    got = {t.text: t.value for t in find_times(nlp(text), published=PUB)}
    assert got["Saturday"] == "2021-09-25"
    assert got["The day before"] == "2021-09-20"
    # a plan's "the day before" still counts back from the plan's day
    text = "The unions will strike on Saturday. The day before, they will hold rallies in every city."
    got = {t.text: t.value for t in find_times(nlp(text), published=PUB)}
    assert got["The day before"] == "2021-09-24"
