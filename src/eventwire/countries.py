"""Country codes: ISO 3166-1 alpha-2, plus the user-assigned ``XK`` for Kosovo.

ISO 3166-1 has no code for Kosovo; GeoNames (our gazetteer), the European Union and most event
datasets use the user-assigned ``XK``, and so do eventwire's records and gold (docs/gold-format.md,
decided in session 14). ``pycountry`` knows only the ISO list, so every check of a code and every
code-to-name lookup goes through here.
"""

from __future__ import annotations

import functools

__all__ = ["USER_ASSIGNED", "country_name", "is_country"]

# User-assigned alpha-2 codes in use, with their short English names.
USER_ASSIGNED = {"XK": "Kosovo"}


@functools.cache
def country_name(code: str | None) -> str | None:
    """The short English name of a country code ("IR" → "Iran", "XK" → "Kosovo"); the code when
    unknown, None for no code."""
    if not code:
        return None
    if code.upper() in USER_ASSIGNED:
        return USER_ASSIGNED[code.upper()]
    import pycountry

    c = pycountry.countries.get(alpha_2=code.upper())
    if c is None:
        return code
    return str(getattr(c, "common_name", None) or c.name)


def is_country(code: object) -> bool:
    """Whether ``code`` is an upper-case alpha-2 code of a country (ISO or user-assigned in use)."""
    if not isinstance(code, str) or len(code) != 2 or not code.isupper():
        return False
    if code in USER_ASSIGNED:
        return True
    import pycountry

    return pycountry.countries.get(alpha_2=code) is not None
