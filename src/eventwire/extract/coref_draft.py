"""The draft coreference works on, and what one mention tells of itself.

A ``Draft`` is an event before ids and coreference. The readings here look at a single mention: the
words before its trigger, whether it names a trend ("the wave of executions"), whether it is a bare
verbal retelling with nothing of its own, barricades beside a crowd, crowd control, a shooting, a
denial by a negative quantifier ("no one was killed"), an act still awaited ("ahead of the march").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..records import Actor, Magnitude, Place, Span, Time
from .senses_weapons import ARMED_POSTS

BACK_REFERENCE_DETS = frozenset({"the", "this", "these", "those", "that", "such", "its", "their"})
# force that is shooting: its denial ("denied that anyone was shot", "denied its soldiers fired live
# rounds") answers the report of a shooting that killed
FIRE_LEMMAS = frozenset({"fire", "shoot", "open", "gun"})
MODAL = frozenset({"predicted", "hypothetical"})
VICTIM_TYPES = frozenset({"killing", "execution", "torture", "arrest"})
BLOCKADE_LEMMAS = frozenset({"block", "blockade", "barricade"})
# "another", "a second", "also", "again", "a separate", "a new", "further": not the one before
ANOTHER = re.compile(
    r"\b(another|second|third|also|again|separate|separately|new|further|more|other|later that|next day)\b",
    re.IGNORECASE,
)
TREND = re.compile(
    r"\b(waves?|surges?|rises?|spate|increases?|escalation|series|string|upsurge|uptick|rising|growing "
    r"number|step(?:s|ped|ping)? up|ramp(?:s|ed|ing)? up|intensif(?:y|ied|ies|ying))\s+(?:of\s+|in\s+)?"
    r"(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a back-reference by a generic word ("the gathering", "the protest", "the strike") names no
# particular form
# a negative quantifier over the sufferers or the act, close before the trigger in its own clause
NONE_SUFFERED = re.compile(
    r"\b(?:no(?:\s+one|body|-one)|none|not\s+(?:a\s+single|one|even\s+one)|no(?=\s+[a-z]))\b"
    r"[^,;:.\"\u201c\u201d]{0,80}$",
    re.IGNORECASE,
)
AWAITED = re.compile(
    r"\b(?:ahead\s+of|in\s+anticipation\s+of|in\s+preparation\s+for|to\s+prepare\s+for|in\s+the\s+run-up\s+to"
    r"|before|for)\s+(?:the|a|this|next\s+\w+'s|their|its)\s+(?:planned\s+|expected\s+|announced\s+|"
    r"called\s+|proposed\s+|upcoming\s+|coming\s+)?(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)


ONE_OF_KIND = re.compile(r"\b(?:one|among)\s+of\s+the\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)


# what a call asks to look into, condemn or mourn, right before the act it names ("to investigate the",
# "investigations into the", "to condemn the", "despite the")
NAMED_BY_CALL = re.compile(
    r"\b(?:investigat\w*|inquir\w*|probes?|probing|into|condemn\w*|denounc\w*|mourn\w*|despite)\s+"
    r"(?:the|these|those|this|such|its|their)\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)


# a year written in the mention's own noun phrase: "the 2019 protests", "the protests of 2019", "the
# October 2022 uprising", "the crackdown in 2023"
YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)(?:'s)?\s+(?:[\w'-]+\s+){0,1}$")
YEAR_AFTER = re.compile(
    r"^\s+(?:of|in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b"
)


@dataclass(frozen=True, slots=True)
class Denial:
    """Who denies a reported act, in which claim, by which word ("rejected", "denied", "dismissed")."""

    denier: Actor
    claim_id: str | None
    cue: Span


@dataclass(frozen=True, slots=True)
class Draft:
    """An event before ids and coreference: a trigger with everything bound to it."""

    type: str
    subtype: str | None
    status: str
    scope: str
    trigger: Span
    evidence: Span
    sent_start: int
    time: Time | None
    places: tuple[Place, ...]
    country: str | None
    actors: tuple[Actor, ...]
    magnitudes: tuple[Magnitude, ...]
    source: Actor | None
    claim_id: str | None
    nominal: bool
    phrase: bool
    hedged: bool
    back_reference: bool  # a definite/demonstrative nominal ("the protests")
    head_lemma: str
    linked: frozenset[int] = frozenset()  # trigger heads syntactically tied to this one in its sentence
    head: int = -1
    mentions: tuple[Span, ...] = ()
    time_inferred: bool = False  # the time came from the paragraph or the lead, not the event's sentence
    places_inferred: bool = False  # likewise the places
    para: int = 0  # paragraph number (line breaks before the sentence)
    verbal_assert: bool = False  # asserted by a verbal, non-headline mention (nominals do not assert)
    figure_sources: tuple[tuple[str, str | None, int], ...] = ()  # (kind, claim id, value) of merged figures
    subject: int = -1  # token index of a verbal trigger's own noun subject (-1: none, or a pronoun)
    # a speaker who denies the report that tells this act ("the minister rejected reports in foreign media
    # that detainees were beaten"): the denier, the denial's claim id and its cue word
    denied_by: Denial | None = None
    told: bool = False  # a record that took in a mention outside any headline (its story's telling)
    # on the article's top lines, before any told sentence: its title (under a dateline or publisher line)
    title: bool = False
    # where a noun that is its sentence's subject tells the act again ("The ambush was the deadliest in
    # the state since June"): the start of that sentence, -1 for none (status_retelling)
    retold_at: int = -1

    def richness(self) -> float:
        return (
            (0.0 if self.nominal else 1.5)
            + (1.0 if self.time else 0.0)
            + 0.6 * min(len(self.places), 2)
            + 0.4 * min(len(self.actors), 3)
            + 0.8 * len(self.magnitudes)
            + (0.5 if self.status == "asserted" else 0.0)
        )


def one_of_kind(d: Draft) -> bool:
    """A noun that ranks the act among others of its kind ("in one of the boldest attacks outside the
    capital", "turned into one of the largest protests in a year"): the act itself, not a wave."""
    return d.nominal and not d.magnitudes and searched(ONE_OF_KIND, before_trigger(d))


def awaited(d: Draft) -> bool:
    """A bare nominal mention of an act still to come: "ahead of the march", "in anticipation of the
    strike", "in preparation for the rally", "before the planned protest"."""
    if not d.nominal or d.magnitudes or d.status == "negated" or (d.time is not None and not d.time_inferred):
        return False
    return bool(AWAITED.search(before_trigger(d)))


def named_in_call(d: Draft) -> bool:
    """A word pointing back at an act already told, as what a call or a plan asks to look into, condemn or
    mourn ("calls on the UN to investigate the killings", "open independent investigations into the
    killings", "will gather to condemn the rioting", "will march despite the arrests"): the act is named,
    not called for, and its mood is the call's, not its own. An act that is to go on or spread ("join
    the strike", "the protests could spread") is called for."""
    return d.status in MODAL and named_to_condemn(d)


def named_to_condemn(d: Draft) -> bool:
    """A word pointing back at an act as what someone looks into, condemns or mourns ("to condemn the
    rioting", "an inquiry into the killings"), whatever the mood of its clause: the date its sentence
    gives is the condemning's, not the act's."""
    return (
        d.nominal and d.back_reference and not d.magnitudes and bool(NAMED_BY_CALL.search(before_trigger(d)))
    )


def none_suffered(d: Draft) -> bool:
    """A denial by a negative quantifier in the trigger's own clause: "no one was killed", "nobody
    has been detained", "no protester was hurt", "not a single shot was fired", "none were arrested"."""
    if d.status != "negated":
        return False
    upto = d.evidence.text[: max(0, d.trigger.end - d.evidence.start)]  # the clause up to the trigger
    return bool(NONE_SUFFERED.search(upto))


def shooting(d: Draft) -> bool:
    return d.subtype in ("shooting", "excessive_force") or d.head_lemma in FIRE_LEMMAS


def post_assault(d: Draft) -> bool:
    """Gunmen firing on a checkpoint, a post or a patrol ("opened fire on a police checkpoint"): an armed
    assault whose dead are its toll, not a shooting that the deaths make a killing (its trigger phrase runs
    to the post: the triggers of senses.ARMED_POSTS)."""
    if d.type != "attack" or d.subtype != "shooting" or d.nominal:
        return False
    return any(w in ARMED_POSTS for w in d.trigger.text.lower().split()[2:])


def before_trigger(d: Draft) -> str:
    return d.evidence.text[: max(0, d.trigger.start - d.evidence.start)]


# a definite act its sentence says goes on ("The strike was continuing on Monday", "He said the strike was
# still going on", "The sit-in continued", "the strike, which began on 2 May, entered its second week"); not
# one said to go on later ("the protests would continue on Monday"): that is an act to come of its own
GOES_ON = re.compile(
    r"^(?:,[^,.;]{1,80},)?\s+(?:(?:was|were|is|are|has|have|had)\s+)?"
    r"(?:(?:still|now|also)\s+)?(?:been\s+)?(?:continu\w*|go(?:es|ing)?\s+on|went\s+on|gone\s+on"
    r"|enter(?:ed|s|ing)?\s+(?:its|their|a)\s|dragg?(?:ed|s|ing)?\s+on)",
    re.IGNORECASE,
)


DEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:the|this|that)\s+$", re.IGNORECASE)


