"""Repeat mentions of one event: a toll retold further down a report is the same record."""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import Draft, merge_drafts
from eventwire.records import Place
from tests.extract.test_coref import _day, _mag, draft


def _city(name: str, start: int) -> Place:
    return Place(name, start, start + len(name), name, None, None, None, "PE", name, "city", "city")


def _site(name: str, start: int) -> Place:
    """A site the gazetteer does not know: no resolved name, no region."""
    return Place(name, start, start + len(name), None, None, None, None, None, None, "place", None)


def _lead_and_retelling(value: int, site: Place, *, retold_value: int | None = None) -> list[Draft]:
    # "clashes on Thursday in which eight people died in Ayacucho, according to the Ombudsman ...
    # (para 4, dated Friday by its paragraph) The Ombudsman reported that eight people died of gunshot
    # wounds at the airport."
    lead = replace(
        draft(
            "killing",
            "died",
            100,
            status="attributed",
            source="Ombudsman",
            claim_id="c1",
            mags=(_mag("fatalities", value, 90),),
            time=_day("2022-12-15", 60),
            para=1,
        ),
        places=(_city("Ayacucho", 120),),
    )
    later = replace(
        draft(
            "killing",
            "died",
            900,
            status="attributed",
            source="Ombudsman",
            claim_id="c7",
            mags=(_mag("fatalities", value if retold_value is None else retold_value, 890),),
            time=_day("2022-12-16", 40),
            para=4,
        ),
        places=(site,),
        time_inferred=True,
    )
    return [lead, later]


def test_the_same_toll_retold_at_an_unresolved_site_under_a_paragraph_date_is_one_record() -> None:
    merged = merge_drafts(_lead_and_retelling(8, _site("the airport", 960)))
    assert len(merged) == 1
    assert merged[0].status == "attributed" and merged[0].source is not None
    assert merged[0].time is not None and merged[0].time.start == "2022-12-15"  # the written day anchors


def test_a_different_toll_at_a_site_stays_its_own_record() -> None:
    assert len(merge_drafts(_lead_and_retelling(8, _site("the airport", 960), retold_value=3))) == 2


def test_the_same_toll_in_another_known_town_stays_its_own_record() -> None:
    # "eight died in Ayacucho ... eight died in Juliaca": a resolved other town is another incident
    assert len(merge_drafts(_lead_and_retelling(8, _city("Juliaca", 960)))) == 2


def test_the_same_toll_with_its_own_written_other_day_stays_apart() -> None:
    lead, later = _lead_and_retelling(8, _site("the airport", 960))
    assert len(merge_drafts([lead, replace(later, time_inferred=False)])) == 2
