"""Within-document event coreference: one real-world event reported in several places is one record.

Two drafts merge when they share a type (or a shooting subtype), their statuses agree (asserted absorbs
attributed), their times and places do not conflict, and either they sit in the same sentence or the
later one refers back: a nominal back-reference ("the protests", "this crackdown", however far up the
report its event was told), a speaker's account or rival toll of a deadly incident (up to four
paragraphs down, unless it counts "since" some date), the very same written toll (anywhere in the report
when it counts three or more), the same named victim (a person dies once, whatever date each telling
gives), a bare verbal retelling with nothing of its own ("the building was later set ablaze"), a trend
summing up a tally ("the wave of executions"), barricades beside the crowd that built or broke them, a
raid whose only outcome is its detentions, a dateless (sub)headline and the act told below it, the same
written day and place, firing on people and the deaths in the next sentence, deaths with no named killer
and the attack told just below, a mention awaiting a called-for act ("in anticipation of the march").
Mentions that tell another event apart stay apart: other named victims, another manner of death, a
written other day or place, a detainee count by another voice that names a place of its own or comes
further down, "another", "also", "again", an incident named inside its wave ("including six men hanged
together"). A second pass joins records that retell one
toll, and folds a bare back-reference no rule joined ("the leaders of the riots could face charges",
"denied any role in the attack") into the nearest record of its type told before it, unless it is an
act to be joined or to spread ("would join the strike"). The merged record keeps its richest mention's
trigger and evidence; the others go to ``mentions``.
Its status is the publisher's only where the publisher tells the act in a verbal mention of its own (not
a noun, a headline, or a relative clause pointing back); a called-for act never becomes asserted by the
words that describe it.

A denial just below a report ("officials deny anyone was shot") answers it but is not merged into it:
it becomes a negated record of its own beside the report, of the report's type, with the denier as
source, the report's doers and sufferers where it names none, the report's date where it has no
date at all, not even its paragraph's, and the report's place where its own clause names none (a place
beside the denier or the verb of saying is where the statement was made; docs/gold-format.md, decided
in sessions 5 and 6); a second telling of the same denial joins that record.

This module holds the entry point and the compatibility test that weighs the rules; the rules live
beside it: ``coref_draft`` (the draft and what one mention tells of itself), ``coref_time_place``,
``coref_headings``, ``coref_tolls`` (retold tolls and figures), ``coref_clauses`` (deaths told in a
relative clause on an event are its toll), ``coref_guards`` (what keeps
incidents apart), ``coref_agreement`` (types and statuses), ``coref_retellings`` and ``coref_merge``
(what the merged record keeps).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Time, replace
from .coref_agreement import fire_then_deaths, riot_called_attack, status_ok, told_toll, types_ok
from .coref_clauses import tolls_into_events
from .coref_draft import (
    ANOTHER,
    MODAL,
    Draft,
    bare,
    barricade,
    before_trigger,
    goes_on,
    named_to_condemn,
    named_year,
    trend,
)
from .coref_draft import BACK_REFERENCE_DETS as BACK_REFERENCE_DETS
from .coref_draft import VICTIM_TYPES as VICTIM_TYPES
from .coref_guards import (
    crowds_apart,
    different_people,
    distinct_subjects,
    incident_of_wave,
    manners_differ,
    other_initiators,
    same_person,
    under_fire_apart,
)
from .coref_headings import headline, heads, same_period
from .coref_lede import lede_pairs, lede_sentence
from .coref_merge import merge
from .coref_retellings import (
    REPEATABLE,
    bare_repeat,
    part_of,
    pronoun_retold,
    rebuttal_count,
    same_day_and_place,
    speakers_retelling,
    trend_of,
    wave_named_first,
)
from .coref_time_place import places_conflict, sites_within, times_conflict, within
from .coref_tolls import account_near, contested, figures_disagree, is_account, same_toll, toll_retold
from .events_words import MEASURE_SUBTYPES
from .status_retelling import retold_ledes

__all__ = ["Draft", "merge_drafts"]

# an operation whose whole outcome is the detentions it made ("soldiers raided the village and detained
# 15 men", "officers raided a kitchen and took away nine volunteers"): one arrest, not a raid and an arrest
RAID_LEMMAS = frozenset({"raid", "storm", "search", "sweep", "swoop"})
RAID_OUTCOMES = frozenset({"arrest", "killing"})  # what a raid may have done and nothing else
ONCE_TYPES = frozenset({"killing", "execution"})  # what a named person suffers only once
HOLD_LEMMAS = frozenset({"hold", "keep"})  # being kept in detention, not being taken
GENERIC_SUBTYPES = frozenset({"demonstration", "labor_strike"})


# the paragraph that tells the lede's act again: a headline (0), the lede (1), the next paragraph (2)
LEDE_RETOLD_PARA = 2


def _measures_apart(a: Draft, b: Draft) -> bool:
    """Two repression records of which one is a measure (a curfew, an internet cut, a ban, a state of
    emergency) and the other a different kind: two acts ("internet has been cut and a curfew imposed")."""
    return (
        a.type == b.type == "repression"
        and a.subtype is not None
        and b.subtype is not None
        and a.subtype != b.subtype
        and bool({a.subtype, b.subtype} & MEASURE_SUBTYPES)
    )


DISTINCT_SUBTYPES = frozenset({"protest", "strike", "repression"})  # a march and a sit-in are two events


# a noun naming the act inside another phrase: "the leaders of the riots", "a role in the attack",
# "linked to the bombing", "to protest against the arrests", "concerned by the abduction"; or the object
# of a verb that judges it ("described the arrests as a warning shot"): the mood of the clause is the
# phrase's, not the act's
PHRASE_OBJECT = re.compile(
    r"\b(?:of|in|behind|during|after|since|to|against|by|over|about|into|with"
    r"|describ(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?)"
    r"\s+(?:the|these|those|this|that|its|their)\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# an act to come again is an act of its own: "the country could see a return to the killings of November"
RETURN_OF = re.compile(
    r"\b(?:return(?:s|ed|ing)?|resumption|repeat|repetition|recurrence)\s+(?:to|of)\s+"
    r"(?:the|these|those|this|that|its|their)\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)


# what a clause says of the course of an act already under way or told, not of its happening (K1: "the
# strike would continue until the arrears are paid", "the stoppage will go on indefinitely"; "the
# protests would die out within weeks", "expected the strike to end within days", "the crackdown could
# backfire"): the act is named, its mood is its course's; an act to spread, grow, harden ("would become
# indefinite") or be joined, or one told with a day or a stretch of its own, is not this (K1, K2)
COURSE_AFTER = re.compile(
    r"^(?:,[^,.;]{1,80},)?\s+(?:(?:would|will|could|may|might|can|should|to)\s+)(?:not\s+|never\s+)?"
    r"(?:(?:only|soon|probably|likely|simply|eventually|just)\s+)?[\"\u201c]?"
    r"(?:continue\b|go\s+on\b|carry\s+on\b|end\b|stop\b|cease\b|weaken|collapse|die\s+(?:out|down)"
    r"|fizzle|peter\s+out|subside|backfire|fail\b|succeed)",
    re.IGNORECASE,
)
# an act to come told in the same clause ("would go on until …, and urged truckers to join it from Saturday"):
# the called-for act keeps the mention
JOINED_AFTER = re.compile(r"\b(?:join|extend|spread|widen|expand|escalate)\w*\b", re.IGNORECASE)
# where the going-on's own clause ends ("… until the decree is repealed and called for a march on Thursday":
# the day is the march's)
CLAUSE_END = re.compile(r",|;|\s(?:and|but|while|if|unless)\s", re.IGNORECASE)
# a day or a stretch of its own ("would continue on Monday if …", "until Friday", "next week"): K1's record
DAY_AFTER = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next\s+(?:week|month))\b"
    r"|\b\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\b",
    re.IGNORECASE,
)


def course_told(d: Draft) -> bool:
    """A definite act (a back-reference) whose clause tells, in a mood, only how it goes on, ends or turns
    out: "the strike would continue until every worker is paid" (K1), "the rallies would die out"."""
    after = d.evidence.text[max(0, d.trigger.end - d.evidence.start) :]
    return (
        bool(COURSE_AFTER.search(after))
        and not JOINED_AFTER.search(after)
        and not DAY_AFTER.search(CLAUSE_END.split(after, maxsplit=1)[0])
        and not ANOTHER.search(before_trigger(d))
    )


def _other_years(a: Draft, b: Draft) -> bool:
    """Each mention names its year in its own phrase, and they differ: "the 2019 protests" are not
    "the 2023 protests", however alike the words."""
    ya, yb = named_year(a), named_year(b)
    return ya is not None and yb is not None and ya != yb


def _one_callers_calls(a: Draft, b: Draft) -> bool:
    """One caller's two calls in one sentence for one act ("called a general strike for Monday and urged
    traders to keep their stalls shut"): two claims of one speaker, one called-for strike."""
    return (
        a.type == b.type
        and a.status == b.status == "predicted"
        and a.source is not None
        and b.source is not None
        and a.source.name == b.source.name
    )


