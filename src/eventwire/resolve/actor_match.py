"""Phrase matching over plain text with exact character offsets.

Text and phrases are cut into the same simple tokens (runs of word characters,
or single other characters), so matching never depends on the spaCy tokenizer.
A phrase token that holds a capital letter matches only the same spelling; an
all-lower-case phrase token matches whatever its case ("the" matches "The").
Diacritics and typographic apostrophes are folded on both sides, and so are British and
American spellings of the words names are made of ("Workers' Centre" matches "Workers' Center",
"Defence Forces" "Defense Forces").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Generic, NamedTuple, TypeVar

__all__ = ["PhraseIndex", "Token", "fold", "tokenize"]

T = TypeVar("T")

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]|_", re.UNICODE)
# British spelling -> American, applied to both phrases and text: one dictionary alias serves both.
_SPELLINGS = {
    "centre": "center",
    "centres": "centers",
    "theatre": "theater",
    "defence": "defense",
    "offence": "offense",
    "labour": "labor",
    "honour": "honor",
    "organisation": "organization",
    "organisations": "organizations",
    "organising": "organizing",
    "organised": "organized",
    "organise": "organize",
    "programme": "program",
    "neighbourhood": "neighborhood",
    "neighbourhoods": "neighborhoods",
}
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-"})


class Token(NamedTuple):
    """A text token (a NamedTuple: built many times per document, far cheaper than a frozen dataclass)."""

    text: str
    start: int
    end: int
    key: str  # folded, lower-cased
    exact: str  # folded, case kept


def fold(text: str, *, lower: bool = True) -> str:
    """Strip diacritics, unify apostrophes and hyphens, and (by default) lower-case."""
    text = text.translate(_APOSTROPHES)
    if not text.isascii():  # NFKD leaves ASCII as it is, with no combining marks
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return text.casefold() if lower else text


@functools.lru_cache(maxsize=65536)  # a word's (key, exact): the same words recur across articles
def _word_keys(word: str) -> tuple[str, str]:
    exact = fold(word, lower=False)
    key = exact.casefold()
    american = _SPELLINGS.get(key)
    if american is None:
        return key, exact
    # keep the written case pattern: "Centre" -> "Center", "CENTRE" -> "CENTER"
    if exact.isupper():
        return american, american.upper()
    return american, american.capitalize() if exact[:1].isupper() else american


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    folded: dict[str, tuple[str, str]] = {}  # a word's (key, exact), once per distinct word
    new = tuple.__new__  # Token(...) without the NamedTuple's Python-level __new__: one frame less per word
    for m in _TOKEN.finditer(text):
        word = m.group()
        keys = folded.get(word)
        if keys is None:
            keys = folded[word] = _word_keys(word)
        start, end = m.span()
        out.append(new(Token, (word, start, end, keys[0], keys[1])))
    return out


def _pattern(phrase: str) -> tuple[tuple[str, bool], ...]:
    """(folded token, case-sensitive) pairs of a phrase."""
    return tuple((t.exact if t.exact != t.key else t.key, t.exact != t.key) for t in tokenize(phrase))


class PhraseIndex(Generic[T]):
    """Phrases to values; finds every occurrence in a token list (overlaps included)."""

    def __init__(self) -> None:
        # by the first token's key; each entry with the second token's key (None for one token):
        # a token's key is its exact form case-folded, so a phrase can match only where it is
        self._by_first: dict[str, list[tuple[tuple[tuple[str, bool], ...], T, str | None]]] = {}
        self._seen: set[tuple[tuple[tuple[str, bool], ...], int]] = set()

    def add(self, phrase: str, value: T, *, case_insensitive: bool = False) -> None:
        pattern = _pattern(phrase)
        if case_insensitive:
            pattern = tuple((tok.casefold(), False) for tok, _ in pattern)
        if not pattern:
            return
        marker = (pattern, id(value))
        if marker in self._seen:
            return
        self._seen.add(marker)
        second = pattern[1][0].casefold() if len(pattern) > 1 else None
        self._by_first.setdefault(pattern[0][0].casefold(), []).append((pattern, value, second))

    def add_all(self, phrases: Iterable[str], value: T, *, case_insensitive: bool = False) -> None:
        for phrase in phrases:
            self.add(phrase, value, case_insensitive=case_insensitive)

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_first.values())

    def match_at(self, tokens: list[Token], i: int) -> Iterator[tuple[int, T]]:
        """(end token index, exclusive; value) of every phrase starting at token ``i``."""
        nxt = tokens[i + 1].key if i + 1 < len(tokens) else None
        for pattern, value, second in self._by_first.get(tokens[i].key, ()):
            if second is not None and second != nxt:
                continue  # the cheap test first: most phrases sharing a first word differ in the second
            n = len(pattern)
            if i + n > len(tokens):
                continue
            ok = True
            for j, (want, sensitive) in enumerate(pattern):
                tok = tokens[i + j]
                if (tok.exact if sensitive else tok.key) != want:
                    ok = False
                    break
                # tokens of a phrase must be as contiguous as in the phrase, bar single spaces
                if j and tokens[i + j - 1].end != tok.start and not tok.key.isalnum():
                    ok = False
                    break
            if ok:
                yield i + n, value

    def find(self, tokens: list[Token]) -> Iterator[tuple[int, int, T]]:
        """(start token, end token exclusive, value) of every occurrence."""
        by_first = self._by_first
        for i, tok in enumerate(tokens):
            if tok.key in by_first:  # what match_at looks up first: most tokens start no phrase
                for end, value in self.match_at(tokens, i):
                    yield i, end, value
