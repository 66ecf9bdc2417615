"""A denial written after the report it answers ("…, a claim the army rejected", "…, which the ministry
denied") is a claim of the denier (docs/gold-format.md G4, J3, G8): content from the report it points
back to through the denial's words, no figure of the report's, and the report's claim stops before it.
Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.claims import find_claims
from eventwire.extract.mentions import Mentions
from eventwire.ingest.document import make_document

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.pipeline import Pipeline
    from eventwire.records import Claim

pytestmark = pytest.mark.slow


def _claims(nlp: Language, text: str) -> list[Claim]:
    document = make_document(text, normalize=False, publisher=None)
    return find_claims(Mentions(document=document, doc=nlp(text), published=None))


@pytest.mark.parametrize(
    ("text", "denier", "cue", "maker", "said"),
    [
        (
            "Relatives said the four miners had been beaten in the cells of Tarbes station, a charge the "
            "prefecture denies.",
            "prefecture",
            "denies",
            "Relatives",
            "the four miners had been beaten in the cells of Tarbes station",
        ),
        (
            "The farmers' league insisted that some of its members had been kicked while handcuffed, a claim "
            "the gendarmerie flatly denied.",
            "gendarmerie",
            "flatly denied",
            "league",
            "some of its members had been kicked while handcuffed",
        ),
        (
            "A student union claimed that officers had used a sound cannon against the sit-in, which the "
            "interior ministry denied.",
            "ministry",
            "denied",
            "union",
            "officers had used a sound cannon against the sit-in",
        ),
        (
            "The porters' guild said its secretary was hit by a baton, an account the harbour police called "
            "a lie.",
            "police",
            "called",
            "guild",
            "its secretary was hit by a baton",
        ),
    ],
)
def test_a_denial_after_the_report_is_the_deniers_claim(
    nlp: Language, text: str, denier: str, cue: str, maker: str, said: str
) -> None:
    claims = _claims(nlp, text)
    report = next(c for c in claims if maker in c.speaker.text)
    assert report.content.text == said  # the maker did not say "a charge the prefecture denies"
    denial = next(c for c in claims if c.cue.text == cue)
    assert denier in denial.speaker.text
    assert denial.content.text.startswith(said)
    assert denial.content.text.endswith(text[text.index(cue) : text.index(cue) + len(cue)].split()[-1]) or (
        denial.content.end > text.index(cue)
    )


def test_a_denial_carries_no_figure_of_the_report(pipeline: Pipeline) -> None:
    text = "The Lowland Monitor counts at least 61 people held for their posts, a figure the state rejects."
    claims = pipeline.process(make_document(text, normalize=False, publisher=None)).claims
    denial = next(c for c in claims if c.cue.text == "rejects")
    assert "state" in denial.speaker.text
    assert denial.magnitudes == ()
    monitor = next(c for c in claims if "Monitor" in c.speaker.text)
    assert any(m.value == 61 for m in monitor.magnitudes)


def test_a_denial_with_no_claim_before_it_is_its_own_words(nlp: Language) -> None:
    text = "A tribunal had convicted the porter of arson at the depot, a charge he denied throughout."
    denial = next(c for c in _claims(nlp, text) if c.cue.text == "denied")
    assert denial.content.text == "a charge he denied throughout"


@pytest.mark.parametrize(
    "text",
    [
        "The lawyers filed an appeal against the fine, which the court rejected.",  # a decision, no report
        "The guild said 40 porters were detained at the docks, a figure police did not deny.",  # negated
        "The tribunal heard the charges, charges the judge dismissed on Monday.",  # a court ends a case
    ],
)
def test_no_denial_claim(nlp: Language, text: str) -> None:
    claims = _claims(nlp, text)
    assert not any(c.cue.text in {"rejected", "dismissed"} for c in claims)
    assert not any(c.speaker.text == "police" for c in claims)
