"""The rules by which a later mention retells an act already recorded.

Barricades beside the crowd that built them, a trend summing up a tally, a wave named first by a bare
plural and then told with its extent, a speaker telling again what it reported, the same written day
and place, a bare verbal repeat with nothing new in the same or the next paragraph.
"""

from __future__ import annotations

import re

from .coref_draft import ANOTHER, Draft, bare, barricade, before_trigger, dispersal, trend
from .coref_guards import different_people, manners_differ, other_sufferers, under_fire_apart
from .coref_time_place import places_conflict, times_conflict
from .coref_tolls import ACCOUNT_PARAS, figures, figures_disagree

# types whose bare verbal repeat is a re-telling (protests, strikes and crackdowns go on in many acts)
REPEATABLE = frozenset({"riot", "killing", "execution", "torture", "arrest", "attack"})


def part_of(a: Draft, b: Draft) -> bool:
    """``b`` (barricades) is a part of the demonstration or riot ``a`` reported just before or beside it."""
    if not barricade(b) or a.type not in ("protest", "riot") or barricade(a):
        return False
    if b.status == "negated" or a.status == "negated" or times_conflict(a.time, b.time):
        return False
    return a.sent_start == b.sent_start or (a.para == b.para and not places_conflict(a, b))


def trend_of(a: Draft, b: Draft) -> bool:
    """A trend and the tally of the same acts it summarises (either told first) are one record.

    The tally must be of acts that happened ("the gallows will be busier still" is no tally to sum up);
    the trend may be told in any mood but denial ("the regime's answer has been to step up executions").
    """
    if a.type != b.type:
        return False
    real = ("asserted", "attributed")
    if trend(b) and not trend(a):
        return a.scope == "aggregate" and a.status in real and b.status != "negated"
    if trend(a) and not trend(b):
        return b.scope == "aggregate" and b.status in real and a.status != "negated" and not a.mentions
    return False


def wave_named_first(a: Draft, b: Draft) -> bool:
    """A wave named first by a bare plural ("since demonstrations over prices began last week") and then
    told with its extent ("Nigerians have taken to the streets in at least 20 states"): one wave."""
    return (
        a.type == b.type == "protest"
        and a.nominal
        and not a.magnitudes
        and a.trigger.text.lower().endswith("s")
        and not b.nominal
        and b.scope == "aggregate"
        and 0 <= b.para - a.para <= ACCOUNT_PARAS
        and {a.status, b.status} <= {"asserted", "attributed"}
    )


def speakers_retelling(a: Draft, b: Draft) -> bool:
    """The same speaker tells again, in the next paragraphs, the act it reported ("700 were detained
    last week, the commission said ... it said police had carried out mass arrests and that many were
    being held"): nothing of its own (no figure, no written date), not "another" or "new" arrests,
    not a trend."""
    return (
        a.type == b.type
        and a.status == b.status == "attributed"
        and a.source is not None
        and b.source is not None
        and a.source.name == b.source.name
        and not b.magnitudes
        and (b.time is None or b.time_inferred)
        # ill-treatment and force come in many acts: "beaten" and "mock executions" are two
        and (a.type not in ("torture", "repression") or a.head_lemma == b.head_lemma)
        and 0 <= b.para - a.para <= 2
        and not trend(b)
        and not ANOTHER.search(b.evidence.text[: max(0, b.trigger.start - b.evidence.start)])
    )


def same_day_and_place(a: Draft, b: Draft) -> bool:
    """Both mentions write the same day and name the same place (or one within the other): "seven men
    who were hanged together at Qezel Hesar on Sunday ... the seven men executed in Qezel Hesar on
    Sunday were transferred ...". Not another act ("two other men were hanged"), not other people."""
    if a.type != b.type or a.time is None or b.time is None or a.time_inferred or b.time_inferred:
        return False
    if a.time.precision != "day" or (a.time.start, a.time.end) != (b.time.start, b.time.end):
        return False
    if not a.places or not b.places or a.places_inferred or b.places_inferred or places_conflict(a, b):
        return False
    return not other_sufferers(a, b) and not ANOTHER.search(before_trigger(b))


def bare_repeat(a: Draft, b: Draft) -> bool:
    """``b`` tells again, in the same or the next paragraph, an act of ``a``'s type with nothing new."""
    crowd_control = a.type == "repression" and dispersal(a) and dispersal(b)
    return (
        a.type == b.type
        and (a.type in REPEATABLE or crowd_control)
        and bare(b)
        and 0 <= b.para - a.para <= 1
        and {a.status, b.status} <= {"asserted", "attributed"}
        and not other_sufferers(a, b)
    )


# "only eight people", "just three", "no more than 20": a speaker playing a count down
PLAYED_DOWN = re.compile(r"\b(?:only|just|merely|no\s+more\s+than)\s+\W?$", re.IGNORECASE)
LOWER_QUALIFIERS = frozenset({"fewer_than", "at_most"})


def _played_down(d: Draft) -> tuple[tuple[str, int], ...]:
    """The counts a mention plays down ("said only eight people had been detained", "fewer than ten")."""
    text, start = d.evidence.text, d.evidence.start
    return tuple(
        (m.kind, m.value)
        for m in d.magnitudes
        if m.qualifier in LOWER_QUALIFIERS or PLAYED_DOWN.search(text[: max(0, m.start_char - start)])
    )


