"""Name keys of the gazetteer: ASCII-folded names and transliteration skeletons.

``fold`` is the exact-lookup key: Unicode-decomposed, diacritics and apostrophes
stripped, lower-cased, punctuation turned into single spaces, Arabic-script letter
variants unified (so ``Eşfahān`` → ``esfahan``, ``St. Louis`` → ``st louis``,
``كرج`` and ``کرج`` share a key).

``skeleton`` is a looser key for transliteration variants of Latin spellings
(``Esfahan``/``Isfahan``, ``Ahwaz``/``Ahvaz``, ``Mashad``/``Mashhad``,
``Teheran``/``Tehran``): vowels dropped, ``w``→``v``, ``gh``→``q``, ``ou``→``u``,
doubled letters collapsed. It collides often, so the gazetteer keeps it only for
important places and uses it only when exact keys find nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "key_variants", "skeleton"]

_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
        "ʼ": "",
        "ʻ": "",
        "ʿ": "",
        "ʾ": "",
        "'": "",
        "’": "",
        "‘": "",
        "`": "",
        "´": "",
        # Arabic-script variants: Arabic yeh/kaf vs Persian, teh marbuta, alef forms
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ة": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ـ": "",
        "\u200c": " ",
    }
)
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """The exact-lookup key of a name (see module docstring); remembered, as names recur."""
    if name.isascii():
        return _NON_WORD.sub(" ", name.replace("'", "").replace("`", "").lower()).strip()
    text = name.translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_SPECIAL).lower()
    return _NON_WORD.sub(" ", text).strip()


_ABBREV = (("saint ", "st "), ("sainte ", "ste "), ("mount ", "mt "), ("fort ", "ft "), ("port ", "pt "))


def key_variants(key: str) -> list[str]:
    """Other keys a folded name is written as (``saint x`` ↔ ``st x``)."""
    out: list[str] = []
    if key[:1] not in ("s", "m", "f", "p"):
        return out
    for long, short in _ABBREV:
        if key.startswith(long):
            out.append(short + key[len(long) :])
        elif key.startswith(short):
            out.append(long + key[len(short) :])
    return out


def skeleton(name: str) -> str:
    """A transliteration-tolerant key of a Latin-script name; ``""`` when unusable."""
    key = fold(name)
    if not key or not key.isascii():
        return ""
    key = key.replace(" ", "")
    key = key.replace("ou", "u").replace("oo", "u").replace("ee", "i")
    key = key.replace("w", "v").replace("gh", "q").replace("dh", "z").replace("ph", "f")
    key = _VOWELS.sub("", key)
    key = _DOUBLE.sub(r"\1", key)
    return key if len(key) >= 3 else ""
