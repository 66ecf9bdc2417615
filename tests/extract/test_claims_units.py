"""A unit of an organisation speaks for it ("the Legal Committee of the Free Workers Union"), and the
publisher is recognised in the names it goes by (sentences and names written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.status_media import is_publisher
from eventwire.records import Actor
from tests.extract._event_helpers import events
from tests.extract.test_claims import claims_of
from tests.extract.test_claims_speaker_names import named

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

TEXT = (
    "The Legal Committee of the Free Workers Union (FWU) said on Monday that 12 members had been detained "
    "in the port city. The committee said two of them were beaten in custody."
)


def _union(text: str) -> tuple[Actor, ...]:
    return (
        named(text, "Legal Committee", "Legal Committee", "labor", "lc"),
        named(text, "Free Workers Union", "Free Workers Union", "labor", "fwu"),
    )


def test_a_unit_speaks_for_its_organisation(nlp: Language) -> None:
    first, second = claims_of(nlp, TEXT, actors=_union(TEXT))
    assert first.speaker.name == "Legal Committee"
    assert "Free Workers Union" in first.speaker.aliases
    assert second.speaker.text == "The committee"
    assert "Free Workers Union" in second.speaker.aliases


def test_a_unit_of_a_place_adds_no_alias(nlp: Language) -> None:
    text = "The State Security Committee of Belarus said 30 people had been detained."
    belarus = named(text, "Belarus", "Belarus", "state", "by")
    (cl,) = claims_of(nlp, text, actors=(belarus,))
    assert cl.speaker.aliases == ()


def test_status_a_unit_of_the_publisher_is_the_publisher(nlp: Language) -> None:
    cls = tuple(claims_of(nlp, TEXT, actors=_union(TEXT)))
    own = [e for e in events(nlp, TEXT, claims=cls, publisher="FWU") if e.type == "torture"]
    assert own and all(e.status == "asserted" for e in own)
    other = [e for e in events(nlp, TEXT, claims=cls, publisher="Evening Wire") if e.type == "torture"]
    assert other and all(e.status == "attributed" for e in other)


def _speaker(name: str, aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(name, 0, len(name), name, aliases, "rights_group", None, "speaker")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("speaker", "publisher", "own"),
    [
        (_speaker('the Human Rights Centre "Vesna"'), "Vesna", True),
        (_speaker("committee", ("National Council of Resistance of Iran",)), "NCRI", True),
        (_speaker("Free Workers Union"), "FWU", True),
        (_speaker("Vesna witness"), "Vesna", False),
        (_speaker("Human Rights Watch"), "AP", False),
        (_speaker("National Council of Resistance of Iran"), "Reuters", False),
    ],
)
def test_status_the_publisher_by_its_full_name_or_its_acronym(
    speaker: Actor, publisher: str, own: bool
) -> None:
    assert is_publisher(speaker, publisher) is own
