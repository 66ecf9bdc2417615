"""Deaths and wounded the publisher tells in a riot's own sentence are the riot's (sentences written for
these tests): "more than 40 people were killed when crowds set fire to shops" gives the riot its
fatalities; a death with a doer ("police shot dead three youths") and a state speaker's toll of riots
(gold-format K12) stay off it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.records import Event

pytestmark = pytest.mark.slow


def _riot_figures(evs: list[Event]) -> set[tuple[str, int | None]]:
    riots = [e for e in evs if e.type == "riot"]
    assert riots, [(e.type, e.trigger.text) for e in evs]
    return {(m.kind, m.value) for e in riots for m in e.magnitudes}


CARRIED = [
    (
        "In May 1998, more than 40 people were killed in the port city when crowds set fire to shops "
        "and police stations.",
        ("fatalities", 40),
    ),
    (
        "Residents still remember the unrest of 2019, when looting and arson in the capital left "
        "more than 200 people dead.",
        ("fatalities", 200),
    ),
]


@pytest.mark.parametrize(("text", "figure"), CARRIED)
def test_the_publishers_toll_in_the_riots_sentence_is_the_riots(
    nlp: Language, text: str, figure: tuple[str, int]
) -> None:
    assert figure in _riot_figures(events(nlp, text))


KEPT_OFF = [
    # the death names its doer: the killing's own
    "Police shot dead three youths in the market on Monday after rioters set fire to the town hall.",
    # a state speaker's toll of riots is a killing of its own (K12)
    "Youths set fire to banks in the city on Friday and four policemen were killed, state television said.",
]


@pytest.mark.parametrize("text", KEPT_OFF)
def test_a_toll_with_a_doer_or_a_speaker_stays_off_the_riot(nlp: Language, text: str) -> None:
    assert not {k for k, _v in _riot_figures(events(nlp, text)) if k == "fatalities"}


def test_a_participles_toll_is_the_shootings(nlp: Language) -> None:
    text = (
        "Gunmen opened fire at a bus station in the north on Sunday, killing five people and wounding eight."
    )
    hit = [e for e in events(nlp, text) if "opened fire" in e.trigger.text or "opened" in e.trigger.text]
    assert hit
    assert {("fatalities", 5), ("injuries", 8)} <= {(m.kind, m.value) for m in hit[0].magnitudes}