def _compatible(a: Draft, b: Draft) -> bool:
    same_sentence = a.sent_start == b.sent_start
    if _other_years(a, b):
        return False
    if same_sentence and _measures_apart(a, b):
        return False  # "social media have been blocked since Thursday, and a curfew has been imposed"
    if same_sentence and a.type == b.type and (trend(a) or trend(b)):
        # "prisoner executed in Urmia as wave of executions continues": the event and its backdrop
        return False
    if part_of(a, b) or (same_sentence and part_of(b, a)) or trend_of(a, b):
        return True
    if (
        not same_sentence
        and a.type == b.type
        and goes_on(b)
        and a.status in ("asserted", "attributed")
        and not places_conflict(a, b)
    ):
        return True  # "went on strike on Thursday ... The strike was continuing on Monday": one strike
    linked = same_sentence and (b.head in a.linked or a.head in b.linked)
    # one clause's event and the toll of it ("attacked the town, killing 10,000"): a place each names
    # differently (a people taken for a place, a district and its province) does not split them
    tied = linked and a.type == b.type
    toll = (linked and a.type != b.type and "killing" in (a.type, b.type)) or told_toll(a, b)
    if not types_ok(a, b, same_sentence) or not (
        status_ok(a, b) or (tied and b.status != "negated" and (b.status not in MODAL or a.status in MODAL))
    ):
        return False  # a participle tied to its clause's report shares its status ("marched ... chanting")
    if under_fire_apart(a, b):
        return False  # "officers had come under fire ... 'They shot him like a dog'": each side's act
    if not same_sentence and rebuttal_count(a, b):
        return True  # "at least 60 detained ... the prosecutor said only eight": one act, a contested count
    if not same_sentence and same_person(a, b):
        # "Azizi was arrested in October 2022 ... was held for 70 days in Urmia ... the agency denied he
        # had been mistreated": one person's detention (or ordeal) told in steps, whatever place or
        # paragraph date each sentence gives; a date written for each that differs still splits them
        written = not a.time_inferred and not b.time_inferred
        if a.type in ONCE_TYPES:
            # a person dies once: "as the country marked four years since Mahsa Amini died" (dated by
            # its sentence's anniversary) and "Amini ... died in hospital three days later" are one
            return not figures_disagree(a, b)
        return not figures_disagree(a, b) and not (written and times_conflict(a.time, b.time))
    # "the protests" has no time of its own, nor has a denial ("a spokesman denied that prisoners were
    # tortured") beyond the paragraph's date of the statement
    loose = b.time_inferred and ((b.nominal and b.back_reference) or b.status == "negated")
    # nor has the act named inside a call ("calls for an inquiry into the killings"): its date, if any,
    # is the call's
    loose = loose or (named_to_condemn(b) and a.status not in MODAL)
    # nor has a relative clause on a definite noun ("the family of the man who was killed"): the date
    # in its sentence is its main clause's ("On Monday, the governor met the family of ...")
    loose = loose or (b.back_reference and not b.nominal and not same_sentence and b.type in ONCE_TYPES)
    # in one sentence, a toll's date guessed from the paragraph yields to the one written beside its
    # attack ("On Sunday, fighters attacked a police station, ..., claiming to have killed four")
    # and so does one clause's participle of the same act ("opened fire on worshippers on Sept. 30,
    # killing dozens")
    participle = tied and not b.nominal and b.trigger.text.lower().endswith("ing") and a.scope == b.scope
    # and so does a noun's date guessed from the article to the day a clause on it writes ("the
    # execution of three prisoners, who were hanged together on 3 September")
    participle = participle or (
        tied and a.nominal and not b.nominal and a.time_inferred and a.scope == b.scope
    )
    loose = loose or (
        same_sentence and (a.type != b.type or participle) and (a.time_inferred or b.time_inferred)
    )
    # a retelling of the very toll told before ("eight people died ... the Ombudsman reported that eight
    # people died of gunshot wounds") takes its paragraph's date from the statement, not the deaths;
    # and a lead that only names the toll ("investigate the killing of at least four people") has no
    # date of its own beside the body's
    retold = not same_sentence and same_toll(a, b)
    loose = loose or ((a.time_inferred or b.time_inferred) and retold)
    # a (sub)headline dated only by the article ("Tear gas fired onto a campus") is told, with its
    # date, in the paragraph below it
    loose = loose or heads(a, b)
    # a speaker's account just after the report, with no date in its own sentence ("Her family has
    # said she was beaten in the van that took her away"), is not dated by its paragraph's other acts
    loose = loose or (
        b.time_inferred
        and not a.time_inferred
        and not same_sentence
        and 0 <= b.para - a.para <= 1
        and a.type in REPEATABLE  # a protest goes on in many acts; "people protesting" is no account
        and is_account(a, b)
    )
    if not loose and times_conflict(a.time, b.time):
        return False
    if figures_disagree(a, b):
        return False  # "police said 950 were arrested ... the party said 4,000": two counts, two records
    if different_people(a, b):
        return False  # "he was arrested in 2022 ... police arrested his brother, Karwan Azizi": two
    if manners_differ(a, b):
        return False  # "fired on mourners, killing three ... a militiaman was stabbed to death": two
    if same_sentence and (distinct_subjects(a, b) or crowds_apart(a, b)):
        return False  # "a man was shot in Omdurman and a second protester died in Bahri": two events
    if same_sentence and incident_of_wave(a, b):
        return False  # "31 executed in ten days, including six men hanged together on Sunday": both
    if (
        places_conflict(a, b)
        and not (b.back_reference and b.nominal and not same_sentence)
        and not (tied or toll)
        # a site the gazetteer does not know, told in the paragraph after the lede ("stormed a village in
        # Borno state ... The fighters arrived in Kalari village and opened fire"), may lie inside the
        # region the lede wrote: the lede's act told again step by step, not a second one
        and not ((retold or a.para < b.para <= LEDE_RETOLD_PARA) and sites_within(a, b))
    ):
        return False  # a back-referring nominal does not carry its sentence's place
    if (
        a.claim_id != b.claim_id
        and a.claim_id is not None
        and b.claim_id is not None
        and same_sentence
        and not _one_callers_calls(a, b)
        and not told_toll(a, b)  # "…, the group said, claiming to have killed six soldiers": one attack
    ):
        return False
    if same_sentence:
        if not linked and "toll" in (a.head_lemma, b.head_lemma):
            return False  # "…, killing at least 13 people, as the death toll from six days passed 100"
        return a.type == b.type or linked or riot_called_attack(a, b) or told_toll(a, b)
    if same_toll(a, b) or speakers_retelling(a, b):
        return True  # "shot dead at least 13 people ... the commission said 13 people had been killed"
    if (a.type, b.type) == ("killing", "attack") or (a.type == "attack" and toll_retold(a, b)):
        return True  # a deadly attack and its toll told apart, as the type check allowed
    if fire_then_deaths(a, b, same_sentence):
        return True
    bare_reference = b.back_reference and b.nominal and not b.magnitudes
    # a headline's scope is a guess unless it gives a count ("At least 31 prisoners executed in a week")
    uncounted_headline = headline(a) and all(m.value <= 1 for m in a.magnitudes)
    if (
        a.scope != b.scope
        and b.places
        and not b.places_inferred
        and not bare_reference
        and not uncounted_headline
    ):
        # "attacked the gathering" does not carry its sentence's place, so no scope of its own either;
        # "the marches took place in at least nine other towns" does
        return False
    if (
        a.subtype
        and b.subtype
        and a.subtype != b.subtype
        and a.type == b.type
        and a.type in DISTINCT_SUBTYPES
        and not (
            b.back_reference
            and b.nominal
            and b.subtype in GENERIC_SUBTYPES
            and (b.time is None or b.time_inferred)
        )
        and not (
            (a.subtype in GENERIC_SUBTYPES or b.subtype in GENERIC_SUBTYPES)
            and a.scope == b.scope == "single"
            and not other_initiators(a, b)
        )
    ):
        # a march and a sit-in are two events; a crowd that gathered and then marched is one, unless
        # another crowd holds the rally ("supporters marched ... the opposition held a rally") or the
        # gathering is one act of a wave ("sit-ins in 20 provinces ... in Tehran, teachers gathered")
        return False
    if b.back_reference or (headline(a) and a.type == b.type and same_period(a, b) and not trend(a)):
        return True
    # an official's denial comes late in a report; two denials of one thing are one
    if a.status == b.status == "negated":
        # one denial told twice ("the government said no death was linked to the security forces ...
        # its spokesperson said no protester was killed by the police")
        return b.para - a.para <= 1
    denial = b.status == "negated" and a.status != "negated"  # an official's denial comes late in a report
    if (is_account(a, b) and account_near(a, b)) or denial:
        # a speaker's account (a toll, a detail) of the event the report already described
        if a.status == "asserted":
            return b.time is None or a.time is not None
        # a second speaker's account of an event the first speaker reported: same scope, no other date
        same_day = b.time is None or b.time_inferred or (a.time is not None and a.time.start == b.time.start)
        other_voice = a.source is None or b.source is None or a.source.name != b.source.name
        # a bare toll ("nine people were killed") names no place of its own, so no scope either
        same_scope = (
            a.scope == b.scope
            or (b.type == "killing" and (not b.places or b.places_inferred))
            or b.status == "negated"  # "denied that any teacher had been arrested" answers all the arrests
        )
        return a.status == "attributed" and same_scope and same_day and other_voice
    if bare_repeat(a, b) or wave_named_first(a, b) or same_day_and_place(a, b):
        return True
    return b.head_lemma == a.head_lemma and b.nominal and a.nominal and bool(a.places) and bool(b.places)


