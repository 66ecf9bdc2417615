"""Session 22 (role C): conditions the parser hides, "the group" after a plural description, a
stacked subject shared by a second verb of saying, and the publisher's news staff narrating with no
count (docs/gold-format.md N4, M9). Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.claims import find_claims
from eventwire.extract.mentions import Mentions
from eventwire.ingest.document import make_document
from tests.extract._event_helpers import status_of
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.records import Claim

from eventwire.records import Magnitude

pytestmark = pytest.mark.slow

PUBLISHER = "Harbour Wire"


def _claims(nlp: Language, text: str, magnitudes: tuple[Magnitude, ...] = ()) -> list[Claim]:
    document = make_document(text, normalize=False, publisher=PUBLISHER)
    return find_claims(Mentions(document=document, doc=nlp(text), published=None, magnitudes=magnitudes))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # "anyone caught …": the parser hangs the threat under the whoever-subject's own verb
        ("The governor said anyone caught looting shops after the curfew would be detained.", "arrest"),
        # "those behind / responsible for …": whoever did it (N4 "those found to")
        ("The minister said those behind the unrest would be arrested and tried.", "arrest"),
        ("The prefect warned that those responsible for the blockade will be detained.", "arrest"),
        # a condition fronted before two conjoined forecasts holds for both
        (
            "If the council does not reverse the fare rise by Friday, the boycott will widen and we will "
            "march on the town hall, the union leader said.",
            "protest",
        ),
    ],
)
def test_hidden_conditions_are_hypothetical(nlp: Language, text: str, etype: str) -> None:
    assert status_of(nlp, text, etype) == "hypothetical"


def test_the_harm_the_culprits_did_is_not_conditioned(nlp: Language) -> None:
    text = "The minister said those responsible for the killings will be punished."
    assert status_of(nlp, text, "killing") == "attributed"


def test_a_forecast_beside_a_whoever_threat_keeps_its_own_mood(nlp: Language) -> None:
    text = (
        'The minister said that "whoever blocks a highway will answer to the courts" and that the army '
        '"will clear every barricade in the province" this week.'
    )
    assert status_of(nlp, text, "repression") == "predicted"


def test_the_group_is_not_a_plural_description_named_before(nlp: Language) -> None:
    text = (
        "Internet monitoring groups reported that messaging apps were blocked across the country. "
        "Police shot dead four marchers in the port on Friday. "
        "The Coastal Rights Centre called for an inquiry into the shootings. "
        "The group said at least 25 people had been arrested since Thursday."
    )
    speakers = {c.speaker.name for c in claims_of(nlp, text) if "25 people" in c.content.text}
    assert speakers == {"Coastal Rights Centre"}


def test_a_second_verb_of_saying_keeps_the_stacked_subject(nlp: Language) -> None:
    text = (
        "The state broadcaster RTN claimed the student had drowned and insisted that no shot was fired "
        "at the march."
    )
    texts = [c.speaker.text for c in claims_of(nlp, text)]
    assert texts == ["The state broadcaster RTN", "The state broadcaster RTN"]


@pytest.mark.parametrize(
    "text",
    [
        "Our correspondent reported that riot police beat marchers near the bridge.",
        "Our reporter in the city said most shops in the old market stayed shut.",
    ],
)
def test_news_staff_narration_without_a_count_is_no_claim(nlp: Language, text: str) -> None:
    assert _claims(nlp, text) == []


def test_news_staff_with_a_count_is_a_claim(nlp: Language) -> None:
    text = "Our reporters counted at least 30 people detained outside the stadium."
    start = text.index("at least 30")
    count = Magnitude("arrests", 30, 30, None, "at_least", "at least 30", start, start + 11)
    assert [c.cue.text for c in _claims(nlp, text, (count,))] == ["counted"]


def test_a_witness_our_correspondent_reached_is_a_claim(nlp: Language) -> None:
    text = "A shopkeeper told our correspondent that police beat marchers near the bridge."
    assert [c.speaker.text for c in _claims(nlp, text)] == ["A shopkeeper"]


def test_news_staff_finding_is_a_claim(nlp: Language) -> None:
    text = (
        "Militiamen hacked a local activist to death on Friday, our correspondent in the district has "
        "established."
    )
    assert [c.cue.text for c in _claims(nlp, text)] == ["has established"]


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of a miner said he was beaten at a police post on Friday, a day after his arrest.",
        "Families of the three students said they were held in solitary cells after their arrest in May.",
    ],
)
def test_the_arrest_of_those_the_speaker_tells_about_is_the_speakers(nlp: Language, text: str) -> None:
    assert status_of(nlp, text, "arrest") == "attributed"


def test_an_arrest_after_which_told_by_the_publisher_stays_asserted(nlp: Language) -> None:
    text = "The activist was held in solitary confinement for a month after his arrest in May."
    assert status_of(nlp, text, "arrest") == "asserted"
