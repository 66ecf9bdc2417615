"""A bare back-reference that no rule joins ("the leaders of the riots could face charges", "denied any
role in the attack") is a mention of the nearest record of its type told before it; the record keeps
its own status. An act to be joined or to spread ("would join the strike") stays a record of its own.

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import Draft, merge_drafts
from eventwire.records import Time
from tests.extract.test_coref import _said, draft


def test_a_pointer_in_a_charge_is_a_mention_of_the_riot_told_before() -> None:
    # "Rioters set fire to two banks in the city centre. ... The prosecutor said the leaders of the
    # riots could face charges carrying long sentences."
    fire = _said(draft("riot", "set fire to", 8), "Rioters set fire to two banks in the city centre.")
    riots = _said(
        draft(
            "riot",
            "riots",
            420,
            status="hypothetical",
            source="prosecutor",
            nominal=True,
            back_reference=True,
        ),
        "The prosecutor said the leaders of the riots could face charges carrying long sentences.",
    )
    riots = replace(riots, para=3)
    (record,) = merge_drafts([fire, riots])
    assert record.status == "asserted"
    assert [m.text for m in record.mentions] == ["riots"]


def test_a_denied_role_in_the_attack_is_a_mention_of_the_attack() -> None:
    # "Gunmen attacked a border post near the town. ... He denied any role in the attack at his trial."
    attacked = _said(draft("attack", "attacked", 7), "Gunmen attacked a border post near the town.")
    attack = _said(
        draft("attack", "attack", 500, status="negated", nominal=True, back_reference=True, para=4),
        "He denied any role in the attack at his trial.",
    )
    (record,) = merge_drafts([attacked, attack])
    assert (record.status, [m.text for m in record.mentions]) == ("asserted", ["attack"])


def test_a_strike_to_be_joined_stays_a_record_of_its_own() -> None:
    # "Dock workers went on strike on Monday. ... Drivers said they would join the strike if the
    # decree is published."
    went = _said(draft("strike", "went on strike", 12), "Dock workers went on strike on Monday.")
    join = _said(
        draft(
            "strike",
            "strike",
            300,
            status="hypothetical",
            source="drivers",
            nominal=True,
            back_reference=True,
        ),
        "Drivers said they would join the strike if the decree is published.",
    )
    records = merge_drafts([went, join])
    assert [(r.trigger.text, r.status) for r in records] == [
        ("went on strike", "asserted"),
        ("strike", "hypothetical"),
    ]


def test_a_pointer_with_nothing_of_its_type_before_it_stays() -> None:
    # "Police arrested 12 students. ... The students said the crackdown would not stop them."
    arrested = _said(draft("arrest", "arrested", 7), "Police arrested 12 students.")
    crackdown = _said(
        draft("repression", "crackdown", 200, nominal=True, back_reference=True, para=2),
        "The students said the crackdown would not stop them.",
    )
    assert [r.type for r in merge_drafts([arrested, crackdown])] == ["arrest", "repression"]


def _monday() -> Time:
    return Time("on Monday", 0, 9, "2024-03-11", "2024-03-11", "2024-03-11", "day", "document")


def test_a_pointer_a_called_act_protests_against_is_a_mention_of_the_arrests() -> None:
    # "Police arrested 40 members of the party on Friday. ... The party called a strike on Monday to
    # protest against the arrests." The day written in the clause is the strike's, not the arrests'.
    arrested = _said(draft("arrest", "arrested", 7), "Police arrested 40 members of the party on Friday.")
    arrests = _said(
        draft("arrest", "arrests", 400, status="predicted", nominal=True, back_reference=True, para=3),
        "The party called a strike on Monday to protest against the arrests.",
    )
    arrests = replace(arrests, time=_monday(), time_inferred=False)
    (record,) = merge_drafts([arrested, arrests])
    assert (record.status, [m.text for m in record.mentions]) == ("asserted", ["arrests"])


def test_a_pointer_described_by_a_speaker_is_a_mention_of_the_act() -> None:
    # "Soldiers detained 12 activists in the capital. ... Analysts described the detentions as a
    # warning ahead of next year's vote."
    detained = _said(draft("arrest", "detained", 9), "Soldiers detained 12 activists in the capital.")
    detentions = _said(
        draft("arrest", "detentions", 300, status="predicted", nominal=True, back_reference=True, para=2),
        "Analysts described the detentions as a warning ahead of next year's vote.",
    )
    (record,) = merge_drafts([detained, detentions])
    assert [m.text for m in record.mentions] == ["detentions"]


def test_a_return_to_the_killings_is_an_act_of_its_own() -> None:
    # "Security forces killed nine protesters in March. ... Analysts say the country could see a return
    # to the killings if talks fail."
    killed = _said(draft("killing", "killed", 16), "Security forces killed nine protesters in March.")
    killings = _said(
        draft("killing", "killings", 500, status="hypothetical", nominal=True, back_reference=True, para=4),
        "Analysts say the country could see a return to the killings if talks fail.",
    )
    records = merge_drafts([killed, killings])
    assert [(r.trigger.text, r.status) for r in records] == [
        ("killed", "asserted"),
        ("killings", "hypothetical"),
    ]


def _back(etype: str, word: str, start: int, sentence: str, *, status: str, source: str, para: int) -> Draft:
    """A nominal back-reference to an act told before, said in `sentence`."""
    return _said(
        draft(
            etype,
            word,
            start,
            status=status,
            source=source,
            nominal=True,
            back_reference=True,
            para=para,
        ),
        sentence,
    )


def test_a_strike_said_to_go_on_until_a_demand_is_met_is_a_mention_of_the_strike() -> None:
    # K1: "Bakery workers walked out on Monday. ... The bakers' union said the strike would continue
    # until the back pay is settled."
    walked = _said(draft("strike", "walked out", 14), "Bakery workers walked out on Monday.")
    goes_on = _back(
        "strike",
        "strike",
        260,
        "The bakers' union said the strike would continue until the back pay is settled.",
        status="predicted",
        source="union",
        para=2,
    )
    (record,) = merge_drafts([walked, goes_on])
    assert (record.status, [m.text for m in record.mentions]) == ("asserted", ["strike"])


def test_rallies_forecast_to_die_out_are_a_mention_of_the_rallies() -> None:
    # "Thousands rallied outside the assembly on Friday. ... A minister predicted the rallies would
    # fade and die out within weeks."
    rallied = _said(draft("protest", "rallied", 10), "Thousands rallied outside the assembly on Friday.")
    forecast = _back(
        "protest",
        "rallies",
        330,
        "A minister predicted the rallies would die out within weeks.",
        status="predicted",
        source="minister",
        para=3,
    )
    (record,) = merge_drafts([rallied, forecast])
    assert [m.text for m in record.mentions] == ["rallies"]


def test_a_further_strike_said_to_last_stays_a_record_of_its_own() -> None:
    # "Nurses struck on Monday. ... The union said a further strike would last three days."
    struck = _said(draft("strike", "struck", 7), "Nurses struck on Monday.")
    further = _back(
        "strike",
        "strike",
        200,
        "The union said the further strike would last three days.",
        status="predicted",
        source="union",
        para=2,
    )
    assert len(merge_drafts([struck, further])) == 2


def test_blockades_forecast_in_quotes_to_collapse_are_a_mention_of_the_blockades() -> None:
    # "Students blocked the campus gates on Monday. ... An official predicted the blockades would
    # "collapse by spring"."
    blocked = _said(draft("protest", "blocked", 9), "Students blocked the campus gates on Monday.")
    forecast = _back(
        "protest",
        "blockades",
        300,
        'An official predicted the blockades would "collapse by spring".',
        status="predicted",
        source="official",
        para=2,
    )
    (record,) = merge_drafts([blocked, forecast])
    assert [m.text for m in record.mentions] == ["blockades"]


def test_a_strike_said_to_become_indefinite_stays_a_record_of_its_own() -> None:
    # K2: "Port workers struck on Monday. ... The union said the strike would become indefinite if the
    # decree stands."
    struck = _said(draft("strike", "struck", 12), "Port workers struck on Monday.")
    harder = _back(
        "strike",
        "strike",
        200,
        "The union said the strike would become indefinite if the decree stands.",
        status="hypothetical",
        source="union",
        para=2,
    )
    assert len(merge_drafts([struck, harder])) == 2


def test_a_strike_going_on_that_others_are_urged_to_join_stays() -> None:
    # "Truck drivers went on strike on Monday. ... The drivers' union said the strike would go on until the
    # quotas are restored, and urged drivers in the north to join it from Saturday."
    went = _said(draft("strike", "went on strike", 14), "Truck drivers went on strike on Monday.")
    join = _said(
        draft(
            "strike",
            "strike",
            300,
            status="predicted",
            source="union",
            nominal=True,
            back_reference=True,
            para=2,
        ),
        "The drivers' union said the strike would go on until the quotas are restored, and urged drivers "
        "in the north to join it from Saturday.",
    )
    assert len(merge_drafts([went, join])) == 2


def test_a_strike_said_to_go_on_on_a_day_of_its_own_stays() -> None:
    # K1: "Dock workers struck on Tuesday. ... The union said the strike would continue on Monday if the
    # offer is not raised."
    struck = _said(draft("strike", "struck", 12), "Dock workers struck on Tuesday.")
    monday = _back(
        "strike",
        "strike",
        200,
        "The union said the strike would continue on Monday if the offer is not raised.",
        status="hypothetical",
        source="union",
        para=2,
    )
    assert len(merge_drafts([struck, monday])) == 2
