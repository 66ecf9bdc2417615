"""Speakers: a document that speaks for whoever issued it ("the statement said", "according to the
report"), through the whole pipeline. "The statement" is the body that just issued something ("The
office issued a warning. '…,' the statement said"), "the report" the body that issued the report the
text named before, however far up; "our research" is the publisher's own; "the site" and "the
initiative" are the outlet and the campaign named before. Sentences written by us."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline
from eventwire.records import Result

pytestmark = pytest.mark.slow


def _run(pipeline: Pipeline, text: str, publisher: str | None = None) -> Result:
    return extract_text(text, published="2025-05-03", pipeline=pipeline, publisher=publisher)


def _speaker_at(result: Result, text: str, content: str) -> str | None:
    """The speaker of the claim whose content holds ``content``."""
    at = text.index(content)
    found = [c.speaker.name for c in result.claims if c.content.start <= at < c.content.end]
    assert found, [(c.speaker.name, c.content.text) for c in result.claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "content", "issuer"),
    [
        (
            "The Kumasi Traders' Council issued a statement on Tuesday. Police had detained 14 stall "
            "holders outside the central market, the statement said.",
            "Police had detained 14 stall holders",
            "Traders' Council",
        ),
        (
            "The regional governor's office released a warning on Friday. \"Anyone who blocks the bridge "
            'will be arrested," the statement said.',
            "Anyone who blocks the bridge",
            "governor",
        ),
        (
            "The exiled news outlet Sahel Voice claimed that soldiers burned 30 homes in Djibo. The "
            "site called for a general strike in the town on Saturday.",
            "a general strike",
            "Sahel Voice",
        ),
        (
            "The organisers, the citizens' initiative Clean Rivers Now, said 5,000 people marched in "
            "Bitola. Smaller rallies took place in four other towns, the initiative said.",
            "Smaller rallies took place",
            "Clean Rivers Now",
        ),
    ],
)
def test_the_document_or_noun_stands_for_the_body_named_before(
    pipeline: Pipeline, text: str, content: str, issuer: str
) -> None:
    speaker = _speaker_at(_run(pipeline, text), text, content)
    assert speaker is not None and (issuer in speaker or speaker in issuer)


def test_the_latest_issuer_wins_over_an_earlier_statement(pipeline: Pipeline) -> None:
    text = (
        "The Kumasi Traders' Council issued a statement on Tuesday. Police had detained 14 stall holders "
        "outside the central market, the statement said.\n\nThe regional governor's office released a "
        'warning on Friday. "Anyone who blocks the bridge will be arrested," the statement said.'
    )
    speaker = _speaker_at(_run(pipeline, text), text, "Anyone who blocks the bridge")
    assert speaker is not None and "governor" in speaker


def test_the_report_is_its_issuers_account_paragraphs_later(pipeline: Pipeline) -> None:
    text = (
        "NAIROBI, 3 May 2025 - Police in Kenya detained at least 31 fishermen on Lake Victoria last "
        "year, the Lakeside Rights Forum said in its annual report released on Friday.\n\n"
        "Most of the men were held for days without charge at stations in Kisumu and Homa Bay.\n\n"
        "Fishing communities have protested against the arrests several times.\n\n"
        "Guards beat four of the detainees at the Kisumu station in March, according to the report."
    )
    result = _run(pipeline, text, publisher="Lakeside Rights Forum")
    assert _speaker_at(result, text, "Guards beat four") == "Lakeside Rights Forum"
    beating = next(e for e in result.events if e.trigger.start >= text.index("Guards beat"))
    assert beating.status == "asserted" and beating.source is None  # the publisher's own report


def test_our_research_is_the_publishers_own(pipeline: Pipeline) -> None:
    text = (
        "GENEVA, 3 May 2025 - Some 200 workers at a brick kiln near Multan stopped work on 20 April, "
        "according to our research."
    )
    result = _run(pipeline, text, publisher="South Asia Labour Monitor")
    assert _speaker_at(result, text, "Some 200 workers") == "South Asia Labour Monitor"
    assert all(e.status == "asserted" for e in result.events if e.type == "strike")


def test_monitoring_shows_is_the_monitors_claim(pipeline: Pipeline) -> None:
    text = "The Andes Prison Watch's monitoring shows that at least 12 inmates were beaten in Cusco."
    result = _run(pipeline, text)
    speaker = _speaker_at(result, text, "at least 12 inmates")
    assert speaker is not None and "Andes Prison Watch" in speaker


def test_the_statement_added_is_its_issuer_speaking(pipeline: Pipeline) -> None:
    text = (
        "In a statement on Monday, the Farmers' Union of Kisii said police had beaten dozens of its "
        "members at a roadblock. Three of them were admitted to hospital, the statement added."
    )
    name = _speaker_at(_run(pipeline, text), text, "Three of them were admitted")
    assert name is not None and "Farmers' Union" in name
