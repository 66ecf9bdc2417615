"""A later sentence whose subject is the act retells the record its lede tells (docs/gold-format.md
N15, I5), not the nearest record of its type; a plural naming a wave, or a guess between records,
lends the record no assertion. Sentences written by us."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.coref import Draft, _beside_retelling, _retold_record
from eventwire.records import Span
from tests.extract._event_helpers import events
from tests.extract.test_claims import claims_of
from tests.extract.test_coref import draft

if TYPE_CHECKING:
    from spacy.language import Language


def _statuses(nlp: Language, text: str, etype: str) -> list[tuple[str, str]]:
    found = events(nlp, text, claims=tuple(claims_of(nlp, text)))
    return [(text[e.trigger.start : e.trigger.end], e.status) for e in found if e.type == etype]


@pytest.mark.slow
def test_a_wave_as_subject_asserts_nothing(nlp: Language) -> None:
    text = (
        "Thousands of people demonstrated in the capital on Friday, the opposition said.\n\n"
        "The demonstrations began after the party leader was detained last month."
    )
    got = _statuses(nlp, text, "protest")
    assert got
    assert all(status != "asserted" for _, status in got)


def _retelling(word: str, start: int, para: int) -> Draft:
    told = draft("attack", word, start, nominal=True, back_reference=True, para=para)
    return replace(told, verbal_assert=True)


def test_the_lede_record_is_retold_however_far_up() -> None:
    # "Gunmen attacked a bus near the town, police said. ... A bomb hit a truck in the city, officials
    # said. ... The attack was the second on the road this month."
    lede = draft("attack", "attacked", 10, status="attributed", source="police", para=0)
    blast = draft("attack", "hit", 90, status="attributed", source="officials", para=1)
    told = _retelling("The attack", 200, 2)
    merged = [lede, blast]
    target, kept = _retold_record(merged, [[lede], [blast]], [1, 0], told, 0)
    assert target == 0
    assert kept.verbal_assert


def test_a_guess_between_records_below_the_lede_asserts_nothing() -> None:
    lede = draft("killing", "killed", 10, status="attributed", source="police", para=0)
    first = draft("attack", "attacked", 90, status="attributed", source="police", para=1)
    second = draft("attack", "hit", 150, status="attributed", source="officials", para=2)
    told = _retelling("The attack", 200, 3)
    merged = [lede, first, second]
    target, kept = _retold_record(merged, [[lede], [first], [second]], [2, 1], told, 0)
    assert target == 2
    assert not kept.verbal_assert


def test_a_demonstrative_with_its_act_further_up_asserts_nothing() -> None:
    # "That crackdown ended a strike" after a paragraph on another year's shooting: the record only
    # told two paragraphs up is not what "that" points at
    lede = draft("strike", "strike", 10, para=0)
    push = draft("repression", "pushed", 90, status="attributed", source="union", para=1)
    told = replace(
        draft("repression", "crackdown", 205, nominal=True, back_reference=True, para=3),
        evidence=Span("That crackdown ended it.", 200, 224),
        verbal_assert=True,
    )
    target, kept = _retold_record([lede, push], [[lede], [push]], [1], told, 0)
    assert target == 1
    assert not kept.verbal_assert


def test_the_other_act_beside_a_retelling_is_told_anew() -> None:
    # "The attack on the town came days after the army said drones had killed dozens in the capital":
    # the killing beside the retelling is no telling of the gun battle told two paragraphs up
    lede = draft("attack", "attacked", 10, status="attributed", source="police", para=0)
    battle = draft("attack", "gun battle", 90, nominal=True, para=1)
    told = _retelling("The attack", 200, 3)
    killed = draft("killing", "killed", 240, sent_start=200, status="attributed", source="army", para=3)
    parts = [[lede, told], [battle]]
    assert _beside_retelling(parts, 1, killed, 0)
    assert not _beside_retelling(parts, 0, killed, 0)
    # a retelling of an act below the lede ("His arrest sparked a wave of demonstrations") leaves the
    # acts beside it free to join what they retell
    assert not _beside_retelling(parts, 1, killed, 2)