def goes_on(d: Draft) -> bool:
    """A back-reference whose clause says the act goes on: the record told before it, whatever later day
    its own sentence gives the going on ("was continuing on Monday")."""
    # a definite article before it will do when the tagger reads the noun as a verb ("The sit-in continued")
    definite = (d.nominal and d.back_reference) or bool(DEFINITE_BEFORE.search(before_trigger(d)))
    if not definite or d.magnitudes or d.status not in ("asserted", "attributed"):
        return False
    return bool(GOES_ON.search(d.evidence.text[max(0, d.trigger.end - d.evidence.start) :]))


def barricade(d: Draft) -> bool:
    """Barricades named as a noun ("broke through police barricades", "built barricades from benches"):
    a part of the crowd's action in that sentence or the one before, not a protest of their own."""
    return d.type == "protest" and d.nominal and d.head_lemma in BLOCKADE_LEMMAS and not d.magnitudes


def dispersal(d: Draft) -> bool:
    """Crowd control: breaking up a crowd. When it killed ("fired tear gas at the marchers, killing two")
    the record it joins is the killing (N12)."""
    return d.type == "repression" and d.subtype == "dispersal"


def trend(d: Draft) -> bool:
    """The mention names a trend, not an event: "a sharp rise in air strikes", "the wave of executions",
    "stepped up arrests of activists", "a surge in executions"."""
    before = d.evidence.text[: max(0, d.trigger.start - d.evidence.start)]
    return d.nominal and not d.magnitudes and searched(TREND, before)


