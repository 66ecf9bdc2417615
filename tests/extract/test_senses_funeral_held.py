"""A funeral or burial announced or held is a gathering, a protest record (gold-format L9); a funeral
named only as the setting of another act is not one."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

# (text, statuses of the funeral's protest records)
CASES = [
    ("The family of the slain driver said the funeral would be held in Kericho on Thursday.", ["predicted"]),
    ("Burial ceremonies for the three miners will be held in their home villages on Sunday.", ["predicted"]),
    ("His burial will take place in the family plot on Saturday, his brother said.", ["predicted"]),
    ("Five mourners were detained at the burial and held overnight in Kisii.", []),
]


@pytest.mark.parametrize(("text", "statuses"), CASES)
def test_senses_funeral_held(nlp: Language, text: str, statuses: list[str]) -> None:
    found = [e for e in events(nlp, text) if e.type == "protest"]
    assert [e.status for e in found] == statuses
