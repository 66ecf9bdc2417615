"""Claims: calls to action in the forms the parser bends ("called for X, the anniversary of Y",
"called a general strike", "urged supporters to march"), speakers the parser hides behind a participle,
and speaker phrases that mention someone else (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claim_with_cue, claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The student union has called for a national day of action on 20 October, the second "
            "anniversary of the President's inauguration. The police chief warned on Tuesday that "
            "officers would take firm measures.",
            "has called for",
            "a national day of action on 20 October",
        ),
        (
            "The Workers' Centre, the main trade union federation, has called an indefinite general strike "
            "from next Monday against the plan to lift fuel subsidies, and said its affiliates would march.",
            "has called",
            "an indefinite general strike from next Monday against the plan to lift fuel subsidies",
        ),
        (
            "The opposition alliance called a nationwide shutdown for Thursday.",
            "called",
            "a nationwide shutdown for Thursday",
        ),
        (
            "Opposition leader Raila Odinga urged supporters to march on parliament on Tuesday.",
            "urged",
            "march on parliament",
        ),
    ],
)
def test_a_call_to_action_is_a_claim(nlp: Language, text: str, cue: str, content: str) -> None:
    assert claim_with_cue(nlp, text, cue).content.text == content


def test_calling_off_a_strike_or_naming_a_march_is_no_call(nlp: Language) -> None:
    assert not [
        c for c in claims_of(nlp, "The union called off the strike after talks.") if c.cue.text == "called"
    ]
    (named,) = claims_of(nlp, "Police called the march illegal.")
    assert named.content.text == "the march illegal"


def test_a_speaker_behind_a_participle_subject(nlp: Language) -> None:
    text = (
        "On the social front, the General Education Federation affiliated with the national labour union "
        "announced a two-day strike of secondary school teachers on May 27 and 28."
    )
    (cl,) = claims_of(nlp, text)
    assert cl.cue.text == "announced"
    assert cl.speaker.text == "the General Education Federation"
    assert cl.content.text.startswith("a two-day strike")


def test_a_speaker_is_not_whoever_met_them(nlp: Language) -> None:
    # "two witnesses interviewed by Amnesty", "residents contacted by Reuters": the participle's agent
    # is not the speaker
    from tests.extract.test_claims_speaker_names import named

    text = (
        "A student died on Saturday after he was beaten by police officers, according to his family and "
        "two witnesses interviewed by Amnesty."
    )
    amnesty = named(text, "Amnesty", "Amnesty International", "rights_group", "amnesty")
    (cl,) = claims_of(nlp, text, actors=(amnesty,))
    assert cl.speaker.name != "Amnesty International"
    text = "A student died on Saturday after he was beaten by police officers, according to Amnesty."
    amnesty = named(text, "Amnesty", "Amnesty International", "rights_group", "amnesty")
    (cl,) = claims_of(nlp, text, actors=(amnesty,))
    assert cl.speaker.name == "Amnesty International"


def test_according_to_the_statement_told_before_is_its_issuers(nlp: Language) -> None:
    text = (
        "Soldiers killed two gunmen in the mountains on Monday, the defence ministry said in a statement.\n\n"
        "According to the statement, an army patrol exchanged fire with the group near the village."
    )
    found = [c for c in claims_of(nlp, text) if c.cue.text == "According to"]
    assert found and found[0].content.text.startswith("an army patrol exchanged fire")
    assert "ministry" in found[0].speaker.name.lower()
    # a statement nobody mentioned before is anyone's: no claim
    text = "According to the statement, an army patrol exchanged fire with the group near the village."
    assert not [c for c in claims_of(nlp, text) if c.cue.text == "According to"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Hundreds of former detainees have described to us how they were beaten, forced to kneel for "
            "hours and denied water at the detention centre.",
            "how they were beaten, forced to kneel for hours and denied water at the detention centre",
        ),
        (
            "Witnesses said the men were arrested, taken to a police station and released on Monday.",
            "the men were arrested, taken to a police station and released on Monday",
        ),
    ],
)
def test_a_list_of_participles_is_all_said(nlp: Language, text: str, content: str) -> None:
    (cl,) = claims_of(nlp, text)
    assert cl.content.text == content


def test_the_speakers_own_list_and_a_part_of_them(nlp: Language) -> None:
    text = (
        "The group documented the cases of at least 11 protesters who said they were kicked, slapped and "
        "forced to squat for hours after being taken to the police headquarters. Three of them said "
        "officers shaved their heads."
    )
    said = [c for c in claims_of(nlp, text) if c.cue.text == "said"]
    assert said[0].content.text.startswith("they were kicked, slapped and forced to squat for hours")
    assert said[-1].content.text == "officers shaved their heads"
    assert "protesters" in said[-1].speaker.name
    # a part of a group the police acted on is not the police
    text = "Police detained 40 students on Monday. Some of them said they were beaten in the van."
    (cl,) = claims_of(nlp, text)
    assert cl.speaker.name != "Police"


def test_a_that_clause_after_a_report_and_a_named_officer(nlp: Language) -> None:
    text = (
        "Iran Human Rights, a group based in Oslo, said in a report released on Tuesday that security "
        "forces killed at least 551 protesters between September and February. "
        '"Each name is a person," the group\'s director, Mahmood Amiry-Moghaddam, said in a statement. '
        "He added that families had been pressured into staying silent."
    )
    from tests.extract.test_claims_speaker_names import named

    person = named(text, "Mahmood Amiry-Moghaddam", "Mahmood Amiry-Moghaddam", "rights_group", "mam")
    found = claims_of(nlp, text, actors=(person,))
    first = next(c for c in found if c.content.text.startswith("security forces killed at least 551"))
    assert first.cue.text == "said"
    added = next(c for c in found if c.cue.text == "added")
    assert added.speaker.name == "Mahmood Amiry-Moghaddam"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Opposition leader Sviatlana Tsikhanouskaya, who lives in exile in Lithuania, has called on "
            "Belarusians to gather in their courtyards at noon on Monday.",
            "has called on",
            "Belarusians to gather in their courtyards at noon on Monday",
        ),
        (
            "The semi-official rights commission gave a lower toll of 99 dead but said most had been hit "
            "by live fire.",
            "gave a lower toll of",
            "99 dead",
        ),
        (
            "The regional health directorate gave a figure of seven deaths.",
            "gave a figure of",
            "seven deaths",
        ),
        (
            'The president said on Thursday that the blockades were "financed from abroad" and that no one '
            "had been beaten by police during the protests.",
            "said",
            'the blockades were "financed from abroad" and that no one had been beaten by police during the '
            "protests",
        ),
    ],
)
def test_calls_tolls_and_second_that_clauses(nlp: Language, text: str, cue: str, content: str) -> None:
    assert claim_with_cue(nlp, text, cue).content.text == content


def test_a_toll_given_needs_a_figure_and_a_warning_to_someone_is_no_call(nlp: Language) -> None:
    assert not [c for c in claims_of(nlp, "The minister gave a figure of speech.") if "gave" in c.cue.text]
    assert not claims_of(nlp, "Police warned them of arrest.")
