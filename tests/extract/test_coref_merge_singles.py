"""A single victim read from a person named ("the death of a police officer", "they had arrested the
union's spokesman") is no rival count of a written toll another speaker gives: when coreference folds the
two mentions and the contest would leave the record no figure of that kind, the written count stands; a
narrator's own single stays as before, and two written counts stay contested (gold-format N13). Sentences
written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype", "figure"),
    [
        (
            "The exiled party said security forces had shot dead at least nine protesters in Arak during "
            "the unrest. State media have reported only the death of a police officer.",
            "killing",
            ("fatalities", 9),
        ),
        (
            "The union said police had arrested at least 40 drivers in Bushehr. Police said they had "
            "arrested the union's spokesman, Mehdi Sharifi.",
            "arrest",
            ("arrests", 40),
        ),
    ],
)
def test_a_named_single_is_no_rival_of_a_written_count(
    nlp: Language, text: str, etype: str, figure: tuple[str, int]
) -> None:
    evs = [e for e in events(nlp, text, claims=tuple(claims_of(nlp, text))) if e.type == etype]
    assert any(figure in {(m.kind, m.value) for m in e.magnitudes} for e in evs), [
        (e.trigger.text, e.magnitudes) for e in evs
    ]


def test_the_narrator_s_own_single_stays(nlp: Language) -> None:
    text = (
        "Police detained a prominent opposition leader on Friday. Nika Beridze was pulled from a car near "
        "parliament, his party said. The interior ministry said 27 people had been detained."
    )
    evs = [e for e in events(nlp, text, claims=tuple(claims_of(nlp, text))) if e.type == "arrest"]
    first = min(evs, key=lambda e: e.trigger.start)
    assert ("arrests", 27) not in {(m.kind, m.value) for m in first.magnitudes}
