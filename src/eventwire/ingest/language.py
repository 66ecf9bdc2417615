"""The language of a text (ISO 639-1), deterministic from run to run.

langdetect samples n-grams at random; a detector made per call from our own
seeded factory gives the same answer every time, without touching langdetect's
module-level factory or its class-level seed.

langdetect costs about as much as all the rest of ingest, so plainly English
text (many of English's own function words, which no other language writes)
is told without it; anything else goes to langdetect.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from langdetect.detector_factory import DetectorFactory

__all__ = ["detect_language"]

log = logging.getLogger(__name__)

# Fewer letters than this and n-gram statistics say little; fall back on the script.
_MIN_LETTERS = 25
_MAX_CHARS = 10_000
_SEED = 0

# Function words that are English only (not "a", "in", "to", "is", "was", "for", "at", "by", "her":
# those are words of Dutch, German, Norwegian, Polish or Tagalog too).
_ENGLISH_ONLY = frozenset(
    [
        "the",
        "and",
        "that",
        "with",
        "said",
        "from",
        "which",
        "who",
        "their",
        "they",
        "been",
        "after",
        "this",
        "were",
        "not",
        "but",
        "his",
        "its",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")
_FAST_CHARS = 3_000
_FAST_MIN_WORDS = 50
_FAST_SHARE = 0.06  # English news runs at 0.13-0.30; other languages at ~0


@functools.cache
def _factory() -> DetectorFactory:
    """langdetect's profiles, loaded once on first use (never at import)."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


def _mostly_ascii_letters(letters: list[str]) -> bool:
    return bool(letters) and sum(c.isascii() for c in letters) / len(letters) >= 0.9


def _plainly_english(sample: str) -> bool:
    words = _WORD.findall(sample[:_FAST_CHARS])
    if len(words) < _FAST_MIN_WORDS:
        return False
    hits = sum(1 for w in words if w.lower() in _ENGLISH_ONLY)
    return hits >= _FAST_SHARE * len(words)


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` ("en", "fa", ...), or "und" when it cannot be told.

    Short or empty text is "en" only when it is mostly ASCII letters, else "und".
    """
    sample = text[:_MAX_CHARS]
    if _plainly_english(sample):  # (50 words or more: never short text)
        return "en"
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return "en" if _mostly_ascii_letters(letters) else "und"
    from langdetect.lang_detect_exception import LangDetectException

    factory = _factory()
    detector = factory.create()
    # Detector copies the factory's seed when created; set it on this detector only.
    detector.seed = _SEED
    try:
        detector.append(sample)
        code = str(detector.detect())
    except LangDetectException:
        log.debug("langdetect found no features in a %d-character text", len(sample))
        return "en" if _mostly_ascii_letters(letters) else "und"
    if code == "unknown":
        return "und"
    return code.split("-", 1)[0]
