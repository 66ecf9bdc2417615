"""A denial of a report whose statement spells the denial out in the sentence beside it, in its paragraph
("rejected reports … that officers had fired on the marchers. 'Not a single shot was fired …'") is one
`negated` record (docs/gold-format.md N8, G9): a negated record of the same type told in that clause takes
the denying word in as a mention, else the clause is the denial's mention; a spelled denial in another
paragraph is no part of it."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow

FOLDED = [
    (
        "The provincial police chief rejected reports on social media that officers had fired on the "
        'marchers. "Not a single shot was fired at the marchers," he said.',
        "Not a single shot was fired",
        "rejected",
    ),
    (
        "The city's police commissioner dismissed claims on social media that officers had beaten "
        'detainees at the central station. "Nobody was beaten," he said.',
        "Nobody was beaten",
        "dismissed",
    ),
]


@pytest.mark.parametrize(("text", "clause", "judge"), FOLDED)
def test_a_denial_told_in_the_spelled_clause_takes_the_denying_word_in(
    pipeline: Pipeline, text: str, clause: str, judge: str
) -> None:
    result = extract_text(text, published="2025-05-03", pipeline=pipeline)
    at, by = text.index(clause), text.index(judge)
    negated = [e for e in result.events if e.status == "negated"]
    (denial,) = negated  # one statement against one act: one record
    assert denial.trigger.start >= at
    assert any(s.start == by for s in denial.mentions)
    assert all(e.trigger.text != judge for e in result.events)


def test_the_spelled_clause_is_the_denials_mention(pipeline: Pipeline) -> None:
    text = (
        '"No firearms were used against the dockers," the port authority said on Tuesday. Its spokesman '
        "dismissed claims by exiled bloggers that guards had fired on dockers."
    )
    result = extract_text(text, published="2025-05-03", pipeline=pipeline)
    at = text.index("No firearms were used")
    negated = [e for e in result.events if e.status == "negated"]
    (denial,) = negated
    assert denial.trigger.text == "dismissed"
    assert any(s.start <= at < s.end for s in denial.mentions)


def test_a_spelled_denial_in_another_paragraph_stays_apart(pipeline: Pipeline) -> None:
    text = (
        "The provincial police chief rejected reports on social media that officers had fired on the "
        "marchers.\n\n"
        "Traffic on the ring road was halted for an hour.\n\n"
        '"Not a single shot was fired at the marchers," he told reporters later.'
    )
    result = extract_text(text, published="2025-05-03", pipeline=pipeline)
    negated = [e for e in result.events if e.status == "negated"]
    (rejected,) = [e for e in negated if e.trigger.text == "rejected"]
    far = text.index("Not a single")
    assert not any(s.start >= far for s in rejected.mentions)
    assert len(negated) == 2