def _raids_into_arrests(drafts: Sequence[Draft]) -> list[Draft]:
    """Fold a raid whose only outcome in its sentence is detentions, or deaths, into that act.

    "Soldiers raided the village and detained 15 young men", "in raids overnight, agents entered dozens
    of homes and took away young men": one arrest, with the raid's place; "police raided the party's
    offices and shot dead its youth leader": one killing (force with deaths told is a killing,
    docs/gold-format.md). A raid that did more ("raided the camp, beating demonstrators and arresting
    nine") stays an act of force of its own beside the arrests.
    """
    out = list(drafts)
    for raid in drafts:
        if raid.type != "repression" or raid.head_lemma not in RAID_LEMMAS or raid.status == "negated":
            continue
        others = [o for o in drafts if o is not raid and o.sent_start == raid.sent_start]
        tied = [o for o in others if o.head in raid.linked or raid.head in o.linked]
        # tied to its outcome by the syntax, or the only other act its sentence tells
        told = tied or others
        outcomes = [o for o in told if o.type in RAID_OUTCOMES and o.status == raid.status]
        if len(outcomes) != 1 or len(told) != 1 or outcomes[0] not in out or raid not in out:
            continue
        outcome = outcomes[0]
        folded = merge(
            outcome,
            replace(
                raid, type=outcome.type, subtype=outcome.subtype, head_lemma=outcome.head_lemma, nominal=True
            ),
            contested,
        )
        if folded.trigger != outcome.trigger:  # the outcome stays the record's trigger, the raid a mention
            rest = tuple(m for m in folded.mentions if m != outcome.trigger)
            folded = replace(folded, trigger=outcome.trigger, mentions=(*rest, raid.trigger))
        folded = replace(folded, type=outcome.type, subtype=outcome.subtype, head_lemma=outcome.head_lemma)
        out[out.index(outcome)] = folded
        out.remove(raid)
    return out


