"""Single or aggregate: one gathering, strike, raid or execution session vs a wave across places or time."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.magnitudes import find_magnitudes
from eventwire.extract.scope import coordinated_places, own_figures
from eventwire.records import Place
from eventwire.resolve.times import find_times
from tests.extract._event_helpers import PUBLISHED, events, place

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


SITES = {"Ghezel Hesar Prison": "point", "Bogazici University": "point"}
TOWNS = ("Tabriz", "Urmia", "Karaj", "Istanbul")


def _scope(nlp: Language, text: str, etype: str) -> str:
    places = tuple(
        place(text, name, precision=SITES.get(name, "city")) for name in (*SITES, *TOWNS) if name in text
    )
    times = tuple(find_times(nlp(text), published=PUBLISHED))
    evs = [e for e in events(nlp, text, places=places, times=times) if e.type == etype]
    assert evs, [(e.type, e.trigger.text) for e in events(nlp, text)]
    return evs[0].scope


@pytest.mark.parametrize(
    ("text", "etype", "scope"),
    [
        # a list of towns is a wave; a site inside a city is one place
        ("Teachers rallied in Tabriz and Urmia on Sunday.", "protest", "aggregate"),
        ("Five men were hanged in Ghezel Hesar Prison in Karaj on Wednesday.", "execution", "single"),
        ("Police arrested three students at Istanbul's Bogazici University on Monday.", "arrest", "single"),
        # one occasion, however many victims
        ("Eight prisoners were hanged together at dawn on Thursday.", "execution", "single"),
        ("In March, gunmen killed twelve soldiers in an attack on a checkpoint.", "attack", "single"),
        ("In June 2021, the authorities executed three activists.", "execution", "single"),
        # a toll over a wave of events, or over a long stretch
        ("At least 14 people were killed during the riots, a rights group said.", "killing", "aggregate"),
        ("Rights groups say 23 people have been detained during the protests.", "arrest", "aggregate"),
        ("A protester was shot dead during the protests, his family said.", "killing", "single"),
        ("Two men were shot dead during the demonstrations in the town on Thursday.", "killing", "single"),
        (
            "Police said nine people were killed and more than 30 injured in the violence.",
            "killing",
            "aggregate",
        ),
        # a measured duration of one event is no recurrence
        ("The student leader was detained in August and held for more than five months.", "arrest", "single"),
        ("Soldiers killed at least 45 villagers in the region last year.", "killing", "aggregate"),
        # many sites at once; a whole territory
        ("Rioters torched eleven police stations across the north.", "riot", "aggregate"),
        ("Demonstrators blocked roads with burning tyres in the town centre.", "protest", "single"),
        (
            "Rioters set fire to more than 40 houses belonging to party officials that night.",
            "riot",
            "aggregate",
        ),
        ("Protesters set fire to a police post in the capital.", "riot", "single"),
        ("Exiles will demonstrate outside Iranian embassies on Saturday.", "protest", "aggregate"),
        ("Exiles will demonstrate outside the Iranian embassy on Saturday.", "protest", "single"),
        ("An activist warned that the whole country would rise up.", "protest", "aggregate"),
        # a recurrence only in the event's own clause
        (
            "Police fired tear gas at marchers in the deadliest unrest the town has seen in months.",
            "repression",
            "single",
        ),
    ],
)
def test_scope_by_class(nlp: Language, text: str, etype: str, scope: str) -> None:
    assert _scope(nlp, text, etype) == scope


def _place(text: str, name: str, precision: str) -> Place:
    return place(text, name, precision=precision)


def test_coordinated_places_needs_a_written_list() -> None:
    text = "in Minsk, Gomel and Brest"
    places = [_place(text, "Minsk", "city"), _place(text, "Gomel", "admin1"), _place(text, "Brest", "city")]
    assert coordinated_places(text, places)
    text = "in Adelabad Prison in Shiraz"
    assert not coordinated_places(
        text, [_place(text, "Adelabad Prison", "city"), _place(text, "Shiraz", "city")]
    )
    text = "in Omdurman, and a second man died in Bahri"
    assert not coordinated_places(text, [_place(text, "Omdurman", "city"), _place(text, "Bahri", "city")])


def test_own_figures_leave_out_another_clauses_count(nlp: Language) -> None:
    text = "Slogans appeared in at least four districts, and activists hung a banner from a bridge."
    doc = nlp(text)
    mags = find_magnitudes(doc)
    assert [m.kind for m in mags] == ["localities"]
    hung = next(t for t in doc if t.lower_ == "hung")
    appeared = next(t for t in doc if t.lower_ == "appeared")
    assert own_figures(hung, mags) == []
    assert own_figures(appeared, mags) == mags
