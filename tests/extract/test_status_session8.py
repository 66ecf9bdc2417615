"""Statuses met in session 8: comparisons "as if" are no condition, a story called a fabrication
is denied, subjects arranged "to be held" are still to come, and a misplaced future time does not
turn a past clause into a forecast (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.status import StatusInfo, event_status
from eventwire.extract.status_media import is_publisher
from eventwire.records import Actor
from tests.extract._event_helpers import status_of
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        ('"Police kicked the detainees as if they were animals," a lawyer said.', "torture", "attributed"),
        (
            '"Soldiers beat the marchers as though they were enemies," a student said.',
            "repression",
            "attributed",
        ),
        (
            '"Police will beat anyone at the march if they see a camera," a student said.',
            "repression",
            "hypothetical",
        ),
        (
            '"The story of a general strike in the ports is a fabrication," an official told reporters.',
            "strike",
            "negated",
        ),
        (
            "Further demonstrations are to be held in every district next week, the organisers announced.",
            "protest",
            "predicted",
        ),
        ("More strikes are to be held at the docks next month, the union announced.", "strike", "predicted"),
    ],
)
def test_status_session8(nlp: Language, text: str, etype: str, status: str) -> None:
    assert status_of(nlp, text, etype) == status


def test_past_clause_with_a_later_year_is_no_forecast(nlp: Language) -> None:
    text = (
        "The monitor said in a report in May that protests had become a weekly ritual in the run-up "
        "to the 2031 elections."
    )
    assert status_of(nlp, text, "protest") != "predicted"


def _report_status(nlp: Language, text: str, word: str) -> StatusInfo:
    cls = tuple(claims_of(nlp, text))
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    return event_status(head, head.idx, cls)


def test_denied_report_carries_its_denier(nlp: Language) -> None:
    st = _report_status(
        nlp,
        "The interior minister rejected reports in foreign media that detainees were beaten in custody.",
        "beaten",
    )
    assert st.status == "attributed"
    assert st.denied_by is not None
    assert st.denied_by.cue.text == "rejected"
    assert "minister" in (st.denied_by.denier.text or "")


def test_plain_report_has_no_denier(nlp: Language) -> None:
    st = _report_status(nlp, "Reports in foreign media said that detainees were beaten in custody.", "beaten")
    assert st.denied_by is None


@pytest.mark.parametrize(
    ("written", "publisher", "own"),
    [
        ("our monitors in the region", "Great Lakes Rights Watch", True),
        ("its researchers in the field", "Great Lakes Rights Watch", True),
        ("our reporter", "Great Lakes Rights Watch", True),
        ("Reporters Without Borders", "Great Lakes Rights Watch", False),
        ("monitors in the region", "Great Lakes Rights Watch", False),
    ],
)
def test_publisher_staff_with_a_place(written: str, publisher: str, own: bool) -> None:
    speaker = Actor(written, 0, len(written), written, (), "unknown", None, None)
    assert is_publisher(speaker, publisher) is own


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Videos shared on social media and checked by the agency showed hundreds of nurses gathered "
            "outside the hospital gates in Kisumu on Monday.",
            "asserted",
        ),
        (
            "Videos shared on social media showed hundreds of nurses gathered outside the hospital gates "
            "in Kisumu on Monday.",
            "attributed",
        ),
    ],
)
def test_footage_the_newsroom_checked(nlp: Language, text: str, status: str) -> None:
    assert status_of(nlp, text, "protest") == status