@functools.lru_cache(maxsize=8192)
def searched(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text)`` found something; remembered: the pairwise checks of coreference ask it
    of each mention's sentence again and again."""
    return pattern.search(text) is not None


def bare(d: Draft) -> bool:
    """A verbal mention with nothing of its own: no figure, and its time and place (if any) guessed
    from its paragraph ("Part of the building was later set ablaze.")."""
    return (
        not d.nominal
        and not d.magnitudes
        and (d.time is None or d.time_inferred)
        and (not d.places or d.places_inferred)
        and not ANOTHER.search(d.evidence.text[: max(0, d.trigger.start - d.evidence.start)])
    )


def named_year(d: Draft) -> str | None:
    """The year written in the mention's own phrase ("the 2019 protests", "the protests of 2019")."""
    return _year_around(d.evidence.text, d.trigger.start - d.evidence.start, d.trigger.end - d.evidence.start)


@functools.lru_cache(maxsize=8192)
def _year_around(text: str, start: int, end: int) -> str | None:
    """named_year's reading of one evidence text: coref asks it for every pair of mentions, so each
    mention's answer is kept rather than its text sliced and searched again."""
    before = YEAR_BEFORE.search(text[: max(0, start)])
    if before:
        return before.group(1)
    after = YEAR_AFTER.match(text[max(0, end) :])
    return after.group(1) if after else None
