"""A definite organisation noun with the organisation's name in apposition after it ("the Oslo-based
group Iran Human Rights, quoted by …, claimed"): the named organisation speaks, not the last
non-state speaker before it (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of
from tests.extract.test_claims_speaker_names import named

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Observers note that the hostile media again waged a storm of lies. The Oslo-based group Iran "
            "Human Rights, quoted by satellite channels based in London, claimed that at least 94 people "
            "have been executed this year.",
            "Iran Human Rights",
        ),
        (
            "Observers say the strike is weakening. The New York-based group Human Rights Watch, citing "
            "witnesses, said that soldiers had beaten students in Goma.",
            "Human Rights Watch",
        ),
    ],
)
def test_the_group_named_in_apposition_speaks(nlp: Language, text: str, name: str) -> None:
    analysts = named(text, "Observers", "Analysts", "unknown", "ew:generic-analysts")
    group = named(text, name, name, "rights_group", "ew:test-group")
    claims = claims_of(nlp, text, actors=(analysts, group))
    assert claims[-1].speaker.name == name, [c.speaker.name for c in claims]


def test_the_group_without_a_name_is_still_the_group_that_spoke(nlp: Language) -> None:
    text = (
        "Human Rights Watch said four journalists had been detained in Tabriz. The New York-based group "
        "said two of them were later freed."
    )
    hrw = named(text, "Human Rights Watch", "Human Rights Watch", "rights_group", "ew:hrw")
    claims = claims_of(nlp, text, actors=(hrw,))
    assert [c.speaker.name for c in claims] == ["Human Rights Watch", "Human Rights Watch"]