def rebuttal_count(a: Draft, b: Draft) -> bool:
    """A speaker's lower count of the act another voice reported above ("at least 60 drivers detained ...
    the prosecutor claimed that only eight people had been taken into custody"): the same act with a
    contested figure (docs/gold-format.md, N13 and K9), not a second sweep. Only detentions: a speaker
    who plays a toll down tells deaths of its own ("only one person died, killed by armed separatists"),
    a record beside the report."""
    if (
        not a.type == b.type == "arrest"
        or b.status != "attributed"
        or a.status not in ("asserted", "attributed")
    ):
        return False
    if a.source is not None and b.source is not None and a.source.name == b.source.name:
        return False
    low = _played_down(b)
    higher = any(k == kind and v > value for kind, value in low for k, _, v in figures(a))
    return higher and b.para >= a.para and not places_conflict(a, b)


# the acts a speaker's pronoun account tells again ("They were killed for asking for diesel", "they
# just started shooting", "police responded with tear gas"): deaths, force, demonstrations, riots, strikes
PRONOUN_TYPES = frozenset({"killing", "execution", "attack", "repression", "protest", "riot", "strike"})
# force told again of a recorded killing by its firing ("they came with tear gas and then they shot at us")
FORCE_TYPES = frozenset({"attack", "repression"})
FIRE_WORDS = frozenset({"fire", "shoot", "open", "gun", "gas"})
# the clause before the act opens on "they" (after a quote mark, a comma or a linking word) and names
# nobody, no number and no place: "They were", "Now they have been", "and then they", "Then they started"
PRONOUN_LEAD = re.compile(
    r"(?:^|[\"\u201c\u2018']\s*|[,;]\s+|\s(?=(?i:and|but)\s))"
    r"(?i:(?:(?:now|then|and|but|so|later|and\s+then)\s+)?they)\s+(?:[a-z][\w'-]*\s+){0,5}$"
)
# a named site after the act ("shot dead in Ndop") or a month or year in its sentence: a place or day of
# its own, even where the gazetteer or the time reader missed it
OWN_SITE = re.compile(r"\b(?:in|at|near|outside)\s+([A-Z][\w'-]+)")
OWN_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:19|20)\d\d)\b"
)


def _own_words(a: Draft, b: Draft) -> bool:
    """``b``'s sentence writes a site after the act or a date that ``a``'s does not."""
    theirs, ours = b.evidence.text, a.evidence.text
    after = theirs[max(0, b.trigger.end - b.evidence.start) :]
    if any(m.group(1) not in ours for m in OWN_SITE.finditer(after)):
        return True
    return any(m.group(0) not in ours for m in OWN_DATE.finditer(theirs))


DOER_ROLES = frozenset({"perpetrator", "initiator"})


def _doers(d: Draft) -> set[str]:
    return {x.name for x in d.actors if x.role in DOER_ROLES and x.text is not None}


# a march and a sit-in, a strike and a boycott are two acts (coref.DISTINCT_SUBTYPES); the generic forms
# name none in particular
FORM_TYPES = frozenset({"protest", "strike", "repression"})
ANY_FORM = frozenset({"demonstration", "labor_strike"})


def _forms_differ(a: Draft, b: Draft) -> bool:
    if a.type != b.type or a.type not in FORM_TYPES or not a.subtype or not b.subtype:
        return False
    return a.subtype != b.subtype and not {a.subtype, b.subtype} & ANY_FORM


def pronoun_retold(a: Draft, b: Draft) -> bool:
    """A later sentence that tells an act of the record's type by a pronoun only, with nothing the guide
    makes a record of its own (K1, K2): "two miners were shot dead ... 'They were killed for asking for
    diesel,' he said"; "'They just started shooting,' said a woman from the village".

    Same type (or the firing of a recorded killing), told by a speaker of a record told as fact or as an
    account, within a report's account of its lead; no day, place, site or count of its own beyond the
    record's, no other doer, form, count or way of dying, not "another", not a trend. Asked only for a
    mention no other rule joins to a record: the pronoun points to the nearest such record.
    """
    if a.type not in PRONOUN_TYPES or b.sent_start <= a.sent_start:
        return False
    firing = a.type == "killing" and b.type in FORCE_TYPES and b.head_lemma in FIRE_WORDS
    if a.type != b.type and not firing:
        return False  # the firing that killed, told again ("they shot at us as we ran"), is the killing (N12)
    if a.status not in ("asserted", "attributed") or b.status != "attributed" or trend(a) or trend(b):
        return False  # a speaker's account: "we"/"he" is the speaker's own side, a narrative "they" may go on
    if not 0 <= b.para - a.para <= ACCOUNT_PARAS:
        return False
    lead = before_trigger(b)
    if not PRONOUN_LEAD.search(lead) or ANOTHER.search(lead) or any(ch.isdigit() for ch in lead):
        return False
    if (
        b.time is not None
        and not b.time_inferred
        and (a.time is None or (a.time.start, a.time.end) != (b.time.start, b.time.end))
    ):
        return False  # a day of its own
    own_place = bool(b.places) and not b.places_inferred
    if own_place and not {p.name for p in b.places} <= {p.name for p in a.places}:
        return False  # a place of its own
    ours = {(m.kind, m.value) for m in a.magnitudes}
    if any(not any(k == m.kind and v >= m.value for k, v in ours) for m in b.magnitudes):
        return False  # a count of its own
    if times_conflict(a.time, b.time) or places_conflict(a, b) or different_people(a, b):
        return False
    if under_fire_apart(a, b):
        return False  # the side fired on and the shooting the other side tells: two acts (as merge_drafts)
    if figures_disagree(a, b) or manners_differ(a, b) or _forms_differ(a, b):
        return False  # another count, another way of dying, a march after a sit-in: another act
    # a doer written in the retelling's own sentence (not one its pronoun was taken to stand for)
    written = {x.name for x in b.actors if x.role in DOER_ROLES and x.text and x.text in b.evidence.text}
    doers = _doers(a)
    if doers and written and not doers & written:
        return False
    return not _own_words(a, b)
