"""The language of a text (ISO 639-1), deterministic from run to run.

langdetect samples n-grams at random; a detector made per call from our own
seeded factory gives the same answer every time, without touching langdetect's
module-level factory or its class-level seed.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from langdetect.detector_factory import DetectorFactory

__all__ = ["detect_language"]

log = logging.getLogger(__name__)

# Fewer letters than this and n-gram statistics say little; fall back on the script.
_MIN_LETTERS = 25
_MAX_CHARS = 10_000
_SEED = 0


@functools.cache
def _factory() -> DetectorFactory:
    """langdetect's profiles, loaded once on first use (never at import)."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


def _mostly_ascii_letters(letters: list[str]) -> bool:
    return bool(letters) and sum(c.isascii() for c in letters) / len(letters) >= 0.9


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` ("en", "fa", ...), or "und" when it cannot be told.

    Short or empty text is "en" only when it is mostly ASCII letters, else "und".
    """
    sample = text[:_MAX_CHARS]
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
