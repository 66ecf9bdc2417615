"""Retellings that the first pass of coreference used to leave apart (session 5, issue 4.1).

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import Draft, merge_drafts
from eventwire.records import Actor, Span, Time
from tests.extract.test_coref import _day, _mag, _place, _span, draft


def _inferred(day: str) -> Time:
    """A date the mention took from its paragraph or the article, not from its own sentence."""
    return Time(day, 0, len(day), day, day, day, "day", "document")


def _heading(etype: str, text: str, start: int, para: int) -> Draft:
    """A headline or section heading: a line of its own with no closing stop."""
    d = draft(etype, text, start, para=para, time=_inferred("2026-01-20"))
    return replace(d, evidence=Span(text, start, start + len(text)), time_inferred=True)


def _perpetrator(name: str, start: int) -> Actor:
    return Actor(name, start, start + len(name), name, (), "state", "perpetrator", None)  # type: ignore[arg-type]


def test_a_lead_that_names_the_toll_joins_the_body_that_tells_it() -> None:
    # "... and investigate the killing of at least four people by soldiers in Kampala on election
    # night." (para 1, dated by the release) ... nine paragraphs down: "On the night of January 15,
    # soldiers fired live ammunition at a crowd ..., killing at least four people."
    lead = replace(
        draft(
            "killing",
            "killing",
            100,
            nominal=True,
            back_reference=True,
            mags=(_mag("fatalities", 4, 120),),
            time=_inferred("2026-02-18"),
            para=1,
        ),
        time_inferred=True,
    )
    fired = replace(
        draft(
            "killing", "fired live ammunition", 2000, sent_start=1980, time=_day("2026-01-15", 1985), para=10
        ),
        head=2000,
        linked=frozenset({2100}),
        subtype="shooting",
    )
    killing = replace(
        draft(
            "killing",
            "killing",
            2100,
            sent_start=1980,
            mags=(_mag("fatalities", 4, 2110),),
            time=_day("2026-01-15", 1985),
            para=10,
        ),
        head=2100,
        linked=frozenset({2000}),
    )
    (one,) = merge_drafts([lead, fired, killing])
    assert one.time is not None and one.time.start == "2026-01-15"  # the body's written date
    assert {one.trigger.start, *(m.start for m in one.mentions)} == {100, 2000, 2100}


def test_a_far_retelling_needs_a_count_of_three_or_more_and_no_other() -> None:
    # "At least 31 prisoners have been executed in the past ten days ..." ... (para 8) "At least 11 of
    # the 31 people executed in this period were Baluch."
    lead = draft("execution", "executed", 10, mags=(_mag("executions", 31, 0),), para=0)
    recap = draft("execution", "executed", 900, mags=(_mag("executions", 31, 880),), para=8)
    assert len(merge_drafts([lead, recap])) == 1
    # two deaths told in the lead and two far down are often two incidents
    pair = draft("killing", "killed", 10, mags=(_mag("fatalities", 2, 0),), para=0)
    other_pair = draft("killing", "killed", 900, mags=(_mag("fatalities", 2, 880),), para=8)
    assert len(merge_drafts([pair, other_pair])) == 2
    # "another 31 were executed": not the same
    another = replace(
        recap, evidence=_sentence("another 31 were ", "executed.", 897), trigger=_span("executed", 897)
    )
    assert len(merge_drafts([lead, another])) == 2


def test_a_section_heading_is_told_just_below_it() -> None:
    # "Tear gas fired onto a campus" (a heading, dated only by the release) / "On 8 October, police
    # fired tear gas and water cannon into the crowd."
    heading = replace(_heading("repression", "Tear gas fired onto a campus", 500, 5), subtype="dispersal")
    body = replace(
        draft("repression", "fired tear gas", 560, time=_day("2026-10-08", 540), para=6), subtype="dispersal"
    )
    (one,) = merge_drafts([heading, body])
    assert one.time is not None and one.time.start == "2026-10-08"
    # a heading ending on a quoted phrase is a heading too
    quoted = _heading("execution", 'Kurdish prisoner hanged after "forced confession"', 500, 3)
    hanged = draft("execution", "was hanged", 600, time=_day("2026-01-12", 620), para=4)
    assert len(merge_drafts([quoted, hanged])) == 1
    # but an act told many paragraphs below a heading is not its
    far = replace(hanged, para=9)
    assert len(merge_drafts([quoted, far])) == 2


def test_a_participle_of_the_clause_shares_its_act_whatever_date_each_was_given() -> None:
    # "Security forces opened fire on worshippers on Sept. 30, 2022, killing dozens of people": the
    # participle's date came from the paragraph, the clause's is written
    fired = replace(
        draft("killing", "opened fire", 10, sent_start=0, time=_day("2022-09-30", 60)),
        head=10,
        linked=frozenset({90}),
        subtype="shooting",
    )
    killing = replace(
        draft("killing", "killing", 90, sent_start=0, time=_inferred("2026-09-11")),
        head=90,
        linked=frozenset({10}),
        time_inferred=True,
    )
    (one,) = merge_drafts([fired, killing])
    assert one.time is not None and one.time.start == "2022-09-30"
    # "had burned eleven offices ..., and a municipal building had been set on fire": two acts, two
    # dates, not a participle
    burned = replace(fired, type="riot", subtype=None, trigger=_span("burned", 10), scope="aggregate")
    set_fire = replace(killing, type="riot", trigger=_span("set on fire", 90), scope="single")
    assert len(merge_drafts([burned, set_fire])) == 2


def test_deaths_with_no_named_killer_join_the_attack_told_just_below() -> None:
    # "Two police officers were killed by gunfire from a hillside, the minister said." ... "These were
    # armed groups who ambushed our police," the minister said.
    killed = draft("killing", "killed", 10, status="attributed", source="minister", claim_id="c1", para=1)
    ambushed = replace(
        draft("attack", "ambushed", 300, status="attributed", source="minister", claim_id="c2", para=2),
        head_lemma="ambush",
    )
    (one,) = merge_drafts([killed, ambushed])
    assert one.type == "attack"
    # "Troops killed at least seven villagers ... after shelling the area": the troops did two things
    by_troops = replace(killed, actors=(_perpetrator("troops", 0),))
    shelling = replace(ambushed, trigger=_span("shelling", 300), head_lemma="shell")
    assert len(merge_drafts([by_troops, shelling])) == 2
    # another speaker's attack, with no toll of its own, is no account of the deaths
    other_voice = replace(ambushed, source=replace(ambushed.source, name="army") if ambushed.source else None)
    assert len(merge_drafts([killed, other_voice])) == 2


def test_an_attack_and_the_same_toll_told_by_the_narrator_are_one_event() -> None:
    # "Gunmen attacked a road camp in Yahukimo, killing four workers" ... (next paragraph) "The four
    # workers were killed ..."
    attack = replace(
        draft("attack", "attacked", 10, mags=(_mag("fatalities", 4, 40),), para=1), head_lemma="attack"
    )
    killed = draft("killing", "killed", 300, mags=(_mag("fatalities", 4, 280),), para=2)
    (one,) = merge_drafts([attack, killed])
    assert one.type == "attack"


def test_a_participle_does_not_assert_what_its_clause_calls_for() -> None:
    # "The union urged members to march on parliament on Friday, chanting for higher wages": the
    # march is predicted; the participle tied to it does not make it asserted
    march = replace(
        draft("protest", "march", 10, sent_start=0, status="predicted", source="union", claim_id="c1"),
        head=10,
        linked=frozenset({60}),
    )
    chanting = replace(draft("protest", "chanting", 60, sent_start=0), head=60, linked=frozenset({10}))
    (one,) = merge_drafts([march, chanting])
    assert one.status == "predicted"
    assert one.source is not None and one.source.name == "union"


def test_an_account_just_after_the_report_is_not_dated_by_its_paragraph() -> None:
    # "She was detained by the morality police in Tehran on Sept. 13, 2022, and died in hospital three
    # days later. Her family has said she was beaten in the van that took her away." The account took
    # the death's date from its paragraph.
    detained = draft("arrest", "detained", 10, time=_day("2022-09-13", 40), para=3)
    took = replace(
        draft("arrest", "took her away", 300, status="attributed", source="family", claim_id="c1", para=3),
        time=_inferred("2022-09-16"),
        time_inferred=True,
    )
    (one,) = merge_drafts([detained, took])
    assert one.time is not None and one.time.start == "2022-09-13"
    # a protest goes on in many acts: "does not stop people protesting", said a director, is no account
    # of the 2019 protests
    protests = replace(detained, type="protest", trigger=_span("protests", 10), head_lemma="protest")
    protesting = replace(took, type="protest", trigger=_span("protesting", 300), head_lemma="protest")
    assert len(merge_drafts([protests, protesting])) == 2
    # nor is an account told paragraphs later with another date
    later = replace(took, para=6)
    assert len(merge_drafts([detained, later])) == 2


def _sentence(before: str, rest: str, trigger_at: int = 900) -> Span:
    """A sentence whose text runs up to the trigger at ``trigger_at``, offsets exact."""
    start = trigger_at - len(before)
    return Span(before + rest, start, start + len(before + rest))


def _victim(name: str, start: int) -> Actor:
    return Actor(name, start, start + len(name), name, (), "unknown", "victim", None)  # type: ignore[arg-type]


def test_a_named_person_dies_once_whatever_date_each_telling_gives() -> None:
    # "... as the country marked four years on Wednesday since Mahsa Amini died in custody." ...
    # "Amini ... died in hospital three days later [16 September 2022]."
    lead = replace(
        draft("killing", "died", 200, time=_day("2026-09-16", 100), para=0),
        actors=(_victim("Mahsa Amini", 180),),
    )
    body = replace(
        draft("killing", "died", 800, time=_day("2022-09-16", 820), para=3),
        actors=(_victim("Mahsa Amini", 600),),
    )
    (one,) = merge_drafts([lead, body])
    assert one.time is not None and one.time.start == "2022-09-16"  # the act's date, not the anniversary's
    # a person may be arrested many times: two written dates keep two arrests
    arrested = replace(lead, type="arrest", trigger=_span("arrested", 200))
    again = replace(body, type="arrest", trigger=_span("arrested", 800))
    assert len(merge_drafts([arrested, again])) == 2


def test_an_awaited_mention_joins_the_call_and_does_not_assert_it() -> None:
    # "CONAIE leaders say they have called a march on Quito for next Tuesday ... Residents stocked up on
    # fuel in anticipation of the march."
    called = draft(
        "protest",
        "march",
        100,
        status="predicted",
        source="CONAIE",
        claim_id="c1",
        nominal=True,
        time=_day("2026-03-17", 120),
        para=9,
    )
    awaited = replace(
        draft("protest", "march", 900, nominal=True, back_reference=True, para=12),
        evidence=_sentence("residents stocked up on fuel in anticipation of the ", "march."),
        time=_inferred("2026-03-12"),
        time_inferred=True,
    )
    (one,) = merge_drafts([called, awaited])
    assert one.status == "predicted"
    assert one.source is not None and one.source.name == "CONAIE"
    # "after the march" looks back, not forward: it does not join a call
    after = replace(awaited, evidence=_sentence("residents went home after the ", "march."))
    assert len(merge_drafts([called, after])) == 2


def test_firing_on_people_and_the_deaths_in_the_next_sentence_are_one_killing() -> None:
    # "Within minutes, police opened fire on the crowd with rifles and pistols. / At least three people
    # were killed in Siloé that night."
    fired = replace(
        draft("repression", "opened fire", 500, para=2), subtype="excessive_force", head_lemma="open"
    )
    killed = draft("killing", "killed", 580, mags=(_mag("fatalities", 3, 560),), para=3)
    (one,) = merge_drafts([fired, killed])
    assert one.type == "killing"
    # beatings are not the shooting: "officers beat protesters with batons. Two people died in hospital."
    beat = replace(fired, trigger=_span("beat", 500), head_lemma="beat")
    assert len(merge_drafts([beat, killed])) == 2
    # deaths told paragraphs away are not the next sentence's
    far = replace(killed, trigger=_span("killed", 1500), para=3)
    assert len(merge_drafts([fired, far])) == 2
    # a shooting with its own toll of wounded is an incident of its own ("fired at protesters, wounding two")
    wounding = replace(
        draft("attack", "fired at", 500, mags=(_mag("injuries", 2, 520),), para=2), subtype="shooting"
    )
    assert len(merge_drafts([wounding, killed])) == 2
    # "Just after 11.30pm a wave of shooting broke out ... a man was killed": many acts, not one
    wave = replace(
        draft("attack", "Shootings", 500, nominal=True, para=2), subtype="shooting", scope="aggregate"
    )
    assert len(merge_drafts([wave, replace(killed, scope="aggregate")])) == 2
    bare_noun = replace(wave, scope="single")  # a bare "gunfire" is no pointer to the one that killed
    assert len(merge_drafts([bare_noun, killed])) == 2


def _at(d: Draft, name: str, start: int) -> Draft:
    return replace(d, places=(_place(name, start),))


def test_the_same_written_day_and_place_is_the_same_act_unless_told_as_another() -> None:
    # "Seven men were hanged together in Qezel Hesar on Sunday ... According to IHRM, the seven men
    # executed in Qezel Hesar on Sunday were transferred to solitary confinement on Friday."
    hanged = _at(draft("execution", "hanged", 100, time=_day("2023-12-03", 140), para=1), "Qezel Hesar", 120)
    again = _at(draft("execution", "executed", 600, time=_day("2023-12-03", 640), para=4), "Qezel Hesar", 620)
    assert len(merge_drafts([hanged, again])) == 1
    # "Two other men were hanged in Qezel Hesar on Sunday": another act
    other = replace(
        again, evidence=_sentence("Two other men were ", "hanged.", 600), trigger=_span("hanged", 600)
    )
    assert len(merge_drafts([hanged, other])) == 2
    # another place the same day: another act
    elsewhere = _at(again, "Shiraz", 620)
    assert len(merge_drafts([hanged, elsewhere])) == 2


def test_a_relative_clause_pointing_back_at_a_death_joins_it_and_asserts_nothing() -> None:
    # "A man was shot dead by security forces in Shadegan on Saturday, activists said. ... On Monday,
    # the governor promised compensation to the family of the man who was killed."
    shot = draft(
        "killing",
        "shot dead",
        50,
        status="attributed",
        source="activists",
        claim_id="c1",
        time=_day("2024-07-20", 90),
    )
    family = replace(
        draft("killing", "killed", 1730, time=_day("2024-07-22", 1650), para=6), back_reference=True
    )
    (one,) = merge_drafts([shot, family])
    assert one.status == "attributed"  # the publisher only points back at the activists' account
    assert one.time is not None and one.time.start == "2024-07-20"


def test_a_denial_answers_the_report_just_above_it_not_one_far_up() -> None:
    # "Oviedo said a spokesperson's claim that 70 people had been 'kidnapped' in Parotani ..." (para 4)
    # ... nine paragraphs down: "Oviedo said no operation to detain Morales was planned": a denial of
    # another thing, its own negated record
    kidnapped = draft("arrest", "kidnapped", 100, status="attributed", source="Evista", claim_id="c1", para=4)
    denial = draft("arrest", "detain", 4000, status="negated", source="Oviedo", claim_id="c2", para=13)
    assert len(merge_drafts([kidnapped, denial])) == 2
    # "Police denied that anyone had died as a result of the operation." just below the report answers
    # it: a negated record of its own, beside the report
    near = replace(denial, para=5)
    one, answer = merge_drafts([kidnapped, near])
    assert (one.status, answer.status, answer.type) == ("attributed", "negated", "arrest")


def test_deaths_under_a_vehicle_driven_into_people_are_the_attacks_toll_unless_they_were_shot() -> None:
    # "Four Rangers and two policemen were killed when a vehicle driven by protesters rammed into them"
    killed = replace(
        draft("killing", "killed", 40, sent_start=0, mags=(_mag("fatalities", 6, 0),)),
        head=40,
        linked=frozenset({90}),
    )
    rammed = replace(
        draft("attack", "rammed into", 90, sent_start=0), head=90, head_lemma="ram", linked=frozenset({40})
    )
    (one,) = merge_drafts([killed, rammed])
    assert one.type == "attack"
    # "a man who was shot by soldiers when a military truck drove into a group of protesters": shot
    shot = replace(killed, trigger=_span("shot", 40), head_lemma="shoot", subtype="shooting")
    drove = replace(rammed, trigger=_span("drove into", 90), head_lemma="drive")
    assert len(merge_drafts([shot, drove])) == 2


def test_an_incident_named_inside_its_waves_sentence_is_a_record_of_its_own() -> None:
    # "At least 31 prisoners have been executed in the ten days between 10 and 19 January, including
    # six men who were hanged together in Ghezel Hesar Prison on Sunday morning."
    text = "At least 31 prisoners have been executed in ten days, including six men who were hanged together."
    sentence = Span(text, 0, len(text))
    wave = replace(
        draft(
            "execution", "executed", text.index("executed"), sent_start=0, mags=(_mag("executions", 31, 9),)
        ),
        evidence=sentence,
        scope="aggregate",
    )
    hanged = replace(
        draft("execution", "hanged", text.index("hanged"), sent_start=0), evidence=sentence, scope="single"
    )
    assert len(merge_drafts([wave, hanged])) == 2
    # without "including" the sentence tells one act ("31 prisoners were executed, hanged in groups")
    plain = "At least 31 prisoners have been executed in ten days, hanged in groups at dawn."
    wave2 = replace(wave, evidence=Span(plain, 0, len(plain)))
    hanged2 = replace(
        hanged, evidence=Span(plain, 0, len(plain)), trigger=_span("hanged", plain.index("hanged"))
    )
    assert len(merge_drafts([wave2, hanged2])) == 1


def test_deaths_told_first_join_the_firing_told_in_the_next_sentence() -> None:
    # "One man was killed and at least 40 people were injured when soldiers and protesters clashed in
    # the northern Andes on Wednesday, as a national strike entered its tenth day with no sign of a
    # deal. / CONAIE said Efraín Guamán, a 46-year-old farmer, was shot in the chest ..."
    lead_text = "One man was killed " + "x" * 300 + "."
    killed = replace(
        draft("killing", "killed", 12, mags=(_mag("fatalities", 1, 0),), para=0),
        evidence=Span(lead_text, 0, len(lead_text)),
    )
    shot = replace(
        draft(
            "repression",
            "shot",
            len(lead_text) + 90,
            status="attributed",
            source="CONAIE",
            claim_id="c1",
            para=1,
        ),
        subtype="excessive_force",
        head_lemma="shoot",
    )
    (one,) = merge_drafts([killed, shot])
    assert one.type == "killing" and one.status == "asserted"
    # a toll over many days ("more than 60 people were killed") is no one firing's
    wave = replace(killed, scope="aggregate")
    assert len(merge_drafts([wave, shot])) == 2


def test_a_called_for_act_tied_to_a_reported_one_stays_its_own_and_predicted() -> None:
    # "Thousands marched on parliament on Monday and vowed to march again on Friday."
    marched = replace(draft("protest", "marched", 10, sent_start=0), head=10, linked=frozenset({60}))
    again = replace(
        draft("protest", "march", 60, sent_start=0, status="predicted", source="marchers", claim_id="c1"),
        head=60,
        linked=frozenset({10}),
    )
    out = merge_drafts([marched, again])
    assert [d.status for d in out] == ["asserted", "predicted"]


def _detentions(
    text: str, count: str, value: int, start: int, *, source: str, scope: str, para: int
) -> Draft:
    """An attributed count of detentions whose sentence ``text`` starts at ``start``; ``count`` is the
    number as written, found in the sentence."""
    at = start + text.index(count)
    word = "detained" if "detained" in text else "held"
    d = draft(
        "arrest",
        word,
        start + text.index(word),
        sent_start=start,
        status="attributed",
        mags=(_mag("arrests", value, at),),
        source=source,
        claim_id=f"c-{source}",
        para=para,
    )
    return replace(d, scope=scope, evidence=Span(text, start, start + len(text)))


def _union_count() -> Draft:
    # "A drivers' union said at least 60 drivers had been detained in several provinces."
    return _detentions(
        "A drivers' union said at least 60 drivers had been detained in several provinces.",
        "60",
        60,
        0,
        source="drivers' union",
        scope="aggregate",
        para=1,
    )


def test_a_count_a_speaker_plays_down_is_the_reported_sweep_with_a_contested_figure() -> None:
    # "A drivers' union said at least 60 drivers had been detained in several provinces." three
    # paragraphs above "The provincial prosecutor claimed that only 8 people had been held."
    union = _union_count()
    prosecutor = _detentions(
        "The provincial prosecutor claimed that only 8 people had been held.",
        "8",
        8,
        900,
        source="provincial prosecutor",
        scope="single",
        para=4,
    )
    (one,) = merge_drafts([union, prosecutor])
    assert one.magnitudes == ()  # both counts stay in their speakers' claims
    assert {one.trigger.start, *(m.start for m in one.mentions)} == {
        union.trigger.start,
        prosecutor.trigger.start,
    }


def test_fewer_than_a_reported_count_is_the_same_sweep() -> None:
    union = _detentions(
        "Nurses' groups said 43 nurses had been detained since the stoppage began.",
        "43",
        43,
        0,
        source="nurses' groups",
        scope="aggregate",
        para=1,
    )
    low = _detentions(
        "The police chief said fewer than 10 people had been held.",
        "10",
        10,
        500,
        source="police chief",
        scope="single",
        para=2,
    )
    low = replace(low, magnitudes=(replace(low.magnitudes[0], qualifier="fewer_than"),))
    assert len(merge_drafts([union, low])) == 1


def test_a_lower_count_not_played_down_stays_apart() -> None:
    union = _union_count()
    # "The prosecutor said 8 people had been held in the port city": no "only", a sweep of its own
    plain = _detentions(
        "The prosecutor said 8 people had been held.",
        "8",
        8,
        900,
        source="prosecutor",
        scope="single",
        para=4,
    )
    assert len(merge_drafts([union, plain])) == 2
