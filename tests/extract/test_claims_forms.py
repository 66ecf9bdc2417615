"""Claims: less common attribution forms and speaker boundaries, on sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_claims_findings_of_people_and_institutions(nlp: Language) -> None:
    text = (
        "The ombudsman's office found that guards had beaten at least nine inmates. "
        "She suggested that the ministry had ignored the warnings."
    )
    claims = claims_of(nlp, text)
    assert [(c.speaker.text, c.cue.text) for c in claims] == [
        ("The ombudsman's office", "found"),
        ("She", "suggested"),
    ]
    assert claims[0].content.text == "guards had beaten at least nine inmates"


def test_claims_things_do_not_find_or_suggest(nlp: Language) -> None:
    text = "Footage suggests that the soldiers fired first. Officers should show that they are restrained."
    assert claims_of(nlp, text) == []


def test_claims_relative_pronoun_before_the_frame_is_not_content(nlp: Language) -> None:
    text = "Hundreds were detained after the riots, which the authorities say were organised from abroad."
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.text == "the authorities"
    assert claim.content.text == "were organised from abroad"


def test_claims_frame_inside_the_clause_keeps_both_sides(nlp: Language) -> None:
    text = "The compensation for each family, the ministry said on Monday, would be paid within a month."
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == "said"
    assert claim.content.start == 0 and claim.content.text.endswith("within a month")


def test_claims_frame_before_a_new_clause_cuts_the_content(nlp: Language) -> None:
    text = (
        "At least ten people were killed in the shelling, a hospital source said, while dozens were wounded."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.content.text == "At least ten people were killed in the shelling"


def test_claims_parenthetical_tell_with_an_addressee(nlp: Language) -> None:
    text = "The real danger, he told reporters on Friday, is that the ceasefire will collapse."
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == "told"
    assert "the ceasefire will collapse" in claim.content.text


def test_claims_speaker_stops_at_a_spaced_dash_and_a_clause_in_brackets(nlp: Language) -> None:
    text = (
        "The rally was small - Governor Jane Okafor has vowed to ban the next one.\n\n"
        "Mr. Bello (a view shared by most of his colleagues) said the ban would fail.\n\n"
        "Sen. Ada Nwosu (Lagos) said the ban was unlawful."
    )
    claims = claims_of(nlp, text)
    assert [c.speaker.text for c in claims] == ["Governor Jane Okafor", "Mr. Bello", "Sen. Ada Nwosu (Lagos)"]


def test_claims_document_named_by_its_owner_is_the_speaker(nlp: Language) -> None:
    text = "A Gallup News poll released last week found that most voters oppose the new law."
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.text == "A Gallup News poll released last week"
    assert claim.cue.text == "found"


def test_claims_judgement_verbs_need_more_than_a_target(nlp: Language) -> None:
    text = (
        "The union criticised the government. "
        "Amnesty International criticised the police for firing live ammunition at mourners."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.text == "Amnesty International"
    assert claim.content.text == "the police for firing live ammunition at mourners"


def test_claims_according_to_after_an_attributed_clause_vouches_for_the_relative_clause(
    nlp: Language,
) -> None:
    text = (
        "The monitor has recorded 40 arrests since the March protests, during which at least "
        "12 people were killed, according to the national rights commission."
    )
    claims = claims_of(nlp, text)
    by_cue = {c.cue.text: c for c in claims}
    assert by_cue["according to"].content.text == "at least 12 people were killed"
    assert by_cue["has recorded"].chain == ()


def test_claims_according_to_a_relative_clause_without_a_speaker_keeps_the_sentence(nlp: Language) -> None:
    text = "Police detained 40 people at the rally, which drew 5,000 people, according to the organisers."
    (claim,) = claims_of(nlp, text)
    assert claim.content.text.startswith("Police detained 40 people")


def test_claims_subject_inside_a_quotation_is_no_speaker(nlp: Language) -> None:
    text = (
        'The committees said they would march "until the generals return to their barracks" '
        "and announced new protests for Tuesday."
    )
    claims = claims_of(nlp, text)
    assert all(c.speaker.text != "the generals" for c in claims)


def test_claims_information_obtained_by_a_group(nlp: Language) -> None:
    text = "According to information obtained by the monitor, the men were moved to solitary confinement."
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.text == "the monitor"


def test_claims_consequence_after_a_closing_frame_stays_in_the_content(nlp: Language) -> None:
    text = "Two rockets hit a depot near the airport late on Sunday, the army said, causing no casualties."
    (claim,) = claims_of(nlp, text)
    assert claim.content.text.endswith("causing no casualties")
    assert claim.content.start == 0


def test_claims_participle_of_the_saying_stays_out_of_the_content(nlp: Language) -> None:
    text = (
        "The talks have collapsed, the official said, speaking on condition of anonymity. "
        "At least ten were killed, a medic said, adding that dozens were wounded."
    )
    claims = claims_of(nlp, text)
    assert [c.content.text for c in claims] == [
        "The talks have collapsed",
        "At least ten were killed",
        "dozens were wounded",
    ]


def test_claims_according_to_records_and_people_credits_the_people(nlp: Language) -> None:
    text = (
        "Nine prisoners have refused food since Monday, according to letters smuggled out of the jail "
        "and relatives who spoke to reporters."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.text.startswith("relatives")
    assert claim.content.text == "Nine prisoners have refused food since Monday"


def test_claims_according_to_an_unowned_record_is_no_claim(nlp: Language) -> None:
    assert claims_of(nlp, "The men were tortured in custody, according to a letter.") == []


def test_claims_speech_verb_tagged_as_a_plural_noun(nlp: Language) -> None:
    text = "But the mayor claims that the police acted within the law."
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == "claims"
    assert claim.content.text == "the police acted within the law"


def test_claims_a_list_of_dash_credits(nlp: Language) -> None:
    text = "“We were never asked.” ― Mary Njeri “The water is gone.” ― Peter Otieno"
    claims = claims_of(nlp, text)
    assert [(c.speaker.text, c.content.text) for c in claims] == [
        ("Mary Njeri", "We were never asked."),
        ("Peter Otieno", "The water is gone."),
    ]


def test_claims_continued_as_a_speech_verb(nlp: Language) -> None:
    text = "“We marched for our sons,” she continued. Clashes continued “for hours” in the south."
    claims = claims_of(nlp, text)
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in claims] == [
        ("she", "continued", "We marched for our sons")
    ]


def test_claims_continued_inside_another_claim_is_no_claim(nlp: Language) -> None:
    text = (
        'The army said troops had come under fire near the village and had continued "in line with '
        'the rules". It denied that soldiers had burned any homes.'
    )
    claims = claims_of(nlp, text)
    assert [c.cue.text for c in claims] == ["said", "denied"]
    assert claims[1].speaker.name == claims[0].speaker.name


def test_claims_speaker_keeps_its_apposition_but_not_one_inside_it(nlp: Language) -> None:
    text = (
        "According to an analysis by Jane Roe, a former tax aide now teaching at a university, "
        "the plan would cut taxes for the rich."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.text == "Jane Roe, a former tax aide now teaching at a university"


def test_claims_document_of_a_topic_is_its_own_source(nlp: Language) -> None:
    text = "The rolls were padded, according to a recent Reuters survey of voter lists."
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.text == "a recent Reuters survey of voter lists"


def test_claims_figures_state_their_object(nlp: Language) -> None:
    text = "UN data show more than 2,000 arrests since March."
    (claim,) = claims_of(nlp, text)
    assert (claim.speaker.text, claim.cue.text, claim.content.text) == (
        "UN data",
        "show",
        "more than 2,000 arrests",
    )


def test_claims_figures_from_an_owner_take_the_verb_as_cue(nlp: Language) -> None:
    text = "Figures from the health ministry showed that 304 people had died."
    (claim,) = claims_of(nlp, text)
    assert (claim.speaker.text, claim.cue.text) == ("the health ministry", "showed")


def test_claims_warning_an_addressee_is_a_threat_not_a_claim(nlp: Language) -> None:
    text = "Police warned the marchers of arrest. Amnesty warned of a crackdown."
    (claim,) = claims_of(nlp, text)
    assert (claim.speaker.text, claim.content.text) == ("Amnesty", "a crackdown")


def test_claims_counting_verbs_need_a_finding(nlp: Language) -> None:
    text = (
        "Activists counted the bodies in the morgue. Observers recorded the scene on their phones. "
        "The monitor has recorded at least 746 executions this year. "
        "Police identified the dead man as a local teacher."
    )
    claims = claims_of(nlp, text)
    assert [c.content.text for c in claims] == ["at least 746 executions", "the dead man as a local teacher"]


def test_claims_relative_pronoun_is_not_part_of_the_speaker(nlp: Language) -> None:
    text = "The man, who police said was armed, was shot dead near the border."
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.text == "police"
    assert claim.content.text == "was armed"


def test_claims_clause_beyond_a_semicolon_is_not_said(nlp: Language) -> None:
    text = "Grain futures were little changed; traders said the unrest had barely moved prices."
    (claim,) = claims_of(nlp, text)
    assert claim.content.text == "the unrest had barely moved prices"


def test_claims_trailing_frame_the_parser_hung_on_the_report(nlp: Language) -> None:
    text = (
        "The five men were carrying goods across the border when border guards opened fire on them "
        "without warning, a relative of one of the victims told the monitor."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.speaker.text == "a relative of one of the victims"
    assert claim.content.text.endswith("opened fire on them without warning")


def test_claims_what_a_speaker_has_learned(nlp: Language) -> None:
    text = "A teacher was executed at dawn on Monday in Urmia prison, the monitor has learned."
    (claim,) = claims_of(nlp, text)
    assert (claim.speaker.text, claim.cue.text) == ("the monitor", "has learned")
    assert claim.content.text == "A teacher was executed at dawn on Monday in Urmia prison"
    assert claims_of(nlp, "The students learned to march in step.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The monitor has learned from relatives that guards beat two prisoners on Sunday.",
            "guards beat two prisoners on Sunday",
        ),
        (
            "More than 200 inmates have refused food since 3 May, the Prison Watch has learned from "
            "relatives and former inmates.",
            "More than 200 inmates have refused food since 3 May",
        ),
    ],
)
def test_claims_what_a_speaker_has_learned_from_a_source(nlp: Language, text: str, content: str) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == "has learned"
    assert claim.content.text == content


def test_claims_learning_that_reports_nothing(nlp: Language) -> None:
    assert claims_of(nlp, "I've learned that I can't be quite so passionate on stage.") == []
    assert claims_of(nlp, "The two leaders learned of a meeting from which they had been excluded.") == []


def test_claims_speech_verbs_that_were_not_spoken(nlp: Language) -> None:
    text = "Federal law requires presidential candidates to disclose their assets and sources of income."
    assert claims_of(nlp, text) == []
    assert claims_of(nlp, "The ministry refused to confirm that 40 people had been detained.") == []
    (claim,) = claims_of(nlp, "The minister went on to say that 40 people had been detained.")
    assert claim.cue.text == "say"


def test_claims_second_frame_verb_coordinated_inside_the_complement(nlp: Language) -> None:
    text = 'The agency denied that the prisoner had been mistreated and described him as a "terrorist".'
    claims = claims_of(nlp, text)
    assert [c.cue.text for c in claims] == ["denied", "described"]
    assert claims[0].content.text == "the prisoner had been mistreated"
    assert claims[1].speaker.text == "The agency"
    (claim,) = claims_of(nlp, "Police said officers had arrested the men and charged them with rioting.")
    assert claim.content.text == "officers had arrested the men and charged them with rioting"


def test_claims_according_to_after_a_semicolon_vouches_for_its_part(nlp: Language) -> None:
    text = (
        "Resistance committees marched almost weekly against military rule; security forces shot dead "
        "more than 120 of them over the following year, according to the doctors' committee."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.content.text.startswith("security forces shot dead")


def test_claims_clause_before_a_colon_is_a_lead_in(nlp: Language) -> None:
    text = "Discontent remains: teachers' unions have announced a one-day strike on Wednesday next week."
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == "have announced" and claim.content.text.startswith("a one-day strike")


def test_claims_threats_and_warnings_with_an_infinitive(nlp: Language) -> None:
    (claim,) = claims_of(nlp, "Teachers threatened to strike on Monday.")
    assert (claim.cue.text, claim.content.text) == ("threatened", "strike on Monday")
    (claim,) = claims_of(nlp, "Last month, the bureau warned election officials to boost their security.")
    assert claim.cue.text == "warned" and claim.content.text == "boost their security"


def test_claims_a_call_on_someone_needs_the_request(nlp: Language) -> None:
    assert claims_of(nlp, "The watchdog calls on the government to:") == []
    assert claims_of(nlp, "The minister called on the victims' families in Zahedan on Monday.") == []
    assert claims_of(nlp, "He appealed to the Supreme Court after his conviction.") == []
    (appeal,) = claims_of(nlp, "The bishop appealed to the protesters to go home.")
    assert appeal.content.text == "the protesters to go home"
    (claim,) = claims_of(nlp, "The UN called upon both sides to exercise restraint.")
    assert claim.cue.text == "called upon" and claim.content.text == "both sides to exercise restraint"


def test_claims_put_the_number_at_with_the_at_inside_the_object(nlp: Language) -> None:
    (claim,) = claims_of(
        nlp, "The party put the number of its workers detained across the country at more than 5,000."
    )
    assert claim.cue.text.startswith("put the number") and claim.content.text == "more than 5,000"


def test_claims_a_forecast_of_more_to_come(nlp: Language) -> None:
    (claim,) = claims_of(nlp, "The monitor expects more air strikes on populated areas in the coming months.")
    assert claim.cue.text == "expects" and claim.content.text.startswith("more air strikes")
    assert claims_of(nlp, "The ministry expects a reply from the embassy.") == []


def test_claims_coordinated_dismissal_of_claims_is_its_own_frame(nlp: Language) -> None:
    text = (
        "The minister underlined that no citizen had lost their life and dismissed claims on social media "
        "that police had beaten detainees."
    )
    claims = claims_of(nlp, text)
    assert [(c.speaker.text, c.cue.text) for c in claims] == [
        ("The minister", "underlined"),
        ("social media", "claims"),  # the report the minister dismisses is social media's (G4)
        ("The minister", "dismissed"),
    ]
    assert claims[0].content.text == "no citizen had lost their life"
