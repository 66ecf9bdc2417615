"""A denial of a reported event is a negated record of its own beside the report it answers
(docs/gold-format.md, "Decided in session 5"): it takes the report's type, keeps its denier as source,
and two tellings of the one denial are one record.

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import merge_drafts
from eventwire.extract.coref_draft import Denial, Draft
from eventwire.records import Actor, Span, Time
from tests.extract.test_coref import _said, draft


def _actor(name: str, start: int, role: str) -> Actor:
    return Actor(name, start, start + len(name), name, (), "state", role, None)  # type: ignore[arg-type]


def test_a_denial_answers_the_report_as_a_record_of_the_reports_type() -> None:
    # "Guards beat the hunger strikers in their cells for two days, their lawyers said. ... The prison
    # service denied that any inmate had been mistreated."
    beaten = replace(
        draft("torture", "beat", 20, status="attributed", source="lawyers", claim_id="c1"),
        actors=(_actor("guards", 0, "perpetrator"), _actor("hunger strikers", 30, "victim")),
    )
    denial = _said(
        draft("torture", "mistreated", 400, status="negated", source="prison service", claim_id="c2", para=1),
        "The prison service denied that any inmate had been mistreated.",
    )
    report, answer = merge_drafts([beaten, denial])
    assert (report.status, report.mentions) == ("attributed", ())
    assert (answer.type, answer.status, answer.trigger.text) == ("torture", "negated", "mistreated")
    assert answer.source is not None and answer.source.name == "prison service"
    # who the report says did it, and to whom, is what is denied
    assert {(x.name, x.role) for x in answer.actors} == {
        ("guards", "perpetrator"),
        ("hunger strikers", "victim"),
    }


def test_a_denial_keeps_its_own_actors_where_it_names_them() -> None:
    # "Police arrested 40 students at the university, the union said. ... The governor said his officers
    # had arrested no one."
    arrested = replace(
        draft("arrest", "arrested", 10, status="attributed", source="union", claim_id="c1"),
        actors=(_actor("police", 0, "perpetrator"), _actor("students", 25, "victim")),
    )
    denial = replace(
        _said(
            draft("arrest", "arrested", 300, status="negated", source="governor", claim_id="c2", para=1),
            "The governor said his officers had arrested no one.",
        ),
        actors=(_actor("officers", 290, "perpetrator"),),
    )
    _report, answer = merge_drafts([arrested, denial])
    assert {(x.name, x.role) for x in answer.actors} == {("officers", "perpetrator"), ("students", "victim")}


def test_two_tellings_of_one_denial_are_one_negated_record() -> None:
    # "Troops fired on the march, the monitors said. ... The army denied its soldiers had fired on anyone.
    # 'Not one bullet was fired,' a spokesman said."
    fired = replace(
        draft("repression", "fired on", 10, status="attributed", source="monitors", claim_id="c1"),
        head_lemma="fire",
        subtype="excessive_force",
    )
    first = replace(
        draft("repression", "fired on", 300, status="negated", source="army", claim_id="c2", para=1),
        head_lemma="fire",
        subtype="excessive_force",
    )
    second = replace(
        draft("repression", "fired", 400, status="negated", source="spokesman", claim_id="c3", para=1),
        head_lemma="fire",
        subtype="excessive_force",
    )
    records = merge_drafts([fired, first, second])
    assert [(d.status, len(d.mentions)) for d in records] == [("attributed", 0), ("negated", 1)]


def test_a_denial_of_nothing_reported_stays_as_it_is_told() -> None:
    # "Police dispersed the sit-in with batons. ... The ministry denied that anyone was detained."
    dispersed = draft("repression", "dispersed", 10)
    denial = draft("arrest", "detained", 300, status="negated", source="ministry", claim_id="c2", para=1)
    assert [(d.type, d.status) for d in merge_drafts([dispersed, denial])] == [
        ("repression", "asserted"),
        ("arrest", "negated"),
    ]


def test_a_denial_with_no_date_is_dated_like_the_act_it_denies() -> None:
    # "On 4 May soldiers shot dead two fishermen near the port, residents said. ... The army said its
    # troops had killed no civilians."
    day = Time("2024-05-04", 3, 8, "4 May", "2024-05-04", "2024-05-04", "day", "document")
    shot = draft("killing", "shot dead", 20, status="attributed", source="residents", claim_id="c1", time=day)
    denial = draft("killing", "killed", 330, status="negated", source="army", claim_id="c2", para=1)
    _report, answer = merge_drafts([shot, denial])
    assert answer.status == "negated"
    assert answer.time == day


def test_a_denial_dated_only_by_its_paragraph_takes_the_date_of_the_act_it_denies() -> None:
    # "On 4 May soldiers shot dead two fishermen near the port, residents said. ... On Thursday the
    # governor visited the port. The army said its troops had killed no civilians." The paragraph's
    # Thursday is the statement's day, not the deaths' (docs/gold-format.md: a denial's time is the time
    # of the act denied when it gives none of its own)
    day = Time("2024-05-04", 3, 8, "4 May", "2024-05-04", "2024-05-04", "day", "document")
    statement = Time("2024-05-09", 300, 308, "Thursday", "2024-05-09", "2024-05-09", "day", "document")
    shot = draft("killing", "shot dead", 20, status="attributed", source="residents", claim_id="c1", time=day)
    denial = replace(
        draft(
            "killing", "killed", 330, status="negated", source="army", claim_id="c2", para=1, time=statement
        ),
        time_inferred=True,
    )
    _report, answer = merge_drafts([shot, denial])
    assert answer.status == "negated"
    assert answer.time == day
    # a date written in the denial's own sentence ("On Thursday the army said ...") is its own
    _report, answer = merge_drafts([shot, replace(denial, time_inferred=False)])
    assert answer.time == statement


def _dated_denial(kind: str, trigger: str, start: int, source: str, day: Time) -> Draft:
    """A denial in the next paragraph whose time was inferred from its paragraph's date."""
    denial = draft(kind, trigger, start, status="negated", source=source, claim_id="c2", para=1, time=day)
    return replace(denial, time_inferred=True)


