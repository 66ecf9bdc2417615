"""Two speakers' counts of the same detentions, told side by side, are one record with a contested figure.

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import Draft, merge_drafts
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
