"""A curfew told with its hours inside the phrase is still imposed; a curfew in force is one when it is
not the curfew told before; a curfew and an internet cut told in one sentence are two acts."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

# (text, number of curfew records)
CASES = [
    ("The governor imposed a 7 p.m. to 5 a.m. curfew in the Kisumu and Siaya districts on Monday.", 1),
    ("A curfew from 9 p.m. has been imposed in Bamenda and Buea.", 1),
    ("A curfew from 9 p.m. to 5 a.m. has been in force in Bamenda since Sunday.", 1),
    (
        "Police imposed a curfew in Bamenda on Sunday. Officials have not said how long the curfew will "
        "remain in force.",
        1,
    ),
    ("Mobile internet has been cut in Bamenda since Friday, and a curfew from 9 p.m. has been imposed.", 1),
]


@pytest.mark.parametrize(("text", "count"), CASES)
def test_events_curfews(nlp: Language, text: str, count: int) -> None:
    assert len([e for e in events(nlp, text) if e.subtype == "curfew"]) == count


def test_curfew_beside_internet_cut(nlp: Language) -> None:
    text = "Mobile internet has been cut in Bamenda since Friday, and a curfew from 9 p.m. has been imposed."
    subtypes = sorted(e.subtype or "" for e in events(nlp, text) if e.type == "repression")
    assert subtypes == ["curfew", "internet_shutdown"]
