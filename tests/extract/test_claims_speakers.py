"""Claims: speaker carry-over and credit lines, on sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.records import Actor, Magnitude
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def actor(text: str, written: str, name: str, kind: str, key: str, occurrence: int = 1) -> Actor:
    start = -1
    for _ in range(occurrence):
        start = text.index(written, start + 1)
    return Actor(written, start, start + len(written), name, (), kind, None, None, identifier=key)  # type: ignore[arg-type]


def test_claims_speaker_owned_by_earlier_group(nlp: Language) -> None:
    text = (
        "Open Net Iran Coalition said the shutdown was deliberate. "
        '"It stops the world from seeing," the coalition\'s director said.'
    )
    claims = claims_of(nlp, text)
    assert [c.speaker.name for c in claims] == ["Open Net Iran Coalition", "Open Net Iran Coalition director"]
    assert claims[1].speaker.text == "the coalition's director"


def test_claims_speaker_named_owner_of_person_noun(nlp: Language) -> None:
    text = 'IHRM said 31 men were hanged. "The gallows are busy," said IHRM\'s director.'
    ihrm = actor(text, "IHRM", "Iran Human Rights Monitor", "rights_group", "ew:ihrm")
    ihrm2 = actor(text, "IHRM", "Iran Human Rights Monitor", "rights_group", "ew:ihrm", 2)
    claims = claims_of(nlp, text, actors=(ihrm, ihrm2))
    assert claims[0].speaker.name == "Iran Human Rights Monitor"
    assert claims[1].speaker.name == "Iran Human Rights Monitor director"
    assert claims[1].speaker.identifier is None  # a person of the group, not the group


def test_claims_institution_noun_skips_person_speaker(nlp: Language) -> None:
    text = (
        "The judiciary spokesman said trials would start soon. "
        "The Central Committee of Sudanese Doctors said two people died. "
        "The doctors' committee said 74 people were wounded."
    )
    claims = claims_of(nlp, text)
    assert claims[2].speaker.name == "Central Committee of Sudanese Doctors"
    text = "The prosecutor's office chief said trials would start soon. The office said 20 men were charged."
    claims = claims_of(nlp, text)
    assert claims[1].speaker.name != claims[0].speaker.name


def test_claims_modified_role_noun_needs_its_modifiers(nlp: Language) -> None:
    text = (
        "Georgian Dream, the ruling party, says the law is needed. "
        "The opposition says it is a Russian law. "
        "The ruling party has called the protests a plot."
    )
    claims = claims_of(nlp, text)
    assert [c.speaker.name for c in claims] == ["Georgian Dream", "opposition", "Georgian Dream"]
    text = "A merchants' guild in Tabriz said shops would shut. Shops were sealed, the Tabriz guild said."
    claims = claims_of(nlp, text)
    assert claims[1].speaker.name == claims[0].speaker.name
    text = "A merchants' guild in Tabriz said shops would shut. Shops were sealed, the Shiraz guild said."
    claims = claims_of(nlp, text)
    assert claims[1].speaker.name != claims[0].speaker.name


def test_claims_pronoun_takes_the_latest_main_subject(nlp: Language) -> None:
    text = (
        "The head of the water company said the drought caused the shortage. "
        "On Monday, the governor of Khuzestan met tribal elders in Shadegan. "
        "He said the authorities would listen."
    )
    claims = claims_of(nlp, text)
    assert claims[-1].speaker.name == "governor of Khuzestan"
    assert claims[-1].speaker.text == "He"
    text = (
        "Students announced a strike, and opposition parties called for a march, "
        "which they said would be the largest rally."
    )
    assert claims_of(nlp, text)[-1].speaker.name == "opposition parties"


def test_claims_pronoun_keeps_the_speaker_over_content_subjects(nlp: Language) -> None:
    text = "The minister said the police chief had resigned. He added that order was restored."
    claims = claims_of(nlp, text)
    assert claims[1].speaker.name == "minister"


def test_claims_nobody_is_no_speaker(nlp: Language) -> None:
    text = "Two rockets hit an area near the airport, the cell said. No group claimed responsibility."
    claims = claims_of(nlp, text)
    assert [c.cue.text for c in claims] == ["said"]


def test_claims_weak_frame_inside_another_claim_is_no_claim(nlp: Language) -> None:
    text = (
        "Former cellmates told reporters that the man, a retired engineer, "
        "had complained of chest pains for weeks."
    )
    claims = claims_of(nlp, text)
    assert [c.cue.text for c in claims] == ["told"]


def test_claims_possessive_pronoun_figures_stay_inside_the_claim(nlp: Language) -> None:
    text = "The opposition says its own tally of polling station records shows its candidate won by a margin."
    claims = claims_of(nlp, text)
    assert [(c.speaker.name, c.cue.text) for c in claims] == [("opposition", "says")]


def test_claims_possessive_pronoun_owner_of_figures(nlp: Language) -> None:
    text = "The health ministry published new data on Monday. Its figures show that 40 people died in floods."
    ministry = actor(text, "health ministry", "Ministry of Health", "state", "ew:generic-ministry")
    claims = claims_of(nlp, text, actors=(ministry,))
    assert [(c.speaker.name, c.speaker.text, c.cue.text) for c in claims] == [
        ("health ministry", "Its", "figures show")
    ]


def test_claims_method_object_is_no_statement(nlp: Language) -> None:
    text = "The network confirms each case with at least two sources."
    assert claims_of(nlp, text) == []


def test_claims_dash_credit_after_quotation(nlp: Language) -> None:
    text = "“He represents our greatest shame.” ― Sonya Herridge\n“I am ashamed.” — Pamela Padilla, Ohio\n"
    claims = claims_of(nlp, text)
    assert [(c.speaker.text, c.cue.text, c.quote) for c in claims] == [
        ("Sonya Herridge", "―", True),
        ("Pamela Padilla", "—", True),
    ]
    assert claims[0].content.text.startswith("He represents")


def test_claims_colon_credit_in_a_headline(nlp: Language) -> None:
    text = "Amnesty International: At least 41 people killed in Zahedan\nSecurity forces opened fire.\n"
    claims = claims_of(nlp, text)
    assert [(c.speaker.text, c.cue.text) for c in claims] == [("Amnesty International", ":")]
    assert claims[0].content.text == "At least 41 people killed in Zahedan"


@pytest.mark.parametrize(
    "text",
    [
        "Iran: Dozens killed as protests spread\nThe toll rose on Friday.\n",
        "Methodology: the network confirms each case with two sources.\n",
        "Update: Police said the road was reopened.\n",
    ],
)
def test_claims_colon_label_or_place_is_no_speaker(nlp: Language, text: str) -> None:
    assert all(c.cue.text != ":" for c in claims_of(nlp, text))


@pytest.mark.parametrize(
    "dateline",
    ["NAIROBI (Reuters) - ", "KHARTOUM, June 3 (AFP) — ", "PORT SUDAN (Nile Courier) — "],
)
def test_claims_content_starts_after_the_dateline(nlp: Language, dateline: str) -> None:
    said = "Police shot dead at least 20 protesters on Tuesday, the commission said."
    text = f"Police killed 20 protesters\n{dateline}{said}\n"
    claims = claims_of(nlp, text)
    assert claims[-1].content.text == "Police shot dead at least 20 protesters on Tuesday"


def test_claims_speaker_name_drops_words_that_point_back(nlp: Language) -> None:
    text = "Protesters marched. One of them, a young student, told reporters that police had beaten her."
    assert claims_of(nlp, text)[0].speaker.name == "young student"
    text = "Six prisoners were moved. A relative of one of them told reporters that he had been beaten."
    claims = claims_of(nlp, text)
    assert claims[0].speaker.name == "relative"
    assert claims[0].speaker.text == "A relative of one of them"


def test_claims_amount_the_parser_took_for_a_phrase_stays_in_content(nlp: Language) -> None:
    text = "The energy ministry said around one in seven petrol stations had run short of fuel."
    assert claims_of(nlp, text)[0].content.text == "around one in seven petrol stations had run short of fuel"


def test_claims_trailing_frame_with_coordinated_speakers_after_a_dateline(nlp: Language) -> None:
    text = (
        "AHVAZ, Iran (Gulf Wire) — At least one protester was killed and dozens were detained in the "
        "province over the weekend as protests spread to six towns, rights groups and local media said."
    )
    claims = claims_of(nlp, text)
    assert [c.speaker.text for c in claims] == ["rights groups and local media"]
    assert claims[0].content.text.startswith("At least one protester was killed")


def test_claims_dash_credit_with_non_breaking_spaces(nlp: Language) -> None:
    text = "“We are tired of being blamed.”\xa0― Maria Lopez\xa0\n“Nobody listens to us.” ― Juan Perez\n"
    claims = claims_of(nlp, text)
    assert [c.speaker.text for c in claims] == ["Maria Lopez", "Juan Perez"]


def test_claims_transcript_speaker_label(nlp: Language) -> None:
    text = 'Partial transcript:\n\n"WALLACE: Will the candidate attend the debate tomorrow night?\n'
    claims = claims_of(nlp, text)
    assert [(c.speaker.text, c.cue.text) for c in claims] == [("WALLACE", ":")]
    assert claims[0].content.text == "Will the candidate attend the debate tomorrow night"


def test_claims_preposition_of_a_cue_verb_is_part_of_the_cue(nlp: Language) -> None:
    claims = claims_of(nlp, "Rights groups warned of a crackdown after the vote.")
    assert [(c.cue.text, c.content.text) for c in claims] == [("warned of", "a crackdown after the vote")]


def test_claims_calls_for_action_are_claims(nlp: Language) -> None:
    # both gold authors annotate calls to action as claims whose called-for event is predicted
    (call,) = claims_of(nlp, "The union called for a general strike on Monday.")
    assert (call.speaker.text, call.cue.text) == ("The union", "called for")
    assert call.content.text.startswith("a general strike")
    text = "Opposition leader Ana Ruiz called on her supporters to gather on Saturday in every city."
    (call,) = claims_of(nlp, text)
    assert call.cue.text == "called on" and "to gather on Saturday" in call.content.text
    (appeal,) = claims_of(nlp, "The bishops appealed for calm after the shooting.")
    assert appeal.cue.text == "appealed for"


def test_claims_speaker_span_stops_before_a_relative_clause(nlp: Language) -> None:
    text = '"We go on," said Sarah Mensah, a spokeswoman for the teachers union, which organised the strike.'
    claims = claims_of(nlp, text)
    assert claims[0].speaker.text == "Sarah Mensah, a spokeswoman for the teachers union"


def test_claims_no_claim_inside_a_speaker_phrase(nlp: Language) -> None:
    text = '"The army is lying," Ahmed, a shopkeeper who asked that his surname not be used, told Reuters.'
    claims = claims_of(nlp, text)
    assert [c.cue.text for c in claims] == ["told"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Security forces killed at least 12 people, a senior official at the provincial health "
            "department told AFP on condition of anonymity.",
            "a senior official at the provincial health department",
            "Security forces killed at least 12 people",
        ),
        (
            "The attack killed nine soldiers, the military's media wing, Inter-Services Public "
            "Relations (ISPR), said in a statement.",
            "the military's media wing, Inter-Services Public Relations (ISPR)",
            "The attack killed nine soldiers",
        ),
    ],
)
def test_claims_trailing_speaker_the_parser_lost(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    claims = claims_of(nlp, text)
    assert [(c.speaker.text, c.content.text) for c in claims] == [(speaker, content)]


def test_claims_content_stops_before_its_own_frame(nlp: Language) -> None:
    text = "At least 10 people were killed, a hospital source said, while a police source put the toll at 12."
    claims = claims_of(nlp, text)
    assert [(c.speaker.text, c.content.text) for c in claims] == [
        ("a hospital source", "At least 10 people were killed"),
        ("a police source", "12"),
    ]


def test_claims_document_without_owner_is_its_own_source(nlp: Language) -> None:
    claims = claims_of(nlp, "A poll found that most voters backed the strike.")
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in claims] == [
        ("A poll", "found", "most voters backed the strike")
    ]
    assert claims_of(nlp, "Video shows that the man had his hands in the air.") == []


def test_claims_findings_hold_the_answers_they_report(nlp: Language) -> None:
    text = (
        "A university poll released in August found that 74 percent of voters said the strike was justified."
    )
    claims = claims_of(nlp, text)
    assert [c.cue.text for c in claims] == ["found"]
    assert claims[0].content.text == "74 percent of voters said the strike was justified"


def test_claims_according_to_before_a_coordinated_clause(nlp: Language) -> None:
    text = (
        "Most shops in the bazaar were closed by noon, according to two traders, and a few hundred "
        'merchants gathered at the entrance, chanting "Our enemy is right here".'
    )
    claims = claims_of(nlp, text)
    assert [(c.speaker.text, c.content.text) for c in claims] == [
        ("two traders", "Most shops in the bazaar were closed by noon")
    ]


def test_claims_title_case_headline_credit(nlp: Language) -> None:
    text = "Energy Plan Could Lower Bills, Senator Jane Doe Says\nThe plan was published on Monday.\n"
    claims = claims_of(nlp, text)
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in claims] == [
        ("Senator Jane Doe", "Says", "Energy Plan Could Lower Bills")
    ]


def test_claims_headline_merges_into_its_attributed_repetition(nlp: Language) -> None:
    text = (
        "Iran Hangs Two Men Over Protests, Rights Group Says\n"
        "Iran hanged two men on Monday over last year's protests, Amnesty International said.\n"
    )
    two = text.index("Two")
    body = text.index("two men")
    mags = (
        Magnitude("other", 2, 2, 2, "exact", "Two", two, two + 3),  # type: ignore[arg-type]
        Magnitude("executions", 2, 2, 2, "exact", "two", body, body + 3),  # type: ignore[arg-type]
    )
    claims = claims_of(nlp, text, magnitudes=mags)
    assert [c.speaker.text for c in claims] == ["Amnesty International"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Human Rights Watch said 40 people were detained. The protest movement has grown since "
            "March. It said many detainees were beaten.",
            "Human Rights Watch",
        ),
        (
            "The ministry said the strike had ended. The union disputed that. "
            "It said 80 percent of workers stayed home.",
            "union",
        ),
    ],
)
def test_claims_it_takes_a_speaking_or_named_subject(nlp: Language, text: str, speaker: str) -> None:
    claims = claims_of(nlp, text)
    assert claims[-1].speaker.text == "It"
    assert claims[-1].speaker.name == speaker


def test_claims_first_sentence_with_one_shared_word_is_no_repetition(nlp: Language) -> None:
    text = "Human Rights Watch said 40 people were detained. Lawyers said many detainees were beaten."
    assert len(claims_of(nlp, text)) == 2


def test_claims_claim_noun_with_owner_and_clause(nlp: Language) -> None:
    text = "The ministry rejected Amnesty's allegation that police had tortured detainees."
    claims = claims_of(nlp, text)
    assert [(c.speaker.text, c.cue.text) for c in claims] == [
        ("The ministry", "rejected"),
        ("Amnesty", "allegation"),
    ]
    assert claims[1].content.text == "police had tortured detainees"
    assert claims_of(nlp, "The claim that 20 people died could not be verified.") == []


def test_claims_indefinite_group_named_soon_after(nlp: Language) -> None:
    text = (
        "Police fired tear gas at marchers, according to a doctors' group that tracks casualties.\n"
        "The Central Committee of Sudanese Doctors said two people died.\n"
    )
    ccsd = actor(
        text,
        "Central Committee of Sudanese Doctors",
        "Central Committee of Sudanese Doctors",
        "labor",
        "ew:ccsd",
    )
    claims = claims_of(nlp, text, actors=(ccsd,))
    assert [c.speaker.name for c in claims] == ["Central Committee of Sudanese Doctors"] * 2
    assert claims[0].speaker.text == "a doctors' group that tracks casualties"
    text = text.replace("a doctors' group", "a local rights group")
    ccsd = actor(
        text,
        "Central Committee of Sudanese Doctors",
        "Central Committee of Sudanese Doctors",
        "labor",
        "ew:ccsd",
    )
    claims = claims_of(nlp, text, actors=(ccsd,))
    assert claims[0].speaker.name != "Central Committee of Sudanese Doctors"


def test_claims_person_in_apposition_is_the_speaker(nlp: Language) -> None:
    text = "A spokesperson for the UN human rights office, Jeremy Laurence, said the office was concerned."
    office = actor(text, "UN human rights office", "OHCHR", "international", "ew:ohchr")
    claims = claims_of(nlp, text, actors=(office,))
    assert claims[0].speaker.name == "Jeremy Laurence"
    assert claims[0].speaker.text == "A spokesperson for the UN human rights office, Jeremy Laurence"


def test_claims_agreement_with_a_clause_only(nlp: Language) -> None:
    claims = claims_of(nlp, "Economists agreed that the proposal would increase taxes.")
    assert [(c.cue.text, c.content.text) for c in claims] == [("agreed", "the proposal would increase taxes")]
    assert claims_of(nlp, "The company agreed to clean up the mines.") == []


def test_claims_description_of_a_private_person_is_the_last_speaker(nlp: Language) -> None:
    text = (
        "Former cellmates told reporters that the man had been refused a doctor. "
        'One said guards had beaten him. "They were killing him slowly," the former inmate said.'
    )
    claims = claims_of(nlp, text)
    assert claims[-1].speaker.text == "the former inmate"
    assert claims[-1].speaker.name == "Former cellmates"


def test_claims_office_title_is_not_the_last_private_speaker(nlp: Language) -> None:
    text = "A witness said police opened fire on the crowd. The governor said the police had acted lawfully."
    claims = claims_of(nlp, text)
    assert [c.speaker.name for c in claims] == ["witness", "governor"]


def test_claims_unit_of_a_named_organisation_keeps_its_written_name(nlp: Language) -> None:
    text = "The junta's information team said the villages had been burned by rebels."
    junta = actor(text, "junta", "State Administration Council", "state", "sac")
    (claim,) = claims_of(nlp, text, actors=(junta,))
    assert claim.speaker.name == "junta information team"
    assert claim.speaker.kind == "state"
    assert claim.speaker.identifier is None


def test_claims_the_official_is_the_last_office_holder(nlp: Language) -> None:
    text = (
        "State media quoted the provincial governor as saying that five people died. "
        "The official was also quoted as saying the situation was calm."
    )
    claims = claims_of(nlp, text)
    assert claims[-1].speaker.text == "The official"
    assert claims[-1].speaker.name == "provincial governor"


def test_claims_the_official_after_a_private_person_is_someone_else(nlp: Language) -> None:
    text = "A witness said police fired into the crowd. The official said nobody was hurt."
    claims = claims_of(nlp, text)
    assert [c.speaker.name for c in claims] == ["witness", "official"]


def test_claims_where_a_group_is_based_does_not_name_it(nlp: Language) -> None:
    text = (
        "Hengaw, a Kurdish rights group, said security forces opened fire. "
        "The Norway-based organisation said two children were among the dead."
    )
    claims = claims_of(nlp, text)
    assert claims[-1].speaker.name == "Hengaw"


def test_claims_kind_words_of_a_role_noun_meet_the_last_speaker_of_that_kind(nlp: Language) -> None:
    text = (
        "Amnesty International said at least 23 people were killed.\n\n"
        "Security forces used live ammunition, the rights group added.\n\n"
        "The Norwegian rights group said 40 had died."
    )
    claims = claims_of(nlp, text)
    assert [c.speaker.name for c in claims] == [
        "Amnesty International",
        "Amnesty International",
        "Norwegian rights group",
    ]


def test_claims_descriptive_words_of_a_news_agency(nlp: Language) -> None:
    text = (
        "The Tasnim news agency said 12 were arrested. "
        "The semi-official news agency added that two police officers died."
    )
    claims = claims_of(nlp, text)
    assert claims[-1].speaker.name == "Tasnim news agency"


def test_claims_one_of_a_group_is_named_by_the_role(nlp: Language) -> None:
    text = '"They shot without warning," a relative of one of the victims told the monitor.'
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.text == "a relative of one of the victims"
    assert claim.speaker.name == "relative"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A spokesman for the Interior Ministry, Ahmed Saleh, said 20 people were detained in Cairo.",
            "Ahmed Saleh",
        ),
        ("A spokeswoman for the union, Mary Otieno, said 3,000 nurses had joined the strike.", "Mary Otieno"),
        ("John Mwangi, the group's spokesman, said police arrested 40 students in Nairobi.", "John Mwangi"),
        ("Peter Kamau, a spokesman for the Law Society of Kenya, said lawyers would strike.", "Peter Kamau"),
    ],
)
def test_a_spokesperson_named_in_apposition_is_the_speaker(nlp: Language, text: str, name: str) -> None:
    (c,) = claims_of(nlp, text)
    assert c.speaker.name == name
    assert c.speaker.text is not None and name in c.speaker.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Kenya Human Rights Forum, a state-funded rights body, said police had killed 12 protesters.",
            "Kenya Human Rights Forum",
        ),
        ("Zarya, a Moscow-based monitoring group, said 40 people were detained in the city.", "Zarya"),
        (
            "The Sudan Doctors Network, a medical group tracking casualties, said 14 civilians were killed.",
            "Sudan Doctors Network",
        ),
    ],
)
def test_a_name_before_its_description_is_the_speaker(nlp: Language, text: str, name: str) -> None:
    (c,) = claims_of(nlp, text)
    assert c.speaker.name == name


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Police arrested 20 people and fired tear gas at the crowd, according to witnesses.",
            "Police arrested 20 people and fired tear gas at the crowd",
        ),
        (
            "According to the union, 3,000 teachers walked out and 40 schools were closed.",
            "3,000 teachers walked out and 40 schools were closed",
        ),
    ],
)
def test_according_to_covers_both_conjuncts(nlp: Language, text: str, content: str) -> None:
    (c,) = claims_of(nlp, text)
    assert c.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty said 30 people were arrested. It added that many had been beaten in custody.",
        "A ministry spokesman said 20 people were detained. He added that six officers were injured.",
        "The governor said the curfew would end on Friday. He also said that 12 people had been killed.",
    ],
)
def test_the_next_sentence_continues_the_speaker(nlp: Language, text: str) -> None:
    first, second = claims_of(nlp, text)
    assert second.speaker.name == first.speaker.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police killed 12 protesters in the capital, said the Zomia Monitor.", "Zomia Monitor"),
        (
            "Police killed 12 protesters in the capital, said the Zomia Monitor, an independent group.",
            "Zomia Monitor",
        ),
        (
            "Soldiers detained 40 students at the campus, said Amnesty International, a rights group.",
            "Amnesty International",
        ),
    ],
)
def test_an_inverted_frame_after_its_clause(nlp: Language, text: str, name: str) -> None:
    (c,) = claims_of(nlp, text)
    assert c.speaker.name == name
    assert c.content.text == text.split(", said")[0]


def test_a_conjoined_said_with_its_own_complement_is_no_inversion(nlp: Language) -> None:
    text = "Police raided the office on Monday and said they had seized weapons."
    (c,) = claims_of(nlp, text)
    assert c.content.text == "they had seized weapons"


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "According to a spokesman for the police, Ali Khan, 30 people were arrested.",
            "Ali Khan",
            "30 people were arrested",
        ),
        (
            "According to the director of the hospital, Dr Amina Yusuf, 14 bodies were brought in.",
            "Amina Yusuf",
            "14 bodies were brought in",
        ),
        (
            "According to a police spokesman, 30 people were arrested.",
            "police spokesman",
            "30 people were arrested",
        ),
    ],
)
def test_according_to_a_spokesman_named_after_commas(
    nlp: Language, text: str, name: str, content: str
) -> None:
    (c,) = claims_of(nlp, text)
    assert name in c.speaker.name and c.content.text == content  # a title may stay ("Dr Amina Yusuf")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 20 people were detained in Tbilisi. He added that six officers were injured.",
        "The union said 3,000 nurses had walked out. She added that the strike would go on until Friday.",
    ],
)
def test_he_added_continues_the_body_that_spoke_before(nlp: Language, text: str) -> None:
    first, second = claims_of(nlp, text)
    assert second.speaker.name == first.speaker.name
    assert second.speaker.text in ("He", "She")  # the words as written stay


def test_he_added_far_from_the_body_stays_unresolved(nlp: Language) -> None:
    text = (
        "The ministry said 20 people were detained in Tbilisi. The crowd dispersed after midnight. "
        "He added that six officers were injured."
    )
    claims = claims_of(nlp, text)
    assert claims[-1].speaker.name != "ministry"


def test_claims_role_noun_refers_to_the_titled_person(nlp: Language) -> None:
    text = (
        "Crowds gathered to celebrate the re-election of President Ana Torres and to reject what the "
        'president described as an attempted "coup".'
    )
    torres = actor(text, "Ana Torres", "Ana Torres", "state", "ew:torres")
    (claim,) = claims_of(nlp, text, actors=(torres,))
    assert claim.speaker.text == "the president" and claim.speaker.name == "Ana Torres"
    text = "Interior Minister Omar Haddad visited the wounded. The minister said 23 officers were injured."
    haddad = actor(text, "Omar Haddad", "Omar Haddad", "state", "ew:haddad")
    (claim,) = claims_of(nlp, text, actors=(haddad,))
    assert claim.speaker.name == "Omar Haddad"


def test_claims_apposition_parsed_as_a_second_subject_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "A spokesman for Students for Justice, the group leading the movement, said more than 200 people "
        "had been killed."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.text.startswith("A spokesman for Students for Justice")


def test_claims_title_noun_separates_the_club_from_the_person(nlp: Language) -> None:
    text = "Super Eagles striker Emeka Obi called on young people to keep the demonstrations peaceful."
    club = actor(text, "Super Eagles", "Super Eagles", "unknown", "ew:eagles")
    (claim,) = claims_of(nlp, text, actors=(club,))
    assert "Emeka Obi" in claim.speaker.name


def test_claims_participle_between_subject_and_verb(nlp: Language) -> None:
    text = (
        "Soldiers detained 15 young men on Monday. Two of the men, released a week later, told reporters "
        "they had been beaten with rifle butts."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.text == "Two of the men"
    assert claim.content.text == "they had been beaten with rifle butts"


def test_claims_trailing_frame_after_a_semicolon(nlp: Language) -> None:
    text = (
        "After Friday prayers, worshippers chanted slogans; the intelligence service arrested at least 30 "
        "people in the city since Friday, the group said."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.text == "the group"
    assert (
        claim.content.text == "the intelligence service arrested at least 30 people in the city since Friday"
    )


def test_claims_main_verb_parsed_as_a_participle_of_the_subject(nlp: Language) -> None:
    text = (
        "Opposition leader Ana Ruiz, who claims that her candidate won the vote, called on her supporters "
        "to gather on Saturday."
    )
    claims = claims_of(nlp, text)
    assert [c.cue.text for c in claims] == ["claims", "called on"]
    assert claims[1].speaker.text.startswith("Opposition leader Ana Ruiz")


def test_claims_speech_participle_after_a_complement_goes_with_the_frame(nlp: Language) -> None:
    text = (
        "The government denied that the law was being used against peaceful activists, saying no one "
        "had been arrested for protesting."
    )
    claims = claims_of(nlp, text)
    assert [(c.speaker.text, c.cue.text) for c in claims] == [
        ("The government", "denied"),
        ("The government", "saying"),
    ]
    assert claims[0].content.text == "the law was being used against peaceful activists"
    assert claims[1].content.text == "no one had been arrested for protesting"


def test_claims_object_of_a_causative_speaks(nlp: Language) -> None:
    text = "Demonstrators waved foreign flags, prompting the army to warn that it would not allow treason."
    (claim,) = claims_of(nlp, text)
    assert (claim.speaker.text, claim.cue.text) == ("the army", "warn")


def test_claims_infinitive_after_the_occasion_of_an_appeal(nlp: Language) -> None:
    text = "The president urged them in a televised address on Sunday to suspend the action."
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == "urged" and claim.content.text == "suspend the action"


def test_claims_emphasis_verbs_and_panels(nlp: Language) -> None:
    (claim,) = claims_of(nlp, "The minister underlined that no citizen had lost their life.")
    assert claim.cue.text == "underlined"
    (claim,) = claims_of(nlp, "A judicial panel in Lagos found that nine people had died.")
    assert claim.speaker.text == "A judicial panel in Lagos" and claim.content.text == "nine people had died"


def test_claims_she_after_a_titled_name_the_tagger_took_for_an_organisation(nlp: Language) -> None:
    text = (
        "Interior Minister Omar Haddad said officers had acted within the law. "
        "Police spokeswoman Teresia Achola said 58 people had been arrested. "
        "She said no one was killed in Mombasa."
    )
    claims = claims_of(nlp, text)
    assert claims[-1].speaker.text == "She"
    assert claims[-1].speaker.name == claims[-2].speaker.name


def test_claims_the_ruling_party_is_the_party_named_before(nlp: Language) -> None:
    text = (
        "Thousands rallied outside parliament against the Civic Dream party. "
        'The ruling party has called the demonstrations a "fascist" attempt to overthrow the government.'
    )
    party = actor(text, "Civic Dream party", "Civic Dream", "political_party", "ew:civic-dream")
    claims = claims_of(nlp, text, actors=(party,))
    assert claims[-1].speaker.text == "The ruling party" and claims[-1].speaker.name == "Civic Dream"


def test_claims_a_statement_speaks_for_whoever_issued_it(nlp: Language) -> None:
    text = (
        "Women prisoners in the central jail began a hunger strike on Tuesday, according to a statement "
        "smuggled out of their ward. The statement said the women would refuse food until the hangings stop."
    )
    claims = claims_of(nlp, text)
    assert [c.cue.text for c in claims] == ["according to", "said"]
    assert all(c.speaker.name.lower() == "women prisoners" for c in claims)  # not "… in the central jail"
    assert claims[1].speaker.text == "The statement"
    text = (
        "The interior ministry said in a statement that 40 people were arrested. "
        "The statement said they would be tried."
    )
    claims = claims_of(nlp, text)
    assert claims[1].speaker.text == "The statement" and claims[1].speaker.name == "interior ministry"
    # an unowned statement over someone else's act stays unresolved
    text = "Police fired tear gas, according to a statement. The statement said 12 people were hurt."
    assert claims_of(nlp, text)[-1].speaker.name == "statement"


def test_claims_an_age_makes_a_name_a_person(nlp: Language) -> None:
    text = (
        "The minister said the march had been illegal. "
        "Khan, 72, has been in prison since 2023 and faces dozens of cases that he says are political."
    )
    claims = claims_of(nlp, text)
    assert claims[-1].speaker.text == "he" and claims[-1].speaker.name == "Khan"


def test_claims_lead_claim_named_by_a_description_is_kept_and_named(nlp: Language) -> None:
    text = (
        "NAIROBI, June 26 (Wire) - Police shot dead at least 13 people on Tuesday, a state-funded rights "
        "body said.\n\nThe Kenya Commission on Human Rights said 13 people had been killed in Nairobi."
    )
    name = "Kenya Commission on Human Rights"
    commission = actor(text, name, name, "rights_group", "ew:kchr")
    claims = claims_of(nlp, text, actors=(commission,))
    assert [c.cue.text for c in claims] == ["said", "said"]
    assert claims[0].speaker.text == "a state-funded rights body"
    assert claims[0].speaker.name == claims[1].speaker.name == name


def test_claims_he_after_a_capitalised_title_and_name(nlp: Language) -> None:
    text = (
        "Minister Diego Cabral said the gunmen had been identified. Defence Minister Vladimir Padrino Lopez "
        'rejected reports that soldiers had opened fire. "Not a single shot was fired," he said.'
    )
    claims = claims_of(nlp, text)
    assert claims[-1].speaker.text == "he" and claims[-1].speaker.name == claims[-2].speaker.name
    assert "Cabral" not in claims[-1].speaker.name
