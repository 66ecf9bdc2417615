"""A definite organisation noun refers back to the name it was written with: "the Popular Front
coalition" … "the coalition said" (the name, not the last group in the text), and as the possessor
of a role or unit: "the party's southern office" is that party's office (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The rally, called by the Popular Front coalition to demand early elections, was banned on "
            "Monday. Groups of youths threw stones at the police. The coalition said 40 of its supporters "
            "were detained.",
            "Popular Front",
        ),
        (
            "Dozens were arrested, among them the leader of the Sintracaña sugar workers' union, according "
            "to lawyers. The company has dismissed 900 workers since the strike began, the union says.",
            "Sintracaña",
        ),
    ],
)
def test_the_class_noun_is_the_name_written_with_it(nlp: Language, text: str, name: str) -> None:
    claims = claims_of(nlp, text)
    assert claims[-1].speaker.name == name, [c.speaker.name for c in claims]


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "The Maldivian Democratic Party said 5,000 people marched in Male. In Addu City, some 200 people "
            "held a rally on Saturday evening, the party's southern office said.",
            "Maldivian Democratic Party southern office",
            "southern office of Maldivian Democratic Party",
        ),
        (
            'The People\'s Party said police beat its members in Lahore. "We are not leaving," said the '
            "party's secretary general.",
            "People's Party secretary general",
            "secretary general of People's Party",
        ),
    ],
)
def test_the_role_of_a_definite_organisation_is_named_after_it(
    nlp: Language, text: str, name: str, alias: str
) -> None:
    speaker = claims_of(nlp, text)[-1].speaker
    assert speaker.name == name
    assert alias in speaker.aliases


def test_a_class_noun_written_with_no_name_is_left_to_the_description(nlp: Language) -> None:
    text = "A coalition of unions called the strike. The coalition said 40 of its supporters were detained."
    claims = claims_of(nlp, text)
    assert claims[-1].speaker.name == "coalition of unions", [c.speaker.name for c in claims]
