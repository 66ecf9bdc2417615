"""Session 39: actor vocabulary of real news counted as unresolved actor mentions in the outside develop
halves: Indian English news (India police events, many of them lower-cased), African missions, unions
and leaders (GLOCON), US bodies, groups and politicians (PolNeAR)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.actors import ActorDictionary, find_actors

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.slow
def test_a_surname_shared_in_the_family_waits_for_the_full_name(
    nlp: Language, dictionary: ActorDictionary
) -> None:
    text = "Zuma, the African Union Commission chair, said in her speech that courts must be stronger."
    assert not [a for a in find_actors(nlp(text), dictionary) if a.name == "Jacob Zuma"]


@pytest.mark.slow
def test_lower_cased_indian_news_finds_its_actors(nlp: Language, dictionary: ActorDictionary) -> None:
    text = (
        "over 80 bjp workers and vhp activists were taken into custody by the rapid action force in ayodhya."
    )
    names = {a.name for a in find_actors(nlp(text), dictionary)}
    assert {"Bharatiya Janata Party", "Vishwa Hindu Parishad", "Rapid Action Force"} <= names


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "written", "canonical"),
    [
        (
            "The district administration imposed a curfew in the town on Monday.",
            "district administration",
            "Authorities",
        ),
        ("The chief minister said the situation was under control.", "chief minister", "Chief minister"),
        ("The police commissioner said 40 people were detained.", "police commissioner", "Police officials"),
        ("Kar sevaks returning from Ayodhya were attacked at the station.", "Kar sevaks", "Kar sevaks"),
        ("The shankaracharya met the prime minister on Thursday.", "shankaracharya", "Clerics"),
    ],
)
def test_indian_titles_and_bodies_are_generic_actors(
    nlp: Language, dictionary: ActorDictionary, text: str, written: str, canonical: str
) -> None:
    found = [a for a in find_actors(nlp(text), dictionary) if a.text == written]
    assert found and found[0].name == canonical


@pytest.mark.slow
def test_nda_is_the_indian_alliance_only_after_its_full_name(
    nlp: Language, dictionary: ActorDictionary
) -> None:
    # "NDA" is also a non-disclosure agreement (US news) and a defence academy (Nigeria): a short form only
    alone = "The former aide said he had signed an NDA before the hearing."
    assert not [a for a in find_actors(nlp(alone), dictionary) if a.name == "National Democratic Alliance"]
    told = "The National Democratic Alliance called a strike. The NDA said shops would stay shut."
    found = [a for a in find_actors(nlp(told), dictionary) if a.text == "NDA"]
    assert found and found[0].name == "National Democratic Alliance"


# Session 40: the commonest unresolved actor mentions of the India develop half (lower-cased text)
LOWER_CASED = [
    (
        "vhp international working president ashok singhal and nyas chief ramchandra paramhans das met "
        "laloo prasad yadav and mulayam singh yadav, while home minister gordhan zadaphia stayed away.",
        {
            "Ashok Singhal",
            "Ramchandra Das Paramhans",
            "Lalu Prasad Yadav",
            "Mulayam Singh Yadav",
            "Gordhan Zadaphia",
        },
    ),
    (
        "rjd chief laloo prasad yadav met party workers, while the gujarat government asked the gujarat "
        "police and the central bureau of investigation to act.",
        {
            "Lalu Prasad Yadav",
            "Rashtriya Janata Dal",
            "Government of Gujarat",
            "Gujarat Police",
            "Central Bureau of Investigation",
        },
    ),
    (
        # session 41: alliance, parties, bodies and armed groups of the same news
        "trinamool congress and samata party leaders, nda allies, told the nhrc and the gujarat assembly "
        "that isi agents and simi activists had met lashkar-e-toiba and jaish-e-mohammad men.",
        {
            "All India Trinamool Congress",
            "Samata Party",
            "National Democratic Alliance",
            "National Human Rights Commission of India",
            "Gujarat Legislative Assembly",
            "Inter-Services Intelligence",
            "Students Islamic Movement of India",
            "Lashkar-e-Taiba",
            "Jaish-e-Mohammed",
        },
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"), LOWER_CASED, ids=["leaders", "parties_and_forces", "alliance_bodies_and_groups"]
)
def test_lower_cased_indian_leaders_parties_and_forces(
    nlp: Language, dictionary: ActorDictionary, text: str, expected: set[str]
) -> None:
    assert expected <= {a.name for a in find_actors(nlp(text), dictionary)}


@pytest.mark.slow
def test_ncp_is_the_indian_party_only_after_its_full_name(nlp: Language, dictionary: ActorDictionary) -> None:
    # "NCP" is also Nepal's communist party: a short form only
    alone = "The NCP said its leaders would meet on Monday."
    assert not [a for a in find_actors(nlp(alone), dictionary) if a.name == "Nationalist Congress Party"]
    told = "The Nationalist Congress Party called a bandh. The NCP said shops would stay shut."
    found = [a for a in find_actors(nlp(told), dictionary) if a.text == "NCP"]
    assert found and found[0].name == "Nationalist Congress Party"


@pytest.mark.slow
def test_simi_and_the_nda_alone_stay_unresolved(nlp: Language, dictionary: ActorDictionary) -> None:
    # "Simi" is also a first name and a Californian town, a lone "NDA" a non-disclosure agreement: only the
    # acronym SIMI and the alliance's fixed phrases ("nda allies", "the ruling nda") resolve
    text = "Simi said she had signed an NDA before she moved to Simi Valley."
    names = {a.name for a in find_actors(nlp(text), dictionary)}
    assert not names & {"Students Islamic Movement of India", "National Democratic Alliance"}
