"""Claims when the parser loses the sentence's main verb under its subject ("The candidate, who came
second and says he won, called for a shutdown, urging …"; "Organisers of the protests called for a
shutdown, urging …"), a call whose "for" stands apart from the verb ("called from exile for …"),
and a denial whose object follows its judgement ("rejected as "baseless" claims that …"). Sentences
written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

SWALLOWED = (
    "The former mayor, who lost the run-off narrowly and says he won, called from exile for "
    '"a week of total shutdown" from Monday, urging traders to close their shops.'
)


def test_a_main_verb_inside_the_subjects_relative_clause_is_the_subjects_call(nlp: Language) -> None:
    found = {c.cue.text: c for c in claims_of(nlp, SWALLOWED)}
    assert {"says", "called", "urging"} <= set(found), [(c.cue.text, c.content.text) for c in found.values()]
    assert found["says"].content.text == "he won"
    assert found["called"].content.text == "a week of total shutdown"
    for cue in ("called", "urging"):
        assert found[cue].speaker.text == "The former mayor"


def test_the_call_for_a_shutdown_predicts_it(nlp: Language) -> None:
    cls = tuple(claims_of(nlp, SWALLOWED))
    strikes = [e for e in events(nlp, SWALLOWED, claims=cls) if e.type == "strike"]
    assert strikes and all(e.status == "predicted" for e in strikes)


def test_a_lost_main_verb_is_no_part_of_the_speaker(nlp: Language) -> None:
    text = (
        'Organisers of the marches called for a "national stay-away" next Monday, urging teachers to '
        "stay away from school."
    )
    urging = [c for c in claims_of(nlp, text) if c.cue.text == "urging"]
    assert urging and urging[0].speaker.text == "Organisers of the marches"


def test_a_denial_of_claims_after_its_judgement(nlp: Language) -> None:
    text = (
        'The mayor\'s office rejected as "entirely false" claims circulating online that a '
        "schoolboy had lost an eye after being hit by a rubber bullet in the square."
    )
    (rejected,) = [c for c in claims_of(nlp, text) if c.cue.text == "rejected"]
    assert rejected.content.text.startswith('"entirely false" claims')
    hit = [e for e in events(nlp, text, claims=(rejected,)) if e.type == "repression"]
    assert hit and all(e.status != "asserted" for e in hit)
