"""Chanting is how a crowd's strike, riot or demonstration went on, not an event of its own.

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import Draft, merge_drafts
from tests.extract.test_coref import _mag, draft


def _chant(start: int, *, sent_start: int, para: int = 0) -> Draft:
    return replace(draft("protest", "chanted", start, sent_start=sent_start, para=para), head_lemma="chant")


def test_chanting_in_the_next_sentence_joins_the_strike() -> None:
    # "Dock workers in the port walked off the job on Tuesday. Workers chanted: 'Pay us what you owe.'"
    strike = replace(draft("strike", "walked off the job", 20, sent_start=0), head_lemma="walk")
    (one,) = merge_drafts([strike, _chant(80, sent_start=60)])
    assert (one.type, one.trigger.text) == ("strike", "walked off the job")
    assert [m.text for m in one.mentions] == ["chanted"]


def test_chanting_in_the_rioters_sentence_joins_the_riot_with_their_count() -> None:
    # "Hundreds of traders smashed shop windows and chanted slogans against the mayor."
    riot = replace(draft("riot", "smashed", 20, sent_start=0), head_lemma="smash")
    chant = replace(_chant(50, sent_start=0), magnitudes=(_mag("participants", 100, 0),))
    (one,) = merge_drafts([riot, chant])
    assert one.type == "riot" and [m.value for m in one.magnitudes] == [100]


def test_chanting_with_no_crowd_act_before_it_stays_a_protest() -> None:
    # "Police detained two students on Monday. Outside the court, dozens chanted for their release."
    arrest = draft("arrest", "detained", 7, sent_start=0)
    out = merge_drafts([arrest, _chant(90, sent_start=50)])
    assert [d.type for d in out] == ["arrest", "protest"]
    # nor does it join a crowd act told in an earlier paragraph
    strike = draft("strike", "went on strike", 7, sent_start=0)
    later = _chant(300, sent_start=280, para=2)
    assert [d.type for d in merge_drafts([strike, later])] == ["strike", "protest"]
