"""A beating in the street where an arrest happens is force as people are seized, `repression`, not torture
in custody (session 61, M90 and the type boundaries; sentences written by us): a beating of someone filming
or photographing an arrest (the arrest is the scene the victim records, not a custody he is held in), and a
beating told before the arrest it leads to, conjoined to the arrest verb or in a ``before`` clause. A beating
once the victims are held stays torture."""

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
        # someone filming or photographing the arrest
        "A cameraman said he was kicked by officers while he was filming the arrests.",
        "The union said officers had beaten a reporter who was photographing the detentions.",
        "Her brother said the agents beat him when he tried to record the arrest on his phone.",
        "A photographer said he was struck with a baton while filming the arrests.",
        # the beating told before the arrest it leads to
        "Witnesses said plainclothes agents beat several women with batons and detained nine people.",
        "Officers beat several of the mothers with batons before forcing them into vans.",
    ],
)
def test_street_beating_is_repression(nlp: Language, text: str) -> None:
    assert _found(nlp, text, "repression"), text
    assert not _found(nlp, text, "torture"), text


@pytest.mark.parametrize(
    "text",
    [
        "A photographer said he was beaten in a police van after officers detained him while he was filming.",
        "The guards beat the prisoners in their cells.",
        "A cameraman said officers beat him in a cell after they arrested him for filming.",
        "Police detained ten marchers and beat them in the van.",
        "Officers beat the detainees in their cells before questioning them.",
    ],
)
def test_beating_once_held_stays_torture(nlp: Language, text: str) -> None:
    assert _found(nlp, text, "torture"), text
