"""A bare back-reference that no rule joins ("the leaders of the riots could face charges", "denied any
role in the attack") is a mention of the nearest record of its type told before it; the record keeps
its own status. An act to be joined or to spread ("would join the strike") stays a record of its own.

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import merge_drafts
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