CUSTODY_LEMMAS = frozenset({"hold"})  # a state of custody, not an act of arresting ("was held for months")


def _custody_into_acts(drafts: Sequence[Draft]) -> list[Draft]:
    """Fold a custody told as a state ("was held for five months", "five were still held") into the act
    of its sentence that it is the setting of: the ill-treatment done there ("was held for five months
    in a detention centre, where he was beaten": the torture, no second arrest), or the arrest that
    began it ("20 were detained and five are still held": one arrest). Its words become a mention."""
    out = list(drafts)
    for held in drafts:
        if held.type != "arrest" or held.head_lemma not in CUSTODY_LEMMAS or held.status == "negated":
            continue
        others = [
            o for o in out if o is not held and o.sent_start == held.sent_start and o.status != "negated"
        ]
        host = next((o for o in others if o.type == "torture"), None)
        if host is None:
            acts = (o for o in others if o.type == "arrest" and o.head_lemma not in CUSTODY_LEMMAS)
            host = next(acts, None)
        if host is None or held not in out:
            continue
        out[out.index(host)] = replace(host, mentions=(*host.mentions, held.trigger, *held.mentions))
        out.remove(held)
    return out


def merge_drafts(drafts: Sequence[Draft], window: int = 6) -> list[Draft]:
    """Merge coreferent drafts (text order in, text order out by each record's first mention)."""
    merged: list[Draft] = []
    parts: list[list[Draft]] = []  # each record's own mentions, as drafts
    answered: dict[int, int] = {}  # a report's index -> the index of the denial record that answers it
    for d in sorted(
        _with_denials(tolls_into_events(_raids_into_arrests(_custody_into_acts(drafts)))),
        key=lambda x: x.trigger.start,
    ):
        target = None
        # a bare back-reference ("keep the demonstrations peaceful") may point back to the story's
        # main event however far up the report it was told
        bare_reference = d.back_reference and d.nominal and not d.magnitudes
        reach = len(merged) if bare_reference or trend(d) else window * 3
        for k in range(len(merged) - 1, max(-1, len(merged) - 1 - reach), -1):
            if _compatible(merged[k], d) or _joins_part(merged[k], parts[k], d):
                target = k
                if (
                    d.sent_start == merged[k].sent_start
                    or d.back_reference
                    or barricade(d)
                    or bare(d)
                    or trend(d)
                ):
                    break
        # an account by a speaker joins the earliest compatible event (the lead), not the nearest
        if target is None:
            # a speaker's "they" that no rule joins ("'They were killed for asking for diesel,' he said")
            # tells again the nearest record it agrees with (coref_retellings.pronoun_retold)
            retold = (k for k in range(len(merged) - 1, -1, -1) if pronoun_retold(merged[k], d))
            target = next(retold, None)
        if target is None:
            merged.append(d)
            parts.append([d])
        elif d.status == "negated" and merged[target].status != "negated":
            # a denial of a reported event is a record of its own beside the report, of the report's
            # type ("fired live ammunition, killing six ... it denied security forces had fired on the
            # procession"); a second telling of the same denial joins it
            report = merged[target]
            roles = {x.role for x in d.actors if x.text is not None}
            told = tuple(x for x in report.actors if x.text is not None and x.role not in roles)
            denial = replace(d, type=report.type, subtype=report.subtype, actors=(*d.actors, *told))
            own = d.time
            if report.time is not None and (
                own is None or (d.time_inferred and not report.time_inferred and not within(own, report.time))
            ):
                # a denial that gives no date of its own is dated like the act it denies: the day its
                # paragraph tells is the statement's ("On Tuesday police denied that anyone had been
                # killed" answers the shooting of 30 September), docs/gold-format.md; a paragraph day
                # inside the act's own stretch is a day of it ("No one was detained" on the day of one
                # rally in a month of protests). No date is written for the denial itself still: a bare
                # "after the attack" inside it stays a pointer
                denial = replace(
                    denial,
                    time=_until_denied(report.time, d),
                    time_inferred=report.time_inferred or d.time is not None,
                )
            if report.places and not report.places_inferred and (not d.places or d.places_inferred):
                # nor where: a denial whose own clause names no place ("Tehran's police chief said nobody
                # had been detained": the place is the speaker's) is set where the act it denies was told
                # ("denied that its fighters had shelled the market" after the shelling of El Fasher's
                # market); a place the report only took from its paragraph is no better than the denial's
                denial = replace(denial, places=report.places, places_inferred=False, country=report.country)
            if target in answered:
                k = answered[target]
                merged[k] = merge(merged[k], denial, contested)
                parts[k].append(denial)
            else:
                answered[target] = len(merged)
                merged.append(denial)
                parts.append([denial])
        else:
            merged[target] = merge(merged[target], d, contested)
            parts[target].append(d)
    merged = _lone_strike_denials_dated(_strike_denials_dated(merged, answered), answered)
    records = _join_tolls(_join_lede(_fold_pointers(merged, parts), lede_sentence(drafts)))
    return retold_ledes(records, drafts)


