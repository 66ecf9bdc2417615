"""A building written in a clause about a party to the event is the event's site (placing.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.placing import bind_places
from eventwire.records import Place

if TYPE_CHECKING:
    from spacy.language import Language


def _place(text: str, name: str, *, site: bool = False) -> Place:
    """A resolved town, or (``site``) a named site the gazetteer does not hold."""
    start = text.index(name)
    return Place(
        text=name,
        start_char=start,
        end_char=start + len(name),
        name=None if site else name,
        geonames_id=None,
        lat=None,
        lon=None,
        country="ZM",
        admin1=None,
        feature="place" if site else "city",
        precision=None if site else "city",
    )


def _bound(nlp: Language, text: str, verb: str, sites: tuple[str, ...] = ()) -> list[str]:
    doc = nlp(text)
    head = next(t for t in doc if t.text == verb)
    places = [_place(text, "Ndola"), *(_place(text, name, site=True) for name in sites)]
    bound, _ = bind_places(head, next(iter(doc.sents)), places, [])
    return [p.text for p in bound]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "site"),
    [
        # a relative clause on the crowd the event was done to
        ("Riot police in Ndola fired tear gas at traders who had gathered outside the city market.",
         "fired", "city market"),
        # a relative clause on the event's subject
        ("Nurses who assembled outside the provincial prison in Ndola were dispersed by police.",
         "dispersed", "provincial prison"),
        # the event's purpose
        ("Police in Ndola used batons to break up a picket by miners outside the company's refinery.",
         "used", "company's refinery"),
    ],
)  # fmt: skip
def test_a_building_in_a_clause_about_a_party_to_the_event_is_its_site(
    nlp: Language, text: str, verb: str, site: str
) -> None:
    assert _bound(nlp, text, verb)[:2] == [site, "Ndola"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a clause about something else than the event's parties, told after it
        ("Police in Ndola arrested four traders, and the mayor later spoke outside the council offices.",
         "arrested"),
        # a reason, not a purpose, and not about a party
        ("Police in Ndola arrested four traders because a minister was visiting the company's headquarters.",
         "arrested"),
    ],
)  # fmt: skip
def test_a_building_in_an_unrelated_clause_is_not_the_events_site(
    nlp: Language, text: str, verb: str
) -> None:
    assert _bound(nlp, text, verb) == ["Ndola"]


@pytest.mark.slow
def test_a_named_site_in_a_clause_about_the_crowd_comes_before_the_town_of_the_events_clause(
    nlp: Language,
) -> None:
    text = "Police in Ndola fired tear gas at traders who had gathered at Freedom Square on Monday."
    assert _bound(nlp, text, "fired", ("Freedom Square",)) == ["Freedom Square", "Ndola"]


@pytest.mark.slow
def test_a_named_site_in_a_clause_about_a_time_is_not_the_events_place(nlp: Language) -> None:
    text = (
        "Police in Ndola have arrested four traders since Monday, when the minister spoke at Freedom Square."
    )
    assert _bound(nlp, text, "arrested", ("Freedom Square",)) == ["Ndola"]
