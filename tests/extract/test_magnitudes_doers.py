"""Counts of the doers of a passive act, of the ill-treated among people held, and of sites."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.magnitudes import find_magnitudes
from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

KINDS = [
    # the by-agent of a passive act counts who did it, not whom it was done to
    ("A teacher was seized outside his home by four men in a car.", "four", "participants"),
    ("The village chief was shot dead by two gunmen on a motorbike.", "two", "participants"),
    ("The editor was taken away by about a dozen police officers at dawn.", "about a dozen", "participants"),
    # the victims of the same verbs keep their kinds
    ("Four men were seized by police outside the mosque.", "Four", "arrests"),
    ("Two farmers were shot dead by soldiers near the border.", "Two", "fatalities"),
    # a share of people held who were ill-treated counts the ill-treated (L21's `other`)
    ("Three of the detainees had been beaten with sticks at the station.", "Three", "other"),
    ("Two of the students arrested in the capital were kicked during questioning.", "Two", "other"),
    # ... and so does a share telling of its own ill-treatment
    ("Four of the detainees told reporters they had been kicked at the station.", "Four", "other"),
    ("Two of the prisoners said guards beat them during questioning.", "Two", "other"),
    ("Two of the detainees told reporters they had been released on bail.", "Two", "arrests"),
    # ... but a share of them arrested or held stays as it was
    ("Police detained 30 people; two of the detainees were later released.", "30", "arrests"),
    # sites are counted as `other`, towns as localities (L21)
    ("Workers staged sit-ins at five sites on Tuesday.", "five", "other"),
    ("Protests were held in five towns on Tuesday.", "five", "localities"),
]


@pytest.mark.parametrize(("text", "phrase", "kind"), KINDS)
def test_magnitude_kind_of_doers_and_shares(nlp: Language, text: str, phrase: str, kind: str) -> None:
    found = {m.text: m.kind for m in find_magnitudes(nlp(text))}
    assert found.get(phrase) == kind, found


def test_a_count_conjoined_to_the_agent_keeps_its_own_verb(nlp: Language) -> None:
    text = "The group says 600 civilians have been killed by soldiers and more than 2,000 people arrested."
    found = {m.text: m.kind for m in find_magnitudes(nlp(text))}
    assert found.get("more than 2,000") not in (None, "participants"), found


def test_a_share_telling_of_its_ill_treatment_is_the_torture_records(nlp: Language) -> None:
    text = (
        "Police detained 40 students in Mombasa on Friday. Four of the detainees told reporters that "
        "officers beat them with sticks at the central station."
    )
    evs = [e for e in events(nlp, text) if e.type == "torture"]
    assert evs
    assert ("other", 4) in {(m.kind, m.value) for m in evs[0].magnitudes}