def _strike_denials_dated(merged: list[Draft], answered: dict[int, int]) -> list[Draft]:
    """A denial that a strike is going on ("there is no strike", "the bazaar is operating normally") takes
    the whole time of the strike it answers, as that record ends up after every telling of it is merged
    (docs/gold-format.md, H5), not a day of it its paragraph names nor the day of the first telling."""
    out = list(merged)
    for target, k in answered.items():
        report, denial = merged[target], merged[k]
        if denial.type != "strike" or report.type != "strike":
            continue
        out[k] = _strikers(denial, report)  # the strike denied is of those who hold it
        if report.time is not None:
            out[k] = replace(
                out[k], time=_until_denied(report.time, denial), time_inferred=report.time_inferred
            )
    return out


def _strikers(denial: Draft, report: Draft) -> Draft:
    """A denial that names no striker of its own ("classes were held normally", "freight is moving
    normally") denies the strike of those who hold it: their initiators, in place of a default or of
    strikers the denial took from another sentence (its own are those written in its evidence)."""
    ev = denial.evidence
    if any(
        a.role == "initiator" and a.start_char is not None and ev.start <= a.start_char < ev.end
        for a in denial.actors
    ):
        return denial
    held = [a for a in report.actors if a.role == "initiator" and a.text is not None]
    if not held:
        return denial
    rest = [a for a in denial.actors if a.role != "initiator"]
    return replace(denial, actors=(*held, *rest))


