"""Claims: speakers named in an aside, relative speakers, "we" of the publisher, descriptions named
later, spokespeople for an institution and "the company" (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.claims import find_claims
from eventwire.extract.mentions import Mentions
from eventwire.ingest.document import make_document
from eventwire.records import Actor, Claim, Place
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def named(text: str, written: str, name: str, kind: str, key: str, aliases: tuple[str, ...] = ()) -> Actor:
    start = text.index(written)
    return Actor(written, start, start + len(written), name, aliases, kind, None, None, identifier=key)  # type: ignore[arg-type]


def claims_with_publisher(nlp: Language, text: str, publisher: str) -> list[Claim]:
    doc = nlp(text)
    document = make_document(text, normalize=False, publisher=publisher)
    return find_claims(Mentions(document=document, doc=doc, published=None))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"They kill us at night," said one young man at a barricade, who gave only his nickname, '
            "El Flaco.",
            "El Flaco",
        ),
        ('"These were snipers," said one protester, who would give only his first name, Haider.', "Haider"),
        ("A woman, who asked to be identified only as Maryam, said police beat her son.", "Maryam"),
    ],
)
def test_speaker_named_in_a_relative_aside(nlp: Language, text: str, name: str) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.name == name
    assert name not in claim.speaker.text  # the written speaker stays the phrase before the aside


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Soldiers arrested 20 students, several of whom told reporters they had been tortured.", "students"),
        ("Police detained more than 50 teachers, some of whom said they were beaten in custody.", "teachers"),
    ],
)
def test_relative_partitive_speaker_is_its_antecedent(nlp: Language, text: str, name: str) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.name == name
    assert claim.speaker.text is not None and claim.speaker.text.endswith("of whom")


def test_first_person_plural_is_the_publisher(nlp: Language) -> None:
    text = (
        "According to our records, at least one death sentence was carried out in 2020. "
        '"We will not stop," said Ales, a student.'
    )
    claims = claims_with_publisher(nlp, text, "Viasna Human Rights Centre")
    assert claims[0].speaker.text == "our"
    assert claims[0].speaker.name == "Viasna Human Rights Centre"
    assert claims[1].speaker.name == "Ales"


def test_first_person_plural_without_publisher_is_left_alone(nlp: Language) -> None:
    text = "According to our records, at least one death sentence was carried out in 2020."
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.name != "Viasna Human Rights Centre"


def test_definite_description_named_in_full_later(nlp: Language) -> None:
    text = (
        "Police have detained more than 700 people, the country's rights commission said on Thursday.\n\n"
        "The Ethiopian Human Rights Commission said in a statement that police had carried out mass arrests."
    )
    ehrc = named(
        text,
        "Ethiopian Human Rights Commission",
        "Ethiopian Human Rights Commission",
        "rights_group",
        "ew:ehrc",
    )
    claims = claims_of(nlp, text, actors=(ehrc,))
    assert claims[0].speaker.text == "the country's rights commission"
    assert claims[0].speaker.name == "Ethiopian Human Rights Commission"


def test_definite_description_not_taken_by_another_body_named_later(nlp: Language) -> None:
    text = (
        "Police have detained more than 700 people, the country's rights commission said on Thursday.\n\n"
        "The Ethiopian Electoral Board said the vote would go ahead."
    )
    board = named(text, "Ethiopian Electoral Board", "Ethiopian Electoral Board", "state", "ew:board")
    claims = claims_of(nlp, text, actors=(board,))
    assert claims[0].speaker.name != "Ethiopian Electoral Board"


def test_spokesperson_speaks_for_the_institution_named_before(nlp: Language) -> None:
    text = (
        "Hong Kong police arrested more than 1,100 people, a police spokesperson said. "
        "The spokesperson said an officer was shot by an arrow."
    )
    force = named(text, "Hong Kong police", "Hong Kong Police Force", "security_forces", "ew:hkpf")
    claims = claims_of(nlp, text, actors=(force,))
    assert [c.speaker.aliases for c in claims] == [("Hong Kong Police Force",), ("Hong Kong Police Force",)]
    assert claims[0].speaker.name == "police spokesperson"


def test_spokesman_of_an_earlier_speaker(nlp: Language) -> None:
    text = (
        "The Interior Ministry said 20 people were arrested. "
        "A ministry spokesman said later that five were released."
    )
    claims = claims_of(nlp, text)
    assert claims[1].speaker.aliases == ("Interior Ministry",)


def test_a_witness_is_no_spokesperson(nlp: Language) -> None:
    (claim,) = claims_of(nlp, "A police officer said 20 people were arrested.")
    assert claim.speaker.aliases == ()


def test_the_company_is_the_organisation_named_before(nlp: Language) -> None:
    text = (
        "Rail workers at the state-owned SNCF continued their strike, and only one in three trains "
        "ran on Friday, the company said."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.text == "the company"
    assert claim.speaker.name == "SNCF"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Our researchers interviewed 23 witnesses, victims and relatives. "
            "They described how police beat protesters and passers-by.",
            "witnesses",
        ),
        (
            "Reporters spoke to several detainees after their release. They said guards had beaten them.",
            "detainees",
        ),
        ("Amnesty researchers interviewed a doctor in Lome. She said 12 people had been shot.", "doctor"),
    ],
)
def test_pronoun_after_an_interview_is_the_one_interviewed(nlp: Language, text: str, name: str) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.name == name


def test_pronoun_after_another_verb_is_its_subject(nlp: Language) -> None:
    (claim,) = claims_of(nlp, "Police arrested 20 students on Monday. They said the students were armed.")
    assert claim.speaker.name.lower() == "police"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Maryam Hosseini, 34, was arrested on Monday. "
            '"They beat me in the van," the 34-year-old said after her release.',
            "Maryam Hosseini",
        ),
        (
            "Narges Mohammadi, a prominent activist, was detained last week. "
            "The activist said in a letter that guards had beaten women in the prison.",
            "Narges Mohammadi",
        ),
        (
            "Ali Karimi, a Tehran University student, was freed on bail. "
            '"They kept me blindfolded for a week," the student said.',
            "Ali Karimi",
        ),
    ],
)
def test_definite_description_of_a_person_named_before(nlp: Language, text: str, name: str) -> None:
    claims = claims_of(nlp, text)
    assert claims[-1].speaker.name == name


def test_definite_role_with_no_one_named_stays_as_written(nlp: Language) -> None:
    (claim,) = claims_of(nlp, "Police detained the activist on Monday. The activist said he was beaten.")
    assert claim.speaker.name == "activist"


def test_the_agency_named_by_its_owner_is_the_agency_spoken_of(nlp: Language) -> None:
    text = (
        "The UN refugee agency UNHCR said 3,000 people had fled. The UN agency said camps were overcrowded."
    )
    un = named(text, "UN", "United Nations", "international", "ew:un")
    unhcr = named(text, "UNHCR", "UNHCR", "international", "ew:unhcr", ("UN refugee agency",))
    second_un = text.index("UN", text.index("UNHCR") + 5)
    un2 = Actor(
        "UN", second_un, second_un + 2, "United Nations", (), "international", None, None, identifier="ew:un"
    )
    claims = claims_of(nlp, text, actors=(un, unhcr, un2))
    assert [c.speaker.name for c in claims] == ["UNHCR", "UNHCR"]


def test_indefinite_group_named_after_by_the_parser_only(nlp: Language) -> None:
    text = (
        "Police in Togo beat dozens of detainees, a rights group said on Monday. "
        "The West Africa Rights Monitor said it had interviewed 23 people."
    )
    claims = claims_of(nlp, text)
    assert claims[0].speaker.text == "a rights group"
    assert claims[0].speaker.name == "West Africa Rights Monitor"


def test_indefinite_group_not_named_by_another_body(nlp: Language) -> None:
    text = (
        "Police fired tear gas at marchers, according to a rights group. "
        "The Ministry of Interior said 40 people were held."
    )
    claims = claims_of(nlp, text)
    assert claims[0].speaker.name == "rights group"


def test_the_two_groups_are_the_speakers_named_together(nlp: Language) -> None:
    text = (
        "Amnesty International and Human Rights Watch said police killed 12 people. "
        "The two groups said the killings were unlawful."
    )
    claims = claims_of(nlp, text)
    assert claims[1].speaker.name == claims[0].speaker.name


def test_role_noun_of_a_kind_is_the_last_speaker_of_that_kind(nlp: Language) -> None:
    text = "State television said 20 people were arrested. The broadcaster said the detainees had confessed."
    claims = claims_of(nlp, text)
    assert claims[1].speaker.name == "State television"


def test_a_name_that_only_begins_with_a_known_name_is_its_own(nlp: Language) -> None:
    text = "The Independent High Electoral Commission said turnout was 41 percent."
    start = text.index("The Independent")
    paper = Actor(
        "The Independent", start, start + 15, "The Independent", (), "media", None, None, identifier="ew:ind"
    )
    (claim,) = claims_of(nlp, text, actors=(paper,))
    assert claim.speaker.name == "Independent High Electoral Commission"


def test_a_comparison_after_the_speaker_is_no_part_of_it(nlp: Language) -> None:
    (claim,) = claims_of(nlp, "Democratic candidate Hillary Clinton, like Obama, said the plan would fail.")
    assert claim.speaker.text == "Democratic candidate Hillary Clinton"


def _place(text: str, written: str, feature: str) -> Place:
    start = text.index(written)
    return Place(written, start, start + len(written), written, None, None, None, None, None, feature, None)  # type: ignore[arg-type]


def test_a_placing_possessor_stands_for_the_place_named_before(nlp: Language) -> None:
    text = (
        "Terrorists attacked a border post in Sistan and Baluchestan province on Friday. "
        "Funeral ceremonies will be held on Sunday, the province's governor said."
    )
    province = _place(text, "Sistan and Baluchestan", "admin1")
    doc = nlp(text)
    mentions = Mentions(
        document=make_document(text, normalize=False), doc=doc, published=None, places=(province,)
    )
    (claim,) = find_claims(mentions)
    assert claim.speaker.text == "the province's governor"
    assert claim.speaker.name == "governor of Sistan and Baluchestan"


def test_a_placed_speaker_is_also_named_place_first(nlp: Language) -> None:
    text = (
        "Shells struck a market in Kassala on Monday, killing three traders, the city's public health "
        "office said."
    )
    city = _place(text, "Kassala", "city")
    doc = nlp(text)
    mentions = Mentions(
        document=make_document(text, normalize=False), doc=doc, published=None, places=(city,)
    )
    (claim,) = find_claims(mentions)
    assert claim.speaker.name == "public health office of Kassala"
    assert "Kassala public health office" in claim.speaker.aliases


def test_a_placing_owner_written_after_the_speaker(nlp: Language) -> None:
    text = (
        "Gunmen attacked a police post in Sistan and Baluchestan province on Friday. "
        "The governor of the province put the toll at six."
    )
    province = _place(text, "Sistan and Baluchestan", "admin1")
    doc = nlp(text)
    mentions = Mentions(
        document=make_document(text, normalize=False), doc=doc, published=None, places=(province,)
    )
    (claim,) = find_claims(mentions)
    assert claim.speaker.name == "governor of Sistan and Baluchestan"
    assert "Sistan and Baluchestan governor" in claim.speaker.aliases


def test_a_placing_possessor_with_no_place_of_its_rank_stays(nlp: Language) -> None:
    text = "Police arrested 20 people in Lyon. The province's governor said the arrests were lawful."
    city = _place(text, "Lyon", "city")
    doc = nlp(text)
    mentions = Mentions(
        document=make_document(text, normalize=False), doc=doc, published=None, places=(city,)
    )
    (claim,) = find_claims(mentions)
    assert "Lyon" not in claim.speaker.name


def test_a_role_noun_picks_its_conjunct_of_a_joint_speaker(nlp: Language) -> None:
    text = (
        "Residents and a doctor at the town's hospital said a drone struck a crowded square. "
        '"Most of the dead were traders," the doctor said by telephone.'
    )
    claims = claims_of(nlp, text)
    assert claims[1].speaker.name == "doctor"


def test_a_plural_role_noun_is_not_a_single_earlier_speaker(nlp: Language) -> None:
    text = (
        'Residents said a drone struck a crowded square. "We ran," one resident said. '
        "The residents said it was full."
    )
    claims = claims_of(nlp, text)
    assert claims[2].speaker.name == "Residents"
