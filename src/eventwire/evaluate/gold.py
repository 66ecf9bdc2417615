"""Gold articles (``docs/gold-format.md``): loading, and loading the pipeline's view of them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError
from ..ingest.document import make_document
from ..records import Document, Result

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from .scoring import GoldReport

__all__ = ["GoldArticle", "anchored", "evaluate_gold", "find_anchor", "load_gold"]


@dataclass(frozen=True, slots=True)
class GoldArticle:
    name: str
    text: str
    annotation: dict[str, Any]

    def document(self) -> Document:
        a = self.annotation
        return make_document(
            self.text,
            normalize=False,
            external_id=self.name,
            title=a.get("title"),
            publisher=a.get("publisher"),
            published=a.get("published"),
            published_source="user" if a.get("published") else "none",
        )


def find_anchor(text: str, anchor: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th (1-based) appearance of ``anchor`` in ``text``."""
    start = -1
    for _ in range(max(occurrence, 1)):
        start = text.find(anchor, start + 1)
        if start < 0:
            raise EvaluationError(f"anchor {anchor!r} (occurrence {occurrence}) not in text", code="E602")
    return start, start + len(anchor)


def anchored(text: str, items: Iterable[dict[str, Any]]) -> list[tuple[dict[str, Any], tuple[int, int]]]:
    """Each gold item (event or claim) with the offsets of its anchor in ``text`` (E602 if one is missing)."""
    return [(g, find_anchor(text, g["anchor"], g.get("occurrence", 1))) for g in items]


def load_gold(gold_dir: Path) -> list[GoldArticle]:
    """Every ``NAME.txt`` + ``NAME.json`` pair in ``gold_dir`` (sorted by name)."""
    if not gold_dir.is_dir():
        raise EvaluationError(f"gold folder not found: {gold_dir}", code="E601")
    articles = []
    for json_path in sorted(gold_dir.glob("*.json")):
        txt = json_path.with_suffix(".txt")
        if not txt.exists():
            raise EvaluationError(f"{json_path.name} has no {txt.name} beside it", code="E603")
        try:
            annotation = json.loads(json_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"{json_path}: invalid JSON: {exc}", code="E604") from exc
        articles.append(GoldArticle(json_path.stem, txt.read_text(encoding="utf-8"), annotation))
    if not articles:
        raise EvaluationError(f"no gold articles in {gold_dir}", code="E605")
    return articles


def run_gold(articles: list[GoldArticle], pipeline: Pipeline) -> Iterator[tuple[GoldArticle, Result | None]]:
    """The pipeline's result for each article (None when it failed)."""
    by_id = {a.name: a for a in articles}
    for out in pipeline.pipe(a.document() for a in articles):
        if isinstance(out, Result):
            yield by_id[str(out.document.external_id)], out
        else:
            document, _exc = out
            yield by_id[str(document.external_id)], None


def evaluate_gold(gold_dir: Path, pipeline: Pipeline, *, limit: int | None = None) -> GoldReport:
    """Run the pipeline over a gold folder and score it."""
    from .scoring import score_corpus

    articles = load_gold(gold_dir)[:limit] if limit else load_gold(gold_dir)
    return score_corpus(list(run_gold(articles, pipeline)), corpus=str(gold_dir))
