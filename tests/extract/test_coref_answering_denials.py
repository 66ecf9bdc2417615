"""A denial that names no act of its own ("denied any involvement", "denied holding them", "which
police denied") is a negated record of the type of the report it answers, with the denier as source
(docs/gold-format.md: session 5, session 6, N7-N9 of session 9).

The pipeline calls ``answering_denials`` from ``extract/events.py``; the ``hooked`` fixture calls it
again, as it was called before that line was there (applying it twice changes nothing).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from eventwire.api import extract_text
from eventwire.extract import events as events_module
from eventwire.extract.coref import merge_drafts
from eventwire.extract.coref_denials import answering_denials
from eventwire.extract.coref_draft import Draft
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


@pytest.fixture
def hooked(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> Iterator[Pipeline]:
    seen: dict[str, Any] = {}
    assign = events_module._assign_magnitudes

    def remember(mentions: Any, drafts: list[Draft]) -> list[Draft]:
        seen["mentions"] = mentions
        return assign(mentions, drafts)

    def merged(drafts: Sequence[Draft], window: int = 6) -> list[Draft]:
        return merge_drafts(answering_denials(seen["mentions"], drafts), window)

    monkeypatch.setattr(events_module, "_assign_magnitudes", remember)
    monkeypatch.setattr(events_module, "merge_drafts", merged)
    yield pipeline


def _negated(text: str, pipeline: Pipeline) -> list[tuple[str, str | None, str]]:
    result = extract_text(text, published="2025-06-02", pipeline=pipeline)
    return [
        (e.type, e.source.name if e.source else None, e.trigger.text)
        for e in result.events
        if e.status == "negated"
    ]


def test_a_denial_of_any_part_answers_the_killing_told_before_it(hooked: Pipeline) -> None:
    text = (
        "Soldiers shot dead two fishermen near the port of Mocimboa on Saturday, relatives said.\n\n"
        "The army denied any involvement."
    )
    assert _negated(text, hooked) == [("killing", "army", "denied")]


def test_a_denied_clause_of_holding_people_answers_the_arrests(hooked: Pipeline) -> None:
    text = (
        "Plainclothes officers detained six student leaders in Nakuru on Tuesday, their union said.\n\n"
        "The interior ministry has denied holding them."
    )
    got = _negated(text, hooked)
    assert [(t, trig) for t, _src, trig in got] == [("arrest", "denied")]


def test_a_denial_in_a_relative_clause_answers_the_accusation_it_follows(hooked: Pipeline) -> None:
    text = (
        "A lawyers' group said on Monday that guards had beaten hunger strikers at Evin prison, "
        "which the prison service denied."
    )
    got = _negated(text, hooked)
    assert [(t, trig) for t, _src, trig in got] == [("torture", "denied")]
    assert got[0][1] is not None and "prison" in got[0][1].lower()  # the denier, not the lawyers


@pytest.mark.parametrize(
    "denial",
    [
        "The two men denied the charges at their trial on Wednesday.",  # a defendant's plea: no record
        "The ministry denied that the porters were unarmed.",  # no act denied
        "The parliament rejected the budget bill.",  # no accusation
    ],
)
def test_a_denial_that_answers_no_act_makes_no_record(hooked: Pipeline, denial: str) -> None:
    text = f"Police arrested 14 porters near the border crossing on Sunday, a rights group said.\n\n{denial}"
    assert _negated(text, hooked) == []


def test_one_statement_with_its_own_denied_act_is_one_record(hooked: Pipeline) -> None:
    text = (
        "Police arrested dozens of activists in Colombo on Friday, a rights group said.\n\n"
        "The government denied that the law was being used against activists, saying no one had been "
        'arrested "for their views".'
    )
    got = _negated(text, hooked)
    assert len(got) == 1 and got[0][0] == "arrest"


def test_a_negative_quantifier_over_the_sufferers_denies_the_deaths_reported(hooked: Pipeline) -> None:
    text = (
        "An air strike on a market in Kanbalu killed at least 12 people on Tuesday, residents said.\n\n"
        'A military spokesman said the air force had hit a rebel camp and that "no civilians were harmed".'
    )
    got = _negated(text, hooked)
    assert [t for t, _src, _trig in got] == ["killing"] and "harmed" in got[0][2]


def test_not_holding_any_of_them_denies_the_detentions(hooked: Pipeline) -> None:
    text = (
        "Plainclothes officers detained four bloggers in Mombasa on Sunday night, their families said.\n\n"
        "The police said they were not holding any of them."
    )
    got = _negated(text, hooked)
    assert [(t, trig) for t, _src, trig in got] == [("arrest", "holding")]


@pytest.mark.parametrize(
    ("normal", "word"),
    [
        ("The chamber of commerce said most shops were open as usual.", "usual"),
        ("The prison authority said he was eating normally and was under medical care.", "normally"),
    ],
)
def test_normality_set_against_a_strike_denies_it(hooked: Pipeline, normal: str, word: str) -> None:
    text = (
        "Shopkeepers and a jailed teacher on hunger strike kept up their strike in Tabriz on Monday, "
        f"activists said.\n\n{normal}"
    )
    got = _negated(text, hooked)
    assert [t for t, _src, _trig in got] == ["strike"] and word in got[0][2]


def test_normality_with_no_strike_told_denies_nothing(hooked: Pipeline) -> None:
    text = (
        "Police fired tear gas at students marching in Dhaka on Monday, witnesses said.\n\n"
        "The transport ministry said trains were running normally."
    )
    assert _negated(text, hooked) == []


def test_a_denial_in_the_second_of_two_said_clauses_is_found(hooked: Pipeline) -> None:
    text = (
        "Jets bombed a school in Pauk township on Friday, killing nine children, a local aid group said.\n\n"
        'The junta said its aircraft had struck "a terrorist base" and that no school was hit.'
    )
    got = _negated(text, hooked)
    assert len(got) == 1 and got[0][0] in ("attack", "killing") and got[0][2] == "hit"


def test_a_denied_part_in_an_act_no_word_told_before_makes_no_record_of_another_kind(
    hooked: Pipeline,
) -> None:
    text = (
        "Police detained 40 opposition activists in Dhaka on Friday, the party said.\n\n"
        "The party denied any role in the looting."
    )
    assert [t for t, _src, _trig in _negated(text, hooked)] != ["arrest"]


def test_the_deniers_own_account_is_not_the_report_it_denies(hooked: Pipeline) -> None:
    text = (
        "A drone strike on a cattle market near Gao killed at least 14 herders on Sunday, a local "
        "association said.\n\n"
        "The army said it had struck a gathering of militants and killed 30 fighters, and that no "
        "herders were hit."
    )
    got = _negated(text, hooked)
    assert [(t, trig) for t, _src, trig in got] == [("attack", "hit")]


def test_a_denial_of_harm_after_deaths_told_with_the_beating_is_a_negated_killing(hooked: Pipeline) -> None:
    text = (
        "A 20-year-old student died in Kisumu on Sunday, a day after he was beaten by police officers "
        "outside the county offices, his family said.\n\n"
        "A police spokesman denied that any officer had struck him."
    )
    got = _negated(text, hooked)
    assert [t for t, _src, _trig in got] == ["killing"]


def test_not_a_single_one_of_the_people_struck_is_a_negative_quantifier(hooked: Pipeline) -> None:
    text = (
        "Plainclothes guards stormed a student dormitory in Shiraz on Monday night and beat students "
        "with batons, activists said.\n\n"
        'The rector said that "not a single student was struck".'
    )
    got = _negated(text, hooked)
    assert [(t, trig) for t, _src, trig in got] == [("repression", "struck")]


@pytest.mark.parametrize(
    ("claim", "word"),
    [
        ('The army said its soldiers had fired "warning shots" only.', "fired"),
        ("The interior minister insisted that officers had only used standard riot equipment.", "used"),
    ],
)
def test_a_partial_denial_after_deaths_is_a_negated_killing(hooked: Pipeline, claim: str, word: str) -> None:
    text = (
        "Soldiers fired on a crowd outside the tally centre in Gulu on Friday, killing four people, "
        f"witnesses said.\n\n{claim}"
    )
    got = _negated(text, hooked)
    assert [(t, trig) for t, _src, trig in got] == [("killing", word)]
    result = extract_text(text, published="2025-06-02", pipeline=hooked)
    assert not [e for e in result.events if e.type == "repression" and e.status != "negated"]


def test_a_role_denied_in_unrest_no_word_told_answers_no_arrest(hooked: Pipeline) -> None:
    text = (
        "Police said they had arrested 60 opposition activists in Sylhet on Friday.\n\n"
        "The party denied any role in the unrest."
    )
    assert _negated(text, hooked) == []


def test_a_negative_quantifier_in_a_chain_of_said_clauses_is_a_denial(pipeline: Pipeline) -> None:
    # the denying verb is the conjunct of a conjunct: "said nine … had been arrested and that officers
    # had acted … and used no batons"
    text = (
        "Riot police fired tear gas at students marching on the parliament in Maseru on Monday.\n\n"
        'The police said six "agitators" had been detained for public violence and that officers had '
        '"behaved with restraint and used no batons".'
    )
    negated = _negated(text, pipeline)
    assert [(etype, trigger) for etype, _source, trigger in negated] == [("repression", "used")], negated
