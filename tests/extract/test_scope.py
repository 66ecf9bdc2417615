"""Single or aggregate: one gathering, strike, raid or execution session vs a wave across places or time."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.magnitudes import find_magnitudes
from eventwire.extract.scope import (
    coordinated_places,
    own_figures,
    plural_targets,
    spread_of_a_thing,
    within_wave,
)
from eventwire.records import Place, replace
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
    # joined by "and", two places of different levels are two places
    text = "in Normandy and near Marseille"
    assert coordinated_places(text, [_place(text, "Normandy", "admin1"), _place(text, "Marseille", "city")])
    # a toll broken down by place
    text = "shot dead, four of them in Tabriz and three in Urmia"
    assert coordinated_places(text, [_place(text, "Tabriz", "city"), _place(text, "Urmia", "city")])
    text = "in Shiraz, Fars province"
    assert not coordinated_places(text, [_place(text, "Shiraz", "city"), _place(text, "Fars", "admin1")])
    # the second place locates the first: one place, no list
    text = "a police post in Karaj, near Tabriz"
    assert not coordinated_places(text, [_place(text, "Karaj", "city"), _place(text, "Tabriz", "city")])
    # two towns bounding one stretch of road: one place, no list
    text = "an ambush on the highway between Karaj and Tabriz"
    assert not coordinated_places(text, [_place(text, "Karaj", "city"), _place(text, "Tabriz", "city")])
    text = "a bus was hit between the towns of Karaj and Tabriz, and another in Urmia"
    places = [_place(text, "Karaj", "city"), _place(text, "Tabriz", "city"), _place(text, "Urmia", "city")]
    assert coordinated_places(text, places)


def test_own_figures_leave_out_another_clauses_count(nlp: Language) -> None:
    text = "Slogans appeared in at least four districts, and activists hung a banner from a bridge."
    doc = nlp(text)
    mags = find_magnitudes(doc)
    assert [m.kind for m in mags] == ["localities"]
    hung = next(t for t in doc if t.lower_ == "hung")
    appeared = next(t for t in doc if t.lower_ == "appeared")
    assert own_figures(hung, mags) == []
    assert own_figures(appeared, mags) == mags


@pytest.mark.parametrize(
    ("text", "etype", "scope"),
    [
        # a toll over a stretch or a run of events, or tied to a wave
        ("Dozens of people were killed during three days of clashes in the north.", "killing", "aggregate"),
        ("Eleven people died in connection with the protests, the ministry said.", "killing", "aggregate"),
        ("At least 30 students were detained in connection with the demonstrations.", "arrest", "aggregate"),
        ("Students held weeks of demonstrations over tuition fees.", "protest", "aggregate"),
        ("Teachers in Tabriz began a series of strikes over pay.", "strike", "aggregate"),
        ("Protesters maintained more than 20 blockades around Tabriz.", "protest", "aggregate"),
        # whoever does something: a class of people, many events
        # a warning aimed at whoever acts (gold-format G1)
        ("Police warned that anyone who joined the march would be arrested.", "arrest", "single"),
        ("The governor denied that anyone was beaten in custody.", "torture", "single"),
        # many sites of one kind; one site
        ("Former prisoners said they were beaten in police stations.", "torture", "aggregate"),
        ("Former prisoners said they were beaten at a police station in Tabriz.", "torture", "single"),
        # a general strike in one city; a shutdown over the whole country is aggregate (the Scope rules'
        # "nationwide"), one for one city is one order, one over a written list of towns an aggregate
        ("Unions called a city-wide general strike in Urmia for Monday.", "strike", "single"),
        ("Unions called a general strike for Monday.", "strike", "aggregate"),
        ("Mobile internet was cut across the country on Friday.", "repression", "aggregate"),
        ("Mobile internet was cut in Tabriz and Urmia on Friday.", "repression", "aggregate"),
        ("Mobile internet was cut in Tabriz on Friday.", "repression", "single"),
        (
            "The governor imposed a night-time curfew in Urmia and Karaj on Monday.",
            "repression",
            "aggregate",
        ),
        # places of another clause with its own subject are not the event's
        (
            "Police fired tear gas at a crowd in Tabriz, while in Urmia and Karaj residents chanted.",
            "repression",
            "single",
        ),
        # one day's toll in one town, however large; "across" a region, not a city
        ("At least 300 people were killed in Karaj on Wednesday, medics said.", "killing", "single"),
        ("Rioters looted shops across the south.", "riot", "aggregate"),
        # a stretch of days; force during a wave; a shutdown cut again and again
        ("At least 60 people were arrested during the three days of unrest.", "arrest", "aggregate"),
        ("The minister said no one was beaten by police during the protests.", "repression", "aggregate"),
        (
            "The march followed two nights of demonstrations, during which police used water cannon.",
            "repression",
            "single",
        ),
        ("Mobile internet was repeatedly cut across the country in November.", "repression", "aggregate"),
        # an attack in a calendar month is one attack, whatever its toll
        ("In March 2021, militants overran the town, killing dozens of residents.", "attack", "single"),
        # sites where the event stands, not sites that describe its doers
        ("Workers walked out at several oil refineries on Monday.", "strike", "aggregate"),
        ("Miners stopped work at three pits to demand back pay.", "strike", "aggregate"),
        # sit-ins in the plural; the place where the call was made is not the event's
        (
            "The cleric urged his followers to hold sit-ins if the government did not resign.",
            "protest",
            "aggregate",
        ),
        (
            "The party chief said in Tabriz that supporters would stage sit-ins on Monday.",
            "protest",
            "aggregate",
        ),
        ("Students staged a sit-in outside the ministry in Tabriz.", "protest", "single"),
        # the days around an event are a stretch; "in two days" is a time to come
        ("Dozens of activists were abducted in the days before the vote.", "arrest", "aggregate"),
        ("Resident doctors in public hospitals began an indefinite strike on Monday.", "strike", "single"),
        # a tally of cases is many events, however the total is written
        ("The monitors recorded 23 cases of torture in police custody this year.", "torture", "aggregate"),
        ("The ombudsman documented dozens of cases of torture in the jails.", "torture", "aggregate"),
    ],
)
def test_scope_by_class_generalised(nlp: Language, text: str, etype: str, scope: str) -> None:
    assert _scope(nlp, text, etype) == scope


def test_across_a_city_is_no_wave(nlp: Language) -> None:
    from eventwire.extract.scope import across_extent

    text = "Shops stayed shut across much of Tabriz and strikes spread across Tabriz province."
    doc = nlp(text)
    city = place(text, "Tabriz", precision="city")
    start = text.index("Tabriz province")
    province = replace(city, start_char=start, end_char=start + 6, precision="admin1")
    first, second = (t for t in doc if t.lower_ == "across")
    assert not across_extent(first, [city])
    assert across_extent(second, [province])


def _scope_with_time(nlp: Language, text: str, etype: str, start: str, end: str, phrase: str) -> str:
    from tests.extract._event_helpers import time

    t = time(text, phrase, start, end)
    evs = [e for e in events(nlp, text, times=(t,)) if e.type == etype]
    assert evs
    return evs[0].scope


def test_crowd_events_over_several_days_are_a_wave(nlp: Language) -> None:
    text = "Between 26 and 28 June, thousands of people took to the streets of the capital."
    assert (
        _scope_with_time(nlp, text, "protest", "2025-06-26", "2025-06-28", "Between 26 and 28 June")
        == "aggregate"
    )
    text = "Thousands of people took to the streets of the capital on Friday."
    assert _scope_with_time(nlp, text, "protest", "2025-06-27", "2025-06-27", "on Friday") == "single"
    # one continuous march, however long
    text = "Farmers began a three-day march on the capital between 3 and 5 May."
    assert (
        _scope_with_time(nlp, text, "protest", "2025-05-03", "2025-05-05", "between 3 and 5 May") == "single"
    )
    # the days one act went on, told on the act's verb or one conjoined to it
    text = "About 200 workers blocked the gates of a factory on 3 May and kept up the sit-in for three days."
    assert _scope_with_time(nlp, text, "protest", "2025-05-03", "2025-05-05", "on 3 May") == "single"
    text = "Farmers blocked roads on 3 May and stayed there for three days, burning tyres."
    assert _scope_with_time(nlp, text, "protest", "2025-05-03", "2025-05-05", "on 3 May") == "aggregate"


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # a stretch of a state of things ("months of unpaid wages") is no recurrence of the act
        ("Hundreds of nurses protested in Tabriz on Monday over months of unpaid wages.", "single"),
        # a stretch of acts is
        ("Nurses have protested in Tabriz after months of strikes and sit-ins.", "aggregate"),
    ],
)
def test_a_stretch_of_a_state_is_no_recurrence(nlp: Language, text: str, scope: str) -> None:
    assert _scope(nlp, text, "protest") == scope


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # beatings told with a deprivation or a confinement that lasts the detention
        ("Released prisoners said they had been beaten and denied medical care in the jail.", "aggregate"),
        ("His lawyer said he had been slapped, kept in a solitary cell and deprived of sleep.", "aggregate"),
        # a denial is no deprivation; one beating alone is one session
        ("The warden denied that the two men had been beaten.", "single"),
        ("Two students said officers beat them inside a police van on Friday.", "single"),
    ],
)
def test_ill_treatment_with_a_deprivation_spans_the_detention(nlp: Language, text: str, scope: str) -> None:
    assert _scope(nlp, text, "torture") == scope


@pytest.mark.parametrize(
    ("text", "wave"),
    [
        # a toll told in a relative clause of many places spans them
        ("Fuel prices set off protests in several towns in which at least nine people were shot dead.", True),
        ("Police broke up a march in the capital in which at least nine people were shot dead.", False),
    ],
)
def test_a_toll_told_of_many_places_is_a_wave(nlp: Language, text: str, wave: bool) -> None:
    doc = nlp(text)
    shot = next(t for t in doc if t.lower_ == "shot")
    assert within_wave(shot, find_magnitudes(doc)) is wave


@pytest.mark.parametrize(
    ("text", "verb", "wave"),
    [
        # a verdict is one court session: the wave it is handed down over is its cause
        ("A court in Tabriz sentenced five students to death over the protests.", "sentenced", False),
        ("Judges convicted 14 workers during the unrest for blocking roads.", "convicted", False),
        ("At least 14 workers were killed during the protests.", "killed", True),
    ],
)
def test_a_verdict_over_a_wave_is_one_session(nlp: Language, text: str, verb: str, wave: bool) -> None:
    doc = nlp(text)
    head = next(t for t in doc if t.lower_ == verb)
    assert within_wave(head, find_magnitudes(doc)) is wave


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("He was detained on charges of spreading false news.", True),
        ("Soldiers spread fear in the villages.", True),
        ("They warned against the spread of terrorist propaganda.", True),
        ("The protests spread to at least six towns.", False),
        ("Officials feared the spread of the strike.", False),
    ],
)
def test_spread_of_a_thing_is_no_wave(nlp: Language, text: str, thing: bool) -> None:
    doc = nlp(text)
    spread = next(t for t in doc if t.lower_.startswith("spread"))
    assert spread_of_a_thing(spread) is thing


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # a round-up told as done at one go is one raid, however many were taken
        ("In March 2019, police rounded up hundreds of dockers in a single night.", "single"),
        ("In March 2019, police rounded up hundreds of dockers.", "aggregate"),
    ],
)
def test_a_single_night_is_one_occasion(nlp: Language, text: str, scope: str) -> None:
    assert _scope(nlp, text, "arrest") == scope


def test_one_days_act_is_one_occasion(nlp: Language) -> None:
    from eventwire.extract.scope import _one_days_act

    doc = nlp("Police said they had detained 40 people over Sunday's violence.")
    assert _one_days_act(next(t for t in doc if t.lower_ == "violence"))
    doc = nlp("Police said they had detained 40 people over weeks of violence.")
    assert not _one_days_act(next(t for t in doc if t.lower_ == "violence"))


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # a toll whose subject is one strike or blast is that one occasion, whatever stretch it is dated in
        ("Exiled media said that a drone strike had killed 25 farmers near Tabriz last week.", "single"),
        ("Exiles said drone strikes had killed 25 farmers near Tabriz over the past week.", "aggregate"),
    ],
)
def test_one_occasion_as_subject(nlp: Language, text: str, scope: str) -> None:
    assert _scope(nlp, text, "attack") == scope


@pytest.mark.parametrize(
    ("text", "word", "recurs"),
    [
        # a stretch told as a distance from a date is no recurrence
        ("In May, months before the vote, police detained the editor.", "months", False),
        ("For months, police detained editors in Tabriz.", "months", True),
        # the rhythm of a market or a newspaper is not the event's
        ("Gunmen attacked the weekly market in the village.", "weekly", False),
        ("Students held weekly protests outside the university.", "weekly", True),
        ("Prisoners staged weekly hunger strikes in the jail.", "weekly", True),
    ],
)
def test_recurrence_words(nlp: Language, text: str, word: str, recurs: bool) -> None:
    from eventwire.extract.scope import recurrence

    doc = nlp(text)
    assert recurrence(next(t for t in doc if t.lower_ == word)) is recurs


@pytest.mark.parametrize(
    ("text", "many"),
    [
        ("Rioters burned eleven offices of the ruling party.", True),
        ("Gunmen attacked dozens of police stations.", True),
        # two or three sites, or the offices of one body: one assault
        ("Rioters burned two branches of a state bank.", False),
        ("Rioters burned the offices of the ruling party.", False),
        ("Rioters burned the offices of at least six parties.", True),
        ("Rioters stormed three bank branches.", True),
    ],
)
def test_plural_targets_needs_many_sites(nlp: Language, text: str, many: bool) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.pos_ == "VERB")
    assert plural_targets(verb, "riot") is many
