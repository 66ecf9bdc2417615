"""M66 applied to the finished records (``extract/scope_awaited.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.api import extract_text

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

LEAD = "OSLO, May 3 (Example Rights Monitor) - Iranian authorities hanged two men in Qom on Tuesday.\n"

# an awaited execution of counted people, and a forecast over a stated stretch (left aggregate)
CASES = [
    (
        "At least 15 other men sentenced in protest cases are at imminent risk of execution, the group said.",
        "single",
    ),
    (
        "Monitors fear that 12 more men whose sentences were upheld are at imminent risk of execution.",
        "single",
    ),
    ("At least 14 more prisoners are at imminent risk of being put to death, the monitor said.", "single"),
    ("Dozens more prisoners will be put to death in the coming weeks, the group warned.", "aggregate"),
    ("At least 12 prisoners are at imminent risk of execution this week, the group said.", "aggregate"),
]


@pytest.mark.parametrize(("text", "scope"), CASES)
def test_scope_awaited_scope_of_the_awaited_execution(pipeline: Pipeline, text: str, scope: str) -> None:
    result = extract_text(LEAD + text, published="2025-05-03", pipeline=pipeline)
    awaited = [e for e in result.events if e.type == "execution" and e.status == "predicted"]
    assert [e.scope for e in awaited] == [scope]
