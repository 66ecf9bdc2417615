"""Recognition grammar for temporal expressions: named regular-expression rules.

Each :class:`Rule` matches one family of expressions; its named groups are what
:mod:`.timex_normalize` reads to build the value. Extents follow TimeML: a
leading preposition ("on", "in", "for", "since") is never part of the
expression, determiners and modifiers ("the", "early", "late", "mid-") are.
Month and weekday names are matched case-sensitively (capitalised, as in edited
news text) so that "may", "march" and "sat" as ordinary words are not dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .calendars import HIJRI_MONTHS, SOLAR_HIJRI_MONTHS

__all__ = [
    "MODIFIER",
    "MONTHS",
    "NUMBERS",
    "UNITS",
    "WEEKDAYS",
    "Rule",
    "case_folded",
    "rules",
]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}  # fmt: skip
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100,
}  # fmt: skip
# unit word -> TIMEX3 duration letter, with "T" for clock units
UNITS: dict[str, str] = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W",
    "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y", "decade": "10Y", "century": "100Y",
}  # fmt: skip
_VAGUE = r"(?:a\s+few|few|several|many|some|a\s+couple\s+of|a\s+number\s+of)"

_ORD = r"(?:st|nd|rd|th)"
_MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_FULL_MONTH = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = rf"(?:3[01]|[12]\d|0?[1-9])(?:{_ORD})?(?!\d)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%])"
_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five"
    r"|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one)\s+hundred|hundred)"
)
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.5)?|{_NUM_WORD}|an?)"  # "2,700 days"
_UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century)"
_UNITS = r"(?:seconds|minutes|hours|days|nights|weeks|fortnights|months|quarters|years|decades|centuries)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_TOD = r"(?:morning|afternoon|evening|night)"
_CLOCK = (
    r"(?:(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    r"|(?P<h24>[01]\d|2[0-3]):(?P<mi24>[0-5]\d)"
    r"|(?P<noon>noon|midday|midnight))"
    r"(?:\s*(?:(?P<utc>(?-i:GMT|UTC|Z))|(?-i:EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|CEST|IST)|local\s+time"
    r"|\(GMT\s*[+-]\d+\)))?"
)
_PAST_WORDS = r"(?:last|past|previous|preceding)"
_CTX_YEAR = r"(?:that|the\s+same|the\s+previous|the\s+following|the\s+next)\s+year"
_REL_YEAR = r"(?:(?:last|this|next|the\s+current|the\s+previous|the\s+past)\s+year)"


def _alternation(table: tuple[tuple[str, ...], ...]) -> str:
    words = sorted({v for variants in table for v in variants}, key=len, reverse=True)
    flexible = [
        re.escape(w).replace(r"\ ", r"[\s'-]*").replace("'", "'?").replace(r"\-", r"[\s'-]*") for w in words
    ]
    return "(?:" + "|".join(flexible) + ")"


# Prefix that narrows or shifts an expression; extends its extent (TimeML keeps it in).
MODIFIER = re.compile(
    r"(?:(?P<mod>early|mid|late|earlier|later)(?:\s+|-)"
    r"|(?:the|at\s+the)\s+(?P<edge>start|beginning|end|middle|turn)\s+of\s+"
    r"|the\s+(?P<part>(?:first|second|third|fourth|last|final)\s+(?:week|fortnight|half))\s+of\s+)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Rule:
    """One family of temporal expressions: ``name`` selects the normaliser."""

    name: str
    pattern: re.Pattern[str]
    ambiguous: bool = False  # needs spaCy or a temporal preposition to be believed
    # Words one of which every match holds: in lower case, compared with :func:`case_folded` text
    # (``needs``), or as written (``needs_cased``). A text with none of them is not scanned.
    needs: tuple[str, ...] = ()
    needs_cased: tuple[str, ...] = ()

    def may_match(self, text: str, folded: str) -> bool:
        """False only when the pattern cannot match ``text`` (``folded`` is ``case_folded(text)``)."""
        if self.needs and not any(w in folded for w in self.needs):
            return False
        return not self.needs_cased or any(w in text for w in self.needs_cased)


# The characters that re.IGNORECASE takes for an ASCII letter but str.lower() does not make one
# (every other such character lower-cases to the letter, one character for one).
_CASE_FIX = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def case_folded(text: str) -> str:
    """``text`` in lower case, character for character, with every character that a case-insensitive
    pattern matches as an ASCII letter written as that letter: a lower-case ASCII word a pattern
    matches case-insensitively in ``text`` is a substring of this."""
    return text.translate(_CASE_FIX).lower()


def _first_parts(table: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """What every match of :func:`_alternation` of ``table`` holds as written: a variant's first
    word (its text up to the first space, apostrophe or hyphen, which the pattern loosens)."""
    return tuple(sorted({re.split(r"[ '-]", v, maxsplit=1)[0] for variants in table for v in variants}))


_UNITS_WORDS = ("seconds", "minutes", "hours", "days", "nights", "weeks", "fortnights", "months", "quarters",
                "years", "decades", "centuries")  # fmt: skip
_SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
# Rules for rare expressions, with the words their patterns cannot match without (see Rule.needs).
_NEEDS: dict[str, tuple[str, ...]] = {
    "quarter": ("quarter", "half"),
    "season_year": _SEASON_WORDS,
    "season": _SEASON_WORDS,
    "the_unit": ("quarter", "weekend"),
    "year_ago": ("year-",),
    "the_next": ("next", "following", "previous", "preceding"),
    "day_after": ("before", "after"),
    "recent": _UNITS_WORDS,
    "coming": ("coming", "next"),
    "duration_bare": _UNITS_WORDS,
    "half_hour": ("half",),
    "every": ("every", "each"),
    "adverb_set": ("daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "fortnightly"),
    "tod": ("morning", "afternoon", "evening", "night", "dawn", "dusk", "daybreak"),
}
_NEEDS_CASED: dict[str, tuple[str, ...]] = {
    "holiday": ("Christmas", "Year", "Valentine", "Halloween", "Thanksgiving", "Day"),
}


def _rule(name: str, body: str, *, ambiguous: bool = False) -> Rule:
    pattern = re.compile(rf"(?<![\w$£€.,/])(?:{body})(?![\w]|[/-]\d|[.,]\d)", re.IGNORECASE)
    return Rule(name, pattern, ambiguous)


def _span_rule(name: str, body: str) -> Rule:
    """A rule whose match is followed by the rest of a range ("29-30 July"), so no closing guard."""
    return Rule(name, re.compile(rf"(?<![\w$£€.,/-])(?:{body})", re.IGNORECASE))


@cache
def rules() -> tuple[Rule, ...]:
    """The grammar, compiled once on first use, with each rare rule's required words."""
    cased = {
        **_NEEDS_CASED,
        **dict.fromkeys(("solar_dmy", "solar_mdy", "solar_dm", "solar_my"), _first_parts(SOLAR_HIJRI_MONTHS)),
        **dict.fromkeys(("hijri_dmy", "hijri_mdy"), _first_parts(HIJRI_MONTHS)),
    }
    return tuple(
        Rule(r.name, r.pattern, r.ambiguous, _NEEDS.get(r.name, ()), cased.get(r.name, ())) for r in _rules()
    )


