"""The state's force firing at people with no deaths told is repression whatever the crowd is called
(the type boundaries: state force against a crowd or the public), not only at a protest; firing with no
target written, at one person, a vehicle, a patrol or armed men, or tear gas (its own entries) is not
this entry."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import trigger_types as _types

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "police opened fire on mobs setting fire to property and looting goods in bhavnagar and surat.",
        "trouble broke out in two towns where the police had to open fire at a violent mob.",
        "Information spread by websites that security forces had opened fire on peaceful residents of "
        "Khorog is a deliberate lie, the ministry said.",
    ],
)
def test_state_force_firing_at_people_is_repression(nlp: Language, text: str) -> None:
    assert "repression" in _types(nlp, text, "fire")


@pytest.mark.parametrize(
    "text",
    [
        # no target written: the firing of gendarmes at attackers storming their post
        "He said the attackers, armed with knives and stones, had set fire to part of the building "
        "before the gendarmes opened fire.",
        # a vehicle, a patrol
        "Local officials said the guards had fired at a vehicle that failed to stop at a checkpoint.",
        "The service said the incident had been provoked by soldiers who fired first at a patrol.",
        # armed men
        "Police opened fire on the militants hiding in the house.",
        # one man shot at, not a crowd
        "Police fired at a man who tried to flee the checkpoint.",
    ],
)
def test_firing_not_at_people_stays_out(nlp: Language, text: str) -> None:
    assert "repression" not in _types(nlp, text, "fire")
