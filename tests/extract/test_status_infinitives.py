"""Acts in a to-infinitive that completes a word of obligation, leave or likelihood are not told as done
("have to arrest", "free to arrest", "the responsibility to apprehend", "likely to be detained"), nor are
acts someone is directed or ordered to do; an obligation met ("had to fire") tells the act (session 33;
sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import status_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the state government would have to arrest the organisers first.",
        "If the court rules against us, the police are free to arrest us, the party leader said.",
        "The governor said the police had a duty to detain the ringleaders of the riot.",
        "An official said they would have no alternative but to arrest the marchers at the border.",
    ],
)
def test_an_arrest_one_must_or_may_make_is_not_told_as_done(nlp: Language, text: str) -> None:
    assert status_of(nlp, text, "arrest") in ("hypothetical", "predicted"), text


def test_an_arrest_that_is_likely_is_predicted(nlp: Language) -> None:
    text = "Several union leaders are likely to be arrested on Friday when they try to reach the square."
    assert status_of(nlp, text, "arrest") == "predicted"


def test_a_likely_act_on_a_condition_is_hypothetical(nlp: Language) -> None:
    text = "Observers said the army was likely to shell the town again if the rebels refused to withdraw."
    assert status_of(nlp, text, "attack") == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "The commissioner directed his deputies to patrol the old town and arrest the troublemakers.",
        "Officers have been instructed to arrest anyone found carrying weapons near the stadium.",
    ],
)
def test_an_ordered_arrest_is_not_told_as_done(nlp: Language, text: str) -> None:
    assert status_of(nlp, text, "arrest") in ("predicted", "hypothetical"), text


@pytest.mark.parametrize(
    "text",
    [
        "Police had to arrest twelve youths after stones were thrown at the station.",
        "Security forces were able to detain three suspects near the market on Monday.",
    ],
)
def test_an_obligation_met_tells_the_arrest(nlp: Language, text: str) -> None:
    assert status_of(nlp, text, "arrest") == "asserted", text


def test_a_modal_holds_for_every_verb_of_a_list(nlp: Language) -> None:
    text = "Some activists might gather outside the court, shout slogans and be detained."
    assert status_of(nlp, text, "arrest") == "hypothetical"
