"""A later sentence that tells an act already recorded by a pronoun only, with nothing the guide makes a
record of its own, is that record's mention (docs/gold-format.md K1, K2; sentences written for these
tests): a witness's quote on the dead, the firing that killed told again, a marcher's own words; not an
act with a day or place of its own, not "another" one."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _types(pipeline: Pipeline, text: str) -> list[str]:
    return [e.type for e in extract_text(text, published="2026-05-12", pipeline=pipeline).events]


LEAD = (
    "Two farmers were shot dead on Tuesday when police moved to clear a road blockade near Kivale, "
    "the growers' union said.\n\n"
    "The union's leader, Amos Ndeti, told reporters that the two men had been hit by live rounds. "
)


def test_a_quote_telling_the_dead_again_is_the_killing(pipeline: Pipeline) -> None:
    text = LEAD + '"They were killed for asking for water," he said.'
    assert _types(pipeline, text).count("killing") == 1


def test_the_firing_that_killed_told_again_by_a_witness_is_the_killing(pipeline: Pipeline) -> None:
    text = LEAD + '"They came at dawn with tear gas and then they shot at us as we ran," he said.'
    types = _types(pipeline, text)
    assert types.count("killing") == 1
    assert "repression" not in types and "attack" not in types


def test_a_pronoun_act_with_a_day_and_place_of_its_own_stays_apart(pipeline: Pipeline) -> None:
    text = LEAD + '"In March they killed two of our brothers in Lomundo," he said.'
    assert _types(pipeline, text).count("killing") == 2
