"""A denied report's owner read by the words' order, when the parser hangs the "that" clause on the
owner, reads "claims spread" as a clause of its own, or loses the "that" (docs/gold-format.md S1, G4,
G8): the report is its owner's (`attributed`), and the denier's denial is carried beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.status import StatusInfo, event_status
from eventwire.extract.status_negation import _written_report_owner
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

OWNED = [
    (
        "The governor firmly denied claims spread by exiled activists that riot police had beaten students.",
        "beaten",
        "activists",
        "denied",
    ),
    (
        "The ministry rejected as propaganda reports circulated by opposition websites and by so-called "
        "monitors abroad that soldiers had burned a mosque in the village.",
        "burned",
        "websites",
        "rejected",
    ),
    (
        'Speaking on the radio, the mayor rejected what he called "lies spread by rival parties" that the '
        "police had shot two traders.",
        "shot",
        "parties",
        "rejected",
    ),
    (
        'The spokesman dismissed as "pure invention" reports by exile television channels that troops had '
        "detained dozens of students.",
        "detained",
        "channels",
        "dismissed",
    ),
]


def _status(nlp: Language, text: str, word: str) -> StatusInfo:
    cls = tuple(claims_of(nlp, text))
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    return event_status(head, head.idx, cls)


@pytest.mark.parametrize(("text", "word", "owner", "cue"), OWNED)
def test_status_a_denied_report_is_its_owners_and_carries_the_denial(
    nlp: Language, text: str, word: str, owner: str, cue: str
) -> None:
    doc = nlp(text)
    st = _status(nlp, text, word)
    assert st.status == "attributed"
    assert st.reporter is not None and doc[st.reporter].text == owner
    assert st.denied_by is not None and st.denied_by.cue.text == cue


def test_status_a_report_called_false_is_its_owners(nlp: Language) -> None:
    text = (
        'The prosecutor described as "a malicious fabrication" claims circulated by exile websites linked '
        "to a banned party that two detainees had been beaten in custody."
    )
    doc = nlp(text)
    st = _status(nlp, text, "beaten")
    assert st.status == "attributed"
    assert st.reporter is not None and doc[st.reporter].text == "websites"


@pytest.mark.parametrize(
    "text",
    [
        "The minister denied that riot police had beaten students.",  # no report noun: the denial alone
        "Activists spread claims by exiled monks that riot police had beaten students.",  # no denial
        "The army dismissed reports from the region that soldiers had beaten students.",  # a place
        "He rejected the reports, and exiled activists said that riot police had beaten students.",
        "The so-called claims by exiled monks that riot police had beaten students were repeated.",
    ],
)
def test_status_no_denied_report_owner_by_order(nlp: Language, text: str) -> None:
    doc = nlp(text)
    head = next(t for t in doc if t.text == "beaten")
    assert _written_report_owner(head) is None


def test_frames_build_the_owners_claim_of_a_denied_report(nlp: Language) -> None:
    text = (
        "The interior ministry denied claims spread by exiled activists that riot police had beaten "
        "eleven students in the dormitories."
    )
    found = [c for c in claims_of(nlp, text) if c.cue.text == "claims"]
    assert found, [(c.cue.text, c.speaker.text) for c in claims_of(nlp, text)]
    assert "activists" in found[0].speaker.text
    assert "beaten" in found[0].content.text
