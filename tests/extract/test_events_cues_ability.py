"""An act told only as what someone can or cannot do ("They can arrest a thousand of us, but they cannot
arrest a whole people") is no record: nobody calls for it, plans, vows, threatens or predicts it (N1).
An act that hangs on a condition ("if they march again, police can arrest them") stays (N4).

Each test writes the sentences it stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_defiant_can_and_cannot_arrest_is_no_record(nlp: Language) -> None:
    text = (
        "Police arrested 40 students in Kampala on Monday. "
        '"They can arrest a thousand of us, but they cannot arrest a whole people," '
        "said Okello, a student leader."
    )
    assert [(e.type, e.trigger.text) for e in events(nlp, text)] == [("arrest", "arrested")]


def test_not_able_to_detain_the_whole_country_is_no_record(nlp: Language) -> None:
    text = (
        "Riot police detained dozens of marchers on Friday. "
        '"They will not be able to detain the whole country," an organiser said.'
    )
    assert [e.trigger.text for e in events(nlp, text) if e.type == "arrest"] == ["detained"]


def test_they_can_shoot_us_is_no_record(nlp: Language) -> None:
    text = 'Soldiers fired on the crowd on Sunday. "They can shoot us, but we will come back," a farmer said.'
    assert "shoot" not in [e.trigger.text for e in events(nlp, text)]


def test_an_arrest_on_a_condition_stays(nlp: Language) -> None:
    text = "The governor said that if they march again, police can arrest them."
    arrests = [(e.type, e.status) for e in events(nlp, text) if e.type == "arrest"]
    assert arrests == [("arrest", "hypothetical")]


def test_arrests_the_police_were_able_to_make_stay(nlp: Language) -> None:
    text = "Police opened fire and were able to arrest 39 looters at the market."
    assert [e.trigger.text for e in events(nlp, text) if e.type == "arrest"] == ["arrest"]