def _going_on(r: Draft, day: str) -> bool:
    """A strike told as held (not called or denied) whose interval covers the day."""
    t = r.time
    return (
        r.type == "strike"
        and r.status in ("asserted", "attributed")
        and t is not None
        and bool(t.start)
        and bool(t.end)
        and (t.start or "")[:10] <= day <= (t.end or "")[:10]
    )


def _lone_strike_denials_dated(merged: list[Draft], answered: dict[int, int]) -> list[Draft]:
    """A denial that a strike is going on that stands as a record of its own, not joined to the strike
    ("At least 60 prisoners have been on hunger strike since Tuesday ... The director told families on
    Wednesday that 'no one here is refusing food'", "Striking teachers kept schools shut for a third
    week ... The ministry said classes were being held normally"), is dated like a joined one (H5, M2):
    the interval of the nearest strike told above it (however far: the story's strike) that was going on
    on the denial's day, cut at that day, not the day alone; when that strike is one of the denial's day
    alone ("shopkeepers closed their shops on Saturday"), the day stands."""
    out = list(merged)
    joined = set(answered.values())
    for k, denial in enumerate(merged):
        own = denial.time
        if k in joined or denial.type != "strike" or denial.status != "negated" or own is None:
            continue
        if not (own.start and own.end) or own.start[:10] != own.end[:10]:
            continue
        day = own.start[:10]
        report = next((r for r in reversed(merged[:k]) if _going_on(r, day)), None)
        story = next((r for r in merged[:k] if _going_on(r, day)), None)
        if story is not None:
            out[k] = _strikers(denial, story)  # the strike denied is the story's: of those who hold it
        if report is not None and report.time is not None and (report.time.start or "")[:10] < day:
            # the nearest strike going on that day; one of that day alone ("shopkeepers closed their
            # shops on Saturday") is the one denied, and the denial keeps the day
            out[k] = replace(
                out[k], time=_until_denied(report.time, denial), time_inferred=report.time_inferred
            )
    return out


