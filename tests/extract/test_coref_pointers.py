"""A bare back-reference that no rule joins ("the leaders of the riots could face charges", "denied any
role in the attack") is a mention of the nearest record of its type told before it; the record keeps
its own status. An act to be joined or to spread ("would join the strike") stays a record of its own.

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import merge_drafts
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
