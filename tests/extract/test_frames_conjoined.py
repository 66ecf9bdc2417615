"""Frames: a speech or call verb joined by "and" to a first one is a frame of its own, with the
first verb's speaker — when the parser hung the "that" clause of "said in a statement that …" on
the noun (frame_subjects._statement_clause), and when the first verb would take the second one's
quotation (frame_base._adjacent_quotes). Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.claims import find_claims
from eventwire.extract.mentions import Mentions
from eventwire.ingest.document import make_document
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_a_call_joined_to_a_statement_clause_is_the_stating_body_s(nlp: Language) -> None:
    text = (
        "The Farmers' Union said in a statement that two men had died in custody and called for an inquiry."
    )
    found = {c.cue.text: c for c in claims_of(nlp, text)}
    assert "called for" in found, [(c.cue.text, c.speaker.text) for c in found.values()]
    assert found["called for"].speaker.text == "The Farmers' Union"
    assert found["called for"].content.text == "an inquiry"
    assert found["said"].content.text == "two men had died in custody"


@pytest.mark.parametrize(
    ("text", "first", "opening"),
    [
        (
            'The ministry dismissed the report as "enemy lies" and said that "only military targets '
            'were struck".',
            "dismissed",
            "the report as",
        ),
        (
            'The governor called the strikers "agents of foreign powers" and said on radio that "the '
            'law will be applied".',
            "called",
            "the strikers",
        ),
    ],
)
def test_a_joined_saying_keeps_its_quotation_and_the_first_verb_its_own(
    nlp: Language, text: str, first: str, opening: str
) -> None:
    found = {c.cue.text: c for c in claims_of(nlp, text)}
    assert first in found, [(c.cue.text, c.content.text) for c in found.values()]
    assert found[first].content.text.startswith(opening)
    assert found["said"].speaker.text == found[first].speaker.text


def test_a_saying_read_as_a_second_complement_of_said_is_a_frame_of_its_own(nlp: Language) -> None:
    # the small parser sometimes hangs "warned" on "said" as a second complement rather than as a
    # conjunct; the parse is rewritten here to that reading
    text = (
        "The police chief said the rally would go ahead only at a stadium and warned that anyone "
        "who gathers in the square will be arrested."
    )
    doc = nlp(text)
    said = next(t for t in doc if t.text == "said")
    warned = next(t for t in doc if t.text == "warned")
    warned.head = said
    warned.dep_ = "ccomp"
    mentions = Mentions(
        document=make_document(text, normalize=False),
        doc=doc,
        published=None,
        times=(),
        actors=(),
        magnitudes=(),
    )
    found = {c.cue.text: c for c in find_claims(mentions)}
    assert "warned" in found, [(c.cue.text, c.content.text) for c in found.values()]
    assert found["warned"].speaker.text == "The police chief"
    assert found["warned"].content.text == "anyone who gathers in the square will be arrested"
    assert found["said"].content.text == "the rally would go ahead only at a stadium"
