"""Human-readable evaluation reports."""

from __future__ import annotations

from ..export.table import format_table
from .scoring import GoldReport

__all__ = ["format_gold_report"]


def _pct(v: float | None) -> str:
    return "-" if v is None else f"{v:.3f}"


def format_gold_report(report: GoldReport, *, misses: bool = True) -> str:
    lines = [f"gold: {report.corpus}  documents: {report.documents}  failed: {report.failed}", ""]
    rows = [
        [
            "all",
            _pct(report.events.precision),
            _pct(report.events.recall),
            _pct(report.events.f1),
            report.events.tp,
            report.events.fp,
            report.events.fn,
        ]
    ]
    for t, prf in sorted(report.by_type.items()):
        rows.append([t, _pct(prf.precision), _pct(prf.recall), _pct(prf.f1), prf.tp, prf.fp, prf.fn])
    lines.append(format_table(("events", "precision", "recall", "f1", "tp", "fp", "fn"), rows))
    lines.append("")
    attr_rows = [[name, _pct(r.value), r.hits, r.total] for name, r in report.attributes.items()]
    for name, r in (
        ("claim recall", report.claims),
        ("claim precision", report.claim_precision),
        ("speaker", report.speakers),
        ("claim figures", report.claim_figures),
        ("actor named", report.actors_named),
        ("inferred name precision", report.inferred_names),
    ):
        attr_rows.append([name, _pct(r.value), r.hits, r.total])
    lines.append(format_table(("accuracy", "value", "hits", "of"), attr_rows))
    lines.append("")
    lines.append(f"hard negatives that became events: {report.negatives_violated}")
    lines.append(f"predicted/negated/hypothetical events stored as asserted: {report.asserted_violations}")
    lines.append(f"attributed events stored as asserted: {report.attributed_as_asserted}")
    if misses and report.misses:
        lines.append("")
        lines.append("misses per document:")
        for name, items in sorted(report.misses.items()):
            lines.append(f"  {name}")
            lines.extend(f"    - {m}" for m in items)
    return "\n".join(lines)
