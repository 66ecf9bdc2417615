"""Status and source of what a call asks for, of the publisher's own staff's reports and of what
informants told a publisher (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import claim, events
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            'The party has called on its supporters to observe a nationwide "stay-at-home" on February 23.',
            "strike",
        ),
        ("The student union has called for a national day of action on 20 October.", "protest"),
        ("The federation has called an indefinite general strike from next Monday.", "strike"),
        ("Opposition leader Raila Odinga urged supporters to march on parliament on Tuesday.", "protest"),
        # the event's own two-word name under the frame noun: "ville" hangs on "morte" as a compound
        ('The coalition called for two days of "ville morte" across the south from Monday.', "strike"),
    ],
)
def test_status_what_a_call_asks_for_is_predicted_with_the_caller_as_source(
    nlp: Language, text: str, etype: str
) -> None:
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type == etype]
    assert evs and evs[0].status == "predicted"
    assert evs[0].source is not None and evs[0].claim_id is not None


def test_status_a_call_that_names_an_event_or_mentions_a_past_one_predicts_nothing(nlp: Language) -> None:
    text = 'The ruling party has called the demonstrations a "liberal-fascist" attempt to seize power.'
    cls = tuple(claims_of(nlp, text))
    assert all(e.status != "predicted" for e in events(nlp, text, claims=cls) if e.type == "protest")
    text = "The party called on its supporters to observe a stay-at-home to protest the abductions."
    cls = tuple(claims_of(nlp, text))
    assert all(e.status == "asserted" for e in events(nlp, text, claims=cls) if e.type == "arrest")


@pytest.mark.parametrize(
    ("speaker", "publisher", "own"),
    [
        ("an Evening Wire correspondent", "Evening Wire", True),
        ("an Evening Wire witness", "Evening Wire", False),  # a witness is another speaker
        ("a TAP correspondent", "TAP", True),
        ("Amnesty researchers", "Amnesty International", True),
        ("our correspondent", "Evening Wire", True),
        ("a Reuters witness", "Evening Wire", False),
    ],
)
def test_status_the_publishers_own_staff_report_for_the_publisher(
    nlp: Language, speaker: str, publisher: str, own: bool
) -> None:
    text = f"Protesters were felling trees across the road near the bridge, according to {speaker}."
    cl = claim(
        text, speaker, "Protesters were felling trees across the road near the bridge", cue="according to"
    )
    (ev,) = [e for e in events(nlp, text, claims=(cl,), publisher=publisher) if e.type == "protest"]
    assert (ev.status == "asserted") is own


def test_status_information_from_informants_is_theirs(nlp: Language) -> None:
    text = (
        "In Papua, Amnesty has received credible information from local church leaders that soldiers "
        "shot dead three men on 2 October."
    )
    (ev,) = [e for e in events(nlp, text, publisher="Amnesty International") if e.type == "killing"]
    assert ev.status == "attributed" and ev.source is not None and "church leaders" in (ev.source.text or "")
    text = "Police received information from residents who saw the attack on the station."
    evs = [e for e in events(nlp, text) if e.type == "attack"]
    assert all(e.status == "asserted" for e in evs)


def test_status_every_conjunct_of_a_call_is_called_for(nlp: Language) -> None:
    text = "Activists called for protests and strikes on Monday."
    cls = tuple(claims_of(nlp, text))
    evs = events(nlp, text, claims=cls)
    assert {e.type for e in evs} >= {"protest", "strike"}
    assert all(e.status == "predicted" and e.source is not None for e in evs)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "A student died on Saturday after he was beaten by police officers during the dispersal of a "
            "protest outside the governor's office, according to his family.",
            "protest",
        ),
        (
            "In November 2019, after the president resigned amid disputed elections and protests, security "
            "forces killed 10 people in Sacaba, the commission said.",
            "protest",
        ),
    ],
)
def test_status_the_setting_of_an_account_is_the_publishers(nlp: Language, text: str, etype: str) -> None:
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type == etype]
    assert evs and evs[0].status == "asserted"


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        (
            "Analysts expect the security forces to seal off central squares as they did in September 2019, "
            "when hundreds of people were arrested after rare demonstrations.",
            "arrest",
            "asserted",
        ),
        (
            "Others fear that the unrest could draw troops away from the north, where insurgents have "
            "stepped up attacks in recent weeks.",
            "attack",
            "asserted",
        ),
        # not a forecast: the speaker's own past, told by them
        (
            "The monitor said the attack was the deadliest since April, when an air strike killed more than "
            "160 people.",
            "attack",
            "attributed",
        ),
    ],
)
def test_status_the_past_a_forecast_is_set_against(nlp: Language, text: str, etype: str, status: str) -> None:
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type == etype]
    assert evs and evs[-1].status == status


@pytest.mark.parametrize(
    "text",
    [
        "The coalition asked traders to observe a strike on Tuesday.",
        "The opposition appealed to residents to observe a stay-at-home on Monday.",
        "Organisers invited residents to take part in a protest on Saturday.",
    ],
)
def test_status_what_people_are_asked_to_observe_or_join_is_predicted(nlp: Language, text: str) -> None:
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type in ("strike", "protest")]
    assert evs and evs[0].status == "predicted"


def test_status_asking_about_or_asking_to_stop_an_event_predicts_nothing(nlp: Language) -> None:
    for text in (
        "Reporters asked about the protests that took place on Monday.",
        "The lawyers asked the court to stop the executions.",
    ):
        cls = tuple(claims_of(nlp, text))
        assert all(e.status == "asserted" for e in events(nlp, text, claims=cls))


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        (
            "The six men were moved to solitary confinement on Saturday and their death sentences were "
            "carried out at dawn the next day.",
            "execution",
            "asserted",
        ),
        ("Police detained the activist on Friday and he was beaten the next morning.", "torture", "asserted"),
        ("Teachers will strike next week.", "strike", "predicted"),
    ],
)
def test_status_the_next_day_of_a_past_account_is_the_day_after(
    nlp: Language, text: str, etype: str, status: str
) -> None:
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type == etype]
    assert evs and evs[0].status == status


@pytest.mark.parametrize(
    ("text", "etype", "status", "source"),
    [
        (
            "The provincial governor reminded the organisers that any gathering without a permit would be"
            " dispersed.",
            "repression",
            "hypothetical",
            "governor",
        ),
        (
            "The Ministry of Interior said the crowd had been dispersed. The minister, Ali Rahmani,"
            " answered on state television that protesters who block roads will be arrested.",
            "arrest",
            "hypothetical",
            "Ali Rahmani",
        ),
    ],
)
def test_status_an_act_to_come_with_no_claim_takes_the_subject_of_the_verb_that_foretells_it(
    nlp: Language, text: str, etype: str, status: str, source: str
) -> None:
    # no claim is found for "reminded … that" / "answered … that"; the warner is still the source (N5),
    # and a person named beside a title is named (N10)
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type == etype]
    assert evs and evs[0].status == status
    assert evs[0].source is not None and source in (evs[0].source.name or "")


def test_status_an_issued_statement_speaks_for_its_issuer_beyond_its_claim(nlp: Language) -> None:
    # the participle's clause is no part of the claim; its reporter "the statement" is the ministry,
    # as the claim resolved it, not a speaker named "statement"
    text = (
        "The Interior Ministry issued a statement on Sunday. Police acted with restraint to protect"
        " property, the statement said, adding that 12 rioters had been arrested."
    )
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type == "arrest"]
    assert evs and evs[0].status == "attributed"
    assert evs[0].source is not None and evs[0].source.name == "Interior Ministry"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # stopping work is the strike itself, not the redress of one ("must stop the killings")
        (
            "The union said its members at two plants would stop work next week if the wage demands were"
            " not met.",
            "strike",
        ),
        # the threat's verb parsed inside the whoever-subject's relative clause
        (
            'The army spokesman warned on Monday that "anyone who tries to use the rallies to cause chaos'
            ' will be handled firmly".',
            "repression",
        ),
        (
            "The governor warned that anyone who tries to use the market closures to cause disorder will be"
            " arrested.",
            "arrest",
        ),
        # a condition written after two verbs with one subject and one modal holds for both
        (
            "They said they would march to the governor's office and block the coast road if their wages"
            " were not paid by the end of the month.",
            "protest",
        ),
        # the threat's modal on a causative "have": "would have their businesses sealed"
        (
            "The prosecutor warned that shopkeepers who joined the strike would have their businesses sealed"
            " and their licences revoked.",
            "repression",
        ),
    ],
)
def test_status_a_threat_on_a_condition_is_hypothetical(nlp: Language, text: str, etype: str) -> None:
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type == etype]
    assert evs and evs[0].status == "hypothetical"


def test_status_a_call_by_a_pronoun_inside_another_account_has_the_person_named_before_as_source(
    nlp: Language,
) -> None:
    # "he" urged the march: the person the sentence names before the pronoun is the caller (N5),
    # not the lawyer who tells it
    text = (
        "Police detained activist Omar Belkadi at his home on Tuesday, a day after he urged residents to "
        "march against power cuts, his lawyer said."
    )
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type == "protest"]
    assert evs and evs[0].status == "predicted"
    assert evs[0].source is not None and "Belkadi" in (evs[0].source.text or evs[0].source.name)
