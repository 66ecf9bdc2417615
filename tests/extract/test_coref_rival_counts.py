"""Two speakers' counts of the same detentions, told side by side, are one record with a contested figure.

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import Draft, merge_drafts
from eventwire.records import Place, Span
from tests.extract.test_coref import _mag, draft


def _count(word: str, start: int, value: int, source: str, claim: str, scope: str, para: int) -> Draft:
    d = draft(
        "arrest",
        word,
        start,
        status="attributed",
        mags=(_mag("arrests", value, start - 8),),
        source=source,
        claim_id=claim,
        para=para,
    )
    return replace(d, scope=scope)


def test_two_counts_of_one_nights_detentions_in_one_paragraph_are_one_record() -> None:
    # "The interior ministry said 14 people were detained overnight outside the assembly. The opposition
    # alliance said at least 30 had been detained."
    ministry = _count("detained", 40, 14, "interior ministry", "c1", "single", 2)
    opposition = _count("detained", 140, 30, "opposition alliance", "c2", "single", 2)
    (one,) = merge_drafts([ministry, opposition])
    assert one.source is not None and one.source.name == "interior ministry"
    assert one.magnitudes == ()  # the contested counts stay in their speakers' claims
    assert {one.trigger.start, *(m.start for m in one.mentions)} == {40, 140}


def test_counts_told_apart_or_over_a_wider_extent_stay_two_records() -> None:
    ministry = _count("detained", 40, 14, "interior ministry", "c1", "single", 2)
    # "... Rights lawyers said on Friday that 30 people remained in custody." three paragraphs down
    later = _count("detained", 900, 30, "rights lawyers", "c2", "single", 5)
    assert len(merge_drafts([ministry, later])) == 2
    # "The party said 4,000 of its members had been detained across the province."
    province = _count("detained", 140, 4000, "party", "c2", "aggregate", 2)
    assert len(merge_drafts([ministry, province])) == 2


def test_a_rival_count_naming_no_place_of_its_own_is_the_same_sweep() -> None:
    # "Police detained dozens of students outside the university on Monday, 12 of them women, witnesses
    # said. ... (two paragraphs down) The governor's office said 31 people had been detained for
    # disturbing public order." The office names no place of its own: its count rivals the witnesses'.
    witnesses = _count("detained", 40, 12, "witnesses", "c1", "single", 0)
    office = _count("detained", 400, 31, "governor's office", "c2", "single", 2)
    (one,) = merge_drafts([witnesses, office])
    assert one.source is not None and one.source.name == "witnesses"
    assert one.magnitudes == ()  # contested: each count stays in its speaker's claim
    assert {one.trigger.start, *(m.start for m in one.mentions)} == {40, 400}


def test_rival_counts_kept_apart_by_their_own_place_extent_person_or_distance() -> None:
    witnesses = _count("detained", 40, 12, "witnesses", "c1", "single", 0)
    # "... the union said 40 of its members had been detained in Tabriz": a count with its own place
    tabriz = replace(
        _count("detained", 400, 40, "union", "c2", "single", 1),
        places=(Place("Tabriz", 380, 386, "Tabriz", None, None, None, None, None, "city", "city"),),
    )
    assert len(merge_drafts([witnesses, tabriz])) == 2
    # "... the lawyers' guild said one of its members had been detained": a person, not a rival count
    one_lawyer = _count("detained", 400, 1, "lawyers' guild", "c2", "single", 1)
    assert len(merge_drafts([witnesses, one_lawyer])) == 2
    # "... rights groups say 900 people have been detained over the past year": a tally, not the sweep
    tally = replace(
        _count("detained", 400, 900, "rights groups", "c2", "aggregate", 1),
        evidence=Span("Rights groups say 900 people have been detained over the past year.", 370, 437),
    )
    assert len(merge_drafts([replace(witnesses, scope="aggregate"), tally])) == 2
    # "... (five paragraphs down) lawyers said 30 people remained in custody": too far to be its rival
    later = _count("detained", 900, 30, "lawyers", "c2", "single", 5)
    assert len(merge_drafts([witnesses, later])) == 2
