"""A news lede and the body paragraph that tells its act again (extract/coref_lede.py).

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import Draft, merge_drafts
from eventwire.extract.coref_lede import lede_pairs, lede_sentence
from eventwire.records import Span
from tests.extract.test_coref import _mag, _place, draft

# "HARARE, March 3 (Example Wire) - Riot police fired tear gas at striking nurses outside the health
# ministry in Harare on Tuesday, ..."
LEDE = "Riot police fired tear gas at striking nurses outside the health ministry in Harare"


def _lede(etype: str, trigger: str, start: int) -> Draft:
    return replace(
        draft(etype, trigger, start, sent_start=40, para=0),
        evidence=Span(LEDE + ".", 40, 40 + len(LEDE) + 1),
        places=(_place("Harare", 40 + LEDE.index("Harare")),),
    )


def _body(etype: str, sentence: str, trigger: str, sent_start: int, para: int) -> Draft:
    """A later paragraph's sentence, its place (if any) taken from the dateline."""
    start = sent_start + sentence.index(trigger)
    return replace(
        draft(etype, trigger, start, sent_start=sent_start, para=para),
        evidence=Span(sentence, sent_start, sent_start + len(sentence)),
    )


def _volleys() -> Draft:
    """Two paragraphs down: "Shortly after noon, officers fired volleys of tear gas into the crowd." """
    return _body(
        "repression",
        "Shortly after noon, officers fired volleys of tear gas into the crowd.",
        "fired",
        600,
        2,
    )


def test_the_body_telling_of_the_ledes_act_joins_it() -> None:
    # "... Shortly after noon, officers fired volleys of tear gas into the crowd at the gate." two
    # paragraphs down: the lede's tear gas, told step by step
    (one,) = merge_drafts([_lede("repression", "fired tear gas", 52), _volleys()])
    assert {one.trigger.text, *(m.text for m in one.mentions)} == {"fired tear gas", "fired"}


def test_a_headline_is_not_the_lede() -> None:
    title = replace(
        draft("repression", "Tear gas", 0, sent_start=0, para=0),
        evidence=Span("Tear gas fired at nurses in Harare", 0, 34),
    )
    lede = _lede("repression", "fired tear gas", 52)
    assert lede_sentence([title, lede]) == 40


def test_a_body_act_with_a_place_of_its_own_stays_apart() -> None:
    # "In Bulawayo, officers fired tear gas at nurses marching on the provincial hospital."
    lede = _lede("repression", "fired tear gas", 52)
    sentence = "In Bulawayo, officers fired tear gas at nurses marching on the provincial hospital."
    body = replace(_body("repression", sentence, "fired tear gas", 600, 2), places=(_place("Bulawayo", 603),))
    assert len(merge_drafts([lede, body])) == 2


def test_another_act_told_below_stays_apart() -> None:
    # "Police also fired tear gas at a second group of nurses near the central hospital."
    sentence = "Police also fired tear gas at a second group of nurses near the central hospital."
    body = _body("repression", sentence, "fired tear gas", 600, 2)
    assert len(merge_drafts([_lede("repression", "fired tear gas", 52), body])) == 2


def test_a_body_count_that_differs_from_the_ledes_is_another_tally() -> None:
    # lede "police arrested more than 1,100 people"; below "about 600 people who left the campus had
    # been arrested": two tallies, two records
    lede = replace(_lede("arrest", "arrested", 52), magnitudes=(_mag("arrests", 1100, 70),))
    sentence = "About 600 people who left the campus overnight had been arrested, police said."
    body = replace(_body("arrest", sentence, "arrested", 600, 2), magnitudes=(_mag("arrests", 600, 606),))
    assert len(merge_drafts([lede, body])) == 2


def test_a_lede_with_two_acts_of_one_type_joins_neither() -> None:
    # "Police fired tear gas at nurses in Harare and beat doctors in Mutare ...", told as two records:
    # which one the body retells is unknown
    lede = _lede("repression", "fired tear gas", 52)
    beat = _lede("repression", "beat", 110)
    body = _volleys()
    assert lede_pairs([lede, body], 40) == [(0, 1)]
    assert lede_pairs([lede, beat, body], 40) == []


def test_a_generic_form_in_the_lede_is_the_march_told_below() -> None:
    # lede: "Protesters blocked a boulevard in Harare on Tuesday ..."; a paragraph down: "The
    # protesters marched from the stadium to the ministry." (a demonstration, then its march: one act)
    lede = replace(_lede("protest", "blocked", 45), subtype="demonstration")
    body = replace(
        _body("protest", "The protesters marched from the stadium to the ministry.", "marched", 400, 1),
        subtype="march",
    )
    assert lede_pairs([lede, body], 40) == [(0, 1)]
    # a sit-in told below a march is still another act
    sit_in = replace(body, subtype="sit_in")
    assert lede_pairs([replace(lede, subtype="march"), sit_in], 40) == []
