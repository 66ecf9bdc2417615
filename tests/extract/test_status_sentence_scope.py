"""Status: how far an "according to X" reaches over its own sentence (gold-format N15, S2): every
coordinated or participial clause of the sentence is X's account; a bare "after the <event>" stays
a known setting, and a toll clause under a trailing phrase is all a closing cue vouches for
(sentences written by us)."""

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
        ("Troops shelled the village, killing six civilians, according to local officials.", ("killing",)),
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
