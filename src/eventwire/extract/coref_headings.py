"""Headlines and section headings, and the act told just below them.

A headline is a short line with no closing punctuation. A dateless (sub)headline and the same act told
within ``HEADING_PARAS`` paragraphs below it are one event, and a headline's event shares the period
of the lead that tells it.
"""

from __future__ import annotations

from .coref_draft import Draft, trend

HEADING_PARAS = 2  # how far below a dateless (sub)headline its act is told


def heads(a: Draft, b: Draft) -> bool:
    """``a`` is a headline or section heading without a date of its own, ``b`` the same act told just
    below it."""
    return (
        a.type == b.type
        and headline(a)
        and (a.time is None or a.time_inferred)
        and (0 <= b.para - a.para <= HEADING_PARAS or _story_told(a, b))
        and not trend(a)
    )


def _story_told(a: Draft, b: Draft) -> bool:
    """``a`` is the article's title and ``b`` an act of its story: the title sums up the news however
    many paragraphs of it come first ("police arrest two organisers" over an ambush told first, then
    "police ... arrested two labour organisers" five paragraphs down), but not a past act the story
    recalls ("a similar strike in December 2021")."""
    if not a.title or b.title or b.para <= a.para:
        return False
    if a.time is None or b.time is None or b.time_inferred or not (a.time.start and b.time.start):
        return True
    return b.time.start[:7] >= _month_before(a.time.start[:7])


def _month_before(month: str) -> str:
    """The month before "YYYY-MM" (a bare "YYYY" stays as it is)."""
    if len(month) < 7:
        return month
    year, mon = int(month[:4]), int(month[5:7])
    return f"{year - 1}-12" if mon == 1 else f"{year}-{mon - 1:02d}"


def headline(d: Draft) -> bool:
    """A headline or title line: no closing punctuation, on a line of its own. A title's segment is one
    whatever it ends on ("UAE: Hunger strikers beaten and isolated;" before "relatives detained")."""
    if d.title:
        return True
    text = d.evidence.text.rstrip()
    if len(text) >= 160:
        return False
    # a heading may end on a quoted phrase ('Kurdish prisoner hanged after "forced confession"'); a
    # sentence ends its quotation with its own stop ('... said: "We will not stop."')
    text = text.rstrip('"\u201d\u2019')
    return bool(text) and text[-1] not in ".!?:;)"


def same_period(a: Draft, b: Draft) -> bool:
    """``b`` names no period of its own, or the same one as ``a`` (a headline's event is the lead's).

    A date ``a`` only took from the article or its paragraph is no period of its own either."""
    if b.time is None or b.time_inferred or a.time is None or a.time_inferred:
        return True
    return (a.time.start, a.time.end) == (b.time.start, b.time.end)
