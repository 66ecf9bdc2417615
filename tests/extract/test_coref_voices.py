"""Whose voice a merged record keeps when its mentions are told with different statuses.

A bare back-reference ("condemned the attack") only points at an act another mention tells, so the
telling decides the record's status and speaker; a verb conjoined to a speaker's report in one clause
("set fire to two buses, police said, and threw stones") is told by that speaker.

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref_merge import merge
from eventwire.extract.coref_tolls import contested
from eventwire.records import Actor, Time
from tests.extract.test_coref import _mag, _said, draft

DAY = Time("on Monday", 0, 9, "2024-05-06", "2024-05-06", "2024-05-06", "day", "document")


def test_a_pointer_does_not_make_a_reported_act_asserted() -> None:
    # "A rocket hit a fuel depot near the airport, according to the regional security service. ...
    # The foreign ministry condemned the attack on Monday."
    rocket = draft(
        "attack", "rocket", 10, status="attributed", source="security service", claim_id="c1", nominal=True
    )
    rocket = replace(rocket, time=DAY)
    attack = replace(draft("attack", "attack", 400, nominal=True, back_reference=True, para=2), time=DAY)
    record = merge(rocket, attack, contested)
    assert record.status == "attributed"
    assert record.source is not None and record.source.name == "security service"


def test_a_reported_pointer_does_not_take_an_act_from_the_publisher() -> None:
    # "The raid on the newspaper's offices drew wide criticism. ... the raid, the union said, was
    # unprecedented on Friday."
    raid = draft("repression", "raid", 4, nominal=True)
    later = replace(
        draft(
            "repression",
            "raid",
            300,
            status="attributed",
            source="union",
            claim_id="c2",
            nominal=True,
            back_reference=True,
            para=1,
        ),
        time=DAY,
    )
    assert merge(raid, later, contested).status == "asserted"


def test_a_verb_conjoined_to_a_reported_act_is_told_by_the_same_speaker() -> None:
    # "Protesters set fire to two buses near the bridge, police said, and threw stones at officers."
    fire = draft("riot", "set fire to", 10, status="attributed", source="police", claim_id="c1", sent_start=0)
    stones = draft("riot", "threw stones", 72, sent_start=0)
    fire = replace(fire, linked=frozenset({72}))
    stones = replace(stones, linked=frozenset({10}))
    record = merge(fire, stones, contested)
    assert record.status == "attributed"
    assert record.source is not None and record.source.name == "police"


def test_a_verb_beside_an_aside_with_no_claim_stays_the_publishers() -> None:
    # "Police cleared the square, firing tear gas and, according to the opposition, live ammunition.":
    # an aside with no claim of its own does not take the publisher's verb from it
    cleared = draft("repression", "cleared", 7, status="attributed", source="opposition", sent_start=0)
    firing = draft("repression", "firing tear gas", 30, sent_start=0)
    cleared = replace(cleared, linked=frozenset({30}))
    firing = replace(firing, linked=frozenset({7}))
    assert merge(cleared, firing, contested).status == "asserted"


def test_an_act_the_publisher_tells_in_a_clause_of_its_own_stays_asserted() -> None:
    # "Troops fired on the crowd, residents said. Soldiers later shot two men at the checkpoint."
    fired = draft("killing", "fired on", 10, status="attributed", source="residents", claim_id="c1")
    shot = draft("killing", "shot", 60)  # another sentence: not tied to the report
    assert merge(fired, shot, contested).status == "asserted"


def _doer(name: str, role: str, start: int | None) -> Actor:
    text = None if start is None else name
    end = None if start is None else start + len(name)
    return Actor(text, start, end, name, (), "state", role, None)  # type: ignore[arg-type]


def test_the_records_implied_doer_stays_beside_one_another_mention_names() -> None:
    # "Warplanes bombed the market in Wad Madani on Sunday, killing 12 traders. ... Rebel commanders
    # blamed the bombing on the Rapid Support Forces." The bombing implies the air force; the account
    # names another doer: both are kept, the record's own first.
    bombed = replace(
        draft("attack", "bombed", 10, mags=(_mag("fatalities", 12, 40),)),
        time=DAY,
        actors=(_doer("air force", "perpetrator", None), _doer("traders", "victim", 50)),
    )
    blamed = replace(
        draft("attack", "bombing", 300, nominal=True, back_reference=True, para=2),
        actors=(_doer("Rapid Support Forces", "perpetrator", 330),),
    )
    record = merge(bombed, blamed, contested)
    doers = [(x.name, x.text is None) for x in record.actors if x.role == "perpetrator"]
    assert doers == [("air force", True), ("Rapid Support Forces", False)]


def test_an_implied_doer_of_another_mention_yields_to_a_named_one() -> None:
    # "Police detained 30 students at the campus on Monday. ... The detentions drew criticism." The
    # later mention's implied doer (security forces) adds nothing beside the police the record names.
    detained = replace(
        draft("arrest", "detained", 7, mags=(_mag("arrests", 30, 16),)),
        time=DAY,
        actors=(_doer("police", "perpetrator", 0),),
    )
    detentions = replace(
        draft("arrest", "detentions", 200, nominal=True, back_reference=True, para=1),
        actors=(_doer("security forces", "perpetrator", None),),
    )
    record = merge(detained, detentions, contested)
    assert [x.name for x in record.actors if x.role == "perpetrator"] == ["police"]


def test_an_act_ranked_among_others_of_its_kind_stays_one_act() -> None:
    # "Gunmen overran the town before dawn on Monday, in one of the boldest attacks outside the capital."
    sentence = (
        "Gunmen overran the town before dawn on Monday, in one of the boldest attacks outside the capital."
    )
    overran = replace(_said(draft("attack", "overran", 7), sentence), scope="single")
    ranked = replace(
        _said(draft("attack", "attacks", 69, nominal=True, back_reference=True), sentence), scope="aggregate"
    )
    assert merge(overran, ranked, contested).scope == "single"
    # a wave told in the same sentence still makes the record a wave
    wave = replace(
        _said(
            draft("attack", "attacks", 69, nominal=True),
            sentence.replace("one of the boldest", "a deadly string of"),
        ),
        scope="aggregate",
    )
    assert merge(overran, wave, contested).scope == "aggregate"


def test_an_asserted_record_keeps_the_one_speaker_s_figure_of_the_act_it_retells() -> None:
    # "Police arrested opposition supporters in Accra on Friday. The party said police arrested 41 of
    # its supporters in the raids on Friday." -- one figure, one speaker, nobody contests it (H6, S5)
    told = replace(draft("arrest", "arrested", 7), time=DAY)
    retold = replace(
        draft(
            "arrest", "arrested", 120, status="attributed", source="party", claim_id="c1",
            mags=(_mag("arrests", 41, 130),), para=2,
        ),
        time=DAY,
    )  # fmt: skip
    for a, b in ((told, retold), (retold, told)):
        record = merge(a, b, contested)
        assert [(m.kind, m.value) for m in record.magnitudes] == [("arrests", 41)]


def test_a_predicted_figure_does_not_become_the_figure_of_the_act_done() -> None:
    # "Workers struck at the port on Monday. The union said 5,000 would strike next week."
    done = replace(draft("strike", "struck", 8), time=DAY)
    called = draft(
        "strike", "strike", 90, status="predicted", source="union", mags=(_mag("participants", 5000, 70),)
    )
    record = merge(done, called, contested)
    assert record.status == "asserted" and record.magnitudes == ()
