"""The fold of a rejected record into a kept one: who survives, what it takes, when it may not fold."""

from __future__ import annotations

import dataclasses

import pytest

from eventwire.extract.event_filter import (
    FEATURE_NAMES,
    FOLD_OPTIONS,
    FORMAT_VERSION,
    EventFilter,
    apply_decisions,
)
from eventwire.records import Actor, Event, Magnitude, Place, Span, Time


def _event(
    eid: str, start: int, word: str, sentence: tuple[int, int] | None = None, **fields: object
) -> Event:
    base = Event(
        id=eid,
        type="arrest",
        subtype=None,
        status="asserted",
        scope="single",
        trigger=Span(word, start, start + len(word)),
        evidence=Span("", *(sentence or (start, start + len(word)))),
        time=None,
        places=(),
        country=None,
        actors=(),
        magnitudes=(),
        source=None,
        claim_id=None,
        confidence=0.5,
    )
    return dataclasses.replace(base, **fields)  # type: ignore[arg-type]


def _actor(name: str, role: str | None = None) -> Actor:
    return Actor(text=name, start_char=None, end_char=None, name=name, aliases=(), kind="rights_group",
                 role=role, country=None)  # type: ignore[arg-type]  # fmt: skip


def _time(start: str, anchor: str = "absolute") -> Time:
    return Time(text=start, start_char=None, end_char=None, value=start, start=start, end=start,
                precision="day", anchor=anchor)  # type: ignore[arg-type]  # fmt: skip


def _place(name: str) -> Place:
    return Place(text=name, start_char=0, end_char=len(name), name=name, geonames_id=None, lat=None,
                 lon=None, country="KE", admin1=None, feature="city", precision="city")  # fmt: skip


def _magnitude(value: int) -> Magnitude:
    return Magnitude(kind="arrests", value=value, low=value, high=value, qualifier="exact",
                     text=str(value), start_char=0, end_char=len(str(value)))  # fmt: skip


LAWYERS = _actor("Kenya Human Rights Commission")
POLICE = _actor("Kenya Police", "perpetrator")


def test_the_best_evidenced_record_survives_with_the_evidence_option() -> None:
    bare = _event("ev1", 0, "arrests")
    sourced = _event("ev2", 100, "detained", status="attributed", source=LAWYERS, claim_id="cl1")
    keep = (True, False)
    # session 10's dedup: the kept bare record survives, the attributed one becomes its mention
    plain = apply_decisions((bare, sourced), keep, "dedup")
    assert [e.id for e in plain] == ["ev1"] and plain[0].source is None
    out = apply_decisions((bare, sourced), keep, "dedup", ("evidence",))
    assert [e.id for e in out] == ["ev2"]
    assert out[0].source == LAWYERS and out[0].claim_id == "cl1"
    assert out[0].mentions == (bare.trigger,)


def test_a_tie_in_evidence_keeps_the_kept_record() -> None:
    first = _event("ev1", 0, "arrests", places=(_place("Nakuru"),))
    second = _event("ev2", 100, "detained", magnitudes=(_magnitude(12),))
    out = apply_decisions((first, second), (True, False), "dedup", ("evidence",))
    assert [e.id for e in out] == ["ev1"] and out[0].mentions == (second.trigger,)


def test_enrich_fills_only_the_fields_the_survivor_lacks() -> None:
    kept = _event("ev1", 0, "arrests", places=(_place("Nakuru"),), time=_time("2026-03-02", "document"))
    repeat = _event(
        "ev2", 100, "detained", status="attributed", source=LAWYERS, claim_id="cl1",
        time=_time("2026-02-28"), places=(_place("Eldoret"),), magnitudes=(_magnitude(12),),
        actors=(POLICE,),
    )  # fmt: skip
    (out,) = apply_decisions((kept, repeat), (True, False), "dedup", ("enrich",))
    assert out.id == "ev1"
    assert out.source == LAWYERS and out.claim_id == "cl1" and out.status == "attributed"
    assert out.time == _time("2026-02-28")  # a dated time beats the article date
    assert out.places == (_place("Nakuru"),)  # its own place stays
    assert out.magnitudes == (_magnitude(12),) and out.actors == (POLICE,)


def test_records_of_different_sources_do_not_fold_with_the_sources_option() -> None:
    police = _actor("National Police Service")
    one = _event("ev1", 0, "arrested", status="attributed", source=police)
    other = _event("ev2", 100, "detained", status="attributed", source=LAWYERS)
    assert len(apply_decisions((one, other), (True, False), "dedup")) == 1
    out = apply_decisions((one, other), (True, False), "dedup", ("sources",))
    assert [e.id for e in out] == ["ev1", "ev2"] and out[0].mentions == ()
    # an unattributed repeat still folds into an attributed record
    bare = _event("ev3", 200, "the arrests")
    out = apply_decisions((one, bare), (True, False), "dedup", ("sources",))
    assert [e.id for e in out] == ["ev1"] and out[0].mentions == (bare.trigger,)


def test_records_placed_or_dated_apart_in_other_sentences_do_not_fold() -> None:
    nakuru = _event("ev1", 0, "arrested", sentence=(0, 80), places=(_place("Nakuru"),))
    eldoret = _event("ev2", 100, "detained", sentence=(90, 180), places=(_place("Eldoret"),))
    out = apply_decisions((nakuru, eldoret), (True, False), "dedup", ("where_when",))
    assert [e.id for e in out] == ["ev1", "ev2"]
    monday = _event("ev3", 0, "arrested", sentence=(0, 80), time=_time("2026-03-02"))
    friday = _event("ev4", 100, "detained", sentence=(90, 180), time=_time("2026-03-06"))
    assert len(apply_decisions((monday, friday), (True, False), "dedup", ("where_when",))) == 2
    # the article date is no evidence of a different day; one sentence always folds
    dated = _event("ev5", 100, "detained", sentence=(90, 180), time=_time("2026-03-06", "document"))
    assert len(apply_decisions((monday, dated), (True, False), "dedup", ("where_when",))) == 1
    same = _event("ev6", 40, "held", sentence=(0, 80), places=(_place("Eldoret"),))
    assert len(apply_decisions((nakuru, same), (True, False), "dedup", ("where_when",))) == 1


