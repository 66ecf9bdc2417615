"""A dateline's town in a country no other place of the story is in is the bureau the report was filed
from ("DUBAI, May 3 (Wire) - Bus drivers in six Iranian cities …"): no place of the lead's acts."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.placing import _filed_abroad, bind_places, lead_places
from eventwire.records import Place, replace

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = (
    "DUBAI, May 3 (Wire) - Bus drivers in several Iranian cities stayed off the job for a second day on "
    "Thursday, a drivers' union said.\n\nDepots in Shiraz and Tabriz were idle, the union said."
)


def _at(text: str, name: str, country: str, feature: str = "city") -> Place:
    start = text.index(name)
    return Place(
        text=name,
        start_char=start,
        end_char=start + len(name),
        name=name.title(),
        geonames_id=None,
        lat=None,
        lon=None,
        country=country,
        admin1=None,
        feature=feature,  # type: ignore[arg-type]
        precision=feature,  # type: ignore[arg-type]
    )


def test_a_dateline_abroad_is_no_place_of_the_story() -> None:
    dubai, shiraz, tabriz = _at(TEXT, "DUBAI", "AE"), _at(TEXT, "Shiraz", "IR"), _at(TEXT, "Tabriz", "IR")
    assert _filed_abroad(TEXT, dubai, [dubai, shiraz, tabriz])
    # a story with a place of the dateline's country is set there too
    assert not _filed_abroad(TEXT, dubai, [dubai, shiraz, replace(tabriz, country="AE")])
    # no other place: the dateline is all the story gives
    assert not _filed_abroad(TEXT, dubai, [dubai])
    # not a dateline
    assert not _filed_abroad(TEXT, shiraz, [dubai, shiraz, tabriz])


@pytest.mark.slow
def test_the_lead_of_a_story_filed_abroad_takes_no_bureau(nlp: Language) -> None:
    doc = nlp(TEXT)
    places = [_at(TEXT, "DUBAI", "AE"), _at(TEXT, "Shiraz", "IR"), _at(TEXT, "Tabriz", "IR")]
    assert lead_places(doc, places, []) == []
    head = next(t for t in doc if t.text == "stayed")
    bound, _ = bind_places(head, next(iter(doc.sents)), places, [])
    assert "DUBAI" not in [p.text for p in bound]
