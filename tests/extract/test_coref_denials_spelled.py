"""A denial of a report whose statement spells the denial out in the sentence beside it ("Claims … that
guards fired on strikers are a fabrication … 'Not a single shot was fired'") is one `negated` record
(docs/gold-format.md N8, G9), anchored at the clause that answers the report as well as at its judging
words; a spelled denial in another paragraph is no part of it."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow

SPELLED = [
    (
        '"No firearms were used against the dockers. Claims spread by some exiled bloggers that guards '
        'fired on dockers and that a porter was killed are an outright fabrication," the port '
        "authority said.",
        "No firearms were used",
        "fabrication",
    ),
    (
        "Information circulating on certain overseas forums that soldiers had opened fire on villagers "
        'is a deliberate lie, the garrison said. "Not a single shot was fired at villagers," it said.',
        "Not a single shot was fired",
        "lie",
    ),
]


@pytest.mark.parametrize(("text", "clause", "judge"), SPELLED)
def test_a_spelled_out_denial_beside_a_judged_report_is_one_record(
    pipeline: Pipeline, text: str, clause: str, judge: str
) -> None:
    result = extract_text(text, published="2025-05-03", pipeline=pipeline)
    at = text.index(clause)
    negated = [e for e in result.events if e.status == "negated"]
    (denial,) = [e for e in negated if e.trigger.text == judge]
    assert any(s.start <= at < s.end for s in denial.mentions)
    assert len({e.type for e in negated}) == len(negated)  # one record per type denied


def test_a_spelled_denial_in_another_paragraph_stays_apart(pipeline: Pipeline) -> None:
    text = (
        "Information circulating on certain overseas forums that soldiers had opened fire on villagers "
        "is a deliberate lie, the garrison said.\n\n"
        "Residents of the valley were told to stay indoors on Sunday.\n\n"
        '"Not a single shot was fired at villagers," the garrison commander later told reporters.'
    )
    result = extract_text(text, published="2025-05-03", pipeline=pipeline)
    lie = [e for e in result.events if e.status == "negated" and e.trigger.text == "lie"]
    far = text.index("Not a single")
    assert all(not any(s.start >= far for s in e.mentions) for e in lie)
