"""A later paragraph whose subject is the lede's act retells it in the publisher's own voice
(docs/gold-format.md N15, I5): the lede's attributed record becomes asserted, source null. Sentences
written by us."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.coref_draft import Draft
from eventwire.extract.status_retelling import retold_as_subject, retold_ledes
from tests.extract._event_helpers import events
from tests.extract.test_claims import claims_of
from tests.extract.test_coref import _speaker, draft

if TYPE_CHECKING:
    from spacy.language import Language


def _statuses(nlp: Language, text: str, etype: str) -> list[tuple[str, str, str | None]]:
    found = events(nlp, text, claims=tuple(claims_of(nlp, text)))
    return [
        (text[e.trigger.start : e.trigger.end], e.status, e.source.text if e.source else None)
        for e in found
        if e.type == etype
    ]


@pytest.mark.slow
def test_a_subject_retelling_asserts_the_lede(nlp: Language) -> None:
    text = (
        "Gunmen ambushed a bus carrying traders near the town of Kembe on Sunday, killing nine people, "
        "police said.\n\n"
        "Relatives of the dead gathered outside the morgue on Monday.\n\n"
        "The ambush was the deadliest in the province since March."
    )
    got = _statuses(nlp, text, "attack")
    assert got and got[0][1] == "asserted", got
    assert got[0][2] is None


@pytest.mark.slow
def test_a_wave_as_subject_asserts_nothing(nlp: Language) -> None:
    text = (
        "Thousands of people demonstrated in the capital on Friday, the opposition said.\n\n"
        "The demonstrations began after the party leader was detained last month."
    )
    got = _statuses(nlp, text, "protest")
    assert got
    assert all(status != "asserted" for _, status, _ in got)


def _lede_and_body() -> tuple[list[Draft], list[Draft]]:
    lede = draft("attack", "ambushed", 10, status="attributed", source="police", para=0)
    lede = replace(lede, claim_id="c1")
    body = draft("attack", "shelled", 120, status="attributed", source="residents", para=1)
    return [lede, body], [lede, body]


def test_the_lede_record_that_took_a_retelling_is_asserted() -> None:
    (lede, body), drafts = _lede_and_body()
    told = replace(draft("attack", "The ambush", 200, nominal=True, para=2), retold_at=200)
    out = retold_ledes([replace(lede, retold_at=200), body], [*drafts, told])
    assert out[0].status == "asserted"
    assert out[0].source is None and out[0].claim_id is None
    assert out[1].status == "attributed"  # the act told further down is not retold


def test_a_retelling_joined_below_the_lede_asserts_nothing() -> None:
    (lede, body), drafts = _lede_and_body()
    told = replace(draft("attack", "The attack", 200, nominal=True, para=2), retold_at=200)
    out = retold_ledes([lede, replace(body, retold_at=200)], [*drafts, told])
    assert [r.status for r in out] == ["attributed", "attributed"]


def test_a_record_without_a_retelling_keeps_its_speaker() -> None:
    (lede, body), drafts = _lede_and_body()
    out = retold_ledes([lede, body], drafts)
    assert out[0].status == "attributed"
    assert out[0].source == _speaker("police")


def test_a_retelling_in_the_lede_paragraph_is_no_later_telling() -> None:
    (lede, body), drafts = _lede_and_body()
    out = retold_ledes([replace(lede, retold_at=0), body], drafts)
    assert out[0].status == "attributed"


def test_a_retelling_joined_to_the_past_act_beside_it_asserts_the_lede() -> None:
    # "Gunmen ambushed a bus, police said. … The ambush was the deadliest since June, when gunmen
    # killed scores": coref joined the retelling to June's act told in its own sentence
    (lede, body), drafts = _lede_and_body()
    told = replace(draft("attack", "The ambush", 200, nominal=True, para=2), retold_at=200)
    past = draft("attack", "killed", 240, sent_start=200, status="asserted", para=2)
    past = replace(past, retold_at=200, mentions=(told.trigger,))
    out = retold_ledes([lede, body, past], [*drafts, told, replace(past, mentions=())])
    assert [r.status for r in out] == ["asserted", "attributed", "asserted"]


def test_no_guess_between_two_lede_records() -> None:
    (lede, body), drafts = _lede_and_body()
    second = draft("attack", "shelled", 40, status="attributed", source="police", para=0)
    told = replace(draft("attack", "The ambush", 200, nominal=True, para=2), retold_at=200)
    past = draft("attack", "killed", 240, sent_start=200, status="asserted", para=2)
    past = replace(past, retold_at=200, mentions=(told.trigger,))
    out = retold_ledes([lede, second, body, past], [*drafts, second, told, replace(past, mentions=())])
    assert [r.status for r in out][:3] == ["attributed", "attributed", "attributed"]


@pytest.mark.slow
def test_an_indefinite_subject_tells_another_act(nlp: Language) -> None:
    doc = nlp("In March 2025, an attack on the military camp in Boni killed 12 soldiers.")
    attack = next(t for t in doc if t.lower_ == "attack")
    assert not retold_as_subject(attack, "attack")
    doc = nlp("The attack was the deadliest in the province since March.")
    assert retold_as_subject(doc[1], "attack")
