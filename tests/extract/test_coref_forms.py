"""A protest's form: a march and a sit-in are two events, a crowd that gathered and then marched is one.

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import Draft, merge_drafts
from eventwire.records import Actor
from tests.extract.test_coref import _day, _place, draft


def _protest(word: str, start: int, subtype: str, *, scope: str = "single", para: int = 1) -> Draft:
    d = draft("protest", word, start, time=_day("2026-03-05", start - 20), para=para)
    return replace(d, subtype=subtype, scope=scope, places=(_place("Mahabad", start + 30),))


def _held_by(d: Draft, name: str) -> Draft:
    return replace(
        d,
        actors=(
            Actor(name, d.trigger.start - 20, d.trigger.start - 5, name, (), "group", "initiator", None),
        ),
    )  # type: ignore[arg-type]


def test_a_crowd_that_gathered_and_then_marched_is_one_protest() -> None:
    # "On Thursday thousands gathered at the cemetery in Mahabad ... (next paragraph) witnesses said the
    # crowd then marched from the cemetery to the governor's office in Mahabad."
    gathered = _protest("gathered", 40, "demonstration")
    marched = _protest("marched", 300, "march", para=2)
    (one,) = merge_drafts([gathered, marched])
    assert {one.trigger.start, *(m.start for m in one.mentions)} == {40, 300}


def test_two_forms_two_crowds_or_a_wave_and_its_act_stay_apart() -> None:
    # "Students marched to the university on Thursday ... teachers held a sit-in outside the ministry"
    marched = _protest("marched", 40, "march")
    sit_in = _protest("held a sit-in", 300, "sit_in", para=2)
    assert len(merge_drafts([marched, sit_in])) == 2
    # "government supporters marched through the centre ... the opposition held a rally the same day"
    supporters = _held_by(marched, "government supporters")
    rally = _held_by(_protest("held a rally", 300, "demonstration", para=2), "the opposition")
    assert len(merge_drafts([supporters, rally])) == 2
    # "teachers held sit-ins in more than 20 provinces ... similar gatherings were held in five cities"
    wave = _protest("held sit-ins", 40, "sit_in", scope="aggregate")
    gatherings = _protest("similar gatherings", 300, "demonstration", scope="aggregate", para=2)
    assert len(merge_drafts([wave, replace(gatherings, nominal=True)])) == 2