def _until_denied(act: Time, denial: Draft) -> Time:
    """M2: a denial told on a day its own sentence names ("the director told local media on Monday that
    the inmates 'are eating normally'") answers the act as it stood that day: the act's interval ends on
    the denial's day, not on the publication day (a statement cannot deny what had not yet happened)."""
    own = denial.time
    if (
        own is None
        or denial.mentions  # an undated telling of the same denial joined it: the reference day stands
        or own.precision != "day"
        or own.start_char is None
        or not denial.evidence.start <= own.start_char < denial.evidence.end
        or not (own.end and act.start and act.end)
        or not act.start <= own.end < act.end
    ):
        return act
    return Time(
        text=act.text,
        start_char=None,
        end_char=None,
        value=f"{act.start}/{own.end}",
        start=act.start,
        end=own.end,
        precision=act.precision,
        anchor=act.anchor,
        type=act.type,
    )


def _join_lede(records: list[Draft], lede: int | None) -> list[Draft]:
    """Join the lede's act of each type and the first act of that type told below it, when nothing
    shows it to be another act ("Police used water cannon on Thursday against supporters ..." and, two
    paragraphs down, "Police answered with water cannon and volleys of tear gas"): coref_lede."""
    pairs = lede_pairs(records, lede)
    if not pairs:
        return records
    out = list(records)
    for k, j in pairs:
        out[k] = merge(out[k], records[j], contested)
    joined = {j for _, j in pairs}
    return [r for n, r in enumerate(out) if n not in joined]


def _lone_pointer(d: Draft) -> bool:
    """A bare back-reference standing as a record of its own ("the strikes were not the first",
    "leaders of the riots could face charges"): a definite noun with no figure, no date or place
    written for it, not another or a past year's event, not a trend."""
    # an act to go on, spread or be joined ("would join the strike", "the protests could spread")
    # is a called-for act of its own; one named inside a phrase ("the leaders of the riots could
    # face charges") is not, and the day its clause writes is the day of what is to come ("a strike
    # on Monday to protest against the arrests"), not of the act it names
    phrase_in_mood = (
        d.status in MODAL
        and bool(PHRASE_OBJECT.search(before_trigger(d)))
        and not RETURN_OF.search(before_trigger(d))
    )
    course = d.status in MODAL and course_told(d)
    return (
        d.back_reference
        and d.nominal
        and not d.magnitudes
        and (d.time is None or d.time_inferred or phrase_in_mood)
        and not trend(d)
        and named_year(d) is None
        and not ANOTHER.search(before_trigger(d))
        and (d.status not in MODAL or phrase_in_mood or course)
    )


