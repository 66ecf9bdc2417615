"""Claims: the publisher's own people ("our monitors", "our own network of activists") speak for the
publisher, also in a closing frame after a date ("…, a Monday, our monitors reported"). Sentences
written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.claims import find_claims
from eventwire.extract.mentions import Mentions
from eventwire.ingest.document import make_document

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.records import Claim

pytestmark = pytest.mark.slow

PUBLISHER = "Sahel Rights Watch"


def _claims(nlp: Language, text: str, publisher: str | None = PUBLISHER) -> list[Claim]:
    document = make_document(text, normalize=False, publisher=publisher)
    return find_claims(Mentions(document=document, doc=nlp(text), published=None))


@pytest.mark.parametrize(
    "text",
    [
        "Our monitors have documented at least 35 arrests in Gao since the vote.",
        "Our own network of volunteers in the north has recorded more than 200 detentions since March.",
        "Our researchers counted at least nine bodies at the hospital morgue.",
        # its sources and the counts its people keep (docs/gold-format.md M4)
        "Our sources in Mopti count more than 400 people detained since the vote.",
        "According to lists compiled by our network, at least 52 students were arrested in Gao.",
    ],
)
def test_our_people_speak_for_the_publisher(nlp: Language, text: str) -> None:
    (cl,) = _claims(nlp, text)
    assert cl.speaker.name == PUBLISHER


@pytest.mark.parametrize(
    "text",
    [
        "Our party calls on all workers to join the general strike on Thursday.",
        "Our movement said police detained 14 of its members in Gao on Sunday.",
    ],
)
def test_our_body_is_the_publisher(nlp: Language, text: str) -> None:
    # a party's or movement's own release calls itself by its kind: "our party" is the publisher
    (cl,) = _claims(nlp, text)
    assert cl.speaker.name == PUBLISHER


def test_our_people_in_a_closing_frame_after_a_date(nlp: Language) -> None:
    text = (
        "Markets in Gao, Mopti and Timbuktu stayed shut today, a Monday, our monitors in the region reported."
    )
    found = [c for c in _claims(nlp, text) if c.cue.text == "reported"]
    assert found, [(c.cue.text, c.speaker.text) for c in _claims(nlp, text)]
    assert found[0].speaker.name == PUBLISHER
    assert "Monday" not in (found[0].speaker.text or "")


def test_our_people_in_a_quotation_are_the_speakers(nlp: Language) -> None:
    (cl,) = _claims(nlp, '"Our activists were beaten in the van," the union leader said.')
    assert cl.speaker.name != PUBLISHER
    # without a publisher, "our monitors" stays as written
    (own,) = _claims(nlp, "Our monitors have documented at least 35 arrests in Gao.", publisher=None)
    assert own.speaker.name != PUBLISHER


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On Friday police detained more than 40 people, some of whom said they were beaten.",
            "detainees",
        ),
        (
            "Two men who were released on Sunday after a week in a military camp told us that they were "
            "whipped every night.",
            "former detainees",
        ),
        (
            "A volunteer who was freed after nine days told the group that he was beaten with a cable.",
            "former detainee",
        ),
    ],
)
def test_people_named_by_their_detention(nlp: Language, text: str, name: str) -> None:
    # the plain word ("people", "men", "a volunteer") gives way to what the text did to them
    (cl,) = _claims(nlp, text, publisher=None)
    assert cl.speaker.name == name


def test_people_named_by_what_they_did_keep_their_word(nlp: Language) -> None:
    (cl,) = _claims(nlp, "Two women who took part in the march said police beat them.", publisher=None)
    assert cl.speaker.name == "women"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Security forces arrested at least 23 people in Buea. Three of those released told the group "
            "that they were beaten with rifle butts.",
            "former detainees",
        ),
        (
            "A young man released on Monday from the military camp told us that soldiers beat the prisoners "
            "every night.",
            "former detainee",
        ),
    ],
)
def test_more_forms_of_people_named_by_their_detention(nlp: Language, text: str, name: str) -> None:
    # a counted part of those released, or a plain head with words before it ("a young man")
    found = [c for c in _claims(nlp, text, publisher=None) if c.cue.text == "told"]
    assert found and found[0].speaker.name == name, [(c.cue.text, c.speaker.name) for c in found]
