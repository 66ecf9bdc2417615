"""Binding and coreference: intervals, inherited places, single victims, references that report nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.records import Actor, Event, Time
from tests.extract._event_helpers import claim, events, place, time

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_since_runs_to_the_publication_date(nlp: Language) -> None:
    text = "More than 400 people have been detained since November 28."
    nov = time(text, "November 28", "2022-11-28")
    (ev,) = events(nlp, text, times=(nov,))
    assert ev.time is not None and (ev.time.start, ev.time.end) == ("2022-11-28", "2023-02-07")
    assert ev.time.start_char is None  # an inferred interval, not a written expression


def test_between_two_dates_is_one_interval(nlp: Language) -> None:
    text = "Hundreds of thousands of people were killed between 1980 and 1988."
    y80 = Time(
        "1980",
        text.index("1980"),
        text.index("1980") + 4,
        "1980",
        "1980-01-01",
        "1980-12-31",
        "year",
        "absolute",
    )
    y88 = Time(
        "1988",
        text.index("1988"),
        text.index("1988") + 4,
        "1988",
        "1988-01-01",
        "1988-12-31",
        "year",
        "absolute",
    )
    (ev,) = events(nlp, text, times=(y80, y88))
    assert ev.time is not None and (ev.time.start, ev.time.end) == ("1980-01-01", "1988-12-31")


def test_predicted_weekday_moves_forward(nlp: Language) -> None:
    text = "The union said teachers will strike on Thursday."
    thursday = time(text, "Thursday", "2023-02-02")  # resolved to the past by default
    (ev,) = events(nlp, text, times=(thursday,))
    assert ev.status == "predicted"
    assert ev.time is not None and ev.time.start == "2023-02-09"


def test_place_inherited_from_the_paragraph(nlp: Language) -> None:
    text = "Thousands of people marched in Ahvaz on Friday. Police later detained 20 of them."
    ahvaz = place(text, "Ahvaz")
    evs = events(nlp, text, places=(ahvaz,))
    arrest = next(e for e in evs if e.type == "arrest")
    assert [p.text for p in arrest.places] == ["Ahvaz"]
    assert [(m.kind, m.value) for m in arrest.magnitudes] == [("arrests", 20)]


def test_a_single_victim_counts_one(nlp: Language) -> None:
    (ev,) = events(nlp, "A political prisoner was executed in Urmia on Tuesday.")
    assert [(m.kind, m.value, m.qualifier, m.text) for m in ev.magnitudes] == [
        ("executions", 1, "exact", "A political prisoner")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The minister warned that anyone who attacks police officers would be punished.",
        "Rights groups urged the authorities to release those detained.",
        "A woman convicted of murdering her husband appealed the verdict.",
        "The jailed politician wrote a letter to his supporters.",
    ],
)
def test_references_that_report_no_event(nlp: Language, text: str) -> None:
    evs = events(nlp, text)
    assert [e for e in evs if e.type in ("attack", "arrest", "killing")] == []


def test_in_protest_at_is_the_enclosing_act(nlp: Language) -> None:
    evs = events(nlp, "Shops in the bazaar stayed closed on Saturday in protest at the killings.")
    assert [e.type for e in evs if e.type in ("protest", "strike")] == ["strike"]


def test_headline_and_body_are_one_event(nlp: Language) -> None:
    text = (
        "Police arrest dozens of teachers in Tehran\n\n"
        "Police arrested 40 teachers in Tehran on Sunday, witnesses said."
    )
    evs = [e for e in events(nlp, text) if e.type == "arrest"]
    assert len(evs) == 1
    spans = {evs[0].trigger.text, *(m.text for m in evs[0].mentions)}
    assert spans == {"arrest", "arrested"}


def test_a_later_denial_is_its_own_negated_record(nlp: Language) -> None:
    # docs/gold-format.md, decided in session 5: a denial of a reported event stands beside the report
    text = (
        "Shells hit a crowded market in El Fasher on Saturday, killing 20 people. "
        "The paramilitary force denied that its fighters had shelled the market."
    )
    cl = claim(text, "The paramilitary force", "its fighters had shelled the market", cue="denied")
    evs = [e for e in events(nlp, text, claims=(cl,)) if e.type in ("attack", "killing")]
    reports = [e for e in evs if e.status != "negated"]
    assert len(reports) == 1
    assert reports[0].type == "attack" and reports[0].status == "asserted"
    assert [(m.kind, m.value) for m in reports[0].magnitudes] == [("fatalities", 20)]
    assert [(e.type, e.status) for e in evs if e.status == "negated"] == [("attack", "negated")]


def test_a_bombing_keeps_its_toll(nlp: Language) -> None:
    text = "A military jet bombed a village in the Sagaing region, killing at least 23 people."
    evs = events(nlp, text)
    assert [(e.type, e.subtype) for e in evs] == [("attack", "air_strike")]
    assert [(m.kind, m.value, m.qualifier) for m in evs[0].magnitudes] == [("fatalities", 23, "at_least")]


def test_dateline_is_not_the_subject(nlp: Language) -> None:
    text = (
        "BASRA, Iraq (Gulf Wire) — Hundreds of contract workers stopped work and staged a sit-in on Monday."
    )
    evs = events(nlp, text)
    strike = next(e for e in evs if e.type == "strike")
    assert ("contract workers", "initiator") in {(a.name, a.role) for a in strike.actors}


def test_police_firing_and_warning_shots(nlp: Language) -> None:
    evs = events(
        nlp, "Three persons were injured in police firing after the mob ransacked the police station."
    )
    assert ("repression", "excessive_force") in {(e.type, e.subtype) for e in evs}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12345 67890",
        "\n\n\n.",
        "Protests. " * 50,
        "“Killed” — 3 — hanged?! 200-300 (17) at least",
        "Police said 41 were killed; officials denied it, saying 12 died.\n\nThe protests continued.",
    ],
)
def test_offsets_always_index_the_text(nlp: Language, text: str) -> None:
    for ev in events(nlp, text):
        for span in (ev.trigger, ev.evidence, *ev.mentions):
            assert text[span.start : span.end] == span.text
        for m in ev.magnitudes:
            assert text[m.start_char : m.end_char] == m.text
        assert 0.0 <= ev.confidence <= 1.0


def test_a_place_in_a_slogan_is_not_the_event_place(nlp: Language) -> None:
    text = 'Merchants gathered in Tehran on Monday, chanting "Our enemy is here, not in America".'
    tehran, america = place(text, "Tehran"), place(text, "America", country="US", precision="country")
    (ev,) = [e for e in events(nlp, text, places=(tehran, america)) if e.type == "protest"]
    assert [p.text for p in ev.places] == ["Tehran"]
    assert ev.country == "IR"


# ---------------------------------------------------------------- actors


def _with_actors(nlp: Language, text: str) -> list[Event]:
    from eventwire.resolve.actors import ActorDictionary, find_actors

    actors = tuple(find_actors(nlp(text), ActorDictionary.load()))
    return events(nlp, text, actors=actors)


def _roles(ev: Event) -> dict[str, list[Actor]]:
    out: dict[str, list[Actor]] = {}
    for a in ev.actors:
        out.setdefault(a.role or "", []).append(a)
    return out


def _one(evs: list[Event], etype: str) -> Event:
    (ev,) = [e for e in evs if e.type == etype]
    return ev


def test_an_arrest_with_no_named_doer_is_by_security_forces(nlp: Language) -> None:
    ev = _one(_with_actors(nlp, "At least 38 people were arrested in Ahvaz on Sunday."), "arrest")
    (perp,) = _roles(ev)["perpetrator"]
    assert perp.name == "Security forces" and "police" in perp.aliases
    assert perp.text is None and perp.start_char is None  # implied, not written


def test_an_execution_is_by_the_judiciary(nlp: Language) -> None:
    text = "Two men sentenced to death for killing a guard were hanged in Shiraz on Sunday."
    ev = _one(_with_actors(nlp, text), "execution")
    assert [a.name for a in _roles(ev)["perpetrator"]] == ["judiciary"]


def test_a_named_doer_is_not_replaced_by_an_implied_one(nlp: Language) -> None:
    ev = _one(_with_actors(nlp, "Police arrested 17 people in Basra on Friday."), "arrest")
    assert [a.text for a in _roles(ev)["perpetrator"]] == ["Police"]


def test_a_protest_with_no_doer_inherits_the_story_protagonists(nlp: Language) -> None:
    text = (
        "Hundreds of retirees gathered outside parliament in Tehran on Sunday to demand higher pensions.\n\n"
        "Similar gatherings took place in Ahvaz and Isfahan."
    )
    evs = [e for e in _with_actors(nlp, text) if e.type == "protest"]
    later = max(evs, key=lambda e: e.trigger.start)
    (init,) = _roles(later)["initiator"]
    assert init.name == "Pensioners"
    assert "Protesters" in init.aliases  # ACLED codes the doers of a protest as protesters


def test_who_calls_for_a_strike_initiates_it(nlp: Language) -> None:
    ev = _one(
        _with_actors(nlp, "Organisers have called for a nationwide general strike on December 28."), "strike"
    )
    assert [a.name for a in _roles(ev)["initiator"]] == ["Organisers"]


def test_people_arrested_in_a_protest_story_are_protesters(nlp: Language) -> None:
    text = (
        "Thousands protest over power cuts in Basra\n\n"
        "Police arrested at least 17 people in Basra on Friday, an officer said."
    )
    ev = _one(_with_actors(nlp, text), "arrest")
    (victim,) = _roles(ev)["victim"]
    assert victim.text == "people" and "Protesters" in victim.aliases


def test_people_killed_in_an_attack_are_civilians(nlp: Language) -> None:
    ev = _one(_with_actors(nlp, "Gunmen attacked a bus in the north on Monday, killing 11 people."), "attack")
    assert any("Civilians" in a.aliases or a.name == "Civilians" for a in _roles(ev).get("victim", []))


def test_an_unattributed_attack_is_the_story_force(nlp: Language) -> None:
    text = (
        "A Myanmar military jet bombed a village in the Sagaing region on Saturday, "
        "killing at least 23 people.\n\n"
        "Witnesses said a helicopter then fired on people who ran towards the fields."
    )
    evs = [e for e in _with_actors(nlp, text) if e.type == "attack"]
    later = max(evs, key=lambda e: e.trigger.start)
    assert [a.name for a in _roles(later)["perpetrator"]] == ["Tatmadaw"]


def test_tear_gas_fired_at_a_group_targets_it(nlp: Language) -> None:
    ev = _one(
        _with_actors(
            nlp, "In 2019, security forces fired tear gas and water cannon at oil workers at the site."
        ),
        "repression",
    )
    targets = [a.text for r in ("target", "victim") for a in _roles(ev).get(r, [])]
    assert "oil workers" in targets


def test_torture_of_someone_unnamed_is_of_detainees(nlp: Language) -> None:
    ev = _one(_with_actors(nlp, "His lawyer said he had been tortured during interrogation."), "torture")
    assert [a.name for a in _roles(ev)["victim"]] == ["Detainees"]
    assert [a.name for a in _roles(ev)["perpetrator"]] == ["Security forces"]


def test_shops_that_stay_shut_are_the_shopkeepers_strike(nlp: Language) -> None:
    ev = _one(
        _with_actors(nlp, "Shops in the bazaar of Baneh stayed closed on Saturday, witnesses said."), "strike"
    )
    (init,) = _roles(ev)["initiator"]
    assert init.text is None and "shopkeepers" in init.aliases


def test_conjoined_groups_all_initiate(nlp: Language) -> None:
    text = (
        "On Saturday, several hundred civil servants, doctors and teachers formed a human chain "
        'in what organisers called a "warning strike".'
    )
    ev = _one(_with_actors(nlp, text), "strike")
    names = {a.name for a in _roles(ev)["initiator"]}
    assert {"Workers", "Medical workers", "Teachers"} <= names


def test_a_count_of_the_noun_a_clause_describes(nlp: Language) -> None:
    text = (
        "The group confirmed 31 executions last week, including seven men who were hanged together on Sunday."
    )
    hanged = [e for e in events(nlp, text) if e.trigger.text == "hanged"]
    assert hanged and [(m.kind, m.value) for m in hanged[0].magnitudes] == [("executions", 7)]


def test_a_pronoun_victim_is_the_group_named_before(nlp: Language) -> None:
    text = (
        "In Nasiriyah, graduates protesting against unemployment blocked a bridge on Monday. "
        "Police arrested four of them, a local official said."
    )
    ev = _one(_with_actors(nlp, text), "arrest")
    assert [a.text for a in _roles(ev)["victim"]] == ["graduates"]


def test_a_pronoun_is_not_the_speaker_or_an_organisation(nlp: Language) -> None:
    text = "Relatives told Viasna that he had been beaten in a police van."
    (ev,) = _with_actors(nlp, text)
    assert ev.actors and all(a.name != "Viasna Human Rights Centre" for a in ev.actors)


def test_who_in_a_relative_clause_is_the_noun_it_describes(nlp: Language) -> None:
    text = "In Peshawar, police arrested 23 protesters who tried to storm a power company office."
    riot = _one(_with_actors(nlp, text), "riot")
    assert [a.text for a in _roles(riot)["initiator"]] == ["protesters"]


def test_activists_who_announce_a_protest_hold_it(nlp: Language) -> None:
    ev = _one(
        _with_actors(nlp, "Activists said they would return to Tahrir Square on Friday to protest."),
        "protest",
    )
    assert [a.name for a in _roles(ev)["initiator"]] == ["Activists"]


def test_party_workers_are_the_party_named_before(nlp: Language) -> None:
    text = (
        "Pakistan Tehreek-e-Insaf (PTI) marched on Islamabad on Tuesday.\n\n"
        "Police arrested dozens of party workers in Rawalpindi on Wednesday."
    )
    ev = _one(_with_actors(nlp, text), "arrest")
    (victim,) = _roles(ev)["victim"]
    assert victim.text == "party workers" and "Pakistan Tehreek-e-Insaf" in victim.aliases


def test_who_posts_videos_of_a_protest_does_not_hold_it(nlp: Language) -> None:
    text = (
        "Hundreds of retirees gathered outside parliament in Tehran on Sunday.\n\n"
        "Similar gatherings took place in Ahvaz, according to videos posted by labour activists."
    )
    evs = [e for e in _with_actors(nlp, text) if e.type == "protest"]
    later = max(evs, key=lambda e: e.trigger.start)
    assert [a.name for a in _roles(later)["initiator"]] == ["Pensioners"]


def test_an_execution_in_a_story_of_courts_is_the_judiciary(nlp: Language) -> None:
    text = "A revolutionary court sentenced the men last year.\n\nTwo men were hanged at dawn on Sunday."
    ev = _one(_with_actors(nlp, text), "execution")
    assert [a.name for a in _roles(ev)["perpetrator"]] == ["judiciary"]


def test_a_riot_thrown_at_them_hurts_the_police_named_before(nlp: Language) -> None:
    text = "Six police officers were injured when protesters threw bottles and fireworks at them."
    riot = _one(_with_actors(nlp, text), "riot")
    roles = _roles(riot)
    assert [a.text for a in roles["initiator"]] == ["protesters"]
    # injured, so victims (docs/gold-format.md: people struck in an attack)
    assert [a.text for a in roles["victim"]] == ["police officers"]


def test_setting_fire_to_a_police_vehicle_targets_the_police(nlp: Language) -> None:
    riot = _one(_with_actors(nlp, "Protesters threw stones and set fire to a police vehicle."), "riot")
    assert any("police" in (a.text or "") for a in _roles(riot).get("target", []))


def test_clashes_between_two_sides(nlp: Language) -> None:
    evs = _with_actors(nlp, "A fire swept through the prison during clashes between inmates and guards.")
    riot = _one(evs, "riot")
    roles = _roles(riot)
    assert [a.text for a in roles["initiator"]] == ["inmates"]
    assert [a.text for a in roles["target"]] == ["guards"]


def test_deaths_in_custody_are_of_detainees_held_by_the_state(nlp: Language) -> None:
    text = "The group said at least 26 people had died in interrogation centres since January."
    ev = _one(_with_actors(nlp, text), "killing")
    roles = _roles(ev)
    assert any("Detainees" in a.aliases for a in roles["victim"])
    assert [a.name for a in roles["perpetrator"]] == ["Security forces"]


def test_a_group_chanting_slogans_is_protesters(nlp: Language) -> None:
    text = "Officers on motorcycles fired paintball guns at a group chanting slogans."
    (ev,) = _with_actors(nlp, text)
    assert any(a.name == "Protesters" and a.text == "group" for a in ev.actors)


def test_the_wounded_belong_to_a_killing_unless_a_crackdown_claims_them(nlp: Language) -> None:
    (kill,) = events(
        nlp, "Border guards shot dead three porters and wounded two others near Baneh on Thursday."
    )
    assert {(m.kind, m.value) for m in kill.magnitudes} == {("fatalities", 3), ("injuries", 2)}
    text = (
        "One protester was killed and at least 25 people were wounded in Baghdad on Monday "
        "when security forces fired tear gas and rubber bullets at the crowd."
    )
    evs = events(nlp, text)
    wounded = [e.type for e in evs for m in e.magnitudes if m.kind == "injuries"]
    assert wounded == ["repression"]


def test_those_who_say_they_were_beaten_are_the_victims(nlp: Language) -> None:
    text = "Two opposition activists released on Wednesday said officers had beaten them in a police bus."
    ev = _one(_with_actors(nlp, text), "torture")
    assert any(a.text == "opposition activists" for a in _roles(ev)["victim"])


def test_fans_and_supporters_are_actors(nlp: Language) -> None:
    (ev,) = [
        e
        for e in _with_actors(nlp, "Groups of fans chanted slogans against the government.")
        if e.type == "protest"
    ]
    assert [a.text for a in _roles(ev)["initiator"]] == ["fans"]


def test_a_participle_describing_a_noun_makes_it_the_doer(nlp: Language) -> None:
    text = "Lawyers shared videos of officers striking seated protesters with batons in Paris."
    (ev,) = [e for e in _with_actors(nlp, text) if e.type == "repression"]
    assert [a.text for a in _roles(ev)["perpetrator"]] == ["officers"]


def test_a_relative_pronoun_stands_for_the_noun_it_describes(nlp: Language) -> None:
    text = (
        "The judiciary said it had released on bail a labour activist "
        "who had been arrested in Tehran last week."
    )
    ev = _one(_with_actors(nlp, text), "arrest")
    assert [a.text for a in _roles(ev)["victim"]] == ["labour activist"]


def test_members_of_a_body_are_that_body(nlp: Language) -> None:
    ev = _one(
        _with_actors(nlp, "Gunmen killed three members of the security forces in Zahedan on Friday."),
        "killing",
    )
    (victim,) = _roles(ev)["victim"]
    assert victim.name == "Security forces" and "members" in victim.aliases


def test_a_country_strike_is_by_its_military(nlp: Language) -> None:
    text = "A US drone strike killed a commander of Kataib Hezbollah in Baghdad on Wednesday."
    ev = _one(_with_actors(nlp, text), "attack")
    roles = _roles(ev)
    assert [a.name for a in roles["perpetrator"]] == ["United States Armed Forces"]
    assert [a.name for a in roles["victim"]] == ["Kataib Hezbollah"]  # the commander's group


def test_the_terrorists_are_the_group_the_story_named(nlp: Language) -> None:
    text = (
        "The terrorist group Jaish al-Adl attacked a border post near Saravan.\n\n"
        "Security forces later killed three of the terrorists."
    )
    evs = _with_actors(nlp, text)
    # the armed men's deaths are the toll of a clash, an attack of their own (test_events_types_s12)
    (ev,) = [e for e in evs if e.trigger.text == "killed"]
    (victim,) = _roles(ev)["victim"]
    assert "Jaish al-Adl" in (victim.name, *victim.aliases)
    (attack,) = [e for e in evs if e.trigger.text == "attacked"]
    assert [a.name for a in _roles(attack)["perpetrator"]] == ["Jaish al-Adl"]


def test_people_arrested_in_a_protest_story_belong_to_its_group(nlp: Language) -> None:
    text = (
        "Farmers blocked motorways around Paris for a third day on Tuesday.\n\n"
        "Police arrested 79 people at a food market south of the capital."
    )
    ev = _one(_with_actors(nlp, text), "arrest")
    (victim,) = _roles(ev)["victim"]
    assert victim.text == "people" and "Farmers" in victim.aliases


def test_an_attack_that_targets_forces_names_them_target(nlp: Language) -> None:
    ev = _one(_with_actors(nlp, "A drone attack targeted US forces at the base on Sunday."), "attack")
    assert [a.name for a in _roles(ev)["target"]] == ["United States Armed Forces"]


def test_the_other_side_of_a_clash(nlp: Language) -> None:
    text = "Border guards were wounded in a clash with armed drug smugglers near Saravan on Monday."
    ev = _one(_with_actors(nlp, text), "attack")
    assert [a.text for a in _roles(ev)["target"]] == ["armed drug smugglers"]


def test_a_person_named_beside_a_description(nlp: Language) -> None:
    text = "Security forces arrested his brother, Karwan Azizi, on Tuesday."
    ev = _one(_with_actors(nlp, text), "arrest")
    (victim,) = _roles(ev)["victim"]
    assert victim.text == "Karwan Azizi" and "brother" in victim.aliases


def test_property_and_its_owner_are_targets(nlp: Language) -> None:
    text = "Rioters burned eleven offices of the United Socialist Party of Venezuela on Monday."
    ev = _one(_with_actors(nlp, text), "riot")
    assert [a.name for a in _roles(ev)["target"]] == ["United Socialist Party of Venezuela"]
    ev = _one(_with_actors(nlp, "A crowd stormed a prison on Friday and freed hundreds of inmates."), "riot")
    assert [a.text for a in _roles(ev)["target"]] == ["prison"]


def test_an_internet_shutdown_is_by_the_authorities(nlp: Language) -> None:
    text = (
        "Police beat students in Dhaka on Thursday. "
        "Mobile internet services have been cut nationwide since Thursday night."
    )
    (ev,) = [e for e in _with_actors(nlp, text) if e.subtype == "internet_shutdown"]
    assert [a.name for a in _roles(ev)["perpetrator"]] == ["Authorities"]


def test_the_head_noun_decides_who_a_phrase_names(nlp: Language) -> None:
    ev = _one(
        _with_actors(nlp, "Border guards shot dead a young Baluch fuel porter near Saravan."), "killing"
    )
    assert [a.text for a in _roles(ev)["victim"]] == ["porter"]
    text = "Military intelligence officers took away nine volunteers in Omdurman on Sunday."
    ev = _one(_with_actors(nlp, text), "arrest")
    assert [a.text for a in _roles(ev)["perpetrator"]] == ["Military intelligence"]


def test_two_others_are_more_of_the_same_group(nlp: Language) -> None:
    text = "Security forces killed three of the militants and arrested two others near Saravan."
    ev = _one(_with_actors(nlp, text), "arrest")
    assert [a.name for a in _roles(ev)["victim"]] == ["Militants"]


def test_the_story_group_of_a_students_protest(nlp: Language) -> None:
    text = (
        "DHAKA (Wire) - Bangladesh imposed a curfew on Friday after a week of unrest.\n\n"
        "Thousands of students marched through Dhaka on Thursday to demand an end to quotas.\n\n"
        "Police arrested 40 people in Dhaka on Saturday."
    )
    ev = _one(_with_actors(nlp, text), "arrest")
    (victim,) = _roles(ev)["victim"]
    assert "Students" in victim.aliases


def test_government_forces_of_a_country_are_its_army(nlp: Language) -> None:
    text = "Syrian government forces shelled the town on Monday, killing six children."
    ev = _one(_with_actors(nlp, text), "attack")
    assert [a.name for a in _roles(ev)["perpetrator"]] == ["Syrian Armed Forces"]


def test_people_at_a_funeral_protest_are_mourners(nlp: Language) -> None:
    text = "Hundreds of people chanted slogans at the funeral of the two brothers in Baneh on Sunday."
    ev = _one(_with_actors(nlp, text), "protest")
    assert any("Mourners" in a.aliases for a in _roles(ev)["initiator"])


def test_a_possessive_names_the_one_arrested(nlp: Language) -> None:
    text = "Ekrem Imamoglu was detained on Wednesday. A court ordered his arrest on Sunday."
    evs = [e for e in _with_actors(nlp, text) if e.type == "arrest"]
    later = max(evs, key=lambda e: e.trigger.start)
    assert [a.name for a in _roles(later)["victim"]] == ["Ekrem İmamoğlu"]


def test_it_is_the_body_named_before(nlp: Language) -> None:
    text = "The Department of State Services said it had arrested seven tailors in Kano."
    ev = _one(_with_actors(nlp, text), "arrest")
    roles = _roles(ev)
    assert [a.name for a in roles["perpetrator"]] == ["Department of State Services"]
    assert [a.text for a in roles["victim"]] == ["tailors"]


def test_members_named_by_their_body_are_the_body(nlp: Language) -> None:
    text = "RSF fighters attacked El Geneina in West Darfur, killing hundreds of Masalit civilians."
    ev = _one(_with_actors(nlp, text), "attack")
    roles = _roles(ev)
    assert [a.name for a in roles["perpetrator"]] == ["Rapid Support Forces"]
    assert any("Masalit civilians" in a.aliases for a in roles["victim"])  # the description as written


def test_who_storms_a_sit_in_does_not_hold_it(nlp: Language) -> None:
    text = "Men in RSF uniforms stormed the sit-in outside the army headquarters in Khartoum."
    for ev in _with_actors(nlp, text):
        if ev.type == "protest":
            assert all(a.name != "Rapid Support Forces" for a in _roles(ev).get("initiator", []))


def test_men_in_a_force_uniform_are_that_force(nlp: Language) -> None:
    from eventwire.extract.actor_roles import in_uniform
    from eventwire.resolve.actors import ActorDictionary, find_actors

    doc = nlp("Men in RSF uniforms beat the demonstrators.")
    known = find_actors(doc, ActorDictionary.load())
    force = in_uniform(doc[0], known, "perpetrator")
    assert force is not None and force.name == "Rapid Support Forces" and force.role == "perpetrator"


def test_the_intelligence_service_arrests(nlp: Language) -> None:
    text = "The intelligence service arrested at least 30 people in Zahedan since Friday."
    ev = _one(_with_actors(nlp, text), "arrest")
    assert [a.name for a in _roles(ev)["perpetrator"]] == ["Intelligence agents"]


def test_an_implied_executioner_is_the_judicial_authorities(nlp: Language) -> None:
    text = "Two men sentenced to death for killing a guard were hanged in Shiraz on Sunday."
    ev = _one(_with_actors(nlp, text), "execution")
    (perp,) = _roles(ev)["perpetrator"]
    assert perp.name == "judiciary" and "authorities" in perp.aliases


def test_people_at_a_protest_go_by_both_protester_names(nlp: Language) -> None:
    text = (
        "Thousands protest over power cuts in Basra\n\n"
        "Police arrested at least 17 people in Basra on Friday, an officer said."
    )
    ev = _one(_with_actors(nlp, text), "arrest")
    (victim,) = _roles(ev)["victim"]
    assert {"Protesters", "demonstrators"} <= set(victim.aliases)


def test_an_execution_victim_named_in_its_sentence(nlp: Language) -> None:
    text = "Three Kurdish political prisoners are at imminent risk of execution in Urmia, rights groups said."
    (ev,) = [e for e in _with_actors(nlp, text) if e.type == "execution"]
    victims = _roles(ev)["victim"]
    assert [a.name for a in victims] == ["Prisoners"]
    assert all(a.name != "Rights groups" for a in victims)  # who says it is not who suffers it


@pytest.mark.parametrize(
    "text",
    [
        "The Security Media Cell said a rocket attack hit the Green Zone on Tuesday, wounding two people.",
        "The Israeli military said a rocket attack from Lebanon wounded three soldiers near the border.",
        "According to the Nigerian Army, a bomb blast killed seven people at a market in Maiduguri.",
        "The Rapid Support Forces said on Monday that a drone strike hit a market in El Fasher, killing 14.",
    ],
)
def test_who_reports_an_attack_is_not_its_doer(nlp: Language, text: str) -> None:
    speaker = text.split(" said")[0].removeprefix("The ").removeprefix("According to the ").split(",")[0]
    for ev in _with_actors(nlp, text):
        for a in _roles(ev).get("perpetrator", []):
            assert speaker.split()[-1] not in (a.text or a.name)  # the reporter is not the attacker
            assert a.name not in ("Security Media Cell", "Israel Defense Forces", "Nigerian Army")
            assert a.name != "Rapid Support Forces"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The Houthis said they attacked a cargo ship in the Red Sea on Tuesday.", "Houthis"),
        ("Hamas said on Monday that its fighters attacked an army post near Gaza City.", "Hamas"),
        ("Al-Shabaab said it carried out a suicide attack on a military base in Baidoa.", "Al-Shabaab"),
    ],
)
def test_who_reports_its_own_attack_is_its_doer(nlp: Language, text: str, doer: str) -> None:
    ev = next(e for e in _with_actors(nlp, text) if e.type == "attack")
    assert doer in [a.name for a in _roles(ev)["perpetrator"]]


@pytest.mark.parametrize(
    "text",
    [
        "Residents gathered at the market on Monday when a shell landed, killing 23 people.",
        "Worshippers were praying in the mosque when a bomb went off, killing 11 people.",
        "Shoppers queued outside a bakery in Aleppo when an air strike hit, killing nine people.",
    ],
)
def test_people_gathering_do_not_do_the_killing_after_them(nlp: Language, text: str) -> None:
    for ev in _with_actors(nlp, text):
        for a in _roles(ev).get("perpetrator", []):
            assert a.text is None or a.text.lower() not in ("residents", "worshippers", "shoppers")


def test_a_toll_clause_after_an_attack_keeps_its_doer(nlp: Language) -> None:
    text = "Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing 23 people."
    evs = _with_actors(nlp, text)
    assert any(a.name == "Gunmen" and a.role == "perpetrator" for e in evs for a in e.actors)


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        (
            "Several hundred nurses formed a human chain outside the hospital in what organisers "
            "called a warning strike.",
            "strike",
            100,
        ),
        (
            "On Saturday, several hundred civil servants, doctors and teachers formed a human chain in "
            'what organisers called a "warning strike", and others signed letters.',
            "strike",
            100,
        ),
    ],
)
def test_a_naming_takes_the_count_of_the_clause_it_recasts(
    nlp: Language, text: str, etype: str, value: int
) -> None:
    ev = next(e for e in _with_actors(nlp, text) if e.type == etype)
    assert [m.value for m in ev.magnitudes if m.kind == "participants"] == [value]


def test_a_naming_keeps_the_figures_of_its_own_phrase(nlp: Language) -> None:
    from eventwire.extract.binding_magnitudes import naming_governor

    doc = nlp("Shopkeepers closed their shops in what rights groups called a general strike across 16 towns.")
    strike = next(t for t in doc if t.lower_ == "strike")
    gov = naming_governor(strike)
    assert gov is not None and gov.lower_ == "closed"
    assert naming_governor(next(t for t in doc if t.lower_ == "closed")) is None


# ---------------------------------------------------------------- actors: parse repairs and descriptions


def _names(ev: Event, role: str) -> set[str]:
    return {n for a in _roles(ev).get(role, []) for n in (a.name, a.text or "", *a.aliases)}


def test_a_subject_hung_on_a_fronted_participle_is_the_doer(nlp: Language) -> None:
    text = (
        "Supporters of the ruling party, armed with sticks and stones, attacked a student camp in the city."
    )
    (ev,) = [e for e in _with_actors(nlp, text) if e.trigger.text == "attacked"]
    doers = _names(ev, "perpetrator") | _names(ev, "initiator")
    assert any("upporters" in n for n in doers)


def test_the_accused_does_the_act(nlp: Language) -> None:
    from eventwire.extract.binding import bind_actors
    from eventwire.resolve.actors import ActorDictionary, find_actors

    doc = nlp("The rebels accused the air force of killing 14 civilians in strikes on a crowded market.")
    known = find_actors(doc, ActorDictionary.load())
    killing = next(t for t in doc if t.text == "killing")
    actors = bind_actors(killing, [killing.i], "killing", None, known)
    assert [a.text for a in actors if a.role == "perpetrator"] == ["air force"]
    assert [a.text for a in actors if a.role == "victim"] == ["civilians"]
    strikes = next(t for t in doc if t.text == "strikes")  # the nominal attack takes the verb's arguments
    actors = bind_actors(strikes, [strikes.i], "attack", "air_strike", known)
    assert "air force" in {a.text for a in actors if a.role == "perpetrator"}


def test_those_called_on_to_demonstrate_initiate(nlp: Language) -> None:
    text = (
        "The exiled leader's office called on nurses abroad to demonstrate outside the embassies on Monday."
    )
    ev = _one(_with_actors(nlp, text), "protest")
    assert "nurses" in _names(ev, "initiator")
    assert any("office" in n for n in _names(ev, "initiator"))  # who calls it initiates it too


def test_the_injured_of_a_when_clause_are_the_victims(nlp: Language) -> None:
    text = "Four police officers were wounded when protesters hurled rocks at them near the court."
    ev = _one(_with_actors(nlp, text), "riot")
    assert "police officers" in _names(ev, "victim")
    assert "protesters" in _names(ev, "initiator")


def test_every_agent_of_a_killing_is_a_perpetrator(nlp: Language) -> None:
    text = (
        "Dozens of villagers were killed on Friday, most of them shot by soldiers or by allied armed groups."
    )
    ev = _one(_with_actors(nlp, text), "killing")
    names = _names(ev, "perpetrator")
    assert "soldiers" in names and any("armed groups" in n for n in names)


def test_a_crackdown_by_two_forces_has_both(nlp: Language) -> None:
    text = "Hundreds of people were killed in a crackdown by the army and armed groups in 2019."
    ev = _one(_with_actors(nlp, text), "killing")
    assert any("armed groups" in n for n in _names(ev, "perpetrator"))


def test_a_name_they_are_known_by_is_an_alias(nlp: Language) -> None:
    text = "Armed gangs, known locally as bandits, killed 20 farmers in Zamfara state on Sunday."
    ev = _one(_with_actors(nlp, text), "killing")
    assert "bandits" in _names(ev, "perpetrator")


def test_men_believed_to_be_officers_are_the_officers(nlp: Language) -> None:
    text = "Two activists were abducted in Nakuru by men believed to be plainclothes police officers."
    ev = _one(_with_actors(nlp, text), "arrest")
    names = _names(ev, "perpetrator")
    assert any("police officers" in n for n in names)


def test_those_included_describe_the_same_victims(nlp: Language) -> None:
    text = "Police detained 40 people, including three journalists, outside the court in Tbilisi."
    ev = _one(_with_actors(nlp, text), "arrest")
    assert any("journalists" in n for n in _names(ev, "victim"))


def test_a_crowd_fired_at_is_a_target_and_the_beaten_are_victims(nlp: Language) -> None:
    fired = _one(_with_actors(nlp, "Riot police fired rubber bullets at a crowd of students."), "repression")
    assert _roles(fired).get("target") and not _roles(fired).get("victim")
    beaten = _one(_with_actors(nlp, "Soldiers beat the demonstrators with rifle butts."), "repression")
    assert "demonstrators" in _names(beaten, "victim")


def test_violent_groups_are_an_armed_group(nlp: Language) -> None:
    text = "Police arrested dozens of people after violent groups attacked a police station."
    ev = _one(_with_actors(nlp, text), "attack")
    (perp,) = _roles(ev)["perpetrator"]
    assert perp.text == "violent groups" and perp.kind == "armed_group"


def test_the_victim_of_a_death_in_custody_hung_on_the_verb(nlp: Language) -> None:
    text = "The uprising that followed the death in custody of Ali Rezaei spread to 80 cities."
    ev = _one(_with_actors(nlp, text), "killing")
    assert "Ali Rezaei" in _names(ev, "victim")


def test_an_unseen_gunman_is_an_unidentified_armed_group(nlp: Language) -> None:
    ev = _one(
        _with_actors(nlp, "A journalist was shot dead outside his home in Culiacan on Monday."), "killing"
    )
    (perp,) = _roles(ev)["perpetrator"]
    assert (
        perp.text is None
        and perp.name == "Unidentified Armed Group"
        and "unidentified gunmen" in perp.aliases
    )


def test_his_arrest_is_of_the_man_named_before(nlp: Language) -> None:
    text = "Hossein Mirzaei, 41, has been on hunger strike since June. His arrest in April sparked protests."
    ev = _one(_with_actors(nlp, text), "arrest")
    assert "Hossein Mirzaei" in _names(ev, "victim")


def test_a_pronoun_is_not_a_modifier_or_the_one_told(nlp: Language) -> None:
    text = (
        "A student who was freed on Sunday told the Observatory that he was held in a container, "
        "beaten with cables and subjected to mock executions."
    )
    torture = [e for e in _with_actors(nlp, text) if e.type == "torture"]
    assert torture and all("Observatory" not in _names(e, "victim") for e in torture)
    assert all("student" not in _names(e, "perpetrator") for e in torture)


def test_its_warplanes_are_the_forces_named_before(nlp: Language) -> None:
    text = "The army has lost ground in the west. Its warplanes bombed a market in the town on Friday."
    ev = _one(_with_actors(nlp, text), "attack")
    assert any("army" in n.lower() or n == "Military" for n in _names(ev, "perpetrator"))


def test_a_strike_called_by_a_union_is_its_strike(nlp: Language) -> None:
    text = "The general strike, called by the teachers' union and backed by parents, shut schools on Monday."
    evs = [e for e in _with_actors(nlp, text) if e.type == "strike"]
    assert evs and any(any("union" in n.lower() for n in _names(e, "initiator")) for e in evs)


def test_an_attack_also_harms_those_its_doers_killed(nlp: Language) -> None:
    text = "Militants burned dozens of homes in the village and killed nine farmers on Saturday."
    evs = [e for e in _with_actors(nlp, text) if e.type == "attack"]
    assert evs and any("farmers" in _names(e, "victim") for e in evs)


def test_where_someone_died_is_no_victim(nlp: Language) -> None:
    text = "A teacher detained last month was pronounced dead at the military hospital in Port Sudan."
    ev = _one(_with_actors(nlp, text), "killing")
    assert all("military" not in n.lower() for n in _names(ev, "victim"))
    assert "detainee" in _names(ev, "victim")  # someone described as detained


def test_a_dateline_is_no_victim(nlp: Language) -> None:
    ev = _one(_with_actors(nlp, "TABRIZ (State Wire) — Two men were hanged at dawn on Sunday."), "execution")
    assert all("TABRIZ" not in n for n in _names(ev, "victim"))


def test_several_are_of_the_group_just_named(nlp: Language) -> None:
    text = "Lawyers for the detainees said several had been beaten during their arrest."
    ev = _one(_with_actors(nlp, text), "repression")
    assert "detainees" in _names(ev, "victim")
    assert "police" in _names(ev, "perpetrator")  # a beating is done by security forces


def test_the_group_is_the_named_group_before(nlp: Language) -> None:
    text = (
        "Al-Shabaab said in a statement that its fighters had stormed the base near Mogadishu. "
        "The group has claimed more than 40 attacks on government forces since March."
    )
    evs = [e for e in _with_actors(nlp, text) if e.type == "attack" and "40" in e.evidence.text]
    assert evs and any("the group" in _names(e, "perpetrator") for e in evs)


def test_the_party_is_not_its_leader(nlp: Language) -> None:
    text = (
        "Supporters of jailed opposition leader Ahmed Farouk and his Nation Party marched in the capital. "
        "Farouk's deputy vowed that the party would return to the streets on Friday."
    )
    evs = [e for e in _with_actors(nlp, text) if e.type == "protest" and "Friday" in e.evidence.text]
    for ev in evs:
        assert all("Ahmed Farouk" not in a.aliases for a in _roles(ev).get("initiator", []))


def test_victims_listed_after_including(nlp: Language) -> None:
    text = "Dozens of dissidents were arrested on Monday, including the novelist Karim Haddad."
    ev = _one(_with_actors(nlp, text), "arrest")
    assert "novelist" in _names(ev, "victim")


def test_a_building_shattered_by_an_explosion_is_its_target(nlp: Language) -> None:
    text = "The courthouse in the city centre was shattered by a car bomb explosion on Tuesday."
    evs = [e for e in _with_actors(nlp, text) if e.type == "attack"]
    assert evs and any(any("courthouse" in n for n in _names(e, "target")) for e in evs)


def test_his_supporters_are_the_named_mans(nlp: Language) -> None:
    text = (
        "Opposition leader Daniel Mensah was jailed in March. "
        "Days later his supporters set fire to a police station in Kumasi."
    )
    evs = [e for e in _with_actors(nlp, text) if e.type == "riot"]
    assert evs and any("supporters of Daniel Mensah" in _names(e, "initiator") for e in evs)


def test_its_is_a_body_not_plural_soldiers(nlp: Language) -> None:
    text = (
        "Soldiers of the Myanmar army were deployed to Magway on Sunday.\n"
        "A resistance group said its fighters had detonated a mine under a military truck near Monywa, "
        "killing 11 soldiers."
    )
    evs = [e for e in _with_actors(nlp, text) if e.type == "attack"]
    assert evs and all("resistance group" in _names(e, "perpetrator") for e in evs)
    assert all("Tatmadaw" not in {a.name for a in _roles(e)["perpetrator"]} for e in evs)


def test_victims_coded_alike_keep_each_written_word(nlp: Language) -> None:
    from eventwire.extract.binding import bind_actors
    from eventwire.resolve.actors import ActorDictionary, find_actors

    doc = nlp("Gunmen killed five men and three children in the village.")
    known = find_actors(doc, ActorDictionary.load())
    killed = next(t for t in doc if t.text == "killed")
    victims = [a for a in bind_actors(killed, [killed.i], "killing", None, known) if a.role == "victim"]
    assert any(a.text == "men" and "children" in a.aliases for a in victims)


def test_a_victim_named_only_by_a_proper_noun_is_a_person(nlp: Language) -> None:
    from eventwire.extract.binding import bind_actors

    doc = nlp("Tamerlan, 26, died after a gunfight with police.")
    died = next(t for t in doc if t.text == "died")
    victims = [a for a in bind_actors(died, [died.i], "killing", None, ()) if a.role == "victim"]
    assert [a.text for a in victims] == ["Tamerlan"]


def test_unnamed_doers_of_a_riot_are_rioters(nlp: Language) -> None:
    text = "A mob of thugs set fire to the offices of the election commission in the town on Monday."
    evs = [e for e in _with_actors(nlp, text) if e.type == "riot"]
    assert evs and any("rioters" in _names(e, "initiator") for e in evs)


@pytest.mark.parametrize(
    ("noun", "kind"),
    [
        ("hostages", "civilians"),
        ("vigilantes", "armed_group"),
        ("looters", "protesters"),
        ("monks", "religious"),
    ],
)
def test_generic_nouns_have_a_kind(nlp: Language, noun: str, kind: str) -> None:
    from eventwire.extract.actor_roles import actor_at

    doc = nlp(f"Police arrested the {noun} on Monday.")
    tok = next(t for t in doc if t.text == noun)
    found = actor_at(tok, (), "victim")
    assert found is not None and found.kind == kind


def test_air_strikes_are_no_protest_setting(nlp: Language) -> None:
    ev = _one(_with_actors(nlp, "Drone strikes killed at least 14 people in the north on Friday."), "attack")
    assert all("Protesters" not in a.aliases for a in _roles(ev).get("victim", []))


def test_conjoined_verbs_share_their_object(nlp: Language) -> None:
    text = "Riot police beat and detained dozens of opposition supporters outside the election commission."
    evs = _with_actors(nlp, text)
    beaten = [e for e in evs if e.trigger.text == "beat"]
    assert beaten and "opposition supporters" in _names(beaten[0], "victim")


def test_the_leader_of_a_party_named_after_it(nlp: Language) -> None:
    text = "Police arrested the leader of the opposition party, Ahmed Hassan, at his home in Cairo."
    ev = _one(_with_actors(nlp, text), "arrest")
    (victim,) = _roles(ev)["victim"]
    assert victim.text == "Ahmed Hassan" and "leader" in victim.aliases


def test_the_other_side_of_a_verbal_clash_is_the_target(nlp: Language) -> None:
    ev = _one(_with_actors(nlp, "Protesters clashed with police in central Tbilisi on Sunday night."), "riot")
    assert "police" in _names(ev, "target")


def test_a_force_named_by_its_checkpoint_did_not_attack_it(nlp: Language) -> None:
    text = "A car bomb exploded near a police checkpoint in Mogadishu, killing five officers."
    evs = [e for e in _with_actors(nlp, text) if e.type == "attack"]
    assert evs and all(a.text is None for e in evs for a in _roles(e).get("perpetrator", []))


def test_after_being_tortured_is_said_of_the_one_who_died(nlp: Language) -> None:
    text = "Mohammad Ghobadlou, 23, died in custody after being tortured by interrogators, his lawyer said."
    ev = _one(_with_actors(nlp, text), "torture")
    assert "Mohammad Ghobadlou" in _names(ev, "victim")
    assert "interrogators" in _names(ev, "perpetrator")


def test_where_a_shooting_happened_is_no_victim(nlp: Language) -> None:
    text = "Gunmen on motorcycles opened fire on worshippers at a mosque in Kano state, killing 12."
    evs = [e for e in _with_actors(nlp, text) if e.type in ("killing", "attack")]
    assert evs and all("mosque" not in _names(e, "victim") for e in evs)


def test_a_raid_is_on_those_it_beat(nlp: Language) -> None:
    text = "Troops raided the protest camp at dawn, beating students and journalists and arresting nine."
    evs = [e for e in _with_actors(nlp, text) if e.trigger.text == "raided"]
    assert evs and "students" in _names(evs[0], "target") | _names(evs[0], "victim")


def test_shops_shut_on_a_groups_strike_call_are_its_strike(nlp: Language) -> None:
    text = (
        "Markets in Peshawar stayed closed on Monday after the teachers' strike call spread to the bazaars."
    )
    ev = _one(_with_actors(nlp, text), "strike")
    names = _names(ev, "initiator")
    assert "teachers" in names and "shopkeepers" in names


def test_part_of_a_building_is_the_building(nlp: Language) -> None:
    ev = _one(
        _with_actors(nlp, "Crowds set part of the parliament building on fire in Nairobi on Tuesday."), "riot"
    )
    assert any("parliament" in n.lower() for n in _names(ev, "target"))


def test_things_thrown_or_driven_stand_for_who_wielded_them(nlp: Language) -> None:
    text = "Two police officers were injured by stones and petrol bombs thrown by hooded youths downtown."
    ev = _one(_with_actors(nlp, text), "riot")
    assert "hooded youths" in _names(ev, "initiator")
    text = "Two Rangers were killed when a vehicle driven by protesters rammed into them on the highway."
    ev = _one(_with_actors(nlp, text), "attack")
    assert "protesters" in _names(ev, "perpetrator") and "protesters" not in _names(ev, "victim")


def test_her_supporters_are_the_callers(nlp: Language) -> None:
    text = "The opposition leader Maria Lopez called on her supporters to gather on Saturday in every city."
    ev = _one(_with_actors(nlp, text), "protest")
    assert "supporters of Maria Lopez" in _names(ev, "initiator")


def test_a_bare_participle_after_a_report_is_passive(nlp: Language) -> None:
    from eventwire.extract.binding import bind_actors

    doc = nlp(
        "The government said 40 people had been arrested and monitors reported at least nine people killed."
    )
    killed = next(t for t in doc if t.text == "killed")
    actors = bind_actors(killed, [killed.i], "killing", None, ())
    assert not [a for a in actors if a.role == "perpetrator" and a.text]
    assert [a.text for a in actors if a.role == "victim"] == ["people"]


def test_a_participle_with_an_object_is_active(nlp: Language) -> None:
    ev = _one(
        _with_actors(nlp, "Security forces arrested at least five students in Tabriz, HRANA said."), "arrest"
    )
    assert "Security forces" in _names(ev, "perpetrator") and "students" in _names(ev, "victim")


def test_an_arrests_victims_named_by_their_noun_are_not_also_named_detainees(nlp: Language) -> None:
    ev = _one(
        _with_actors(nlp, "Police in the capital detained 40 students after the rally, a spokesman said."),
        "arrest",
    )
    victims = _roles(ev).get("victim", [])
    names = {n for a in victims for n in (*a.aliases, *(x.name for x in a.inferred_names))}
    assert victims and "detainee" not in names


def test_the_bare_people_an_arrest_held_are_still_detainees(nlp: Language) -> None:
    ev = _one(
        _with_actors(nlp, "Police in the capital detained 40 people after the rally, a spokesman said."),
        "arrest",
    )
    victims = _roles(ev).get("victim", [])
    assert any(x.name == "detainee" for a in victims for x in a.inferred_names)
