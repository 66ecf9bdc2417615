"""A record told in several sentences: a later mention may belong with one of its tellings in its own
sentence, though the record took its trigger from another (a subheading above the body sentence).

Each test writes the sentences it stands for.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.coref import merge_drafts
from eventwire.records import Place
from tests.extract._event_helpers import events
from tests.extract.test_coref import draft

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.slow
def test_the_toll_in_the_body_sentence_joins_the_strike_under_its_subheading(nlp: Language) -> None:
    text = (
        "Drone strike in Kordofan\n\n"
        "On 3 March, a drone strike hit a bus station in El Obeid, killing at least nine passengers, "
        "according to witnesses and a local doctor."
    )
    evs = events(nlp, text)
    assert [e.type for e in evs] == ["attack"]
    told = {evs[0].trigger.text, *(m.text for m in evs[0].mentions)}
    assert {"Drone strike", "drone strike", "killing"} <= told


def test_a_word_pointing_back_does_not_take_the_act_of_its_own_sentence_into_the_wave() -> None:
    # "Riot police fired on crowds during nationwide protests on Monday ... The protests, led by
    # students, began in the capital, where thousands of people marched to the finance ministry."
    wave = replace(draft("protest", "protests", 40, nominal=True), scope="aggregate")
    pointer = replace(
        draft("protest", "protests", 304, sent_start=300, nominal=True, back_reference=True, para=1),
        scope="aggregate",
    )
    capital = Place("the capital", 375, 386, "Nairobi", 1, 0.0, 0.0, "KE", None, "city", "city")  # type: ignore[arg-type]
    march = replace(
        draft("protest", "marched", 390, sent_start=300, para=1), scope="single", places=(capital,)
    )
    out = merge_drafts([wave, pointer, march])
    assert [d.trigger.text for d in out] == ["protests", "marched"]
    assert [m.text for m in out[0].mentions] == ["protests"]
