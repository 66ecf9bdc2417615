"""Type boundaries and trigger classes of session 12: an "execution" no court or sentence carried out is
a killing (summary, extrajudicial, by the victim's own hand, or told in a report with no word of a court,
sentence or prison), while a judicial, named or expected execution keeps its type; armed combat named as
what killed is an attack; the noun "crackdown" naming a wave already told and the bare verb "chant" add
no event of their own (sentences written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import actor, events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _types(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in events(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Villagers said the militiamen summarily executed two farmers at the well.",
        "Witnesses said soldiers extrajudicially executed three civilians near the market.",
        "Guards told the family that he had hanged himself in his cell.",
        '"The gang members executed a taxi driver who refused to pay," a neighbour said.',
    ],
)
def test_an_execution_no_court_carried_out_is_a_killing(nlp: Language, text: str) -> None:
    found = _types(nlp, text)
    assert any(t == "killing" for t, _ in found), found
    assert all(t != "execution" for t, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Two prisoners convicted of drug trafficking were hanged at the central prison on Tuesday.",
        "The judiciary said a man sentenced for espionage was executed at dawn.",
        "Saudi Arabia executed a man on Monday, the interior ministry said.",
        "The authorities executed three men last week, a rights group said.",
    ],
)
def test_a_judicial_execution_keeps_its_type(nlp: Language, text: str) -> None:
    assert "execution" in [t for t, _ in _types(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Fighting near the border town killed at least nine soldiers on Sunday.",
        "A gun battle with the rebels killed five soldiers, the army said.",
    ],
)
def test_combat_that_killed_is_an_attack(nlp: Language, text: str) -> None:
    found = _types(nlp, text)
    assert "attack" in [t for t, _ in found], found
    assert "killing" not in [t for t, _ in found], found


def test_a_shooting_that_killed_stays_a_killing(nlp: Language) -> None:
    text = "Police killed two protesters outside the governor's office on Monday."
    assert [t for t, _ in _types(nlp, text)] == ["killing"]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition says the crackdown is the harshest the country has seen in decades.",
        "Her case has become a symbol of a wider crackdown on dissent.",
    ],
)
def test_the_noun_crackdown_alone_is_no_event(nlp: Language, text: str) -> None:
    assert _types(nlp, text) == []


def test_a_crackdown_told_by_its_acts_keeps_them(nlp: Language) -> None:
    text = "In the crackdown that followed, police detained 40 students and fired tear gas at the gates."
    found = [t for t, _ in _types(nlp, text)]
    assert "arrest" in found and "repression" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The singer is scheduled to be executed on Sunday.",
        "Two students are at risk of execution, a rights group warned.",
        "Officials carried out at least 20 executions in the province in May.",
    ],
)
def test_an_execution_named_or_ahead_keeps_its_type(nlp: Language, text: str) -> None:
    assert "execution" in [t for t, _ in _types(nlp, text)]


def test_the_bare_verb_chant_adds_no_second_protest(nlp: Language) -> None:
    text = (
        "Several thousand teachers marched to the education ministry on Monday. "
        'Teachers chanted "Pay us what we are owed" as they passed the parliament building.'
    )
    assert [t for t, _ in _types(nlp, text)] == ["protest"]


def test_chanted_slogans_are_still_a_protest(nlp: Language) -> None:
    text = "Residents chanted slogans against the governor from their rooftops on Tuesday night."
    assert [t for t, _ in _types(nlp, text)] == ["protest"]


def test_an_execution_expected_keeps_its_type(nlp: Language) -> None:
    text = "Families feared that the three men would be executed before the holiday."
    assert "execution" in [t for t, _ in _types(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Nine men were hanged in Shiraz. Seven had been convicted of drug trafficking and two of murder.",
        "Of 40 men hanged in May, 31 had been convicted of drug offences, six of murder and three of theft.",
        "Of 40 men hanged in May, 31 had been convicted of drug offences and six of murder.",
    ],
)
def test_a_crime_named_in_a_gapped_conviction_is_no_killing(nlp: Language, text: str) -> None:
    # the count stands for the left-out "had been convicted": "two of murder" names a charge, no killing
    assert all(t != "killing" for t, _ in _types(nlp, text)), _types(nlp, text)


# the deaths of armed men in a fight are the toll of an armed clash, an attack (the type boundaries: "an
# armed clash or gun battle"); the killing of people who bear no arms stays a killing
@pytest.mark.parametrize(
    ("text", "armed"),
    [
        (
            "Soldiers killed six militants during a search operation in the hills near Garissa on Friday.",
            "militants",
        ),
        (
            "Two rebel fighters were killed in an exchange of fire with border police, the army said.",
            "rebel fighters",
        ),
        ("Two gunmen died in an exchange of fire with police.", "gunmen"),
    ],
)
def test_events_armed_men_killed_are_a_clash(nlp: Language, text: str, armed: str) -> None:
    evs = events(nlp, text, actors=(actor(text, armed, "armed_group"),))
    assert [e.type for e in evs] == ["attack"], [(e.type, e.trigger.text) for e in evs]


def test_events_civilians_killed_stay_a_killing(nlp: Language) -> None:
    text = "Soldiers killed six villagers during a search operation in the hills near Garissa on Friday."
    evs = events(nlp, text, actors=(actor(text, "villagers", "civilians"),))
    assert [e.type for e in evs] == ["killing"], [(e.type, e.trigger.text) for e in evs]
