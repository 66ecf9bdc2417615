"""A definite organisation noun refers back to the name it was written with: "the Popular Front
coalition" … "the coalition said" (the name, not the last group in the text), and as the possessor
of a role or unit: "the party's southern office" is that party's office (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of
from tests.extract.test_claims_speaker_names import named

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "name", "known"),
    [
        (
            "The rally, called by the Popular Front coalition to demand early elections, was banned on "
            "Monday. Groups of youths threw stones at the police. The coalition said 40 of its supporters "
            "were detained.",
            "Popular Front",
            False,
        ),
        (
            "Dozens were arrested, among them the leader of the Sintracaña sugar workers' union, according "
            "to lawyers. The company has dismissed 900 workers since the strike began, the union says.",
            "Sintracaña",
            False,
        ),
        # the name in apposition after the noun ("the Oslo-based group Iran Human Rights, quoted by …,
        # claimed") speaks, not the last non-state speaker before it (both known to the dictionary)
        (
            "Observers note that the hostile media again waged a storm of lies. The Oslo-based group Iran "
            "Human Rights, quoted by satellite channels based in London, claimed that at least 94 people "
            "have been executed this year.",
            "Iran Human Rights",
            True,
        ),
        (
            "Observers say the strike is weakening. The New York-based group Human Rights Watch, citing "
            "witnesses, said that soldiers had beaten students in Goma.",
            "Human Rights Watch",
            True,
        ),
    ],
)
def test_the_class_noun_is_the_name_written_with_it(nlp: Language, text: str, name: str, known: bool) -> None:
    actors = ()
    if known:  # the earlier speakers and the group, as the actor dictionary would find them
        analysts = named(text, "Observers", "Analysts", "unknown", "ew:generic-analysts")
        actors = (analysts, named(text, name, name, "rights_group", "ew:test-group"))
    claims = claims_of(nlp, text, actors=actors)
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


def test_a_name_after_its_class_noun_is_a_body_not_a_person(nlp: Language) -> None:
    # "the civil society coalition Mali Debout" is a body whatever entity the tagger gives the name:
    # "the coalition" after it stands for it
    text = (
        "The civil society coalition Mali Debout, which had called for the marches, put the number of "
        "dead at four and said 30 people had been detained. The coalition said police had beaten 12 students."
    )
    claims = claims_of(nlp, text)
    assert "Mali Debout" in claims[-1].speaker.name, [c.speaker.name for c in claims]
