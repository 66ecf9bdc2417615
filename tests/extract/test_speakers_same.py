"""Speakers: "the same X" is the X named before: the last speaker whose name has the noun ("The
army's 4th Mechanised Brigade denied … The same brigade said"), else the last noun phrase with that
head ("messages from exiled influencers in Madrid … The same influencers are calling for"), not a
speaker called "same brigade". Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        (
            "The army's 4th Mechanised Brigade denied any role in the killing. The same brigade said on "
            "Monday that its jets had struck a rebel camp near Bouar.",
            "said",
            "4th Mechanised Brigade",
        ),
        (
            "The spokesman denounced reports by certain foreign media that soldiers executed civilians. "
            "The same media had claimed that 40 soldiers were killed in Djibo.",
            "had claimed",
            "foreign media",
        ),
        (
            "A crowd, encouraged by messages from exiled influencers in Madrid, banged pots on Saturday. "
            "The same influencers are calling for a national strike on Monday.",
            "are calling for",
            "influencers",
        ),
    ],
)
def test_the_same_noun_is_the_one_named_before(nlp: Language, text: str, cue: str, name: str) -> None:
    found = [c.speaker for c in claims_of(nlp, text) if c.cue.text == cue]
    assert found, [(c.cue.text, c.speaker.name) for c in claims_of(nlp, text)]
    assert name in (found[0].name or ""), found[0]
    assert "same" not in (found[0].name or "")