def _held_on(d: Draft) -> bool:
    """Someone already taken, being kept ("his family did not know where he was held", "nine people who
    were held at the station described ...", "the court ordered that they be held in custody"): the
    detention told before, told on by a pronoun, not an arrest of its own."""
    return (
        d.type == "arrest"
        and not d.nominal
        and d.head_lemma in HOLD_LEMMAS
        and d.subject == -1
        and d.status in ("asserted", "attributed")
    )


def _other_form(a: Draft, b: Draft) -> bool:
    """``b`` names a form of its own that ``a`` is not ("the sit-in" after a march); a generic word
    ("the gathering", "the strike") names none."""
    return (
        a.type in DISTINCT_SUBTYPES
        and a.subtype is not None
        and b.subtype is not None
        and a.subtype != b.subtype
        and b.subtype not in GENERIC_SUBTYPES
    )


def _fold_pointers(records: list[Draft], parts: Sequence[Sequence[Draft]]) -> list[Draft]:
    """A bare back-reference that no rule joined to a record points at the nearest record of its type
    told before it, whatever the mood of its own clause (the mood is the charge's, the denial of a
    role, the comparison's, not the act's): it becomes a mention of that record, which keeps its own
    status, date and place."""
    out: list[Draft] = []
    for d, part in zip(records, parts, strict=True):
        if len(part) == 1 and (_lone_pointer(d) or _held_on(d)):
            target = next(
                (
                    k
                    for k in range(len(out) - 1, -1, -1)
                    if out[k].type == d.type
                    and out[k].status != "negated"
                    # what went on ("went home after the march") is not the act called for
                    and (out[k].status not in MODAL or d.status in MODAL)
                    and out[k].sent_start < d.sent_start
                    and not _other_years(out[k], d)
                    and not _other_form(out[k], d)
                ),
                None,
            )
            if target is not None:
                rec = out[target]
                out[target] = replace(rec, mentions=(*rec.mentions, d.trigger))
                continue
        out.append(d)
    return out


def _with_denials(drafts: Sequence[Draft]) -> list[Draft]:
    """Each report a speaker denies ("rejected reports in foreign media that detainees were beaten")
    stays as told, and beside it the denial is a negated record of its own, of the report's type and
    doers, its denier as source and the denying word as its trigger (docs/gold-format.md, decided in
    session 5)."""
    out = list(drafts)
    for d in drafts:
        if d.denied_by is None or d.status not in ("asserted", "attributed"):
            continue
        who = d.denied_by
        out.append(
            replace(
                d,
                status="negated",
                source=who.denier,
                claim_id=who.claim_id,
                trigger=who.cue,
                mentions=(),
                magnitudes=(),
                nominal=False,
                back_reference=False,
                verbal_assert=False,
                head=-1,
                linked=frozenset(),
                denied_by=None,
            )
        )
    return out


def _joins_part(record: Draft, parts: Sequence[Draft], d: Draft) -> bool:
    """The mention belongs with a mention of the record told in its own sentence, though the record
    took its trigger and sentence from another telling: a subheading ("Air strike in Zamfara") keeps
    the record, and the body sentence below it ("an air strike hit a market, killing at least 16
    civilians") still tells its toll in one clause with the strike. A mention that only points back
    ("The protests, ..., began on Tuesday, where thousands marched") is no such telling: the wave it
    names is not the march of its sentence."""
    return record.sent_start != d.sent_start and any(
        p.sent_start == d.sent_start
        and not p.back_reference
        and p.type == record.type
        and p.status == record.status
        and _compatible(p, d)
        for p in parts
    )


def _join_tolls(records: list[Draft]) -> list[Draft]:
    """Join records that the first pass left apart though one retells the other's very toll.

    The first pass merges each mention into one record; a toll named in a report's lead ("investigate
    the killing of at least four people") may then stand apart from the body's record of the same
    act when the body's first mention carried no figure ("soldiers fired live ammunition at a crowd
    ... killing at least four")."""
    out: list[Draft] = []
    for d in records:
        target = next(
            (
                k
                for k, a in enumerate(out)
                if a.type == d.type
                and (a.status == "negated") == (d.status == "negated")  # a denial stays beside its report
                and toll_retold(a, d)
                and _compatible(a, d)
            ),
            None,
        )
        if target is None:
            out.append(d)
        else:
            out[target] = merge(out[target], d, contested)
    return out
