"""Claims: a kind noun ("the outlet", "the broadcaster") refers back to the last speaker of its kind,
not to an earlier speaker of another kind (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.records import Actor
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_outlet_is_the_news_site_not_the_earlier_rights_group(nlp: Language) -> None:
    text = (
        "The Baloch Rights Network counted 40 arrests last month. On Friday, families gathered outside "
        "the jail in Quetta, according to the exile news site Haalvsh. The outlet reported that "
        "police fired tear gas to disperse the families."
    )
    start = text.index("Baloch Rights Network")
    # the actor finder may take a "network" for a media outlet: the kind noun must still prefer the
    # speaker of its kind named since
    network = Actor(
        "Baloch Rights Network", start, start + 21, "Baloch Rights Network", (), "media", None, None
    )
    claims = claims_of(nlp, text, actors=(network,))
    last = next(c for c in claims if c.cue.text == "reported")
    assert "Haalvsh" in last.speaker.name
