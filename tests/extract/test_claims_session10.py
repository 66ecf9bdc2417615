"""Claims (session 10): a speaker's second act joined to a clause deep inside what the speaker said
("said they would continue "until …" and called on …"); a "that" clause the parser hung on the
statement of "said in a statement carried by X that …"; a news agency named after "told" is no
content (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claim_with_cue, claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "speaker", "said", "called"),
    [
        (
            "In a letter smuggled out of the prison, the inmates said they would go on fasting "
            '"until the last cell is emptied" and called on families outside to gather at the gates '
            "every Thursday.",
            "the inmates",
            'they would go on fasting "until the last cell is emptied"',
            "families outside to gather at the gates every Thursday",
        ),
        (
            "The nurses' association said its members would stay off the wards until the arrears "
            "were paid and urged patients' groups to join a march to the ministry on Monday.",
            "The nurses' association",
            "its members would stay off the wards until the arrears were paid",
            "join a march to the ministry on Monday",
        ),
    ],
)
def test_a_second_call_joined_inside_the_said_clause_is_the_speakers_own_claim(
    nlp: Language, text: str, speaker: str, said: str, called: str
) -> None:
    found = {c.cue.text: c for c in claims_of(nlp, text)}
    second = next((c for cue, c in found.items() if cue.startswith(("called", "urged"))), None)
    assert second is not None, [(c.cue.text, c.content.text) for c in found.values()]
    assert second.speaker.text == speaker
    assert second.content.text == called
    assert found["said"].content.text == said


def test_a_that_clause_hung_on_the_statement_ends_before_the_speakers_next_verb(nlp: Language) -> None:
    text = (
        "The regional army command said in a statement carried by the official news agency that the "
        "lorry had ignored a warning and that soldiers had aimed only at its wheels, and denied that "
        "anyone had been hurt."
    )
    said = claim_with_cue(nlp, text, "said")
    assert said.content.text == (
        "the lorry had ignored a warning and that soldiers had aimed only at its wheels"
    )
    assert claim_with_cue(nlp, text, "denied").content.text == "anyone had been hurt"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            '"Our forces did not fire on the crowd," a ministry spokesman told the state news agency IRNA.',
            "Our forces did not fire on the crowd",
        ),
        (
            '"Our forces did not shell any village," a ministry spokesman told the state news agency SANA.',
            "Our forces did not shell any village",
        ),
    ],
)
def test_a_news_agency_named_after_told_is_not_what_was_said(nlp: Language, text: str, said: str) -> None:
    told = claim_with_cue(nlp, text, "told")
    assert told.content.text == said
