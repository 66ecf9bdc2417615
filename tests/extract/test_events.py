"""Event extraction on hand-written wire-style sentences: types, subtypes, metaphors, scope, binding."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.records import Time
from tests.extract._event_helpers import actor, at, claim, events, kinds, place, time

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

TYPED = [
    # protest
    (
        "Thousands of people took to the streets of Tabriz on Sunday.",
        "protest",
        "demonstration",
        "took to the streets",
    ),
    (
        "Hundreds of retirees protested outside the pension fund offices in Ahvaz.",
        "protest",
        "demonstration",
        "protested",
    ),
    (
        "A large demonstration against the water cuts was held in Basra.",
        "protest",
        "demonstration",
        "demonstration",
    ),
    ("Students staged a sit-in at the university's main gate.", "protest", "sit_in", "sit-in"),
    ("Nurses marched from the hospital to the provincial governor's office.", "protest", "march", "marched"),
    (
        "Protesters chanted slogans from rooftops late into the night.",
        "protest",
        "symbolic",
        "chanted slogans",
    ),
    ("Graffiti and banners appeared on walls across the old city.", "protest", "symbolic", "Graffiti"),
    (
        "Mourners gathered at the cemetery to mark forty days since his death.",
        "protest",
        "demonstration",
        "gathered",
    ),
    # strike
    ("Oil workers went on strike at three refineries on Monday.", "strike", "labor_strike", "went on strike"),
    ("The teachers' strike entered its second week.", "strike", "labor_strike", "strike"),
    ("Truck drivers stopped work in dozens of cities.", "strike", "labor_strike", "stopped work"),
    (
        "Seven political prisoners began a hunger strike in Evin prison.",
        "strike",
        "hunger_strike",
        "hunger strike",
    ),
    (
        "Shops stayed shut in the bazaar of Sanandaj for a second day.",
        "strike",
        "shop_closure",
        "Shops stayed shut",
    ),
    ("Merchants pulled down their shutters in the Grand Bazaar.", "strike", "shop_closure", "shutters"),
    # riot
    ("Rioters torched a bank and two police cars in the town centre.", "riot", None, "torched"),
    ("Youths hurled stones at the riot police outside the governor's office.", "riot", None, "hurled stones"),
    ("Violent clashes broke out between protesters and police in Izeh.", "riot", None, "clashes"),
    # repression
    ("Police fired tear gas to disperse the crowd.", "repression", "dispersal", "fired tear gas"),
    ("Riot police used water cannon against the demonstrators.", "repression", "dispersal", "water cannon"),
    (
        "Authorities cut the internet across the province on Friday.",
        "repression",
        "internet_shutdown",
        "cut the internet",
    ),
    ("The government announced a crackdown on dissent.", "repression", None, "crackdown"),
    (
        "Plainclothes agents beat protesters with batons near the square.",
        "repression",
        "excessive_force",
        "beat",
    ),
    # killing
    ("Two protesters were shot dead in Javanrud on Saturday.", "killing", "shooting", "shot dead"),
    ("Gunmen killed a local judge outside his home.", "killing", None, "killed"),
    ("A Basij member was stabbed to death during the unrest.", "killing", None, "stabbed to death"),
    ("The activist was assassinated in his car.", "killing", None, "assassinated"),
    # execution
    ("Two men convicted over the protests were hanged at dawn.", "execution", None, "hanged"),
    ("The judiciary executed a young wrestler on Saturday.", "execution", None, "executed"),
    (
        "Rights groups documented the mass executions of 1988.",
        "execution",
        "mass_execution",
        "mass executions",
    ),
    # arrest
    ("Security forces arrested the student leader at his home.", "arrest", "detention", "arrested"),
    ("Police rounded up dozens of activists overnight.", "arrest", "detention", "rounded up"),
    ("Three journalists were detained at the airport.", "arrest", "detention", "detained"),
    ("Officers took the lawyer into custody after the hearing.", "arrest", "detention", "took"),
    # torture
    ("Former detainees said they had been tortured in the detention centre.", "torture", None, "tortured"),
    ("The prisoner was flogged in front of other inmates.", "torture", None, "flogged"),
    # attack
    (
        "A missile strike brought down an airliner shortly after take-off.",
        "attack",
        "missile_strike",
        "missile strike",
    ),
    ("An air strike hit a school in the village.", "attack", "air_strike", "air strike"),
    ("A car bomb exploded near the ministry.", "attack", "bombing", "exploded"),
    ("A car bomb near the ministry wounded three guards.", "attack", "bombing", "car bomb"),
    ("Gunmen attacked a police checkpoint on the highway.", "attack", None, "attacked"),
]


@pytest.mark.parametrize(("text", "etype", "subtype", "anchor"), TYPED)
def test_types_and_subtypes(nlp: Language, text: str, etype: str, subtype: str | None, anchor: str) -> None:
    evs = events(nlp, text)
    s, e = at(text, anchor)
    hits = [
        ev
        for ev in evs
        if ev.type == etype and any(sp.start < e and s < sp.end for sp in (ev.trigger, *ev.mentions))
    ]
    assert hits, f"no {etype} at {anchor!r}: {kinds(evs)}"
    assert hits[0].subtype == subtype
    assert text[hits[0].trigger.start : hits[0].trigger.end] == hits[0].trigger.text
    assert 0 < hits[0].confidence <= 1


METAPHORS = [
    "Lawmakers are locked in a battle over the budget.",
    "The striker led the attack in the second half of the football match.",
    "We were killing time in the lobby before the interview.",
    "Traders watched the strike price of the options contract.",
    "There is a hunger for change among young voters.",
    "The novel is a study in arrested development.",
    "He suffered a heart attack on the flight home.",
    "The company executed its plan to open new branches.",
    "She died of cancer at the age of 81.",
    "Stocks rallied on Wall Street after the announcement.",
    "The march 15 deadline passed without comment.",
    "The leaders gathered in Brussels for a summit on trade.",
]


@pytest.mark.parametrize("text", METAPHORS)
def test_metaphors_and_other_senses_are_not_events(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


def test_one_event_reported_in_three_sentences(nlp: Language) -> None:
    text = (
        "Thousands of teachers protested in Tehran on Sunday against low pay. "
        "The protests were the largest in the capital this year. "
        "Organisers said the demonstration was peaceful."
    )
    evs = events(nlp, text, places=(place(text, "Tehran"),))
    protests = [e for e in evs if e.type == "protest"]
    assert len(protests) == 1
    assert protests[0].trigger.text == "protested"
    assert {m.text for m in protests[0].mentions} == {"protests", "demonstration"}
    assert protests[0].places[0].name == "Tehran"


def test_different_places_stay_different_events(nlp: Language) -> None:
    text = "Police arrested ten students in Tehran. Police arrested six workers in Shiraz."
    evs = events(nlp, text, places=(place(text, "Tehran"), place(text, "Shiraz")))
    assert [e.type for e in evs] == ["arrest", "arrest"]


def test_killing_absorbs_the_shooting_that_caused_it(nlp: Language) -> None:
    text = "Security forces opened fire on worshippers in Zahedan, killing at least 40 people."
    evs = events(nlp, text)
    kills = [e for e in evs if e.type == "killing"]
    assert len(kills) == 1 and kills[0].subtype == "shooting"
    assert {kills[0].trigger.text, *(m.text for m in kills[0].mentions)} >= {"opened fire", "killing"}
    assert [(m.kind, m.value, m.qualifier) for m in kills[0].magnitudes] == [("fatalities", 40, "at_least")]
    roles = {(a.name, a.role) for a in kills[0].actors}
    assert ("Security forces", "perpetrator") in roles


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Protests broke out in nearly 200 cities on Saturday.", "aggregate"),
        ("Protests were reported in more than a dozen provinces.", "aggregate"),
        ("Strikes spread across the country as oil workers walked out.", "aggregate"),
        ("Nationwide protests entered their third month.", "aggregate"),
        ("About 300 people protested outside the parliament on Monday.", "single"),
    ],
)
def test_scope(nlp: Language, text: str, scope: str) -> None:
    evs = [e for e in events(nlp, text) if e.type in ("protest", "strike")]
    assert evs and evs[0].scope == scope


def test_aggregate_carries_the_locality_count(nlp: Language) -> None:
    text = "Protests broke out in nearly 200 cities on Saturday."
    (ev,) = events(nlp, text)
    assert [(m.kind, m.value, m.high, m.qualifier) for m in ev.magnitudes] == [
        ("localities", 200, 200, "at_most")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Security forces arrested 20 students in Mashhad.",
            {("Security forces", "perpetrator"), ("students", "victim")},
        ),
        ("Workers at the sugar mill went on strike.", {("Workers", "initiator")}),
        (
            "The journalist was detained by intelligence agents.",
            {("journalist", "victim"), ("intelligence agents", "perpetrator")},
        ),
        (
            "Riot police dispersed the protesters with tear gas.",
            {("Riot police", "perpetrator"), ("protesters", "target")},
        ),
    ],
)
def test_actor_roles_from_the_parse(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    (ev,) = events(nlp, text)
    assert expected <= {(a.name, a.role) for a in ev.actors}


def test_implicit_protesters_and_no_invented_executioner(nlp: Language) -> None:
    (protest,) = events(nlp, "A rally was held outside the ministry.")
    assert [(a.name, a.role, a.text) for a in protest.actors] == [("Protesters", "initiator", None)]
    (execution,) = events(nlp, "Two men were hanged at dawn.")
    assert all(a.role != "perpetrator" for a in execution.actors)


def test_resolved_actor_mentions_are_used(nlp: Language) -> None:
    text = "The Revolutionary Guards arrested two dual nationals."
    guards = actor(text, "The Revolutionary Guards", "security_forces")
    (ev,) = events(nlp, text, actors=(guards,))
    assert ev.actors[0].name == "The Revolutionary Guards" and ev.actors[0].role == "perpetrator"


def test_time_of_the_clause_and_never_a_duration(nlp: Language) -> None:
    text = "After a three-day strike, workers protested in Abadan on Friday."
    friday = time(text, "Friday", "2023-02-03")
    three = time(text, "three-day", "P3D", kind="DURATION")
    evs = events(nlp, text, times=(three, friday))
    protest = next(e for e in evs if e.type == "protest")
    assert protest.time is not None and protest.time.text == "Friday"
    assert all(e.time is None or e.time.type == "DATE" for e in evs)


def test_narrative_time_of_the_paragraph(nlp: Language) -> None:
    text = "On Friday, crowds marched through Zahedan. Later, police detained dozens of people."
    friday = time(text, "Friday", "2023-02-03")
    evs = events(nlp, text, times=(friday,))
    arrest = next(e for e in evs if e.type == "arrest")
    assert arrest.time is not None and arrest.time.text == "Friday"


def test_historical_background_keeps_its_own_time(nlp: Language) -> None:
    text = "Demonstrators gathered in Mashhad on Friday. In 2019, hundreds were killed in a crackdown."
    friday = time(text, "Friday", "2023-02-03")
    y2019 = Time(
        "2019",
        text.index("2019"),
        text.index("2019") + 4,
        "2019",
        "2019-01-01",
        "2019-12-31",
        "year",
        "absolute",
    )
    evs = events(nlp, text, times=(friday, y2019))
    kill = next(e for e in evs if e.type == "killing")
    assert kill.status == "asserted" and kill.time is not None and kill.time.value == "2019"
    assert [(m.kind, m.value, m.qualifier) for m in kill.magnitudes] == [("fatalities", 100, "vague")]


def test_places_most_specific_first_and_country(nlp: Language) -> None:
    text = "Students protested at Sharif University in Tehran, Iran."
    sharif = place(text, "Sharif University", precision="point")
    tehran = place(text, "Tehran")
    iran = place(text, "Iran", precision="country")
    (ev,) = events(nlp, text, places=(tehran, iran, sharif))
    assert [p.text for p in ev.places] == ["Sharif University", "Tehran", "Iran"]
    assert ev.country == "IR"


def test_country_from_a_demonym_when_no_place_is_resolved(nlp: Language) -> None:
    (ev,) = events(nlp, "Iraqi police arrested four activists.")
    assert ev.country == "IQ"


def test_figure_in_a_claim_stays_with_the_claim(nlp: Language) -> None:
    text = (
        "Security forces shot dead protesters in Zahedan on Friday. "
        "Amnesty International said 41 people were killed. "
        "The interior ministry said 12 people were killed."
    )
    claims = (
        claim(text, "Amnesty International", "41 people were killed", "cl1"),
        claim(text, "The interior ministry", "12 people were killed", "cl2"),
    )
    evs = events(nlp, text, claims=claims)
    kills = [e for e in evs if e.type == "killing"]
    assert len(kills) == 1
    assert kills[0].status == "asserted"
    assert kills[0].magnitudes == ()


def test_ids_are_in_text_order(nlp: Language) -> None:
    evs = events(nlp, "Police arrested two students. Workers went on strike. A bomb exploded in the market.")
    assert [e.id for e in evs] == [f"ev{i}" for i in range(1, len(evs) + 1)]
    assert [e.trigger.start for e in evs] == sorted(e.trigger.start for e in evs)


# --- topics, doers and coreference (issue 4, round 3) ---


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Prisoners refused food on Monday, demanding an end to executions.", "execution"),
        ("The union said it would keep up its campaign against arrests of journalists.", "arrest"),
        ("A new law outlawed strikes in the oil sector last year.", "strike"),
        ("He was transferred to solitary confinement on Friday.", "torture"),
        ("The warehouse was set on fire on Monday night.", "attack"),
        ("Ministers clashed over the budget at a cabinet meeting.", "riot"),
    ],
)
def test_topics_and_other_non_reports_are_not_events(nlp: Language, text: str, absent: str) -> None:
    assert absent not in {e.type for e in events(nlp, text)}


def test_set_fire_to_a_vehicle_is_a_riot_not_a_shooting(nlp: Language) -> None:
    text = "Some protesters threw stones and set fire to a police vehicle at the gate."
    types = {e.type for e in events(nlp, text)}
    assert "riot" in types and "repression" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Ruling party supporters clashed with opposition members outside the stadium.",
        "Thousands marched against the pension reform in Paris. Clashes were also reported in Lyon.",
    ],
)
def test_clashes_between_groups_or_in_a_protest_story_are_riots(nlp: Language, text: str) -> None:
    assert "riot" in {e.type for e in events(nlp, text)}


def test_force_against_a_crowd_named_in_the_paragraph(nlp: Language) -> None:
    text = (
        "Thousands of protesters marched to the palace on Friday. "
        "Witnesses said soldiers in pick-up trucks drove into crowds near the bridge."
    )
    evs = events(nlp, text)
    s, e = at(text, "drove into crowds")
    assert any(ev.type == "repression" and ev.trigger.start < e and s < ev.trigger.end for ev in evs)


def test_gunmen_firing_on_protesters_is_an_attack(nlp: Language) -> None:
    text = "Gunmen opened fire on protesters outside the mosque on Friday."
    types = {e.type for e in events(nlp, text)}
    assert "attack" in types and "repression" not in types


def test_crowd_control_that_killed_is_one_killing(nlp: Language) -> None:
    # N12 (docs/gold-format.md, session 9): one act that killed is one killing, not a dispersal
    text = "Police fired tear gas at the marchers in Khartoum on Friday, killing two people."
    evs = [e for e in events(nlp, text) if e.type in ("repression", "killing")]
    assert [e.type for e in evs] == ["killing"]
    assert "killing" in {m.text for m in evs[0].mentions} | {evs[0].trigger.text}


def test_a_later_toll_joins_the_attack_that_killed(nlp: Language) -> None:
    text = (
        "Shells fired by the militia hit a crowded market in the city on Saturday, killing dozens of "
        "civilians, medical workers said.\n\nThe governor's office said 43 people had been killed."
    )
    evs = [e for e in events(nlp, text) if e.type in ("attack", "killing")]
    assert [e.type for e in evs] == ["attack"]


@pytest.mark.parametrize(
    ("text", "etype", "subtype", "anchor"),
    [
        ("A roadside bomb killed three soldiers in Helmand province.", "attack", "bombing", "killed"),
        # a title whose country prefix parses as a second subject
        (
            "Nigeria: car bomb kills at least nine at Maiduguri restaurant\n\nThe blast hit the city.",
            "attack",
            "bombing",
            "kills",
        ),
        (
            "Thousands of workers walked off the job at the steel plant.",
            "strike",
            "labor_strike",
            "walked off",
        ),
        ("Two journalists were whipped in public in Kabul.", "torture", None, "whipped"),
    ],
)
def test_weapon_tolls_walkouts_and_whippings(
    nlp: Language, text: str, etype: str, subtype: str | None, anchor: str
) -> None:
    evs = events(nlp, text)
    s, e = at(text, anchor)
    hit = [ev for ev in evs if ev.type == etype and ev.trigger.start < e and s < ev.trigger.end]
    assert hit and hit[0].subtype == subtype, kinds(evs)


def test_the_shooting_that_killed_is_one_event_with_its_victims(nlp: Language) -> None:
    text = "Two people were killed when security forces fired on protesters in Khartoum."
    assert [e.type for e in events(nlp, text)] == ["killing"]


def test_held_in_detention_is_no_arrest_report(nlp: Language) -> None:
    text = "The activist said he was tortured in detention for weeks."
    assert [e.type for e in events(nlp, text)] == ["torture"]


@pytest.mark.parametrize(
    "text",
    [
        "We were shell-shocked by the news from the capital.",
        "He accused rivals of trying to whip up communal passions.",
        "Community leaders asked the stone-throwing youths to disperse.",
        "The two men had been booked for murder and arson.",
    ],
)
def test_compounds_phrasal_senses_requests_and_charges_are_not_events(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


def test_tear_gas_shells_are_no_shelling(nlp: Language) -> None:
    text = "Police fired tear-gas shells at the crowd outside the stadium."
    types = [e.type for e in events(nlp, text)]
    assert "repression" in types and "attack" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The UN special rapporteur on torture called for an independent investigation.",
        "Iran is a signatory to conventions that prohibit torture and arbitrary detention.",
    ],
)
def test_practices_named_as_topics_are_not_events(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The senator struggled to demonstrate how the donations had influenced the policy.",
        "Agriculture ministers from the 28 member states gathered in Brussels on Monday to discuss prices.",
        "He says the meeting was the first in a series of gatherings with lawmakers.",
    ],
)
def test_showing_meeting_and_gathering_senses_are_not_protests(nlp: Language, text: str) -> None:
    assert "protest" not in {e.type for e in events(nlp, text)}


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("About 800 students were blocking the main gate of the campus with burning tyres.", "blocking"),
        ("Unpaid workers surrounded the office of the factory director on Wednesday.", "surrounded"),
        ("Hundreds of farmers occupied the regional government building in Agen.", "occupied"),
    ],
)
def test_blockades_and_occupations_are_protests(nlp: Language, text: str, anchor: str) -> None:
    evs = events(nlp, text)
    s, e = at(text, anchor)
    assert any(ev.type == "protest" and ev.trigger.start < e and s < ev.trigger.end for ev in evs), kinds(evs)


def test_participle_toll_joins_the_strikes_of_its_main_clause(nlp: Language) -> None:
    text = (
        "The Guards carried out a similar wave of missile and drone strikes on the same camps in "
        "September 2022, killing at least 13 people."
    )
    evs = [e for e in events(nlp, text) if e.type in ("attack", "killing")]
    assert [e.type for e in evs] == ["attack"]


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("Hundreds of residents gathered to watch the match in the main square.", False),
        ("Villagers gathered for the opening of a community school on Saturday.", False),
        ("Hundreds of teachers gathered outside parliament to demand higher pay.", True),
    ],
)
def test_gatherings_for_ordinary_occasions_are_not_protests(nlp: Language, text: str, protest: bool) -> None:
    assert ("protest" in {e.type for e in events(nlp, text)}) is protest


def test_a_blockade_with_looting_is_one_riot(nlp: Language) -> None:
    text = "Groups of young men blocked roads with burning tyres and looted a supermarket on Thursday."
    assert [e.type for e in events(nlp, text)] == ["riot"]


def test_looting_by_armed_men_is_an_attack(nlp: Language) -> None:
    text = "Armed men looted the pharmacy of the hospital on Friday."
    types = {e.type for e in events(nlp, text)}
    assert "attack" in types and "riot" not in types


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Students had blocked Rustaveli Avenue since Tuesday afternoon.", "single"),
        ("Merchants called for a general strike from Saturday.", "aggregate"),
        ("Tahrir Square was the centre of the protest movement of October 2019.", "aggregate"),
    ],
)
def test_scope_of_lasting_general_and_movement_events(nlp: Language, text: str, scope: str) -> None:
    evs = [e for e in events(nlp, text) if e.type in ("protest", "strike")]
    assert evs and evs[0].scope == scope, [(e.type, e.scope) for e in evs]


@pytest.mark.parametrize(
    ("text", "subtype", "anchor"),
    [
        ("Two rockets hit an area near the airport late on Sunday.", "missile_strike", "rockets"),
        ("A mortar shell landed on a house in the village, wounding three children.", "shelling", "shell"),
        ("A drone slammed into a residential building overnight.", "air_strike", "drone"),
    ],
)
def test_a_weapon_that_hits_is_an_attack(nlp: Language, text: str, subtype: str, anchor: str) -> None:
    evs = [e for e in events(nlp, text) if e.type == "attack"]
    assert evs and evs[0].subtype == subtype and evs[0].trigger.text == anchor


def test_shares_that_hit_a_record_are_no_attack(nlp: Language) -> None:
    assert events(nlp, "Shell shares hit a record high on Monday.") == []


def test_beaten_while_held_blindfolded_is_torture(nlp: Language) -> None:
    text = "He said he was held blindfolded in a dark room and beaten on the soles of his feet."
    assert "torture" in {e.type for e in events(nlp, text)}


def test_a_name_given_to_a_told_event_is_not_a_new_one(nlp: Language) -> None:
    text = "The minister described the raid as a massacre of innocents."
    assert "killing" not in {e.type for e in events(nlp, text)}


def test_a_human_chain_is_a_protest(nlp: Language) -> None:
    text = "Several hundred teachers formed a human chain along the river embankment on Saturday."
    assert "protest" in {e.type for e in events(nlp, text)}


def test_rules_for_handling_crowds_are_not_events(nlp: Language) -> None:
    text = "The report recommended police training on managing public gatherings and violent protests."
    assert events(nlp, text) == []


def test_a_quoted_slogan_may_sit_inside_a_phrase(nlp: Language) -> None:
    text = 'On Tuesday, a banner reading "We have not forgotten" was hung from a pedestrian bridge.'
    evs = [e for e in events(nlp, text) if e.type == "protest"]
    assert (
        evs
        and evs[0].subtype == "symbolic"
        and text[evs[0].trigger.start : evs[0].trigger.end] == evs[0].trigger.text
    )


def test_the_time_of_an_arrest_sets_the_scene_of_a_beating(nlp: Language) -> None:
    text = "The politician had been beaten by masked officers at the time of his arrest."
    assert "arrest" not in {e.type for e in events(nlp, text)}


def test_the_strikes_of_a_missile_story_are_attacks(nlp: Language) -> None:
    text = (
        "Missiles and drones hit camps near Koya on Tuesday. "
        "The foreign ministry called the strikes a flagrant violation of sovereignty."
    )
    assert "strike" not in {e.type for e in events(nlp, text)}


def test_a_gathering_hit_by_an_air_strike_is_no_protest(nlp: Language) -> None:
    text = "In April, an air strike on a gathering in the village killed more than 160 people."
    assert "protest" not in {e.type for e in events(nlp, text)}


def test_a_person_named_after_a_weapon_kills_no_attack(nlp: Language) -> None:
    text = "The bomb maker killed two guards before fleeing."
    assert [e.type for e in events(nlp, text)] == ["killing"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Dock workers staged a walk-out over pay on Monday.", "strike"),
        ("The round-up of activists continued overnight in Minsk.", "arrest"),
        ("The government ordered a crack-down on dissent in the capital.", "repression"),
    ],
)
def test_hyphenated_event_nouns(nlp: Language, text: str, etype: str) -> None:
    assert etype in {e.type for e in events(nlp, text)}


# --- single victims and the doers' count (issue 4, round 2) ---


@pytest.mark.parametrize(
    ("text", "etype", "kind", "value"),
    [
        (
            "A second protester died after being hit by a tear gas canister in Bahri.",
            "killing",
            "fatalities",
            1,
        ),
        (
            "A young demonstrator died after police opened fire on the march.",
            "killing",
            "fatalities",
            1,
        ),
        ("An activist who had been arrested in March was released on bail.", "arrest", "arrests", 1),
        ("A student who was detained at the rally is still missing.", "arrest", "arrests", 1),
        ("Four men abducted a journalist outside his home on Friday.", "arrest", "arrests", 1),
        ("Three gunmen killed a police officer in the market.", "killing", "fatalities", 1),
        ("Gunmen killed four police officers in the market.", "killing", "fatalities", 4),
        ("Police arrested 12 students outside the university.", "arrest", "arrests", 12),
    ],
)
def test_single_victim_and_doers_count(nlp: Language, text: str, etype: str, kind: str, value: int) -> None:
    evs = [e for e in events(nlp, text) if e.type == etype]
    assert evs, f"no {etype} in {text!r}"
    assert [(m.kind, m.value) for m in evs[0].magnitudes] == [(kind, value)]


def test_a_crackdown_that_sums_up_the_acts_told_is_no_record_of_its_own(nlp: Language) -> None:
    # docs/gold-format.md K4
    text = (
        "Police beat and detained 30 students outside the faculty on Monday. "
        "The crackdown drew condemnation from the European Union."
    )
    assert "crackdown" not in [e.trigger.text for e in events(nlp, text)]
    # with no act of its own told, the crackdown is the report's only record of force
    text = "The crackdown drew condemnation from the European Union on Monday."
    assert [e.type for e in events(nlp, text)] == ["repression"]


def test_each_event_carries_its_raw_score_and_its_calibrated_confidence(nlp: Language) -> None:
    from eventwire.extract.confidence import calibrate

    text = "Police arrested 12 protesters in Tehran on Monday, a rights group said. Officers may detain more."
    evs = events(nlp, text, places=(place(text, "Tehran"),))
    assert evs
    for e in evs:
        assert e.raw_confidence is not None and 0.0 < e.raw_confidence < 1.0
        assert e.confidence == calibrate(e.raw_confidence)
