"""Claims: a kind noun ("the outlet", "the broadcaster") refers back to the last speaker of its kind,
not to an earlier speaker of another kind (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.records import Actor
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_outlet_is_the_news_site_not_the_earlier_rights_group(nlp: Language) -> None:
    text = (
        "The Baloch Rights Network counted 40 arrests last month. On Friday, families gathered outside "
        "the jail in Quetta, according to the exile news site Haalvsh. The outlet reported that "
        "police fired tear gas to disperse the families."
    )
    start = text.index("Baloch Rights Network")
    # the actor finder may take a "network" for a media outlet: the kind noun must still prefer the
    # speaker of its kind named since
    network = Actor(
        "Baloch Rights Network", start, start + 21, "Baloch Rights Network", (), "media", None, None
    )
    claims = claims_of(nlp, text, actors=(network,))
    last = next(c for c in claims if c.cue.text == "reported")
    assert "Haalvsh" in last.speaker.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police fired on the crowd in Basra, medical and security sources said.", "medical sources"),
        ("Two students were detained in Hue on Monday, teachers and parents said.", "teachers"),
    ],
)
def test_two_speakers_in_one_attribution_the_first_speaks(nlp: Language, text: str, name: str) -> None:
    (c,) = claims_of(nlp, text)
    assert c.speaker.name == name


def test_two_speakers_the_named_one_speaks_when_the_first_is_unnamed(nlp: Language) -> None:
    text = (
        "An air strike on a school killed at least 12 people, according to a local aid group and "
        "the Karen National Union."
    )
    start = text.index("the Karen National Union")
    end = start + len("the Karen National Union")
    knu = Actor("the Karen National Union", start, end, "Karen National Union", (), "armed_group", None, None)
    aid = text.index("local aid group")
    group = Actor("local aid group", aid, aid + 15, "Aid groups", (), "international", None, None)
    (c,) = claims_of(nlp, text, actors=(knu, group))
    assert c.speaker.name == "Karen National Union"


def test_first_named_speaker_is_not_replaced_by_a_later_unnamed_body(nlp: Language) -> None:
    text = (
        "An air strike on a school killed at least 12 people, according to residents and the "
        "country's military government."
    )
    start = text.index("military government")
    junta = Actor("military government", start, start + 19, "Military junta", (), "state", None, None)
    (c,) = claims_of(nlp, text, actors=(junta,))
    assert c.speaker.name == "residents"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The union said police had beaten strikers in Lodz and urged members to stay home on Friday.",
            "urged",
            "union",
        ),
        (
            "The envoy said in a statement that the army was starving the city and called for an inquiry.",
            "called for",
            "envoy",
        ),
    ],
)
def test_call_conjoined_inside_a_report_is_the_reporters(
    nlp: Language, text: str, cue: str, speaker: str
) -> None:
    claims = claims_of(nlp, text)
    call = next(c for c in claims if c.cue.text == cue)
    assert call.speaker.name == speaker


def test_citing_outlet_speaks(nlp: Language) -> None:
    text = "The daily Zeta, citing residents, reported that at least four bodies were found near Tijuana."
    (c,) = claims_of(nlp, text)
    assert "Zeta" in c.speaker.name
    assert [a.text for a in c.chain] == ["residents"]


def test_counted_speakers_are_named_without_their_count(nlp: Language) -> None:
    text = (
        "Soldiers chased the marchers into side streets, according to three participants who spoke to "
        "this outlet. Both said two of the women were driven away in an army truck."
    )
    first, second = claims_of(nlp, text)
    assert first.speaker.name == "participants"
    assert second.speaker.text == "Both"
    assert second.speaker.name == "participants"
