"""Shop closures told with the shops as the subject of the closure word, however far before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.triggers import find_triggers

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _closures(nlp: Language, text: str) -> list[str]:
    return [
        text[t.start_char : t.end_char]
        for t in find_triggers(nlp(text))
        if t.type == "strike" and t.subtype == "shop_closure"
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Markets in Gulu, Lira and Soroti were shut on Thursday as traders heeded the strike call.", "shut"),
        ("Stores along the main avenue of Kisumu stayed shut on Monday in protest at the new tax.", "shut"),
        ("Most businesses in the capital remained shuttered for a second day, residents said.", "shuttered"),
        ("Bazaars across the old quarter of Tabriz stayed closed on Saturday in solidarity.", "closed"),
    ],
)
def test_closure_with_shops_as_its_distant_subject(nlp: Language, text: str, word: str) -> None:
    found = _closures(nlp, text)
    assert len(found) == 1
    assert found[0].endswith(word)


@pytest.mark.parametrize(
    "text",
    [
        "The stock market closed lower on Friday after the central bank raised interest rates.",
        "Schools in the district were closed for the holidays.",
        "Shops in the old town stayed closed because the army had blocked the roads.",
        "The main road to the airport was shut after the landslide.",
    ],
)
def test_no_closure_by_shopkeepers(nlp: Language, text: str) -> None:
    assert _closures(nlp, text) == []
