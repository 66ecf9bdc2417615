"""The group a paragraph has just shown acting is who its bare "people" arrested are (invented text)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _group(nlp: Language, text: str) -> str | None:
    from eventwire.extract.actor_roles_kinds import actor_kinds
    from eventwire.extract.crowd_groups import doer_group_before

    doc = nlp(text)
    return doer_group_before(doc, text.index("arrested"), actor_kinds())


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "In the port city, fishermen burned two customs boats and blocked the harbour road, "
            "officials said, adding that 21 people had been arrested.",
            "fishermen",
        ),
        (
            "After dark a crowd of angry farmers set fire to a tax office. Police said nine people were "
            "arrested at the scene.",
            "angry farmers",
        ),
        (
            "Police fired warning shots to disperse a mob that tried to loot warehouses at the docks. "
            "Twelve people were arrested.",
            "looters",
        ),
    ],
)
def test_the_group_last_shown_acting_is_who_the_people_are(nlp: Language, text: str, group: str) -> None:
    assert _group(nlp, text) == group


def test_a_group_that_only_reports_or_another_paragraph_is_none(nlp: Language) -> None:
    assert _group(nlp, "Teachers said the talks had failed. Police said 30 people were arrested.") is None
    text = "Miners blocked the road to the mine on Monday.\n\nPolice said 30 people were arrested."
    assert _group(nlp, text) is None


def test_the_people_arrested_go_by_the_group(nlp: Language) -> None:
    text = (
        "HARARE, May 4 (Wire) - Street vendors overturned council trucks in the city centre on Monday, "
        "and police said 40 people had been arrested."
    )
    ev = _of(_with_actors(nlp, text), "arrest")
    people = [a for a in ev.actors if a.role == "victim" and a.text == "people"]
    assert people and any("vendors" in x for x in people[0].aliases)
