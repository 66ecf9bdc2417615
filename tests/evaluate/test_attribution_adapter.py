"""The PolNeAR adapter on a tiny corpus of our own in the PolNeAR layout."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.datasets.attribution import (
    GoldAttribution,
    read_polnear_ann,
    run_polnear,
    score_spans,
)

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = (
    "Police said that 12 protesters were detained in the city centre. "
    "The strike will continue, the union added.\n"
)
ANN = (
    "T1\tSource 0 6\tPolice\n"
    "T2\tCue 7 11\tsaid\n"
    "T3\tContent 12 63\tthat 12 protesters were detained in the city centre\n"
    "T4\tAttribution 7 11\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tContent 65 89\tThe strike will continue\n"
    "T6\tSource 91 100\tthe union\n"
    "T7\tCue 101 106\tadded\n"
    "T8\tAttribution 101 106\tadded\n"
    "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6\n"
    "T9\tCue 0 3;7 11\tPol said\n"
    "T10\tAttribution 0 3\tPol\n"
    "E3\tAttribution-no-source:T10 Cue:T9\n"
    "T11\tDiscard 106 107\t.\n"
)


def test_read_ann_relations() -> None:
    rels = read_polnear_ann(ANN)
    assert rels[0] == GoldAttribution(source=(0, 6), cue=(7, 11), content=(12, 63))
    assert rels[1] == GoldAttribution(source=(91, 100), cue=(101, 106), content=(65, 89))
    # a discontinuous span is read as its envelope; a relation may lack source and content
    assert rels[2] == GoldAttribution(source=None, cue=(0, 11), content=None)
    assert [TEXT[r.cue[0] : r.cue[1]] for r in rels[:2]] == ["said", "added"]
    assert [TEXT[r.source[0] : r.source[1]] for r in rels[:2] if r.source] == ["Police", "the union"]


def test_score_spans_exact_normalises_that_and_quotes() -> None:
    text = 'He said that "we won."'
    gold = {(8, 22)}  # that "we won."
    pred = {(14, 20)}  # we won
    exact = score_spans(gold, pred, exact=True, text=text)
    assert (exact.tp, exact.pred, exact.gold) == (1, 1, 1)


def test_score_spans_overlap_counts_each_gold_once() -> None:
    counts = score_spans({(0, 10)}, {(0, 4), (5, 9)}, exact=False, text="x" * 20)
    assert (counts.tp, counts.pred, counts.gold) == (1, 2, 1)
    p, r, f = counts.f1()
    assert (p, r) == (0.5, 1.0)
    assert f == pytest.approx(2 / 3)


def test_missing_layout_is_an_evaluation_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError) as err:
        run_polnear(tmp_path / "absent", None)  # type: ignore[arg-type]
    assert err.value.code == "E610"
    with pytest.raises(EvaluationError) as err:
        run_polnear(tmp_path, None)  # type: ignore[arg-type]
    assert err.value.code == "E611"


@pytest.mark.slow
def test_run_polnear_on_a_small_corpus(tmp_path: Path, nlp: Language) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "wire_2023-01-01_a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "wire_2023-01-01_a_ab12.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "attributions" / "wire_2023-01-01_a_zz99.ann").write_text("", encoding="utf-8")
    report = run_polnear(tmp_path, nlp)
    assert report.name == "polnear"
    assert report.documents == 1
    m = report.metrics
    assert m["cue_exact_precision"] == 1.0
    assert m["cue_exact_recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert m["source_overlap_f1"] == 1.0
    assert m["content_exact_f1"] == 1.0
    assert report.baseline["cue_overlap_recall"] == pytest.approx(1 / 3, abs=1e-3)
    assert run_polnear(tmp_path, nlp, limit=0).documents == 0


@pytest.mark.slow
def test_run_polnear_counts_outer_speakers_of_nested_claims(tmp_path: Path, nlp: Language) -> None:
    text = "According to state television, police said that 12 protesters were detained.\n"
    ann = (
        "T1\tSource 13 29\tstate television\n"
        "T2\tCue 0 12\tAccording to\n"
        "T3\tContent 31 76\tpolice said that 12 protesters were detained\n"
        "T4\tAttribution 0 12\tAccording to\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T5\tSource 31 37\tpolice\n"
        "T6\tCue 38 42\tsaid\n"
        "T7\tContent 43 76\tthat 12 protesters were detained\n"
        "T8\tAttribution 38 42\tsaid\n"
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
    )
    assert text[13:29] == "state television" and text[31:37] == "police"
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "wire_2023-01-02_b.txt").write_text(text, encoding="utf-8")
    (tmp_path / "attributions" / "wire_2023-01-02_b_ab12.ann").write_text(ann, encoding="utf-8")
    m = run_polnear(tmp_path, nlp).metrics
    assert m["source_exact_recall"] == 1.0
    assert m["source_exact_precision"] == 1.0


def test_score_spans_sources_compare_without_a_relative_clause() -> None:
    text = "Joseph, who has four children, said the rent had doubled."
    gold = {(0, 30)}  # Joseph, who has four children,
    pred = {(0, 6)}  # Joseph
    assert score_spans(gold, pred, exact=True, text=text, source=True).tp == 1
    assert score_spans(gold, pred, exact=True, text=text).tp == 0
