"""A raid whose only outcome its sentence tells is detentions or deaths is that arrest or that killing
(docs/gold-format.md: "a raid whose only outcome is detentions is an arrest"; force with deaths told is
a killing), whether the syntax ties the raid to the outcome or not. A raid told beside more than one
act, or beside an act of another mood, stays a record of its own.

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import merge_drafts
from tests.extract.test_coref import draft


def test_a_raid_noun_beside_the_detentions_of_its_sentence_is_the_arrest() -> None:
    # "During searches before dawn, masked officers broke into a dozen flats in Gomel and took away
    # their tenants." ("searches" modifies "broke into", which is no event word: no syntactic tie)
    raid = replace(
        draft("repression", "searches", 7, sent_start=0, nominal=True), head_lemma="search", head=1
    )
    arrest = replace(draft("arrest", "took away", 85, sent_start=0), head=15)
    (one,) = merge_drafts([raid, arrest])
    assert (one.type, one.trigger.text) == ("arrest", "took away")
    assert [m.text for m in one.mentions] == ["searches"]


def test_a_raid_whose_only_outcome_is_a_death_is_the_killing() -> None:
    # "Soldiers stormed the farmhouse near Tumaco and shot dead a community leader."
    raid = replace(draft("repression", "stormed", 9, sent_start=0), head_lemma="storm", head=1)
    killing = replace(draft("killing", "shot dead", 47, sent_start=0), head=6)
    raid, killing = replace(raid, linked=frozenset({6})), replace(killing, linked=frozenset({1}))
    (one,) = merge_drafts([raid, killing])
    assert (one.type, one.trigger.text) == ("killing", "shot dead")
    assert [m.text for m in one.mentions] == ["stormed"]


def test_a_raid_told_with_two_acts_or_another_mood_stays_apart() -> None:
    # "Police raided the union office, beat the guards and detained its secretary."
    raid = replace(draft("repression", "raided", 7, sent_start=0), head_lemma="raid", head=1)
    beat = replace(draft("repression", "beat", 36, sent_start=0), head=6)
    arrest = replace(draft("arrest", "detained", 55, sent_start=0), head=10)
    out = merge_drafts([raid, beat, arrest])
    assert any(d.trigger.text == "raided" for d in out)
    assert {d.type for d in out} >= {"arrest", "repression"}
    # "Police raided the office, and the union says its secretary may be detained.": the detention is
    # only feared
    feared = replace(arrest, status="predicted")
    out = merge_drafts([raid, feared])
    assert sorted(d.trigger.text for d in out) == ["detained", "raided"]