def test_a_denial_dated_inside_the_acts_stretch_keeps_its_day() -> None:
    # "Police detained hundreds of protesters across the country in February, rights groups said. ...
    # On 15 February, as students rallied in the capital, the ministry said no one had been detained."
    month = Time("February", 3, 11, "February", "2025-02-01", "2025-02-28", "month", "document")
    rally_day = Time("2025-02-15", 300, 311, "15 February", "2025-02-15", "2025-02-15", "day", "document")
    held = draft(
        "arrest", "detained", 20, status="attributed", source="rights groups", claim_id="c1", time=month
    )
    _report, answer = merge_drafts([held, _dated_denial("arrest", "detained", 340, "ministry", rally_day)])
    assert answer.status == "negated"
    assert answer.time == rally_day


def test_a_denial_keeps_no_date_when_the_report_has_none() -> None:
    # "Villagers say soldiers beat the men of the village. ... The army denied that its troops had beaten
    # anyone."
    beaten = draft("torture", "beat", 40, status="attributed", source="villagers", claim_id="c1")
    denial = draft("torture", "beaten", 340, status="negated", source="army", claim_id="c2", para=1)
    _report, answer = merge_drafts([beaten, denial])
    assert (answer.status, answer.time) == ("negated", None)


def test_a_denied_report_stays_beside_the_denial_of_it() -> None:
    # "The deputy minister rejected reports in foreign media that protesters were beaten in custody."
    sentence = "The deputy minister rejected reports in foreign media that protesters were beaten in custody."
    cue = Span("rejected", 220, 228)
    minister = Actor("deputy minister", 204, 219, "deputy minister", (), "state", "speaker", None)  # type: ignore[arg-type]
    beaten = _said(
        replace(
            draft("torture", "beaten", 275, status="attributed", source="foreign media"),
            actors=(_actor("protesters", 260, "victim"),),
            denied_by=Denial(minister, "cl4", cue),
        ),
        sentence,
    )
    denial, report = merge_drafts([beaten])
    assert (report.status, report.trigger.text) == ("attributed", "beaten")
    assert report.source is not None and report.source.name == "foreign media"
    assert (denial.type, denial.status, denial.trigger, denial.claim_id) == ("torture", "negated", cue, "cl4")
    assert denial.source is not None and denial.source.name == "deputy minister"
    assert {(x.name, x.role) for x in denial.actors} == {("protesters", "victim")}


def test_a_denial_that_a_strike_is_going_on_takes_the_strikes_whole_stretch() -> None:
    # "Dockers in Mombasa have stopped work since Monday, the union said. ... On Wednesday the port
    # authority said the port was operating normally." (docs/gold-format.md, H5)
    stretch = Time(
        "since Monday", 30, 42, "2026-03-09/2026-03-12", "2026-03-09", "2026-03-12", "day", "document"
    )
    wednesday = Time("Wednesday", 303, 312, "2026-03-11", "2026-03-11", "2026-03-11", "day", "document")
    strike = draft(
        "strike", "stopped work", 15, status="attributed", source="union", claim_id="c1", time=stretch
    )
    _report, answer = merge_drafts(
        [strike, _dated_denial("strike", "normally", 360, "port authority", wednesday)]
    )
    assert answer.status == "negated"
    assert answer.time == stretch
