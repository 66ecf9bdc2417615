"""Background acts dated only by a month or a year (gold-format M36, M37; sentences written for these
tests): a one-off armed act or killing told with its subject in one place is single; a toll counted over a
wave, with no one place or with no doer stays aggregate; protests written in the plural in one place are
one aggregate record."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.api import extract_text

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _first_scope(pipeline: Pipeline, text: str, etype: str) -> list[str]:
    """The scope of the first record of ``etype`` (empty when there is none)."""
    result = extract_text(text, published="2026-03-04", pipeline=pipeline)
    return [e.scope for e in result.events if e.type == etype][:1]


@pytest.mark.parametrize(
    ("text", "etype", "scope"),
    [
        ("In 2021, gunmen killed scores of villagers in Yelwata.", "killing", "single"),
        ("In 2022, security forces killed dozens of worshippers in Zahedan.", "killing", "single"),
        ("A truck bombing in Mogadishu in October 2017 killed more than 500 people.", "attack", "single"),
        (
            "In May 2022, security forces killed 25 people in a crackdown on protests in Khorog.",
            "killing",
            "aggregate",
        ),
        ("Last year, 49 porters were killed by border guards.", "killing", "aggregate"),
        ("In June 2022, 150 people were detained in Doha.", "arrest", "aggregate"),
    ],
)
def test_background_one_off(pipeline: Pipeline, text: str, etype: str, scope: str) -> None:
    assert _first_scope(pipeline, text, etype) == [scope]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("The three men were arrested after the September 2022 protests in Zahedan.", "aggregate"),
        ("Oman has largely avoided unrest since 2011, when protests in Sohar turned deadly.", "aggregate"),
        ("Hundreds of people protested in Sohar on Monday.", "single"),
    ],
)
def test_plural_protests_dated(pipeline: Pipeline, text: str, scope: str) -> None:
    assert _first_scope(pipeline, text, "protest") == [scope]
