"""A beating told before the arrest it leads to — conjoined to the arrest verb or in a ``before`` clause —
is force as people are seized, `repression`, not torture in custody (session 61, M90; sentences written
by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import trigger_texts as _found

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said plainclothes agents beat several women with batons and detained nine people.",
        "Officers beat several of the mothers with batons before forcing them into vans.",
    ],
)
def test_beating_before_the_arrest_is_repression(nlp: Language, text: str) -> None:
    assert _found(nlp, text, "repression"), text
    assert not _found(nlp, text, "torture"), text


@pytest.mark.parametrize(
    "text",
    [
        "Police detained ten marchers and beat them in the van.",
        "Officers beat the detainees in their cells before questioning them.",
    ],
)
def test_beating_once_held_stays_torture(nlp: Language, text: str) -> None:
    assert _found(nlp, text, "torture"), text
