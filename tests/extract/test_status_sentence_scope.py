"""Status: how far a closing "according to X" reaches over its own sentence (gold-format N15): the
act in the main clause is X's account even when a relative clause after it gives the toll, and an
event named as "after a <noun>" whose own clause tells its outcome is X's too, not a known
setting (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    cls = tuple(claims_of(nlp, text))
    return {e.trigger.text: e.status for e in events(nlp, text, claims=cls)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "In March 2021, gunmen stormed a police station and a prison in the city in a raid that left "
            "12 people dead, according to officials.",
            "stormed",
        ),
        (
            "Soldiers opened fire on a crowd in the capital in a crackdown that killed at least nine "
            "protesters, according to a rights group.",
            "opened fire",
        ),
    ],
)
def test_a_main_clause_act_with_a_toll_clause_is_the_closing_sources(
    nlp: Language, text: str, trigger: str
) -> None:
    status = _statuses(nlp, text)
    assert status.get(trigger) == "attributed", status


def test_an_act_after_after_whose_clause_tells_its_toll_is_the_sources(nlp: Language) -> None:
    text = (
        "Shops stayed closed in the old town after a shootout between police and smugglers killed two "
        "people, according to residents."
    )
    status = _statuses(nlp, text)
    assert status.get("shootout") == "attributed", status


@pytest.mark.parametrize(
    "text",
    [
        "Schools reopened on Monday after the strike, according to the ministry.",
        "Traffic returned to the avenue a day after the march, according to the city council.",
    ],
)
def test_a_bare_setting_after_after_stays_the_publishers(nlp: Language, text: str) -> None:
    status = _statuses(nlp, text)
    status = {k: v for k, v in status.items() if k in ("strike", "march")}
    assert status and all(v == "asserted" for v in status.values()), status


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        (
            "Police fired tear gas and arrested 20 protesters, according to witnesses.",
            ("fired tear gas", "arrested"),
        ),
        ("According to the union, police beat strikers and detained 14 of them.", ("beat", "detained")),
        # the participle's toll is the attack's own (its victims, G6): one record, the officials' account
        ("Troops shelled the village, killing six civilians, according to local officials.", ("shelled",)),
    ],
)
def test_a_cue_covers_every_clause_of_its_sentence(
    nlp: Language, text: str, triggers: tuple[str, ...]
) -> None:
    status = _statuses(nlp, text)
    assert all(status.get(t) == "attributed" for t in triggers), status


def test_a_toll_clause_under_a_trailing_phrase_still_vouches_for_the_toll_only(nlp: Language) -> None:
    text = (
        "The rebels have staged a series of raids on border posts this year, including the attack on a "
        "garrison in June in which 14 soldiers were killed, according to the defence ministry."
    )
    status = _statuses(nlp, text)
    assert status.get("raids") == "asserted", status
    assert status.get("killed") == "attributed", status
