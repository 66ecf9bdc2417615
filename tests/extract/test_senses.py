"""Sense checks and lexicon classes at the attack / killing / riot / repression boundary, and nominal or
idiomatic uses that are no events (sentences written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

TYPED = [
    # arson, vandalism and missiles of a crowd: a riot
    ("Protesters broke through the cordon and set part of the town hall on fire.", "riot", "set part"),
    ("Demonstrators toppled a statue of the former dictator in the main square.", "riot", "toppled"),
    ("Two officers were injured by rocks thrown by masked youths near the bridge.", "riot", "rocks"),
    # tyres burned on a road: a blockade; an effigy or a flag burned: a symbolic protest
    ("Youths burned tyres on the main road into the city on Monday.", "protest", "burned tyres"),
    ("Students burned an effigy of the education minister outside the ministry.", "protest", "burned"),
    ("Large portraits of the governor were torched in two towns overnight.", "protest", "torched"),
    # armed clashes and assaults: an attack
    (
        "Heavy fighting broke out between the army and rebel fighters in the north on Sunday.",
        "attack",
        "fighting",
    ),
    ("Militia fighters overran the displacement camp on Saturday.", "attack", "overran"),
    (
        "Its warplanes bombed two markets, including a strike on the main market in the town.",
        "attack",
        "strike",
    ),
    ("A helicopter gunship fired on villagers who had gathered at the market.", "attack", "fired on"),
    # the state's force set on a crowd: repression
    ("Plainclothes agents attacked the rally and beat several pensioners.", "repression", "attacked"),
    ("Troops and police raided the protest camp before dawn, beating demonstrators.", "repression", "raided"),
    # a gang armed only with a crowd's weapons is a riot's doer (K-rule), not an armed band
    (
        "Late on Friday about twenty hooded men armed with clubs and iron bars attacked the strikers' camp.",
        "riot",
        "attacked",
    ),
    # arson by a named doer neither armed nor the state's, in a report about protests (N11)
    (
        "Protests went on in the capital for a third day. Members of a clandestine opposition cell set fire "
        "to a ruling-party office in the north of the city on Friday.",
        "riot",
        "set fire to",
    ),
    (
        "Protests went on across the province. Overnight, members of an underground youth network set fire "
        "to the gate of a militia base on the edge of the city.",
        "riot",
        "set fire to",
    ),
    # a curfew told as coming into force, and platforms told as unreachable
    (
        "Protests spread. The ministry said a curfew from 8 p.m. would come into force in the capital.",
        "repression",
        "curfew",
    ),
    (
        "Protests spread to the capital. Residents reported that social media platforms including Telegram "
        "and Instagram were inaccessible across the country from Monday evening.",
        "repression",
        "inaccessible",
    ),
    (
        "Protests spread. Residents said Facebook and other social media platforms were inaccessible in the "
        "capital on Monday.",
        "repression",
        "inaccessible",
    ),
    # arson told as a charge or a conviction is still the riot reported (as a court's finding of torture)
    (
        "Protests swept the province last year. Two students were convicted of setting fire to a militia "
        "base in the north of the city.",
        "riot",
        "setting fire",
    ),
    # a vehicle driven into a rank of people: "a column of marchers" is people
    (
        "On Sunday a van drove into a column of mourners outside the cemetery, injuring four.",
        "attack",
        "drove into",
    ),
    # a general shutdown called: a strike
    ("Organisers called for a complete shutdown of the capital on Monday.", "strike", "complete shutdown"),
    ("The party said its supporters would shut down the entire country.", "strike", "shut down"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), TYPED)
def test_senses_event_type(nlp: Language, text: str, etype: str, trigger: str) -> None:
    found = [
        e
        for e in events(nlp, text)
        if e.type == etype and (trigger in e.trigger.text or any(trigger in m.text for m in e.mentions))
    ]
    assert found, f"no {etype} at {trigger!r}: {[(e.type, e.trigger.text) for e in events(nlp, text)]}"


NOT_OF_TYPE = [
    ("The ministry said its servers had suffered a cyber attack on Sunday.", "attack"),
    ("Police fired stun grenades, rubber bullets and tear gas at the crowd.", "attack"),
    ("Rioters threw petrol bombs at the police station.", "attack"),
    ("Those responsible will be held accountable, the president said.", "arrest"),
    ("Shops in the centre stayed closed because soldiers had blocked the roads.", "strike"),
    ("The junta has shot down every peace proposal.", "attack"),
    ("The junta has shot down every peace proposal.", "repression"),
    ("Gunmen attacked a village on Sunday, killing 12 people and abducting dozens.", "arrest"),
    ("Many of the victims were burned beyond recognition, a witness said.", "riot"),
    # "Two gunmen died in an exchange of fire with police" is one record: the clash only sets the deaths
    # (senses._not_death_setting), and the dead are armed men, so it is an attack (test_events_types_s12)
    ("Two accidental explosions were reported at a fuel depot on Friday.", "attack"),
    ("Plainclothes agents attacked the rally and beat several pensioners.", "attack"),
    ("Troops and police raided the protest camp before dawn, beating demonstrators.", "torture"),
    ("A helicopter gunship fired on villagers who had gathered at the market.", "repression"),
    ("The national team's attack looked blunt all evening.", "attack"),
    (
        "Late on Friday about twenty hooded men armed with clubs and rifles attacked the strikers' camp.",
        "riot",
    ),
    (
        "Farmers blocked roads across the country. In one town farmers sprayed the prefecture with manure "
        "and set fire to hay bales at the gates.",
        "riot",
    ),
    ("The union has accused plainclothes officers of attacking two of its members at the protest.", "riot"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_OF_TYPE)
def test_senses_not_of_type(nlp: Language, text: str, etype: str) -> None:
    assert etype not in [e.type for e in events(nlp, text)]


def test_senses_sports_words_far_away_do_not_cancel_a_bombing(nlp: Language) -> None:
    # one long paragraph (a text with no line breaks): a sports word five sentences on is another topic
    text = (
        "A bomb exploded outside a bakery in the city centre on Friday, wounding 13 people. "
        "Police cordoned off the street. Investigators collected fragments of the device. "
        "The mayor visited the injured in hospital. Shops reopened on Saturday morning. "
        "Residents said the area was calm again. The city will host the semi-finals next month."
    )
    assert "attack" in [e.type for e in events(nlp, text)]


def test_senses_a_strike_called_by_workers_stays_a_strike(nlp: Language) -> None:
    text = "Dock workers began a strike on Monday, and shops stayed shut because of the strike."
    assert "attack" not in [e.type for e in events(nlp, text)]
    assert "strike" in [e.type for e in events(nlp, text)]


MORE_TYPED = [
    (
        "Party activists attacked students of the Muslim League's youth wing with sticks in the city.",
        "attack",
    ),
    ('"Not a single shot was fired by the armed forces," the minister said.', "repression"),
]


@pytest.mark.parametrize(("text", "etype"), MORE_TYPED)
def test_senses_more_event_types(nlp: Language, text: str, etype: str) -> None:
    assert etype in [e.type for e in events(nlp, text)]


MORE_NOT_OF_TYPE = [
    ("The generals believe they can bomb their way out of the crisis.", "attack"),
    ("We saw police shooting at people who were running away, the chairwoman said.", "attack"),
]


@pytest.mark.parametrize(("text", "etype"), MORE_NOT_OF_TYPE)
def test_senses_more_not_of_type(nlp: Language, text: str, etype: str) -> None:
    assert etype not in [e.type for e in events(nlp, text)]


def test_senses_generic_plurals_and_weapons_are_no_events(nlp: Language) -> None:
    text = (
        "Organised crime flourishes in the region, and kidnappings are commonplace. "
        "Militants have been using home-made IEDs to make roadside bombs. "
        "Neighbours said he had talked about becoming a suicide bomber."
    )
    assert not [e for e in events(nlp, text) if e.type in ("arrest", "attack")]


def test_senses_rubber_pellets_are_no_armed_attack(nlp: Language) -> None:
    assert "attack" not in [
        e.type for e in events(nlp, "One student was shot with rubber pellets near the gate.")
    ]


def test_senses_toll_in_the_next_sentence_makes_a_shooting_a_killing(nlp: Language) -> None:
    text = (
        "Men in uniform stormed the camp and opened fire on the crowd. "
        "Doctors said at least 40 people were killed."
    )
    types = [e.type for e in events(nlp, text)]
    assert "killing" in types
    assert "attack" not in types


PROTEST_FORMS = [
    "The opposition leader called on her supporters to gather on Saturday in every city.",
    "Demonstrators pitched tents opposite the presidential office on Sunday.",
    '"If the government ignores us, we will be back on the streets," an activist said.',
    '"Another uprising is inevitable," the spokesman said.',
    "Farmers barricaded the main road into the town with tractors.",
]


@pytest.mark.parametrize("text", PROTEST_FORMS)
def test_senses_protest_forms(nlp: Language, text: str) -> None:
    assert "protest" in [e.type for e in events(nlp, text)]


NOT_PROTESTS = [
    "A crowd of about 200 people had gathered for the opening of a new clinic when the bombs fell.",
    "Crowds broke through police barricades and stormed the building.",
]


@pytest.mark.parametrize("text", NOT_PROTESTS)
def test_senses_not_protests(nlp: Language, text: str) -> None:
    assert "protest" not in [e.type for e in events(nlp, text)]


def test_senses_threats_of_interrogators_are_no_events(nlp: Language) -> None:
    text = "A former detainee said interrogators threatened to kill his family and to arrest his sister."
    assert not [e for e in events(nlp, text) if e.type in ("killing", "arrest")]


def test_senses_a_raid_that_makes_arrests_is_the_arrest(nlp: Language) -> None:
    text = "Soldiers raided the village on Sunday and detained 15 young men."
    types = [e.type for e in events(nlp, text)]
    assert "arrest" in types
    assert "repression" not in types


def test_senses_warning_shots_at_armed_smugglers_are_no_dispersal(nlp: Language) -> None:
    text = "Guards fired warning shots at armed smugglers who refused to stop, the border command said."
    assert "repression" not in [e.type for e in events(nlp, text)]


def test_senses_sealed_shops_and_locked_up_people(nlp: Language) -> None:
    assert "repression" in [
        e.type
        for e in events(nlp, "Security officers sealed the doors of at least eight shops in the bazaar.")
    ]
    assert "arrest" in [e.type for e in events(nlp, "Police locked up two student leaders overnight.")]
    assert "arrest" not in [e.type for e in events(nlp, "The side gate has been locked up since Monday.")]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("In the capital, tens of thousands gathered on the main avenue in front of the museum.", "protest"),
        ("Residents also stoned police vehicles near the station.", "riot"),
        ("Teachers' union members have been on a national go-slow since the holidays.", "strike"),
        ("Striking miners marched to the company offices on Tuesday.", "strike"),
    ],
)
def test_senses_crowds_stones_and_slowdowns(nlp: Language, text: str, etype: str) -> None:
    assert etype in [e.type for e in events(nlp, text)]


def test_senses_a_striking_resemblance_is_no_strike(nlp: Language) -> None:
    assert "strike" not in [
        e.type for e in events(nlp, "There is a striking resemblance between the two plans.")
    ]


def test_senses_picked_up_by_police_is_an_arrest_held_up_is_not(nlp: Language) -> None:
    assert "arrest" in [
        e.type for e in events(nlp, "The mayor was picked up by police at his home on Friday.")
    ]
    assert "arrest" not in [e.type for e in events(nlp, "Several trucks were held up at the checkpoint.")]


@pytest.mark.parametrize(
    ("text", "is_arrest"),
    [
        ("The union's treasurer was picked up from her flat at 3 am on Sunday by plainclothes men.", True),
        ("Lawyers said dozens of students had been picked up at their hostels before dawn on Monday.", True),
        ("Among those held is a teachers' leader, Joseph Mwale, picked up at a checkpoint on 4 March.", True),
        ("The injured were picked up by ambulances and taken to the district hospital.", False),
        ("She picked up the phone and called her lawyer.", False),
        ("The bus picked up passengers at the border post.", False),
        ("The story was picked up by international media on Tuesday.", False),
        ("The children were picked up from school by their parents.", False),
    ],
)
def test_senses_people_picked_up_without_the_police_named_are_arrested(
    nlp: Language, text: str, is_arrest: bool
) -> None:
    assert ("arrest" in [e.type for e in events(nlp, text)]) is is_arrest


@pytest.mark.parametrize(
    "text",
    [
        "The conflict has killed more than 3,000 people since 2016, according to aid groups.",
        "The civil war, which broke out in 2011, killed an estimated 300,000 people before a truce in 2020.",
        "The rebellion has killed thousands of civilians in the north.",
    ],
)
def test_senses_a_whole_war_told_by_its_toll_is_no_killing(nlp: Language, text: str) -> None:
    assert "killing" not in [e.type for e in events(nlp, text)]


def test_senses_a_battle_told_by_its_toll_stays_an_event(nlp: Language) -> None:
    assert events(nlp, "The fighting killed at least 20 people in the town on Friday.")


def test_senses_a_match_report_keeps_its_attack_out(nlp: Language) -> None:
    text = (
        "The visitors scored twice before half-time. Their attack was relentless after the break. "
        "The coach praised the midfield after the match."
    )
    assert "attack" not in [e.type for e in events(nlp, text)]


def test_senses_one_tournament_mention_nearby_does_not_cancel_an_attack(nlp: Language) -> None:
    text = (
        "The city was hit by a bomb attack on Friday that wounded 13 people. "
        "It will host matches of the women's football tournament in June."
    )
    assert "attack" in [e.type for e in events(nlp, text)]


def test_senses_a_projected_toll_is_no_killing(nlp: Language) -> None:
    text = '"The death toll could rise sharply in the coming days," said a political analyst.'
    assert "killing" not in [e.type for e in events(nlp, text)]
    assert "killing" in [
        e.type for e in events(nlp, "The death toll in the clashes rose to 41 on Sunday, the hospital said.")
    ]


def test_senses_people_burned_are_no_arson(nlp: Language) -> None:
    text = '"There were bodies everywhere, many of them burned beyond recognition," said a farmer.'
    assert "riot" not in [e.type for e in events(nlp, text)]


def test_senses_vehicles_driven_into_people_and_villages_reduced_to_ashes(nlp: Language) -> None:
    text = "Two officers were injured when a car driven by protesters rammed into them on the bridge."
    assert "attack" in [e.type for e in events(nlp, text)]
    assert "attack" not in [e.type for e in events(nlp, "A delivery van ran into a wall in the old town.")]
    text = "Witnesses said troops reduced the village to ashes on Sunday."
    assert "attack" in [e.type for e in events(nlp, text)]


def test_senses_a_policeman_shot_by_a_mob_is_no_repression(nlp: Language) -> None:
    text = "Protesters marched in the town. A policeman escorting families to safety was shot by a mob."
    assert "repression" not in [e.type for e in events(nlp, text)]


def test_senses_a_gun_battle_needs_no_armed_men_beside_it(nlp: Language) -> None:
    # the guns are in the trigger's own words ("gun battle", "firefight"), so the sentence needs no
    # other armed word; a bare "battle" still does
    text = "The smugglers were cornered in a ravine after a gun battle that went on for hours."
    assert [e.type for e in events(nlp, text)] == ["attack"]
    text = "The two families are locked in a battle over the land that went on for years."
    assert "attack" not in [e.type for e in events(nlp, text)]


def test_senses_a_road_blocked_by_police_vans_or_a_line_of_officers_is_no_protest(nlp: Language) -> None:
    for text in (
        "Police trucks blocked the road a kilometre before the ministry.",
        "A line of riot officers blocked the road near the bridge.",
    ):
        assert "protest" not in [e.type for e in events(nlp, text)]
    text = "A line of farmers blocked the road near the bridge with their tractors."
    assert "protest" in [e.type for e in events(nlp, text)]
