"""M23: a site named by the body it houses ("the Ministry of Works", "the KSS headquarters", "the
Freedonian embassy") is no place of the act: the record writes the town the text gives; seats of
government and sites named after their locality stay."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.placing_sites import body_named_site
from eventwire.records import Place, replace
from tests.factories import unresolved_place

if TYPE_CHECKING:
    from spacy.language import Language


def _site(text: str, name: str) -> Place:
    return replace(unresolved_place(text, name, "XX", "place"), precision=None)


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Ministry of Works", True),
        ("Works Ministry", True),
        ("KSS headquarters", True),
        ("Freedonian embassy", True),
        ("UN compound", True),
        ("Main Police Department", True),
        ("headquarters", True),
        ("President's Office", False),
        ("Government House", False),
        ("Council of Ministers", False),
        ("Kalo district police headquarters", False),
        ("Kalo General Hospital", False),
        ("Civil Service Hospital", False),
    ],
)
def test_a_site_named_by_a_body(name: str, body: bool) -> None:
    text = f"Nurses gathered outside the {name} in Kalo."
    assert body_named_site(_site(text, name)) is body


def test_a_site_named_after_a_place_of_the_text_stays() -> None:
    text = "Relatives gathered outside the Kalo prosecutor's office on Monday."
    town = unresolved_place(text, "Kalo", "XX", "city")
    site = _site(text, "Kalo prosecutor's office")
    assert not body_named_site(site, [site, town])


@pytest.mark.slow
def test_the_town_is_the_place_of_an_act_at_a_body_named_site(nlp: Language) -> None:
    from eventwire.extract.placing import bind_places

    text = "Nurses staged a sit-in outside the Ministry of Works in Kalo on Monday."
    doc = nlp(text)
    head = next(t for t in doc if t.text == "sit")
    places = [_site(text, "Ministry of Works"), unresolved_place(text, "Kalo", "XX", "city")]
    bound, _ = bind_places(head, next(iter(doc.sents)), places, [])
    assert [p.text for p in bound] == ["Kalo"]
