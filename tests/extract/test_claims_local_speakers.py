"""Speakers: a local branch of a national body is named after its place ("Police in Narowal" ->
"Narowal police", "Multan's prosecutor" -> "Multan prosecutor"), and the publisher's own team
speaks for the publisher ("SNK's fact-finding team" in an SNK report). Sentences and names
written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.claims import find_claims
from eventwire.extract.mentions import Mentions
from eventwire.extract.status_media import is_publisher
from eventwire.ingest.document import make_document
from eventwire.records import Actor, Claim, Place, PlaceFeature
from tests.extract.test_claims import claims_of
from tests.extract.test_claims_speaker_names import named

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _place(text: str, name: str, feature: PlaceFeature) -> Place:
    start = text.index(name)
    return Place(name, start, start + len(name), name, None, None, None, "PK", None, feature, None)


def _claims(nlp: Language, text: str, *places: Place, publisher: str | None = None) -> list[Claim]:
    document = make_document(text, normalize=False, publisher=publisher)
    return find_claims(Mentions(document=document, doc=nlp(text), published=None, places=places))


@pytest.mark.parametrize(
    ("text", "place", "feature", "name"),
    [
        ("Police in Narowal said 14 people had been detained.", "Narowal", "city", "Narowal police"),
        (
            "Police in Sindh province said 300 workers had been arrested since Friday.",
            "Sindh province",
            "admin1",
            "Sindh police",
        ),
        (
            "Multan's prosecutor warned that anyone who blocks a highway would be charged.",
            "Multan",
            "city",
            "Multan prosecutor",
        ),
        (
            "The government's prosecutor in Sindh province claimed that only six people had been held.",
            "Sindh province",
            "admin1",
            "Sindh prosecutor",
        ),
    ],
)
def test_a_local_branch_is_named_after_its_place(
    nlp: Language, text: str, place: str, feature: PlaceFeature, name: str
) -> None:
    (cl,) = _claims(nlp, text, _place(text, place, feature))
    assert cl.speaker.name == name


def test_a_body_placed_in_its_country_keeps_its_name(nlp: Language) -> None:
    text = "Police in Pakistan said 14 people had been detained."
    (cl,) = _claims(nlp, text, _place(text, "Pakistan", "country"))
    assert cl.speaker.name != "Pakistan police"


def test_the_publishers_own_team_speaks_for_the_publisher(nlp: Language) -> None:
    text = (
        "According to SNK's fact-finding team, which visited the factory on Monday, police fired on "
        "workers who had blocked the road."
    )
    (cl,) = _claims(nlp, text, publisher="Sadak o Nyaya Kendra")
    assert "Sadak o Nyaya Kendra" in cl.speaker.aliases
    (other,) = _claims(nlp, text, publisher="Evening Wire")
    assert other.speaker.aliases == ()


def _speaker(name: str) -> Actor:
    return Actor(name, 0, len(name), name, (), "rights_group", None, "speaker")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("speaker", "publisher", "own"),
    [
        ("SNK's fact-finding team", "Sadak o Nyaya Kendra", True),
        ("Amnesty's crisis response team", "Amnesty International", True),
        ("SNK's lawyer", "Sadak o Nyaya Kendra", False),
        ("the ministry's fact-finding team", "Sadak o Nyaya Kendra", False),
        ("our monitors in the region", "Sadak o Nyaya Kendra", True),
        # the people the publisher's staff spoke to speak for themselves (docs/gold-format.md I6)
        ("farmers and traders interviewed by our researchers", "Sadak o Nyaya Kendra", False),
        ("survivors reached by our correspondents", "Sadak o Nyaya Kendra", False),
    ],
)
def test_status_the_publishers_team_by_its_initials_or_first_name(
    speaker: str, publisher: str, own: bool
) -> None:
    assert is_publisher(_speaker(speaker), publisher) is own


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officials at the District Hospital in Sukkur told reporters that the toll had risen to 9.",
            "District Hospital officials",
        ),
        (
            "Two officials at the Lahore Institute of Cardiology (LIC) said the hospital had received "
            "six bodies.",
            "Lahore Institute of Cardiology officials",
        ),
        (
            "A senior official of the presidential administration said the slogans were the work of a few.",
            "presidential administration official",
        ),
    ],
)
def test_officials_of_a_named_body_speak_for_it(nlp: Language, text: str, name: str) -> None:
    (cl,) = _claims(nlp, text)
    assert cl.speaker.name == name


def test_officials_of_the_government_keep_the_plain_words(nlp: Language) -> None:
    (cl,) = _claims(nlp, "Officials of the government said 14 people had been killed.")
    assert cl.speaker.name != "government officials"


def test_the_statement_of_a_body_that_just_spoke(nlp: Language) -> None:
    text = (
        "Police used water cannon on the crowd, according to the mayor's office. Officers detained 20 "
        "people, the statement said."
    )
    said = [c for c in _claims(nlp, text) if c.cue.text == "said"]
    assert said and said[0].speaker.text == "the statement"
    assert "mayor" in said[0].speaker.name


def test_an_owned_role_is_also_named_the_other_way_round(nlp: Language) -> None:
    text = '"This is only the start of a long fight," the FNV\'s leader told reporters.'
    fnv = named(text, "FNV", "Federation of Dutch Trade Unions", "labor", "fnv")
    (cl,) = claims_of(nlp, text, actors=(fnv,))
    assert cl.speaker.name == "Federation of Dutch Trade Unions leader"
    assert cl.speaker.aliases == ("leader of the FNV",)


def test_the_organisation_is_the_group_just_named(nlp: Language) -> None:
    text = (
        "At least 40 prisoners were hanged in April, the highest figure recorded by Prison Watch in a "
        "decade, the organisation said on Monday."
    )
    watch = named(text, "Prison Watch", "Prison Watch", "rights_group", "pw")
    (cl,) = claims_of(nlp, text, actors=(watch,))
    assert cl.speaker.text == "the organisation"
    assert cl.speaker.name == "Prison Watch"


def test_the_organisation_is_no_state_body_just_named(nlp: Language) -> None:
    text = (
        "At least 40 prisoners were hanged in April, the Justice Ministry confirmed, the organisation said."
    )
    ministry = named(text, "Justice Ministry", "Ministry of Justice", "state", "moj")
    said = [c for c in claims_of(nlp, text, actors=(ministry,)) if c.cue.text == "said"]
    assert said and said[0].speaker.name != "Ministry of Justice"


def test_an_indefinite_description_is_the_name_described_so_later(nlp: Language) -> None:
    text = (
        "Police fired on marchers on Thursday, killing at least two people, a civil society monitor said.\n\n"
        "Sala Aberta, an electoral monitoring group, said two people had been killed in the capital."
    )
    first = claims_of(nlp, text)[0]
    assert first.speaker.text == "a civil society monitor"
    assert first.speaker.name == "Sala Aberta"


def test_a_provincial_body_is_named_after_the_last_province_named(nlp: Language) -> None:
    text = (
        "A bomb exploded in Gilgit, the capital of Hunza province, on Sunday. No group claimed "
        "responsibility, but the provincial government blamed a banned militia."
    )
    (cl,) = [
        c for c in _claims(nlp, text, _place(text, "Hunza province", "admin1")) if c.cue.text == "blamed"
    ]
    assert cl.speaker.name == "Hunza government"


def test_provincial_takes_the_province_its_own_phrase_names(nlp: Language) -> None:
    """ "Provincial officials in Sindh" after a governor of Punjab province: Sindh's officials, not
    Punjab's (session 26, role C)."""
    text = (
        "The governor of Punjab province said the markets were open. "
        "Provincial officials in Sindh province said 40 traders had been detained."
    )
    places = (_place(text, "Punjab province", "admin1"), _place(text, "Sindh province", "admin1"))
    claims = _claims(nlp, text, *places)
    (officials,) = [c for c in claims if "traders" in text[c.content.start : c.content.end]]
    assert "Punjab" not in (officials.speaker.name or "")
    assert "Sindh" in (officials.speaker.name or "")
