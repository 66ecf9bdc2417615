"""One person arrested, killed or hurt is a count of 1 (gold-format L2), and a count's own
participle gives its kind."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.magnitudes import find_magnitudes
from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

# text, the record's type, the kind of its count of one
ONE_CASES = [
    (
        "Security agents detained the head of the bakers' union, Ali Rahimi, at his home on Monday.",
        "arrest",
        "arrests",
    ),
    ("Opposition leader John Banda has been under house arrest in Lusaka since May.", "arrest", "arrests"),
    ("The spokesman was arrested at his home by masked gendarmes on Wednesday.", "arrest", "arrests"),
    ("His arrest in May triggered riots across the country.", "arrest", "arrests"),
    ("The protests followed the death in custody of Amina Diallo in September.", "killing", "fatalities"),
    ("A 17-year-old who jumped from a lorry was shot dead by a soldier on Monday.", "killing", "fatalities"),
    ("Gunmen shot dead a district court judge outside his home on Friday.", "killing", "fatalities"),
    ("A police officer was shot in the leg by an arrow on Monday.", "attack", "injuries"),
    ("A gendarmerie officer was wounded in the arm by gunfire on Monday.", "attack", "injuries"),
    ("The mayor survived being shot twice by a gunman in Cali on Friday.", "attack", "injuries"),
    # the named man the clause's noun stands beside is the one held
    (
        "Among those held is Tomas Okello, a member of the teachers' union, who was arrested at his home.",
        "arrest",
        "arrests",
    ),
    # a verb the parser hangs on the name ("and came second") is no second person
    (
        "Okafor, who leads the Renewal Party and came second in the election, was arrested in Abuja.",
        "arrest",
        "arrests",
    ),
]


@pytest.mark.parametrize(("text", "etype", "kind"), ONE_CASES)
def test_one_person_is_a_count_of_one(nlp: Language, text: str, etype: str, kind: str) -> None:
    ev = next(e for e in events(nlp, text) if e.type == etype)
    assert [(m.kind, m.value, m.qualifier) for m in ev.magnitudes if m.kind == kind] == [(kind, 1, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested dozens of students in Dhaka on Monday.",
        "Gunmen shot dead two farmers near Jos on Friday.",
        "Police officers were shot at during the raid on Monday.",
        "The ministry denied that any journalist had been detained on Monday.",
    ],
)
def test_no_count_of_one_for_many(nlp: Language, text: str) -> None:
    for ev in events(nlp, text):
        assert all(m.value != 1 for m in ev.magnitudes)


def test_a_count_with_its_own_participle(nlp: Language) -> None:
    text = (
        "Since January, at least 23 party members have been killed and 140 arbitrarily arrested across "
        "the north, according to the party."
    )
    assert [(m.kind, m.value) for m in find_magnitudes(nlp(text))] == [("fatalities", 23), ("arrests", 140)]


@pytest.mark.parametrize(
    "text",
    [
        "The man died at a police station in Kano hours after his arrest, his family said.",
        # an arrest told before does not make the time's arrest a retelling of it (L2)
        "Police detained a trader in Jos on Monday. A teacher died in custody two days after his arrest.",
    ],
)
def test_after_his_arrest_is_an_arrest_of_one(nlp: Language, text: str) -> None:
    arrests = [e for e in events(nlp, text) if e.type == "arrest"]
    assert arrests
    assert [(m.kind, m.value) for m in arrests[-1].magnitudes] == [("arrests", 1)]


def test_since_his_detention_is_the_time_held(nlp: Language) -> None:
    text = "Her son has refused food since his detention in March, his lawyer said on Monday."
    for ev in events(nlp, text):
        assert all(m.value != 1 for m in ev.magnitudes if m.kind == "arrests")


# a name the entity tagger may take for something else, told as a person by its own words
NAMED_BY_WORDS = [
    (
        "Security agents detained Farid Osmani, a senior member of the drivers' council, at his home.",
        "arrest",
        "arrests",
    ),
    ("Border guards detained 19-year-old Omid Karimi near the crossing on Friday.", "arrest", "arrests"),
    # the person noun at the end of a chain of appositions
    (
        'Police seized Dario Benítez Ortega, known as "Flaco", a local commander of the gang, in Quito.',
        "arrest",
        "arrests",
    ),
    # the same name written as a person's name earlier in the article
    (
        "The union leader Kofi Mensah-Boateng called the strike. Riots broke out in Kumasi on Monday "
        "after Mensah-Boateng was arrested at his office.",
        "arrest",
        "arrests",
    ),
]


@pytest.mark.parametrize(("text", "etype", "kind"), NAMED_BY_WORDS)
def test_one_person_by_words(nlp: Language, text: str, etype: str, kind: str) -> None:
    ev = next(e for e in events(nlp, text) if e.type == etype)
    assert [(m.kind, m.value) for m in ev.magnitudes if m.kind == kind] == [(kind, 1)]


# people conjoined one by one, each a singular person noun, are counted (I12's parts are written)
@pytest.mark.parametrize(
    ("text", "etype", "figure"),
    [
        ("A farmer and his brother were killed in the raid on Tuesday.", "killing", ("fatalities", 2)),
        ("In the shelling, a man and a woman were killed near the bus station.", None, ("fatalities", 2)),
    ],
)
def test_people_conjoined_one_by_one(
    nlp: Language, text: str, etype: str | None, figure: tuple[str, int]
) -> None:
    found = [(m.kind, m.value) for e in events(nlp, text) if etype in (None, e.type) for m in e.magnitudes]
    assert figure in found


def test_a_person_and_a_group_are_not_counted(nlp: Language) -> None:
    text = "A student and his friends were arrested in Lagos on Friday."
    for ev in events(nlp, text):
        assert all(m.kind != "arrests" for m in ev.magnitudes)


# people counted by their words: "both men" is two, "one of the founders" one, named people one by one
PEOPLE_CASES = [
    ("Both men were detained in Mombasa in March, their lawyer said.", "arrest", ("arrests", 2)),
    ("Both of them were arrested at a checkpoint near Gulu on Friday.", "arrest", ("arrests", 2)),
    (
        "One of the union's founders, Peter Mwangi, was detained in Eldoret on Monday.",
        "arrest",
        ("arrests", 1),
    ),
    ("Police arrested Maria Lopez and Juan Perez in Caracas on Friday.", "arrest", ("arrests", 2)),
    (
        "Tomas Okello, 26, and Grace Achieng, 24, were seized by armed men at a bus stop on Monday.",
        "arrest",
        ("arrests", 2),
    ),
    # "who" is a person: the clause the parser hangs on the union still names the member
    (
        "Among those held is Samuel Otieno, a senior member of the drivers' union, who was detained at "
        "his shop on Tuesday.",
        "arrest",
        ("arrests", 1),
    ),
]


PEOPLE_CASES += [
    # one person the participle of hitting names is one hurt
    (
        "Soldiers fired rubber bullets at the crowd, hitting a 40-year-old woman in the face.",
        "repression",
        ("injuries", 1),
    ),
]


@pytest.mark.parametrize(("text", "etype", "figure"), PEOPLE_CASES)
def test_people_counted_by_their_words(nlp: Language, text: str, etype: str, figure: tuple[str, int]) -> None:
    ev = next(e for e in events(nlp, text) if e.type == etype)
    assert figure in {(m.kind, m.value) for m in ev.magnitudes}


@pytest.mark.parametrize(
    "text",
    [
        "A student and his friends were arrested in Kampala on Friday.",
        "Police said both students and teachers were arrested in Kampala on Friday.",
    ],
)
def test_pairs_of_groups_are_not_counted(nlp: Language, text: str) -> None:
    ev = next(e for e in events(nlp, text) if e.type == "arrest")
    assert not [m for m in ev.magnitudes if m.kind == "arrests"]
