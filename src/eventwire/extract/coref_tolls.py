"""Tolls and figures: the same toll retold, speakers' accounts, and counts of different things.

A later mention that gives the very written figure a record already has, of the same kind and over
the same extent, retells it (any count of two or more within ``ACCOUNT_PARAS`` paragraphs, at least
``FAR_TOLL`` further down). Different figures over different periods, or a tally "since" some date
beside one event's toll, are counts of different things; two speakers' tolls of one deadly incident
are one record with a contested figure.
"""

from __future__ import annotations

import re

from .coref_draft import ANOTHER, Draft, before_trigger, searched
from .coref_headings import headline

# a deadly incident has one toll however many speakers put a figure on it
TOLL_TYPES = frozenset({"killing", "attack"})
ACCOUNT_PARAS = 4  # how far down a report a speaker's toll of its lead event may come
NEAR_PARAS = 2  # how far down a report a rival count that names no place of its own may come
FAR_TOLL = 3  # the least count that, retold further down than that, still names the same event


def same_toll(a: Draft, b: Draft) -> bool:
    """A later mention of one type giving the very figure the record already has (not a single victim)."""
    return a.type == b.type and toll_retold(a, b)


def toll_retold(a: Draft, b: Draft) -> bool:
    """``b`` gives the very written figure ``a`` has, of the same kind, over the same extent.

    Within a few paragraphs any count of two or more will do; further down a report only a count of
    at least three (``FAR_TOLL``): a rights group's lead ("investigate the killing of at least four
    people by soldiers") and the body that tells it ("soldiers fired on the crowd, killing four"), a
    wire's lead and its recap ("of the 31 people executed in this period") are one event, while two
    single deaths or two pairs of arrests told far apart are often two."""
    if not b.magnitudes:
        return False
    ours: dict[str, set[int]] = {}
    for kind, _claim, value in figures(a):
        ours.setdefault(kind, set()).add(value)
    # a written count, not a vague one ("tens of thousands" fits any big crowd)
    shared = [(m.kind, m.value) for m in b.magnitudes if m.kind in ours and m.qualifier != "vague"]
    if not shared or not all(ours[k] == {v} for k, v in shared):
        return False
    least = FAR_TOLL if b.para - a.para > ACCOUNT_PARAS else 2
    if not any(v >= least for _k, v in shared) or headline(a):
        return False  # a headline has a rule of its own
    return _cumulative(a) == _cumulative(b) and not ANOTHER.search(before_trigger(b))


def is_account(a: Draft, b: Draft) -> bool:
    """A speaker's account (a toll, a detail) of an event the report already described."""
    same = a.type == b.type or (a.type == "attack" and b.type == "killing")
    if a.type == "repression" and b.type == "repression" and a.head_lemma != b.head_lemma:
        # repression has no toll to tell: a speaker's other act of force ("lawyers said detainees
        # were beaten" after "police fired live ammunition") is another act, not an account of it
        return False
    return same and b.status == "attributed" and b.source is not None and not b.nominal


def account_near(a: Draft, b: Draft) -> bool:
    """A speaker's toll comes within two paragraphs of the report it tells, or later when it is a toll of
    that one event: wire reports give the narrator's lead first and the rival tolls (rights group,
    ministry, party) several paragraphs down; a tally over a wider extent is its own record."""
    gap = b.para - a.para
    return gap <= 2 or (gap <= ACCOUNT_PARAS and not _cumulative(b) and not headline(a))


CUMULATIVE = re.compile(
    r"\b(since (the|last|early|late|mid|its|his|her|their|then|independence|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|\d{4})\b|so far\b|to date\b|in total\b|"
    r"altogether\b|cumulative|overall (death )?toll|"
    r"\b(over|in|during) the (past|last) (\w+ )?(year|years|months|weeks|decade)\b)",
    re.IGNORECASE,
)


def _cumulative(d: Draft) -> bool:
    """The mention's sentence counts over a stretch of time: "since the coup", "so far", "to date"."""
    return searched(CUMULATIVE, d.evidence.text)


def figures_disagree(a: Draft, b: Draft) -> bool:
    """Different figures of one kind that are counts of different things: over different periods, or a
    speaker's tally over a wider extent than one event's toll.

    One count per period ("12 killed on Monday ... 30 killed this week") or a tally "since the coup"
    are separate records, and so are two speakers' counts of detainees each made where it names
    ("police said 950 were arrested in the capital; the party said 4,000 of its workers were detained
    across the province"). Two speakers' tolls of one deadly incident ("the monitor said 41 were
    killed, the ministry put the toll at 12") are one record with a contested figure: each count stays
    in its speaker's claim and the record carries none of them as its own; so are two speakers' counts
    of one night's detentions at one place told in one paragraph ("the ministry said 14 were detained;
    the opposition said at least 30"), and a rival count of the same extent that names no place of its
    own, told within ``NEAR_PARAS`` paragraphs ("witnesses said dozens were detained outside the
    university ... the governor's office said 31 people had been detained"; gold-format N13).
    """
    theirs = {(m.kind, m.value) for m in b.magnitudes}
    if not theirs:
        return False
    ours = {(f[0], f[2]) for f in figures(a)}
    kinds = {k for k, _ in theirs} & {k for k, _ in ours}
    if not kinds or all(
        {v for k, v in theirs if k == kind} == {v for k, v in ours if k == kind} for kind in kinds
    ):
        return False
    voices = a.status == "attributed" and b.status == "attributed" and a.claim_id != b.claim_id
    other = not (a.source and b.source and a.source.name == b.source.name)
    # one night's detentions counted by the ministry and, in the same paragraph, by the opposition are
    # one sweep with a contested figure; so is a rival count just below that names no place of its own
    # (a count of one is a person, not a rival count of the sweep)
    rival = a.scope == b.scope and (
        (a.scope == "single" and b.para == a.para)
        or (
            (not b.places or b.places_inferred)
            and all(m.value > 1 for m in b.magnitudes)
            and b.para - a.para <= NEAR_PARAS
        )
    )
    if voices and other and not {a.type, b.type} <= TOLL_TYPES and not rival:
        return True  # counts of detainees by two speakers are often of two sweeps, in two places
    if _cumulative(b) and not _cumulative(a):
        # a tally over a wider extent ("4,000 killed since the coup", "the toll so far") than one
        # event's toll
        own = {f[1] for f in figures(a) if f[0] in kinds}
        if b.claim_id is None or b.claim_id not in own:
            return True
    # the later mention names a period of its own ("1,100 detained since April 2023") that is not the
    # anchoring mention's, whether that one's date is written in its sentence or in its paragraph
    return (
        a.time is not None
        and b.time is not None
        and not b.time_inferred
        and (a.time.start, a.time.end) != (b.time.start, b.time.end)
    )


def figures(d: Draft) -> tuple[tuple[str, str | None, int], ...]:
    return d.figure_sources or tuple((m.kind, d.claim_id, m.value) for m in d.magnitudes)


def contested(a: Draft, b: Draft) -> set[str]:
    """Kinds for which the two drafts carry different figures from different sources."""
    out: set[str] = set()
    for ma in a.magnitudes:
        for mb in b.magnitudes:
            if ma.kind == mb.kind and ma.value != mb.value and (a.claim_id or b.claim_id):
                out.add(ma.kind)
    return out
