"""A record told in several sentences: a later mention may belong with one of its tellings in its own
sentence, though the record took its trigger from another (a subheading above the body sentence).

Each test writes the sentences it stands for.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.coref import Draft, merge_drafts
from eventwire.records import Place
from tests.extract._event_helpers import events
from tests.extract.test_coref import _day, _mag, _said, draft

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.slow
def test_the_toll_in_the_body_sentence_joins_the_strike_under_its_subheading(nlp: Language) -> None:
    text = (
        "Drone strike in Kordofan\n\n"
        "On 3 March, a drone strike hit a bus station in El Obeid, killing at least nine passengers, "
        "according to witnesses and a local doctor."
    )
    evs = events(nlp, text)
    assert [e.type for e in evs] == ["attack"]
    told = {evs[0].trigger.text, *(m.text for m in evs[0].mentions)}
    assert {"Drone strike", "drone strike", "killing"} <= told


def test_a_word_pointing_back_does_not_take_the_act_of_its_own_sentence_into_the_wave() -> None:
    # "Riot police fired on crowds during nationwide protests on Monday ... The protests, led by
    # students, began in the capital, where thousands of people marched to the finance ministry."
    wave = replace(draft("protest", "protests", 40, nominal=True), scope="aggregate")
    pointer = replace(
        draft("protest", "protests", 304, sent_start=300, nominal=True, back_reference=True, para=1),
        scope="aggregate",
    )
    capital = Place("the capital", 375, 386, "Nairobi", 1, 0.0, 0.0, "KE", None, "city", "city")  # type: ignore[arg-type]
    march = replace(
        draft("protest", "marched", 390, sent_start=300, para=1), scope="single", places=(capital,)
    )
    out = merge_drafts([wave, pointer, march])
    assert [d.trigger.text for d in out] == ["protests", "marched"]
    assert [m.text for m in out[0].mentions] == ["protests"]


def _killed() -> Draft:
    return _said(
        draft("killing", "shot dead", 40, mags=(_mag("fatalities", 5, 30),), time=_day("2025-08-04", 60)),
        "Police shot dead five protesters in Kaduna on Monday.",
    )


def test_the_killings_named_as_what_a_call_asks_to_investigate_are_the_killings_told() -> None:
    # "... The rights group calls on the authorities to open an independent investigation into the
    # killings."
    sentence = (
        "The rights group calls on the authorities to open an independent investigation into the killings."
    )
    named = _said(
        draft(
            "killing",
            "killings",
            400,
            status="predicted",
            source="rights group",
            claim_id="cl2",
            nominal=True,
            back_reference=True,
            time=_day("2025-08-11", 420),
            para=2,
        ),
        sentence,
    )
    (record,) = merge_drafts([_killed(), named])
    assert (record.trigger.text, record.status, record.source) == ("shot dead", "asserted", None)
    assert [m.text for m in record.mentions] == ["killings"]


def test_a_called_for_sequel_to_an_act_is_its_own_record() -> None:
    # a call that the act go on stays a forecast of its own: "Workers went on strike on Monday ... The
    # union said more workers would join the strike next week."
    struck = draft("strike", "went on strike", 20)
    sentence = "The union said more workers would join the strike next week."
    sequel = _said(
        draft(
            "strike",
            "strike",
            340,
            status="predicted",
            source="union",
            claim_id="cl1",
            nominal=True,
            back_reference=True,
            para=1,
        ),
        sentence,
    )
    out = merge_drafts([struck, sequel])
    assert [(d.trigger.text, d.status) for d in out] == [
        ("went on strike", "asserted"),
        ("strike", "predicted"),
    ]


def test_the_rioting_people_gather_to_condemn_is_the_riot_told_before() -> None:
    # "Rioters set fire to two bank branches in the city on Friday. ... Community leaders said residents
    # would gather in the main square on Sunday to condemn the rioting."
    riot = _said(
        draft("riot", "set fire to", 8, time=_day("2025-10-31", 50)),
        "Rioters set fire to two bank branches in the city on Friday.",
    )
    named = _said(
        draft(
            "riot",
            "rioting",
            500,
            status="attributed",
            source="community leaders",
            claim_id="cl3",
            nominal=True,
            back_reference=True,
            time=replace(_day("2025-11-02", 470), start_char=470),
            para=3,
        ),
        "Community leaders said residents would gather in the main square on Sunday to condemn the rioting.",
    )
    (record,) = merge_drafts([riot, named])
    assert record.trigger.text == "set fire to"
    assert [m.text for m in record.mentions] == ["rioting"]


@pytest.mark.slow
def test_the_attack_a_speaker_says_was_led_is_the_riot_told_in_its_sentence(nlp: Language) -> None:
    text = (
        "Rioters looted shops and set fire to a bank in the town centre on Friday, police said, "
        "adding that armed men had led the attack."
    )
    evs = events(nlp, text)
    assert [e.type for e in evs] == ["riot"]
    assert "attack" in {m.text for m in evs[0].mentions}


def test_a_nouns_article_date_yields_to_the_day_its_relative_clause_writes() -> None:
    # "The crackdown follows the execution of four prisoners, who were hanged together in Ghezel Hesar
    # prison on 3 September."
    sentence = (
        "The crackdown follows the execution of four prisoners, who were hanged together in Ghezel Hesar "
        "prison on 3 September."
    )
    execution = replace(
        _said(
            draft(
                "execution",
                "execution",
                526,
                nominal=True,
                back_reference=True,
                mags=(_mag("executions", 4, 539),),
                time=_day("2025-10-06", 0),
            ),
            sentence,
        ),
        time_inferred=True,
        linked=frozenset({564}),
    )
    hanged = replace(
        _said(draft("execution", "hanged", 564, time=_day("2025-09-03", 606)), sentence),
        linked=frozenset({526}),
    )
    (record,) = merge_drafts([execution, hanged])
    assert record.time is not None and record.time.start == "2025-09-03"
    assert {record.trigger.text, *(m.text for m in record.mentions)} == {"execution", "hanged"}
