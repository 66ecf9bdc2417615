"""An act named in the object of a call, an inquiry or a judgement took place: "called on the authorities to
open an investigation into the killing of two dockworkers during a port strike", "gravely concerned by the
abduction of three students", "condemned what it called the massacre of Ridgeway". The call asks for the
inquiry; the killing, the strike, the abduction are not called for (docs/gold-format.md N1, N3, M4;
sentences written by us)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.status import event_status
from tests.extract._event_helpers import events
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_a_call_for_an_inquiry_does_not_call_for_the_acts_it_names(nlp: Language) -> None:
    text = (
        "The Delta Rights Network today called on the authorities to open an independent investigation into "
        "the killing of two dockworkers by police during a port strike in Harwick on 4 May."
    )
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type in ("killing", "strike")]
    assert evs
    assert all(e.status not in ("predicted", "hypothetical") for e in evs)


def test_what_a_call_asks_for_is_still_predicted_beside_an_inquiry(nlp: Language) -> None:
    text = "The union called on its members to strike on Thursday over unpaid wages."
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type == "strike"]
    assert evs and evs[0].status == "predicted"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a judgement of a known act: its feeling, and the acts a conjunct shares it with
        ("The council is gravely concerned by the abduction and torture of three students.", "abduction"),
        ("The council is gravely concerned by the abduction and torture of three students.", "torture"),
        (
            "The council is concerned by the beating of a reporter and by the arrest of nine students on "
            "Sunday.",
            "arrest",
        ),
        ("The party condemned what it called the massacre of Ridgeway and urged calm.", "massacre"),
        # an inquiry told as a passive subject, or a headline's inquiry "needed into" the act
        ("The strike will go on until the killing is investigated by a judge.", "killing"),
        (
            "The union leader said the strike would continue until all wages were paid and the killing was "
            "investigated by a judge.",
            "killing",
        ),
        # by the words' order when the parser splits them
        (
            "The officers who took power promised to respect public freedoms and to hold those responsible "
            "for the killings to account.",
            "killings",
        ),
        ("Independent inquiry needed into police killings in Harwick", "killings"),
        # a commission set up "into" the act, the "into" hung on the verb
        ("The governor said he would set up a commission of inquiry into Monday's killings.", "killings"),
    ],
)
def test_an_act_named_in_a_judgement_or_inquiry_took_place(nlp: Language, text: str, word: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    status = event_status(tok, tok.idx, [], published=date(2025, 3, 18)).status
    assert status not in ("predicted", "hypothetical")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # an act still to come or only feared stays so under the same words
        ("The council is concerned about the planned strike on Monday.", "strike", "predicted"),
        ("The governor will set up a commission to prevent any killings.", "killings", "hypothetical"),
    ],
)
def test_a_planned_or_feared_act_keeps_its_mood(nlp: Language, text: str, word: str, expected: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert event_status(tok, tok.idx, [], published=date(2025, 3, 18)).status == expected


def test_a_second_matter_of_the_same_inquiry_took_place(nlp: Language) -> None:
    text = (
        "The forum calls for an inquiry into the killing of two farmers in Harwick on Monday, and into the "
        "death in custody of a young man in Dellow."
    )
    doc = nlp(text)
    tok = next(t for t in doc if t.text == "death")
    status = event_status(tok, tok.idx, [], published=date(2025, 3, 18)).status
    assert status not in ("predicted", "hypothetical")
