"""Publication dates: datelines on an article's first lines, dates in URLs, and which one to trust.

Trust order (most trusted first), as :func:`choose_published` applies it:

1. ``html-meta`` — a date the publisher put in the page's metadata (meta tags, JSON-LD, ...);
2. ``dateline`` — a date on the first lines of the text ("TEHRAN, Feb 7 (Reuters) -");
3. ``url`` — a date in the URL path (``/2023/02/07/``);
4. ``user`` — a date the caller gave as a fallback.

Nothing here reads the clock: a dateline without a year ("Feb 7") only gets one
from another date passed in (the URL's or the caller's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal
from urllib.parse import unquote, urlsplit

from ..errors import IngestError
from ..records import PublishedSource

__all__ = ["Dateline", "choose_published", "date_from_url", "find_dateline", "parse_date_value"]

Calendar = Literal["gregorian", "jalali"]
_Date = date  # the Dateline.date property shadows the name inside the class

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

# Solar Hijri months, in the usual English transliterations and in Persian script.
_JALALI_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("farvardin", "فروردین"),
        ("ordibehesht", "اردیبهشت"),
        ("khordad", "خرداد"),
        ("tir", "تیر"),
        ("mordad", "amordad", "مرداد", "امرداد"),
        ("shahrivar", "شهریور"),
        ("mehr", "مهر"),
        ("aban", "آبان"),
        ("azar", "آذر"),
        ("dey", "dei", "دی"),
        ("bahman", "بهمن"),
        ("esfand", "اسفند"),
    ),
    start=1,
):
    for _name in _names:
        _JALALI_MONTHS[_name] = _number

_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
_MONTH = r"(?P<{g}>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"

_GREGORIAN = (
    rf"(?:{_WEEKDAY})?(?:"
    # Feb. 7, 2023 / February 7 2023 / Feb 7 (no year: wire datelines)
    rf"{_MONTH.format(g='m1')}\s+{_DAY.format(g='d1')}(?:,?\s+{_YEAR.format(g='y1')})?"
    # 7 February 2023 / 7 Feb (no year)
    rf"|{_DAY.format(g='d2')}\s+{_MONTH.format(g='m2')},?(?:\s+{_YEAR.format(g='y2')})?"
    # 2023-02-07 / 2023/02/07
    r"|(?P<y3>(?:19|20)\d\d)(?P<sep>[-/])(?P<m3>[01]?\d)(?P=sep)(?P<d3>[0-3]?\d)"
    r")(?![\w-])"
)
_PERSIAN_DIGIT = "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"
_DIGIT_MAP = str.maketrans(_PERSIAN_DIGIT, "0123456789" * 2)
_PDIGIT = rf"[0-9{_PERSIAN_DIGIT}]"
_JALALI = (
    rf"(?P<jd>{_PDIGIT}{{1,2}})\s+(?P<jm>"
    + "|".join(sorted(_JALALI_MONTHS, key=len, reverse=True))
    + rf")\s+(?P<jy>1[34]{_PDIGIT}{_PDIGIT}|[۱١][۳۴٣٤]{_PDIGIT}{_PDIGIT})(?!\w)"
)
_DATE_RE = re.compile(rf"(?i:{_GREGORIAN})|(?i:{_JALALI})")

# A wire dateline: PLACE[, REGION], DATE [(AGENCY)] -  at the start of a line.
# The place is in capitals, or in title case when an agency follows the date.
_PLACE = r"(?P<place>[A-Z][A-Za-z.'’\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30}?)?)"
_WIRE_RE = re.compile(
    rf"{_PLACE},?\s+(?P<date>(?i:{_GREGORIAN}|{_JALALI}))(?:,?\s*\((?P<agency>[^()\n]{{1,40}})\))?"
    r"\s*(?:[-–—:]+|\.)\s*"
)
# Words that may stand beside a date on a date/byline line ("Published: ...", "Updated ... 10:32 GMT").
_LABEL_WORDS = frozenset(
    {
        *("published", "updated", "posted", "date", "dated", "on", "at", "by", "last", "first"),
        *("modified", "am", "pm", "a.m.", "p.m.", "local", "time", "and", "de"),
    }
)
_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_][\w.'’-]*")
_MAX_LINES = 6
_MAX_DATE_LINE = 120


@dataclass(frozen=True, slots=True)
class Dateline:
    """A date found on the first lines of an article.

    ``text[start:end] == self.text`` for the date expression itself; ``end_of_dateline``
    is where the article body begins after a wire dateline (or the end of the date line).
    ``year`` is None for a wire dateline without one ("TEHRAN, Feb 7 (Reuters) -"):
    :meth:`resolve` completes it from a reference date.
    """

    start: int
    end: int
    text: str
    year: int | None
    month: int
    day: int
    calendar: Calendar = "gregorian"
    place: str | None = None
    agency: str | None = None
    end_of_dateline: int = 0

    @property
    def date(self) -> _Date | None:
        """The Gregorian date, or None when the year is missing."""
        if self.year is None:
            return None
        return _to_gregorian(self.year, self.month, self.day, self.calendar)

    def resolve(self, reference: _Date | None) -> _Date | None:
        """The date, taking a missing year from ``reference`` (the nearest such date to it)."""
        if self.year is not None:
            return self.date
        if reference is None or self.calendar != "gregorian":
            return None
        best: _Date | None = None
        for year in (reference.year - 1, reference.year, reference.year + 1):
            try:
                candidate = _Date(year, self.month, self.day)
            except ValueError:
                continue
            if best is None or abs((candidate - reference).days) < abs((best - reference).days):
                best = candidate
        if best is None or abs((best - reference).days) > 183:
            return None
        return best


def _to_gregorian(year: int, month: int, day: int, calendar: Calendar) -> date | None:
    try:
        if calendar == "jalali":
            import jdatetime

            converted = jdatetime.date(year, month, day).togregorian()
            return date(converted.year, converted.month, converted.day)
        return date(year, month, day)
    except ValueError:
        return None


def _parts(match: re.Match[str]) -> tuple[int | None, int, int, Calendar] | None:
    """(year, month, day, calendar) of a date match, or None when it is not a real date."""
    groups = match.groupdict()
    if groups.get("jm"):
        year = int(groups["jy"].translate(_DIGIT_MAP))
        month = _JALALI_MONTHS[groups["jm"].lower()]
        day = int(groups["jd"].translate(_DIGIT_MAP))
        calendar: Calendar = "jalali"
        parsed_year: int | None = year
    else:
        calendar = "gregorian"
        if groups.get("m3"):
            parsed_year, month, day = int(groups["y3"]), int(groups["m3"]), int(groups["d3"])
        else:
            key = "1" if groups.get("m1") else "2"
            month = _MONTHS[groups["m" + key].lower()]
            day = int(groups["d" + key])
            parsed_year = int(groups["y" + key]) if groups.get("y" + key) else None
    check_year = parsed_year if parsed_year is not None else (1404 if calendar == "jalali" else 2024)
    if _to_gregorian(check_year, month, day, calendar) is None:
        return None
    return parsed_year, month, day, calendar


def _is_caps(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _is_date_line(line: str, match: re.Match[str]) -> bool:
    """A short line that holds a date and nothing but labels, times, bylines and separators."""
    if len(line.strip()) > _MAX_DATE_LINE:
        return False
    rest = _TIME_RE.sub(" ", line[: match.start()] + " " + line[match.end() :])
    words = _WORD_RE.findall(rest)
    if len(words) > 8:
        return False
    # a sentence ("Protesters gathered on 7 February 2023.") has lower-case words other than labels;
    # scripts without case (Persian, Arabic) may give a place name or two beside the date
    caseless = [w for w in words if w[0].lower() == w[0].upper()]
    if len(caseless) > 3:
        return False
    return all(
        w[0].isupper() or w[0].lower() == w[0].upper() or w.lower().rstrip(".,:") in _LABEL_WORDS
        for w in words
    )


def find_dateline(text: str) -> Dateline | None:
    """The dateline of a plain-text article, searched on its first non-empty lines.

    Finds a wire dateline at the start of a line ("TEHRAN, Feb 7 (Reuters) -",
    "PARIS, 7 February 2023 —", "TEHRAN, 18 Bahman 1401 -") or a line that is
    only a date, with labels or a byline ("Tuesday, February 7, 2023",
    "Published: 2023-02-07 10:32 GMT", "By Jane Doe | Feb. 7, 2023").
    A date inside a sentence is not a dateline.
    """
    offset = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        line_start, offset = offset, offset + len(line)
        body = line.rstrip("\r\n")
        if not body.strip():
            continue
        seen += 1
        if seen > _MAX_LINES:
            break
        indent = len(body) - len(body.lstrip())
        wire = _WIRE_RE.match(body, indent)
        if wire is not None and (_is_caps(wire.group("place")) or wire.group("agency")):
            date_match = _DATE_RE.match(body, wire.start("date"))
            parts = _parts(date_match) if date_match else None
            if date_match is not None and parts is not None:
                year, month, day, calendar = parts
                return Dateline(
                    start=line_start + date_match.start(),
                    end=line_start + date_match.end(),
                    text=date_match.group(0),
                    year=year,
                    month=month,
                    day=day,
                    calendar=calendar,
                    place=wire.group("place").strip(),
                    agency=(wire.group("agency") or "").strip() or None,
                    end_of_dateline=line_start + wire.end(),
                )
        for match in _DATE_RE.finditer(body):
            parts = _parts(match)
            if parts is None or parts[0] is None or not _is_date_line(body, match):
                continue
            year, month, day, calendar = parts
            return Dateline(
                start=line_start + match.start(),
                end=line_start + match.end(),
                text=match.group(0),
                year=year,
                month=month,
                day=day,
                calendar=calendar,
                end_of_dateline=line_start + len(body),
            )
    return None


_URL_DATE_RES = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?=/|$|[^\d])"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)([01]\d)([0-3]\d)(?!\d)"),
)


def date_from_url(url: str | None) -> date | None:
    """A date in a URL's path: ``/2019/12/23/``, ``/2019-12-23/`` or ``20191223``."""
    if not url:
        return None
    path = unquote(urlsplit(url).path)
    for pattern in _URL_DATE_RES:
        for match in pattern.finditer(path):
            try:
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                continue
    return None


def parse_date_value(value: str | date | None, *, what: str = "published date") -> date | None:
    """An ISO date (``2023-02-07``, or an ISO datetime whose date part is taken), else IngestError E208."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise IngestError(f"{what} {value!r} is not an ISO date (YYYY-MM-DD)", code="E208") from None


def choose_published(
    meta: str | date | None,
    dateline: Dateline | None,
    url: str | None,
    user: str | date | None,
) -> tuple[str | None, PublishedSource]:
    """The publication date (ISO) and where it came from: html-meta, dateline, url, user, else none.

    A dateline without a year takes it from the URL's date, else the user's.
    An unreadable ``meta`` is ignored; an unreadable ``user`` raises IngestError E208.
    """
    try:
        meta_date = parse_date_value(meta)
    except IngestError:
        meta_date = None
    user_date = parse_date_value(user)
    url_date = date_from_url(url)
    if meta_date is not None:
        return meta_date.isoformat(), "html-meta"
    if dateline is not None:
        resolved = dateline.resolve(url_date or user_date)
        if resolved is not None:
            return resolved.isoformat(), "dateline"
    if url_date is not None:
        return url_date.isoformat(), "url"
    if user_date is not None:
        return user_date.isoformat(), "user"
    return None, "none"
