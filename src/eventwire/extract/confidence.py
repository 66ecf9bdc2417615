"""Event confidence: a simple, monotone score from the strength of the evidence (calibration comes later)."""

from __future__ import annotations

__all__ = ["event_confidence"]

STATUS_PENALTY = {
    "asserted": 0.0,
    "attributed": 0.08,
    "predicted": 0.12,
    "hypothetical": 0.15,
    "negated": 0.12,
}


def event_confidence(
    *,
    nominal: bool,
    phrase: bool,
    status: str,
    hedged: bool,
    has_time: bool,
    has_place: bool,
    mentions: int,
) -> float:
    """0–1: explicit verbs and phrases beat bare nouns; hedges, attribution and modality lower it;
    bound time, place and repeated mentions raise it."""
    score = 0.62 if nominal else 0.74
    if phrase:
        score += 0.06
    score -= STATUS_PENALTY.get(status, 0.1)
    if hedged:
        score -= 0.12
    if has_time:
        score += 0.05
    if has_place:
        score += 0.05
    score += min(mentions, 3) * 0.03
    return round(min(max(score, 0.05), 0.97), 3)
