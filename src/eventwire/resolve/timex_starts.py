"""Where a temporal rule can start: a word index that spares each rule a scan of the whole text.

``re`` cannot skip ahead in a pattern that opens with a look-behind and an alternation, so
``finditer`` tries every rule at every character of the article. Every rule of
:mod:`.timex_grammar` starts after ``(?<![\\w$£€.,/])``, that is at the start of a run of word
characters, and most can start only with a few words ("the", "last", a number word, a digit).
:func:`start_keys` reads those words out of a rule's compiled pattern once; :class:`WordStarts`
indexes a document's word runs once; :func:`finditer` then tries the pattern only where one of
its words starts, and gives what ``pattern.finditer(text)`` gives, match for match (the keys
are necessary conditions of a match, never sufficient ones, so they only skip failures).

A rule whose keys cannot be read (it may start with a non-word character, a non-ASCII
letter, or anything at all) is scanned whole, as before.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from typing import Any

__all__ = ["WordStarts", "finditer", "start_keys"]

# A key: ("word", w) the folded word run at the start is exactly w; ("prefix", p) it begins
# with p (at most _PREFIX characters); ("digit", "") its first character is a decimal digit.
Key = tuple[str, str]
_PREFIX = 4
# The look-behind every rule opens with (a ``_span_rule`` adds "-": fewer starts, still word starts).
_OPENING = re.compile(r"\(\?<!\[\\w\$£€\.,/-?\]\)")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_WORD_RUN = re.compile(r"(?<![\w$£€.,/])\w+")
_WORD = re.compile(r"\w", re.IGNORECASE)


def _nonword(ch: str) -> bool:
    """Whether ``ch``, and so whatever a case-insensitive pattern matches for it, is no word character."""
    return _WORD.match(ch) is None and ch.lower() == ch.upper()


class _Unknown(Exception):
    """The rule may start somewhere the keys cannot describe: scan it whole."""


@cache
def start_keys(pattern: re.Pattern[str]) -> frozenset[Key] | None:
    """Keys one of which holds at the start of every match of ``pattern``; None: unknown."""
    if not _OPENING.match(pattern.pattern) or not pattern.flags & re.IGNORECASE:
        return None
    parser: Any = importlib.import_module("re._parser")
    consts: Any = importlib.import_module("re._constants")
    try:
        parsed = parser.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return None  # an empty match: finditer's rules for those are not worth copying
        keys = _Walk(consts).walk(list(parsed), "")
    except (_Unknown, RecursionError):
        return None
    return frozenset(keys)


class _Walk:
    def __init__(self, c: Any) -> None:
        self.c = c
        self._stop = object()

    def walk(self, items: list[Any], acc: str) -> set[Key]:
        """Keys of a match of the op sequence ``items`` after the word characters ``acc``."""
        c = self.c
        for n, item in enumerate(items):
            if item is self._stop:
                return self._cut(acc)
            op, av = item
            rest = items[n + 1 :]
            if op is c.LITERAL:
                ch = chr(av)
                if ch.lower() in _WORD_CHARS:
                    acc += ch.lower()
                    continue
                if _nonword(ch):
                    return self._word(acc)  # a non-word character ends the word run
                raise _Unknown  # a letter beyond ASCII: its case folding is not case_folded's
            if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
                continue  # zero width: leaving a condition out only lets more starts through
            if op is c.SUBPATTERN:
                return self.walk(list(av[-1]) + rest, acc)
            if op is c.BRANCH:
                out: set[Key] = set()
                for alt in av[1]:
                    out |= self.walk(list(alt) + rest, acc)
                return out
            if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                lo, hi, sub = av
                once = list(sub) + (rest if hi == 1 else [self._stop])
                if lo == 0:
                    return self.walk(rest, acc) | self.walk(once, acc)
                return self.walk(once, acc)
            if op is c.IN:
                kind = self._class(av)
                if kind == "nonword":
                    return self._word(acc)
                if kind == "digit" and not acc:
                    return {("digit", "")}
                return self._cut(acc)
            return self._cut(acc)  # anything else: the word read so far is all that is known
        return self._cut(acc)

    def _class(self, members: list[Any]) -> str:
        """What a character class holds: "nonword" (no word character), "digit" (digits only), or "other"."""
        c = self.c
        nonword = digit = True
        for op, av in members:
            if op is c.LITERAL:
                ch = chr(av)
                nonword &= _nonword(ch)
                digit &= ch in "0123456789"
            elif op is c.RANGE:
                lo, hi = av
                nonword = False
                digit &= 48 <= lo <= hi <= 57
            elif op is c.CATEGORY and av in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE):
                digit = False
            elif op is c.CATEGORY and av in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
                nonword = False
            else:
                return "other"
        return "nonword" if nonword else "digit" if digit else "other"

    @staticmethod
    def _word(acc: str) -> set[Key]:
        if not acc:
            raise _Unknown  # the match starts with a non-word character
        return {("word", acc)}

    @staticmethod
    def _cut(acc: str) -> set[Key]:
        if not acc:
            raise _Unknown
        return {("prefix", acc[:_PREFIX])}


class WordStarts:
    """A document's word runs that a rule may start at, by key, built once per document.

    ``folded`` is :func:`~eventwire.resolve.timex_grammar.case_folded` ``(text)``: the same
    length, an ASCII letter wherever a case-insensitive pattern reads one.
    """

    def __init__(self, text: str, folded: str) -> None:
        self.usable = len(folded) == len(text)
        # each folded word run → where it starts (a rule's "word" keys are looked up here)
        self._words: dict[str, list[int]] = {}
        self._sorted: list[str] | None = None  # the distinct runs, in order, for prefix look-ups
        self._cache: dict[frozenset[Key], list[int]] = {}
        if not self.usable:
            return
        words = self._words
        for m in _WORD_RUN.finditer(text):
            s, e = m.span()
            run = folded[s:e]
            found = words.get(run)
            if found is None:
                words[run] = [s]
            else:
                found.append(s)

    def _runs(self, kind: str, key: str) -> list[str]:
        """The distinct word runs that begin with ``key`` ("prefix") or with a decimal digit ("digit")."""
        if self._sorted is None:
            self._sorted = sorted(self._words)
        runs = self._sorted
        if kind == "prefix":
            i = bisect_left(runs, key)
            out = []
            while i < len(runs) and runs[i].startswith(key):
                out.append(runs[i])
                i += 1
            return out
        # folding keeps digits, so a run that starts with one starts with one in the text too;
        # ASCII digits sort together, the other decimal digits after every ASCII run
        out = runs[bisect_left(runs, "0") : bisect_left(runs, ":")]
        out.extend(r for r in runs[bisect_left(runs, "\x80") :] if r[0].isdecimal())
        return out

    def positions(self, keys: frozenset[Key]) -> list[int]:
        """Sorted start offsets of the word runs that hold one of ``keys``."""
        out = self._cache.get(keys)
        if out is None:
            words = self._words
            found: set[int] = set()
            for kind, key in keys:
                if kind == "word":
                    found.update(words.get(key, ()))
                else:
                    for run in self._runs(kind, key):
                        found.update(words[run])
            out = self._cache[keys] = sorted(found)
        return out


def finditer(pattern: re.Pattern[str], text: str, starts: WordStarts) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying the pattern only at the word runs its keys allow."""
    keys = start_keys(pattern) if starts.usable else None
    if keys is None:
        yield from pattern.finditer(text)
        return
    match = pattern.match
    pos = 0
    for p in starts.positions(keys):
        if p < pos:
            continue
        m = match(text, p)
        if m is not None:
            yield m
            pos = m.end()  # finditer goes on from the end of a match (never empty here)