def _rules() -> tuple[Rule, ...]:
    solar = _alternation(SOLAR_HIJRI_MONTHS)
    hijri = _alternation(HIJRI_MONTHS)
    wd_prefix = rf"(?:(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?)?"
    return (
        # --- other calendars -------------------------------------------------------
        _rule("solar_dmy", rf"(?P<d>{_DAY})\s+(?:of\s+)?(?P<smon>(?-i:{solar}))\s*,?\s+(?P<y>1[2-4]\d\d)"),
        _rule("solar_mdy", rf"(?P<smon>(?-i:{solar}))\s+(?P<d>{_DAY}),?\s+(?P<y>1[2-4]\d\d)"),
        # "on 5 Mehr", "the 5th of Mehr": a Solar Hijri day with no year, in the year around publication
        _rule("solar_dm", rf"(?P<d>{_DAY})\s+(?:of\s+)?(?P<smon>(?-i:{solar}))(?!\s*,?\s+1[2-4]\d\d)"),
        _rule("solar_my", rf"(?P<smon>(?-i:{solar}))(?:\s+of)?,?\s+(?P<y>1[2-4]\d\d)"),
        _rule(
            "hijri_dmy",
            rf"(?P<d>{_DAY})\s+(?:of\s+)?(?P<hmon>(?-i:{hijri})),?\s+(?P<y>1[2-5]\d\d)(?:\s*(?:AH|A\.H\.|H))?",
        ),
        _rule(
            "hijri_mdy",
            rf"(?P<hmon>(?-i:{hijri}))\s+(?P<d>{_DAY}),?\s+(?P<y>1[2-5]\d\d)(?:\s*(?:AH|A\.H\.|H))?",
        ),
        # --- absolute dates ------------------------------------------------------
        _rule(
            "iso",
            r"(?P<y>1[6-9]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
            r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?P<tz>Z|[+-]\d\d:?\d\d)?)?",
        ),
        _rule("numeric", r"(?P<a>\d{1,4})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})"),
        _rule(
            "dmy",
            rf"{wd_prefix}(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?",
        ),
        _rule("mdy", rf"{wd_prefix}(?P<mon>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"),
        # "from 12 to 15 March", "29-30 July": the first day of a range takes the second's month and year
        _span_rule(
            "day_span",
            rf"(?:(?<=\bfrom\s)|(?<=\bbetween\s)|(?<=\bon\s)|(?<=\bof\s)|(?<=\bin\s))(?P<d>{_DAY})"
            rf"(?=\s*(?:to|and|until|till|through|[-–])\s*(?:the\s+)?{_DAY}\s+(?:of\s+)?(?P<mon>{_MONTH})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?)"
            rf"|(?P<d2>{_DAY})(?=[-–]{_DAY}\s+(?:of\s+)?(?P<mon2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?)",
        ),
        # "July 29-30": the first day, its range end left to be read after it
        _span_rule(
            "mdy_span",
            rf"{wd_prefix}(?P<mon>{_MONTH})\s+(?P<d>{_DAY})(?=\s*[-–]\s*{_DAY}(?:,?\s+(?P<y>{_YEAR}))?(?![\w-]))",
        ),
        _rule(
            "day_rel_year",
            rf"(?:(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})|(?P<mon2>{_MONTH})\s+(?P<d2>{_DAY})),?\s+"
            rf"(?P<ry>{_REL_YEAR}|{_CTX_YEAR})",
        ),
        _rule("month_year", rf"(?P<mon>{_MONTH})(?:\s+of)?,?\s+(?P<y>{_YEAR})"),
        _rule("month_rel_year", rf"(?P<mon>{_MONTH})\s+(?:of\s+)?(?P<ry>{_REL_YEAR}|{_CTX_YEAR})"),
        _rule(
            "month",
            rf"(?:(?P<rel>last|this|next|past|coming|that)\s+)?(?P<mon>{_FULL_MONTH})",
            ambiguous=True,
        ),
        # "the 2010-2011 post-electoral crisis", "the 1992–95 war": both years
        _rule("year_span", rf"(?P<y>{_YEAR})\s?[-–]\s?(?P<y2>{_YEAR}|\d\d(?![\d%]))"),
        _rule("year", rf"(?:(?P<fy>fiscal(?:\s+year)?|the\s+year|FY)\s*)?(?P<y>{_YEAR})", ambiguous=True),
        _rule(
            "decade",
            r"(?:the\s+)?(?:(?P<dec>1[6-9]\d0|20\d0)|'(?P<dec2>\d0))'?s"
            r"|the\s+(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
        ),
        _rule(
            "season_year",
            rf"(?:the\s+)?(?P<s>{_SEASON})(?:\s+of)?,?\s+(?:(?P<y>{_YEAR})|(?P<ry>{_REL_YEAR})|(?P<cy>{_CTX_YEAR}))",
        ),
        _rule("season", rf"(?P<rel>last|this|next|past|coming|that)\s+(?P<s>{_SEASON})"),
        _rule(
            "quarter",
            rf"(?:the\s+)?(?:(?P<ry0>last\s+year|this\s+year|that\s+year)'s\s+|(?P<y0>{_YEAR})\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?P<part>quarter|half)"
            rf"(?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<ry>{_REL_YEAR})|(?P<cy>{_CTX_YEAR})|(?:fiscal\s+)?(?P<fy>{_YEAR})))?"
            rf"(?!\s+of\s+(?:{_MONTH}|(?:last|this|next)\s+month))",
        ),
        _rule("quarter_code", rf"(?:Q(?P<q>[1-4])\s*(?P<y>{_YEAR})|(?P<y2>{_YEAR})\s*Q(?P<q2>[1-4]))"),
        _rule(
            "edge",
            r"(?:the|at\s+the)\s+(?P<edge>start|beginning|end|middle)\s+of\s+the\s+(?P<u>year|month|week)",
        ),
        # --- relative to the publication date ---------------------------------------
        _rule(
            "deictic",
            r"(?P<w>today|tonight|yesterday|tomorrow|overnight|the\s+day\s+before\s+yesterday"
            r"|the\s+day\s+after\s+tomorrow|(?:this|last|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)"
            r"|the\s+other\s+day)",
        ),
        _rule(
            "weekday",
            rf"(?:(?P<rel>last|this|next|this\s+past|past|coming)\s+)?(?P<wd>{_WEEKDAY})(?!s)"
            rf"(?:,?\s+(?P<tod>{_TOD}))?",
        ),
        _rule(
            "rel_unit",
            r"(?P<rel>last|this|next|past|coming|current|previous|following|that|the\s+same|"
            r"the\s+past|the\s+last|the\s+previous|the\s+following|the\s+next|the\s+coming|the\s+current"
            r"|the\s+preceding|the\s+latest|the\s+most\s+recent)\s+(?P<u>week|weekend|month|year|quarter|day|decade)"
            rf"(?!\s+of\s+(?:{_MONTH}|{_YEAR}|(?:last|this|next|that|the)\s+(?:month|year)))",
        ),
        _rule(
            "shift",
            rf"(?P<n>{_NUM}|{_VAGUE})\s+(?P<u>{_UNIT}|{_UNITS})\s+(?P<dir>ago|earlier|later|from\s+now|hence|previously|back)",
        ),
        _rule("the_unit", r"the\s+(?P<u>quarter|weekend)"),
        _rule(
            "holiday",
            r"(?:(?P<rel>last|this|next)\s+)?(?P<hol>(?-i:Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year'?s\s+Eve"
            r"|New\s+Year'?s\s+Day|Valentine'?s\s+Day|Halloween|Thanksgiving(?:\s+Day)?|May\s+Day))",
        ),
        _rule("year_ago", r"(?P<dir>year-(?:earlier|ago))"),
        _rule(
            "the_next", r"the\s+(?P<dir>next|following|previous|preceding)\s+(?P<u>day|morning|night|evening)"
        ),
        # "the day before", "gathered the evening before to plead", "The night before, …" (a part of the day
        # only when no noun phrase follows: "the night before the vote" is that vote's eve)
        _rule(
            "day_after",
            r"the\s+(?:(?P<u>day|week|month|year)|(?P<tu>morning|afternoon|evening|night)(?=\s+(?:before|after)"
            r"(?!\s+(?:the|a|an|his|her|their|its|this|that|last|next)\b)))\s+(?P<dir>before|after)",
        ),
        _rule(
            "ref",
            r"(?P<w>now|currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days|the\s+present|recently|lately|the\s+past|the\s+future|soon)",
        ),
        _rule(
            "recent",
            rf"(?:(?P<re>recent)|the\s+(?:past|last)(?:\s+(?:few|several|couple\s+of))?)\s+(?P<u>{_UNITS})",
        ),
        _rule(
            "coming", rf"(?:the\s+)?(?:coming|next)\s+(?:few\s+|several\s+|couple\s+of\s+)?(?P<u>{_UNITS})"
        ),
        # --- durations ---------------------------------------------------------------
        _rule(
            "duration",
            rf"(?:(?:the\s+)?(?P<rel>first|past|last|next|previous|coming|final)\s+)?(?P<n>{_NUM}|{_VAGUE})[\s-]+(?P<u>{_UNIT}|{_UNITS})(?:[\s-]+long)?"
            rf"(?:\s+and\s+a\s+half)?(?:\s+of\s+(?P<y>{_YEAR}|{_REL_YEAR}))?",
        ),
        _rule("duration_bare", rf"(?<=\bfor\s)(?:(?P<n>many|several|some)\s+)?(?P<u>{_UNITS})"),
        _rule("half_hour", r"(?P<w>half\s+an\s+hour|half\s+a\s+day|half\s+a\s+year|half\s+a\s+century)"),
        # --- sets ----------------------------------------------------------------------
        _rule("every_weekday", rf"(?:every|each)\s+(?P<wd>{_WEEKDAY})|(?<=\bon\s)(?P<wds>{_WEEKDAY})s"),
        _rule("every", rf"(?:every|each)\s+(?:(?P<n>{_NUM})\s+)?(?P<u>{_UNIT}|{_UNITS}|{_TOD}|{_SEASON})"),
        _rule(
            "per", rf"(?:(?:once|twice|(?:{_NUM})\s+times)\s+(?:a|an|per|each|every)|per)\s+(?P<u>{_UNIT})"
        ),
        _rule(
            "adverb_set", r"(?P<w>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|fortnightly)"
        ),
        # --- times of day --------------------------------------------------------------
        _rule("clock", _CLOCK),
        _rule("tod", rf"(?P<w>(?:this|that)\s+{_TOD}|later\s+that\s+{_TOD}|dawn|dusk|daybreak)"),
    )
