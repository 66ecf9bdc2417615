"""The word-start index gives every rule of the time grammar exactly the matches of a full scan."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.resolve.timex_grammar import case_folded, rules
from eventwire.resolve.timex_starts import WordStarts, finditer, start_keys


def _spans(matches: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def _same_as_scan(text: str) -> None:
    starts = WordStarts(text, case_folded(text))
    for rule in rules():
        want = _spans(rule.pattern.finditer(text))
        got = _spans(finditer(rule.pattern, text, starts))
        assert got == want, rule.name


SENTENCES = [
    "Police detained 12 people on Friday, three days after the protest of 5 March 2023.",
    "A FEW DAYS AGO the strike entered its second week; a few weeks earlier it was called off.",
    "An hour later, at 10:30 p.m. local time, crowds returned; by midnight GMT they had gone.",
    "From 12 to 15 March, and again on 29–30 July, and on July 29-30, 2022, marches were held.",
    "In the '90s and the 1980s, and in fiscal year 2021, Q3 2022 and 2023Q1: no unrest.",
    "The 5-year-old was among $5 million worth of claims filed 2023-01-05T10:00Z and 05/01/2023.",
    "Twenty-one people were killed in the first half of 2021 and the last quarter of last year.",
    "Every Friday, each week and twice a month, on Mondays, protesters gathered at dawn.",
    "On 24 Aban 1398 and 5 Mehr, and on 12 Rabi al-Awwal 1445 AH, prisoners were hanged.",
    "ſeveral days ago and \u212aabul two weeks later and \u0130stanbul last month, the İzmir rally.",
    "\u0663 days ago, ٣ weeks later, and 3\u00a0days later the curfew ended on Christmas Day.",
    "x5 days ago, 5x days, year-ago figures, the day before yesterday, half an hour, this past Sunday.",
    "The coming weeks and the next few months: later that evening, the same year, that year.",
]


def test_each_rule_finds_what_a_full_scan_finds() -> None:
    for text in SENTENCES:
        _same_as_scan(text)
    _same_as_scan("\n\n".join(SENTENCES))


WORDS = [
    "the", "The", "a", "A", "an", "few", "several", "days", "day", "weeks", "week", "ago", "later",
    "earlier", "last", "next", "this", "past", "year", "years", "month", "Friday", "Fridays", "March",
    "march", "May", "Jan", "Jan.", "Sept", "12", "3", "03", "2023", "1999", "10:30", "p.m.", "a.m.",
    "noon", "midnight", "GMT", "local", "time", "first", "quarter", "half", "fiscal", "FY", "Q3",
    "every", "each", "once", "twice", "per", "times", "from", "to", "on", "in", "of", "between",
    "and", "-", "–", "/", ".", ",", "'", "'90s", "1980s", "$", "£5", "5%", "٣", "ſ", "İ", "Mehr",
    "Aban", "1398", "Rabi", "al-Awwal", "1445", "AH", "twenty", "twenty-one", "hundred", "dawn",
    "tonight", "yesterday", "today", "Christmas", "Eve", "New", "Year's", "recent", "coming",
    "following", "same", "daily", "weekly", "start", "end", "beginning", "at",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "", "-", "\n", ", ", "  "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=14))
def test_random_word_strings_match_a_full_scan(parts: list[tuple[str, str]]) -> None:
    _same_as_scan("".join(w + sep for w, sep in parts))


def test_keys_of_a_rule_are_its_first_words() -> None:
    edge = next(r for r in rules() if r.name == "edge")
    assert start_keys(edge.pattern) == frozenset({("word", "the"), ("word", "at")})
    numeric = next(r for r in rules() if r.name == "numeric")
    assert start_keys(numeric.pattern) == frozenset({("digit", "")})


def test_a_rule_that_may_start_anywhere_is_scanned_whole() -> None:
    anywhere = re.compile(r"(?<![\w$£€.,/])(?:'\d0s)", re.IGNORECASE)  # starts with an apostrophe
    assert start_keys(anywhere) is None
    plain = re.compile(r"days", re.IGNORECASE)  # not a grammar rule: no opening look-behind
    assert start_keys(plain) is None
    text = "the '90s, days"
    starts = WordStarts(text, case_folded(text))
    assert [m.span() for m in finditer(anywhere, text, starts)] == [(4, 8)]
    assert [m.span() for m in finditer(plain, text, starts)] == [(10, 14)]


def test_a_text_whose_folding_changes_its_length_is_scanned_whole() -> None:
    pattern = next(r for r in rules() if r.name == "shift").pattern
    text = "three days ago"
    starts = WordStarts(text, text + "x")
    assert not starts.usable
    assert [m.span() for m in finditer(pattern, text, starts)] == [(0, 14)]
