"""Scope cues read in real news wording (sentences written for these tests): an act told in many parts of a
place ("in various parts of the city", "in several areas") is on many sites at once (aggregate); a toll
told as running up to now ("so far", "till date", "to date") is a toll over a stretch, like one counted
since a starting point (aggregate); an arrest tally told over two named days or a weekend is a toll over a
stretch (aggregate, gold-format's reading of arrest tallies spread over days); one day's act stays single."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline
from tests.extract.test_scope_since import _scope

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype", "scope"),
    [
        ("Workers pelted stones at buses in various parts of the city on Thursday.", "riot", "aggregate"),
        ("Rioters set fire to shops in several areas of the old city on Sunday.", "riot", "aggregate"),
        ("Rioters set fire to shops in the area on Sunday, police said.", "riot", "single"),
        ("150 workers were arrested from rampur, kotwali and other areas.", "arrest", "aggregate"),
        ("Parts of the building were damaged when rioters set fire to it on Sunday.", "riot", "single"),
        ("Youths pelted stones and deflated tyres in various parts of the city.", "riot", "aggregate"),
        (
            "Rioters set fire to a bus in the market, while looting went on in other parts of town.",
            "riot",
            "single",
        ),
    ],
)
def test_many_parts_of_a_place(nlp: Language, text: str, etype: str, scope: str) -> None:
    assert _scope(nlp, text, etype) == scope


@pytest.mark.parametrize(
    ("text", "etype", "scope"),
    [
        ("Nearly 25 people have so far been rounded up in the town.", "arrest", "aggregate"),
        ("He said that 70 people had been killed till date in the city.", "killing", "aggregate"),
        ("At least 40 protesters have been killed to date, the group said.", "killing", "aggregate"),
        ("Only one person has been arrested so far.", "arrest", "single"),
    ],
)
def test_a_toll_running_up_to_now(nlp: Language, text: str, etype: str, scope: str) -> None:
    assert _scope(nlp, text, etype) == scope


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Police said 21 members of the group were detained on Monday and Tuesday.", "aggregate"),
        ("Police said they had arrested 87 people for looting over the weekend.", "aggregate"),
        ("Police said on Tuesday that they had arrested 23 people for public violence.", "single"),
    ],
)
def test_an_arrest_tally_over_two_days(nlp: Language, text: str, scope: str) -> None:
    assert _scope(nlp, text, "arrest") == scope


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("In Tabriz, Ardabil and Urmia, bazaar merchants closed their shops on Monday.", "aggregate"),
        ("Workers at two mills, in Kafr el-Dawwar and Shebin el-Kom, stopped work on Monday.", "aggregate"),
        ("Bazaar merchants in Tabriz closed their shops on Monday.", "single"),
    ],
)
def test_a_town_listed_with_an_unresolved_name(pipeline: Pipeline, text: str, scope: str) -> None:
    """A written list of towns whose other names the gazetteer did not resolve is still a list."""
    result = extract_text(text, published="2026-01-28", pipeline=pipeline)
    assert [e.scope for e in result.events if e.type == "strike"] == [scope]


@pytest.mark.parametrize(
    "text",
    [
        "Merchants were urged to close their shops across the Kingdom on Wednesday.",
        "Internet access has been cut across the archipelago since Saturday evening.",
    ],
)
def test_a_whole_country_named_by_its_kind(pipeline: Pipeline, text: str) -> None:
    """ "across the Kingdom", "across the archipelago" cover a whole country, like "across the country"."""
    result = extract_text(text, published="2026-01-28", pipeline=pipeline)
    assert [e.scope for e in result.events] == ["aggregate"]
