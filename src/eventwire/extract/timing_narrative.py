"""The document's times read as a narrative: month-days in the year of the story they are
told in, ``Two years ago today``, ``Wednesday next week``, bare clock times on the day they
are read on."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Time
from .timing_clauses import _aside, _past_at, _qualifier, _sentence_of, _token_at
from .timing_days import WEEKDAY, YEAR, _ago, _forward
from .timing_saying import _said_of
from .timing_usable import _dateline

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["narrative_times"]


# a time of day with no day of its own: "shortly after 5 a.m.", "after midnight", "dusk-to-dawn"
_BARE_CLOCK = re.compile(
    r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b\.?|\d\d:\d\d|noon|midday|midnight|dawn|dusk|daybreak)"
    r"(?:\s*\(?(?:[A-Z]{3,4}|local\s+time)\)?)?",
    re.IGNORECASE,
)


def _bare_clock(t: Time) -> bool:
    """A clock time or a bare ``dawn`` that the recogniser dated by the last day named before it."""
    return t.anchor == "context" and t.precision == "day" and _BARE_CLOCK.fullmatch(t.text) is not None


def _clock_day(doc: Doc, days: list[Time], t: Time, published: str) -> str | None:
    """The day of a bare clock time: it names no day, so it is read on a day written in its own sentence
    (``a dusk-to-dawn curfew on Wednesday``, ``at 5 a.m. … on Tuesday``), else on the story's last day
    named before it; never on the dateline's day or on the day a statement was made, nor on a day still
    to come when the clock was read in the past ("raided homes at dawn ahead of the vote on 30 November").
    None when there is no such day."""
    at = t.start_char or 0

    def story_day(o: Time) -> bool:
        return (
            o.precision == "day"
            and bool(o.start)
            and o.type == "DATE"
            and o.start_char is not None
            and not _dateline(doc, o)
            and not _said_of(doc, o, None)
        )

    sent = _sentence_of(doc, t)
    past = (t.start or "") <= published
    own = [
        o
        for o in days
        if story_day(o) and _sentence_of(doc, o) == sent and not (past and (o.end or "") > published)
    ]
    if own:
        near = min(own, key=lambda o: abs((o.start_char or 0) - at))
        return (near.start or "")[:10] or None
    for o in reversed(days):
        if (o.start_char or 0) < at and story_day(o):
            return (o.start or "")[:10] or None
    return None


_NARRATIVE_CACHE: list[tuple[object, object, int, date | None, list[Time]]] = []
_CTX_BLOCKERS = re.compile(
    r"\b(?:since|until|till|before|by|than|after)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE
)
_HOURS_LATER = re.compile(
    r"(?:about\s+|some\s+|nearly\s+|an?\s+)?(?:\w+\s+)?(?:minutes?|hours?)\s+(?:later|earlier|after)", re.I
)
_FOLLOWING = re.compile(r"the\s+(?:following|ensuing|subsequent)\s+(?P<u>year|month|week)", re.I)
# "the mass trial of July 2024", "the elections of 30 November 2020": a date after "of" qualifies the
# noun before it, unless that noun is a part of time ("the night of 9 October 2019")
_OF_A_NOUN = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_TIME_NOUNS = frozenset(
    {
        "night",
        "nights",
        "morning",
        "evening",
        "afternoon",
        "day",
        "days",
        "dawn",
        "week",
        "weekend",
        "end",
        "start",
    }
)


def _of_a_noun(text: str, start: int) -> bool:
    """The date at ``start`` hangs on "of" after a noun that is no part of time."""
    m = _OF_A_NOUN.search(text, max(0, start - 40), start)
    return m is not None and m["noun"].lower() not in _TIME_NOUNS


_CTX_OPENERS = re.compile(
    r"(?:^|\b(?:on|in|at|by|of|dawn|night|morning|evening))\s*(?:early\s+|late\s+|mid-?)?$", re.I
)
_WEEK_NAMED = re.compile(r"(?:next|this|last|the\s+following|the\s+coming)\s+week$", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def narrative_times(doc: Doc, times: Sequence[Time], published: date | None) -> list[Time]:
    """The document's times read as a narrative (computed once per document and list).

    - A month-day written without a year (``on 11 April``, ``July 22``) that follows, in the same
      or the next paragraph, a date whose year is not the publication's (``On 6 April 2019``,
      ``in October 2020``) and falls after it in that year takes that year; so does the chain of
      month-days after it, and a ``that night`` / ``the same day`` read from a re-dated day. A day
      read from the publication date (``today``, ``on Monday``) returns the story to the present.
    - ``Two years ago today`` is that day, ``two years ago``.
    - ``on Wednesday next week`` is the Wednesday of that week.
    """
    if _NARRATIVE_CACHE:
        c_doc, c_times, n, c_pub, result = _NARRATIVE_CACHE[0]
        if c_doc is doc and c_times is times and n == len(times) and c_pub == published:
            return result
    result = _compute_narrative(doc, times, published)
    _NARRATIVE_CACHE[:] = [(doc, times, len(times), published, result)]
    return result


def _day_time(text: str, start_char: int, end_char: int, day: date) -> Time:
    iso = day.isoformat()
    return Time(
        text=text[start_char:end_char],
        start_char=start_char,
        end_char=end_char,
        value=iso,
        start=iso,
        end=iso,
        precision="day",
        anchor="context",
        type="DATE",
    )


def _merged_day(text: str, prev: Time | None, t: Time, published: date) -> Time | None:
    """``Two years ago today``; ``Wednesday next week``."""
    if prev is None or prev.end_char is None or prev.start_char is None:
        return None
    if t.start_char is None or t.end_char is None:
        return None
    gap = text[prev.end_char : t.start_char]
    if _written_day_after(prev, t, gap):
        # "The next day, 13 August, …", "Five days later, on 11 April, …": the date written out is the day,
        # in the year of the story the count runs in
        written = date.fromisoformat((t.start or "")[:10])
        try:
            day = written.replace(year=int((prev.start or "")[:4]))
        except ValueError:
            return None
        return _day_time(text, prev.start_char, t.end_char, day)
    if gap.strip(" ,"):
        return None
    if t.text.lower() == "today" and prev.anchor == "document":
        back = _ago(prev, published)
        if back is not None:
            return _day_time(text, prev.start_char, t.end_char, date.fromisoformat(back))
    wd = WEEKDAY.fullmatch(prev.text.strip())
    if wd is not None and _WEEK_NAMED.fullmatch(t.text.strip()) and t.start and t.precision == "week":
        try:
            monday = date.fromisoformat(t.start)
        except ValueError:
            return None
        monday -= timedelta(days=monday.weekday())
        day = monday + timedelta(days=_WEEKDAYS.index(wd[1].lower()))
        return _day_time(text, prev.start_char, t.end_char, day)
    return None


def _merged_context(
    merged: Time, published: date, paragraphs: Callable[[int], int]
) -> tuple[date, int] | None:
    """A merged day of an earlier year ("Five days later, on 11 April" in a story of 2019) keeps the story
    in that year for the days written after it; any other merged day brings the story back to the present."""
    if merged.anchor != "context" or not merged.start or merged.start_char is None:
        return None
    day = date.fromisoformat(merged.start[:10])
    return (day, paragraphs(merged.start_char)) if day.year != published.year else None


def _written_day_after(prev: Time, t: Time, gap: str) -> bool:
    """``prev`` is a day counted from the story ("the next day", "five days later") and ``t``, right after
    it behind a comma (and "on"), the same day written out with its month."""
    return (
        prev.anchor == "context"
        and prev.precision == "day"
        and not re.search(r"\d", prev.text)
        and t.precision == "day"
        and t.anchor in ("document", "absolute")
        and _MONTH_NAME.search(t.text) is not None
        and re.search(r"\d", t.text) is not None
        and re.fullmatch(r"\s*,\s*(?:on\s+)?", gap) is not None
    )


def _compute_narrative(doc: Doc, times: Sequence[Time], published: date | None) -> list[Time]:
    if published is None:
        return list(times)
    text = doc_text(doc)
    paragraphs = _paragraphs(text)
    out: list[Time] = []
    ctx: tuple[date, int] | None = None  # the narrative's day and the paragraph it was written in
    dated: tuple[int, int] | None = None  # the year of the last day or month written with one, its paragraph
    shift: tuple[str | None, str | None, int] | None = None  # the last re-dated day: old start, end, years
    year_of: tuple[int, int] | None = None  # a bare year ("in 2015") and the sentence it is written in
    for t in times:
        merged = _merged_day(text, out[-1] if out else None, t, published)
        if merged is not None:
            out[-1] = merged
            ctx, shift = _merged_context(merged, published, paragraphs), None
            continue
        if t.type not in ("DATE", "TIME") or not t.start or not t.end or t.start_char is None:
            out.append(t)
            continue
        clock = t.anchor == "context" and t.precision == "day" and t.type == "TIME"
        if clock or _HOURS_LATER.fullmatch(t.text.strip()):
            # "Shortly after 8 a.m., …", "About 20 minutes later, a gunship fired …": the story's last
            # day named, not the day a statement was made ("…, the group said today.")
            day = next(
                (
                    o.start[:10]
                    for o in reversed(out)
                    if o.precision == "day" and o.start and o.type == "DATE" and not _said_of(doc, o, None)
                ),
                None,
            )
            if day is not None and day != t.start[:10]:
                value = f"{day}T{t.value.partition('T')[2]}" if t.value and "T" in t.value else day
                out.append(t.replace(start=day, end=day, value=value, anchor="context"))
                continue
        following = _FOLLOWING.fullmatch(t.text.strip())
        lead_in = text[max(0, t.start_char - 12) : t.start_char].lower().split()
        if (
            following is not None
            and t.anchor == "context"
            and lead_in
            and lead_in[-1] in ("over", "during", "within", "in", "throughout")
        ):
            # "… staged a coup on 25 October 2021; … shot dead 120 of them over the following year": the
            # year after that day, not the calendar year after it
            day = next(
                (
                    o.start[:10]
                    for o in reversed(out)
                    if o.precision == "day" and o.start and o.type == "DATE"
                ),
                None,
            )
            if day is not None:
                unit = following["u"].lower()
                end = _forward(date.fromisoformat(day), unit)
                if end is not None:
                    out.append(
                        t.replace(
                            start=day,
                            end=end.isoformat(),
                            value=f"{day}/{end.isoformat()}",
                            precision="unknown",
                        )
                    )
                    continue
        para = paragraphs(t.start_char)
        try:
            start = date.fromisoformat(t.start[:10])
        except ValueError:
            out.append(t)
            continue
        if t.anchor == "absolute" and t.precision == "year" and YEAR.fullmatch(t.text):
            # "the anniversary of the 1979 revolution on February 11": a year qualifying a noun is not
            # the sentence's year
            qualifies = _qualifier(_token_at(doc, t.start_char), t.end_char)
            year_of = None if qualifies else (start.year, _sentence_of(doc, t))
        elif (
            year_of is not None
            and t.anchor == "document"
            and t.precision in ("day", "month")
            and start.year != year_of[0]
            and _MONTH_NAME.search(t.text)
            and not YEAR.search(t.text)
            and not _RELATIVE_WORD.search(t.text)
            and _sentence_of(doc, t) == year_of[1]
        ):
            # "struck by attacks in 2015, including the attack on the museum in March": that year's March
            moved_to = _in_year(t, year_of[0])
            if moved_to is not None:
                out.append(moved_to)
                continue
        if t.anchor == "absolute" and YEAR.search(t.text) and t.precision in ("day", "month"):
            dated = (start.year, para)
        if (
            t.anchor == "document"
            and t.precision == "day"
            and start > published
            and dated is not None
            and dated[0] < published.year
            and para - dated[1] <= 1
            and re.search(r"\d", t.text)
            and not YEAR.search(t.text)
            and _past_at(doc, t)
        ):
            # "Between 9 and 12 August 2020 … killed … on 10 August", written on 9 August 2021: a day
            # just after publication read as coming belongs to the earlier year the story is in (when
            # told in the past: "has called a day of action on 10 August" is still to come)
            try:
                back = start.replace(year=dated[0])
            except ValueError:
                back = None
            if back is not None and back <= published:
                out.append(_day_time(text, t.start_char, t.end_char or t.start_char, back))
                continue
        if t.anchor == "absolute" and YEAR.search(t.text):
            # a dated day or month sets the narrative's year; a bare year ("in 2019") leaves it open
            blocked = _CTX_BLOCKERS.search(text[max(0, t.start_char - 20) : t.start_char])
            # an adverbial date moves the story ("On 6 April 2019, …", "in October 2020"); a date that
            # qualifies a noun ("following the August 1988 cease-fire") is background
            adverbial = _CTX_OPENERS.search(text[max(0, t.start_char - 12) : t.start_char]) is not None
            adverbial = adverbial and not _of_a_noun(text, t.start_char)
            after = _token_at(doc, (t.end_char or t.start_char) + 1)
            modifier = (
                after is not None and after.pos_ in ("NOUN", "PROPN") and after.idx == (t.end_char or 0) + 1
            )
            ctx = (
                (start, para)
                if t.precision in ("day", "month")
                and adverbial
                and not blocked
                and not modifier
                and not _aside(doc, t)
                else None
            )
            shift = None
            out.append(t)
            continue
        if t.anchor == "context":
            if shift is not None and (t.start, t.end) == shift[:2] and t.precision == "day":
                try:
                    moved = start.replace(year=start.year + shift[2])
                except ValueError:
                    out.append(t)
                    continue
                out.append(_day_time(text, t.start_char, t.end_char or t.start_char, moved))
                ctx = (moved, para)
                continue
            if start.year != published.year and t.precision == "day":
                ctx = (start, para)
            out.append(t)
            continue
        numeric_day = t.precision == "day" and re.search(r"\d", t.text) and not YEAR.search(t.text)
        if (
            numeric_day
            and ctx is not None
            and ctx[0].year != published.year
            and para - ctx[1] <= 2
            # a day read as coming stays ("has called a strike on 20 October"), unless told in the past
            and (start <= published or _past_at(doc, t))
        ):
            redated: date | None
            try:
                redated = start.replace(year=ctx[0].year)
            except ValueError:  # 29 February
                redated = None
            if redated is not None and ctx[0] <= redated <= published:
                out.append(_day_time(text, t.start_char, t.end_char or t.start_char, redated))
                shift = (t.start, t.end, redated.year - start.year)
                ctx = (redated, para)
                continue
        if t.anchor == "document":
            ctx, shift = None, None  # back to the present
        out.append(t)
    return _clock_days(doc, out, published.isoformat())


def _clock_days(doc: Doc, times: list[Time], published: str) -> list[Time]:
    """Each bare clock time on the day :func:`_clock_day` reads it on (``times`` as the narrative reads
    them)."""
    if not any(_bare_clock(t) for t in times):
        return times
    days = [o for o in times if not _bare_clock(o)]
    out = list(times)
    for k, t in enumerate(times):
        if not _bare_clock(t) or not t.start or t.start_char is None:
            continue
        day = _clock_day(doc, days, t, published)
        if day is not None and day != t.start[:10]:
            value = f"{day}T{t.value.partition('T')[2]}" if t.value and "T" in t.value else day
            out[k] = t.replace(start=day, end=day, value=value)
    return out


_MONTH_NAME = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![\w-])", re.IGNORECASE
)
_RELATIVE_WORD = re.compile(r"\b(?:last|next|this|coming|past|ago|later|earlier|previous)\b", re.IGNORECASE)


def _in_year(t: Time, year: int) -> Time | None:
    """``t`` (a month-day or a month written without a year) in ``year``."""
    try:
        first = date.fromisoformat((t.start or "")[:10]).replace(year=year)
    except ValueError:
        return None
    if t.precision == "day":
        return t.replace(
            value=first.isoformat(), start=first.isoformat(), end=first.isoformat(), anchor="context"
        )
    first = first.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return t.replace(
        value=first.isoformat()[:7], start=first.isoformat(), end=last.isoformat(), anchor="context"
    )


def _paragraph(text: str, char: int) -> int:
    """How many non-empty lines come before ``char``."""
    return _paragraphs(text)(char)


def _paragraphs(text: str) -> Callable[[int], int]:
    """:func:`_paragraph` for one text, its lines counted once."""
    breaks: list[int] = []
    counts = [0]
    end = -1
    for line in text.split("\n")[:-1]:
        end += len(line) + 1
        breaks.append(end)
        counts.append(counts[-1] + (1 if line.strip() else 0))
    return lambda char: counts[bisect_left(breaks, char)]
