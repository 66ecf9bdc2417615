"""A publisher's own "no one was hurt" after an act it tells is how the act ended, not a denied killing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language


def _killings(nlp: Language, text: str) -> list[str]:
    return [e.status for e in events(nlp, text) if e.type == "killing"]


def test_senses_the_publishers_own_unhurt_outcome_is_no_denial(nlp: Language) -> None:
    text = (
        "Youths set fire to a minibus outside the bus depot in Kisumu late on Friday. "
        'No one was hurt, and the county commissioner blamed "hired goons" for the fire.'
    )
    assert _killings(nlp, text) == []


def test_senses_nobody_reported_hurt_is_the_publishers_own(nlp: Language) -> None:
    text = (
        "A grenade was thrown into the courtyard of the tax office in Gitega on Sunday. "
        "Nobody was reported hurt."
    )
    assert _killings(nlp, text) == []


def test_senses_nobody_badly_hurt_grants_harm(nlp: Language) -> None:
    text = (
        "Police charged the nurses outside the ministry with batons. "
        '"Nobody was badly hurt, but we were terrified," one nurse said.'
    )
    assert _killings(nlp, text) == []


def test_senses_a_speakers_unhurt_statement_stays_a_denial(nlp: Language) -> None:
    text = (
        "A drone struck a fuel depot near Kirkuk airport on Monday night. "
        "The fire was put out within an hour and no one was hurt, a provincial official said."
    )
    assert _killings(nlp, text) == ["negated"]