def _month(start: str, end: str) -> Time:
    return Time(text=start, start_char=None, end_char=None, value=start[:7], start=start, end=end,
                precision="month", anchor="absolute")  # fmt: skip


def test_an_earlier_event_recalled_with_its_own_date_does_not_fold_into_the_news() -> None:
    # the news, dated by the article only; a recalled event two years earlier, same town
    news = _event("ev1", 0, "clashes", sentence=(0, 80), places=(_place("Kisumu"),),
                  time=_time("2026-05-14", "document"))  # fmt: skip
    recalled = _event("ev2", 300, "killed", sentence=(280, 400), places=(_place("Kisumu"),),
                      time=_time("2024-06-25"))  # fmt: skip
    keep = (True, False)
    # where_when reads the article's date as no date: the recalled event folds away
    assert [e.id for e in apply_decisions((news, recalled), keep, "dedup", ("where_when",))] == ["ev1"]
    out = apply_decisions((news, recalled), keep, "dedup", ("where_when", "far_dates"))
    assert [e.id for e in out] == ["ev1", "ev2"] and out[0].mentions == ()
    # the other way round: a record dated by the article does not fold into a recalled month
    old = _event("ev3", 0, "arrest", sentence=(0, 80), time=_month("2023-09-01", "2023-09-30"))
    held = _event("ev4", 200, "held", sentence=(150, 260), time=_time("2026-05-14", "document"))
    assert len(apply_decisions((old, held), keep, "dedup", ("far_dates",))) == 2


def test_dates_within_a_month_or_one_sentence_or_no_date_still_fold_with_far_dates() -> None:
    options = ("where_when", "far_dates")
    news = _event("ev1", 0, "protest", sentence=(0, 80), time=_time("2026-05-14", "document"))
    # "on Saturday": days before the article, a repeat of the news
    saturday = _event("ev2", 200, "march", sentence=(150, 260), time=_time("2026-05-09"))
    assert [e.id for e in apply_decisions((news, saturday), (True, False), "dedup", options)] == ["ev1"]
    # a month's interval meets a day inside it
    may = _event("ev3", 200, "march", sentence=(150, 260), time=_month("2026-04-01", "2026-04-30"))
    assert len(apply_decisions((news, may), (True, False), "dedup", ("far_dates",))) == 1
    # one sentence always folds; an undated record is not judged
    same = _event("ev4", 40, "rally", sentence=(0, 80), time=_time("2020-01-01"))
    assert len(apply_decisions((news, same), (True, False), "dedup", options)) == 1
    bare = _event("ev5", 200, "the protest", sentence=(150, 260))
    assert len(apply_decisions((news, bare), (True, False), "dedup", options)) == 1


def test_a_record_with_its_own_source_folds_only_into_a_record_of_that_source() -> None:
    options = ("where_when", "sourced_stays")
    lede = _event("ev1", 0, "arrested", sentence=(0, 80))
    quoted = _event("ev2", 200, "detained", sentence=(150, 260), status="attributed", source=LAWYERS,
                    claim_id="cl1")  # fmt: skip
    # without the option the lawyers' record folds into the bare lede and its source is gone
    assert [e.id for e in apply_decisions((lede, quoted), (True, False), "dedup", ("where_when",))] == ["ev1"]
    out = apply_decisions((lede, quoted), (True, False), "dedup", options)
    assert [e.id for e in out] == ["ev1", "ev2"] and out[1].source == LAWYERS
    # another source: stays too; the same source: folds
    police = _event("ev3", 0, "arrested", sentence=(0, 80), status="attributed",
                    source=_actor("National Police Service"))  # fmt: skip
    assert len(apply_decisions((police, quoted), (True, False), "dedup", options)) == 2
    same = _event("ev4", 0, "arrested", sentence=(0, 80), status="attributed", source=LAWYERS)
    (folded,) = apply_decisions((same, quoted), (True, False), "dedup", options)
    assert folded.id == "ev4" and folded.mentions == (quoted.trigger,)
    # a bare repeat still folds into a sourced record
    bare = _event("ev5", 200, "the arrests", sentence=(150, 260))
    assert len(apply_decisions((same, bare), (True, False), "dedup", options)) == 1


def test_fold_options_round_trip_and_unknown_ones_are_refused() -> None:
    names = FEATURE_NAMES
    model = EventFilter(
        version=FORMAT_VERSION, features=names, mean=(0.0,) * len(names), scale=(1.0,) * len(names),
        weights=(0.0,) * len(names), bias=0.0, threshold=0.5, action="dedup", fold=("evidence", "enrich"),
    )  # fmt: skip
    assert EventFilter.from_dict(model.to_dict()).fold == ("evidence", "enrich")
    assert set(FOLD_OPTIONS) == {"evidence", "enrich", "sources", "where_when", "far_dates", "sourced_stays"}
    with pytest.raises(ValueError, match="fold"):
        EventFilter.from_dict({**model.to_dict(), "fold": ["best"]})
    with pytest.raises(ValueError, match="fold"):
        apply_decisions((_event("ev1", 0, "a"), _event("ev2", 9, "b")), (True, False), "dedup", ("best",))
