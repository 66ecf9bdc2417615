"""A dateline before a lede's subject is no part of the speaker: "KARAJ, 10 March 2026 — Iran Justice
Monitor has documented …" (the parser makes the dateline a second subject of the verb)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "TABRIZ, 4 May 2026 — Azar Rights Watch has documented the arrest of at least 30 workers.",
            "Azar Rights Watch",
        ),
        (
            "QUETTA, June 3 (Frontier Wire) - The provincial police said on Monday that 12 people had died.",
            "The provincial police",
        ),
    ],
)
def test_speaker_a_dateline_is_not_a_stacked_subject(nlp: Language, text: str, speaker: str) -> None:
    claims = claims_of(nlp, text)
    assert claims
    assert claims[0].speaker.text == speaker


def test_speaker_a_stacked_subject_without_a_dash_is_joined(nlp: Language) -> None:
    claims = claims_of(nlp, "The state news agency IRNA reported that calm had returned to the city.")
    assert claims and claims[0].speaker.text == "The state news agency IRNA"
