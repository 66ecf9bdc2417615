"""A report a speaker denies ("rejected reports in foreign media that ...") is two records through
the whole pipeline (docs/gold-format.md, "Decided in session 8", S1): the report as told, and a
negated record whose source is the denier."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "denier", "reporter"),
    [
        (
            "The deputy interior minister rejected reports in foreign media that protesters were beaten "
            "in custody.",
            "deputy interior minister",
            "foreign media",
        ),
        (
            "Police spokesman Ali Rezaei dismissed claims on social media that officers had beaten "
            "detainees.",
            "Ali Rezaei",
            "social media",
        ),
    ],
)
def test_a_denied_report_gives_the_report_and_the_denial(
    pipeline: Pipeline, text: str, denier: str, reporter: str
) -> None:
    result = extract_text(text, published="2025-05-03", pipeline=pipeline)
    got = sorted((e.type, e.status, e.source.name if e.source else None) for e in result.events)
    assert got == [("torture", "attributed", reporter), ("torture", "negated", denier)]
    (denial,) = [e for e in result.events if e.status == "negated"]
    assert denial.trigger.text in ("rejected", "dismissed")


def test_a_plain_denial_stays_one_record(pipeline: Pipeline) -> None:
    text = (
        "The interior ministry said on Friday that no protester had been beaten in custody and that "
        "all detainees were treated according to the law."
    )
    result = extract_text(text, published="2025-05-03", pipeline=pipeline)
    beaten = [e for e in result.events if e.trigger.text.startswith("beaten")]
    assert len(beaten) == 1 and beaten[0].status == "negated"
