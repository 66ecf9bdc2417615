"""A speaker the lede only describes ("a local clinic said", "the regional governor said") takes as an
alias the name the next lines give it with the same noun ("Lakeside District Clinic", "Governor Mara
Velde"); a plain description ("residents", "officials") or a speaker named before does not (sentences
written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "later"),
    [
        (
            "Soldiers shot dead four farmers near the river on Friday, a local clinic said.\n\n"
            "A nurse at the Lakeside District Clinic said the bodies had been brought in at night.",
            "Lakeside District Clinic",
        ),
        (
            "Order has returned to the town after two nights of rioting, the regional governor said on "
            "Monday.\n\n"
            "Governor Mara Velde told reporters that youths had burned two buses.",
            "Governor Mara Velde",
        ),
        (
            "Shelling hit the market on Tuesday, killing nine people, a network of volunteer lawyers "
            "said.\n\n"
            "The Free Lawyers Network said the shells fell at noon.",
            "Free Lawyers Network",
        ),
    ],
)
def test_a_described_speaker_takes_the_name_given_after_it(nlp: Language, text: str, later: str) -> None:
    first = claims_of(nlp, text)[0]
    assert later in first.speaker.aliases, (first.speaker.name, first.speaker.aliases)


def test_plain_descriptions_and_named_speakers_keep_their_names(nlp: Language) -> None:
    text = (
        "Police fired tear gas at marchers on Sunday, residents said.\n\n"
        "The Harbour Residents Association said 12 people were hurt."
    )
    assert claims_of(nlp, text)[0].speaker.aliases == ()
    named = (
        "Governor Mara Velde said youths had burned two buses.\n\n"
        "Order has returned to the town, the governor said on Monday.\n\n"
        "Governor Tomas Ruud of the next province said all was calm."
    )
    assert "Governor Tomas Ruud" not in claims_of(nlp, named)[1].speaker.aliases
