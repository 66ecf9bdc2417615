"""Session 24 (role C): a negated copula describes the act that is its subject, it does not deny it
("the killings are not an isolated incident"); a noun that is its sentence's subject tells the act as
a verb would (docs/gold-format.md N15, I5). Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.status_syntax import told_as_subject
from tests.extract._event_helpers import status_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The shootings in Oru were not an isolated case.", "attack"),
        ("The march on the ministry was not peaceful.", "protest"),
        ("The bakers' strike was not a success.", "strike"),
    ],
)
def test_a_negated_copula_describes_its_subject(nlp: Language, text: str, etype: str) -> None:
    assert status_of(nlp, text, etype) != "negated"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The strike was not held.", "strike"),
        ("No protest took place in the capital.", "protest"),
    ],
)
def test_a_negated_act_stays_denied(nlp: Language, text: str, etype: str) -> None:
    assert status_of(nlp, text, etype) == "negated"


def _noun(nlp: Language, text: str, word: str) -> bool:
    doc = nlp(text)
    return told_as_subject(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ambush was the worst in the valley since March.", "ambush"),
        ("The walkout began on Monday at the northern depot.", "walkout"),
        ("The Kavu killings are not an isolated incident.", "killings"),
        ("It was the fourth raid on the camp in a month.", "raid"),
    ],
)
def test_a_subject_noun_tells_the_act(nlp: Language, text: str, word: str) -> None:
    assert _noun(nlp, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Residents condemned the ambush on Tuesday.", "ambush"),
        ("After the walkout, the depot stayed closed.", "walkout"),
        ("The deadliest bombing claimed by the group killed 300 people in 2009.", "bombing"),
        ("The minister said the raid was lawful.", "raid"),
    ],
)
def test_other_nouns_do_not(nlp: Language, text: str, word: str) -> None:
    assert not _noun(nlp, text, word)
