"""Repeat mentions of one event: a toll retold further down a report is the same record."""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import Draft, merge_drafts
from eventwire.records import Place, Span
from tests.extract.test_coref import _day, _mag, _speaker, draft


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


def _speaker_account(etype: str, trigger: str, start: int, para: int, **kw: object) -> Draft:
    return draft(etype, trigger, start, status="attributed", source="Commission", para=para, **kw)  # type: ignore[arg-type]


def test_the_same_speakers_retelling_with_nothing_of_its_own_joins_its_report() -> None:
    # "More than 700 people were detained last week, the commission said. ... It said police had carried
    # out mass arrests in several districts and that many were being held without charge."
    lead = _speaker_account("arrest", "detained", 50, 0, mags=(_mag("arrests", 700, 40),), claim_id="c1")
    arrests = replace(_speaker_account("arrest", "mass arrests", 400, 1, claim_id="c3", nominal=True))
    held = replace(_speaker_account("arrest", "being held", 500, 1, claim_id="c3", sent_start=400))
    merged = merge_drafts([lead, arrests, held])
    assert len(merged) == 1
    assert merged[0].status == "attributed" and merged[0].source is not None


def test_another_speakers_or_a_new_act_or_a_written_day_is_not_a_retelling() -> None:
    lead = _speaker_account("arrest", "detained", 50, 0, mags=(_mag("arrests", 700, 40),), claim_id="c1")
    later = _speaker_account("arrest", "arrests", 400, 1, claim_id="c3", nominal=True)
    assert len(merge_drafts([lead, replace(later, source=_speaker("Party"))])) == 2
    also = replace(later, evidence=Span("It said police also made arrests.", 380, 413))
    assert len(merge_drafts([lead, also])) == 2
    dated = replace(later, time=_day("2023-08-20", 390))
    assert len(merge_drafts([replace(lead, time=_day("2023-08-10", 10)), dated])) == 2
    far = replace(later, para=5)
    assert len(merge_drafts([lead, far])) == 2


def test_a_speakers_other_act_of_ill_treatment_is_its_own_record() -> None:
    # "interrogators had beaten them, the women said ... they said they were subjected to mock executions"
    beaten = _speaker_account("torture", "beaten", 50, 0, claim_id="c1")
    mock = _speaker_account("torture", "mock executions", 300, 1, claim_id="c2", nominal=True)
    assert len(merge_drafts([beaten, mock])) == 2


def test_a_back_reference_does_not_replace_the_event_it_points_back_to() -> None:
    # "Students staged nationwide protests against the fee rise. ... The protests began on Monday morning
    # outside the ministry, where thousands marched": "the protests" names the nationwide wave again; its
    # sentence's day and site do not make it the record's main mention
    wave = draft("protest", "nationwide protests", 15, nominal=True, para=0)
    pointer = draft(
        "protest", "protests", 210, nominal=True, back_reference=True, para=2, time=_day("2024-10-07", 230)
    )
    (record,) = merge_drafts([wave, pointer])
    assert record.trigger.text == "nationwide protests"
    assert [m.text for m in record.mentions] == ["protests"]
