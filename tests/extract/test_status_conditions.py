"""Threats on a condition the subject or the verb's own clause carries, and plans denied by "no"
(sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events, status_of
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        (
            'The prosecutor warned that drivers who continue to block roads "will be arrested".',
            "arrest",
            "hypothetical",
        ),
        ("Protesters who block highways will be arrested, the minister said.", "arrest", "hypothetical"),
        (
            "Police said they would resume clearing operations on the highway on Friday if the blockaders "
            "did not withdraw.",
            "repression",
            "hypothetical",
        ),
        (
            'The general said no operation to detain the opposition leader was planned "at this moment".',
            "arrest",
            "negated",
        ),
    ],
)
def test_status_conditions_and_denied_plans(nlp: Language, text: str, etype: str, status: str) -> None:
    assert status_of(nlp, text, etype) == status


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The students who were detained on Monday were beaten in custody, their lawyers said.", "torture"),
        ("Police said they would resume clearing operations on the highway on Friday.", "repression"),
        ("The general said the operation to detain the opposition leader was planned for Friday.", "arrest"),
    ],
)
def test_status_no_condition_no_denial(nlp: Language, text: str, etype: str) -> None:
    # a definite subject with a past relative clause, a plan without "if", a plan without "no"
    assert status_of(nlp, text, etype) not in ("hypothetical", "negated")


@pytest.mark.parametrize(
    ("text", "etype", "negated"),
    [
        (
            "The city police department stressed that information spread on social networks about the use "
            'of force against the participants "does not correspond to reality".',
            "repression",
            True,
        ),
        (
            "Reports that police beat detainees in the capital are not true, the ministry said.",
            "torture",
            True,
        ),
        (
            "Reports said police beat detainees in the capital, and the ministry did not comment.",
            "torture",
            False,
        ),
    ],
)
def test_status_a_story_called_untrue(nlp: Language, text: str, etype: str, negated: bool) -> None:
    assert (status_of(nlp, text, etype) == "negated") is negated


def test_status_a_condition_after_a_coordinated_verb_is_that_verbs(nlp: Language) -> None:
    # the parser may hang "if they did not reopen" on the first verb; the shops were sealed
    text = (
        "Police sealed 40 shops in the bazaar and threatened owners with prosecution if they did not reopen."
    )
    evs = [e for e in events(nlp, text) if e.type == "repression"]
    assert evs and all(e.status == "asserted" for e in evs)
    text = "Police will seal the shops if their owners do not reopen them."
    evs = [e for e in events(nlp, text) if e.type == "repression"]
    assert evs and all(e.status == "hypothetical" for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        'The interior minister warned on Monday that officers would "take firm measures" against anyone who '
        "blocks the highway during the protests.",
        "The governor warned that police would crack down on anyone who joins the strike.",
        "Police will arrest anyone who blocks the road.",
    ],
)
def test_status_a_threat_against_whoever_acts_is_hypothetical(nlp: Language, text: str) -> None:
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type in ("repression", "arrest")]
    assert evs and all(e.status == "hypothetical" for e in evs)


def test_status_a_fear_under_a_condition_is_hypothetical(nlp: Language) -> None:
    text = (
        '"If the government does not release them now, we fear that more detainees will be tortured," '
        "the lawyer said."
    )
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type == "torture"]
    assert evs and all(e.status == "hypothetical" for e in evs)
    text = '"We fear that more detainees will be tortured," the lawyer said.'
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type == "torture"]
    assert evs and all(e.status == "predicted" for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "The group said dozens had been taken to a detention centre in the north, where it feared they would "
        "be tortured.",
        "Relatives expected that the two men would be executed at dawn.",
    ],
)
def test_status_would_after_a_past_fear_or_expectation_is_predicted(nlp: Language, text: str) -> None:
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type in ("torture", "execution")]
    assert evs and all(e.status == "predicted" for e in evs)  # not a hypothetical "would"


@pytest.mark.parametrize(
    "text",
    [
        "The monitor warns that four more prisoners are at imminent risk of being put to death.",
        "Rights monitors say that six men held in Karaj are at imminent risk of being hanged.",
    ],
)
def test_status_an_imminent_risk_of_a_verbal_act_is_predicted(nlp: Language, text: str) -> None:
    # "at imminent risk of execution" and its verbal form "of being executed" are forecast (H8)
    evs = [e for e in events(nlp, text) if e.type == "execution"]
    assert evs and evs[0].status == "predicted"


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ('"No inmate in this facility is subjected to ill-treatment," the warden said.', True),
        ("The governor said that nobody had been subjected to torture in the county jail.", True),
        ("Lawyers said that two inmates had been subjected to ill-treatment in the county jail.", False),
    ],
)
def test_status_no_one_subjected_to_an_act_is_a_denial(nlp: Language, text: str, negated: bool) -> None:
    assert (status_of(nlp, text, "torture") == "negated") is negated
