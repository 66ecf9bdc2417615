"""A standardised multinomial logistic model at run time (pure Python, no numpy): the learned
re-typing (:mod:`.type_model`) and status (:mod:`.status_model`) stages share it."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["margin_choice", "softmax_probabilities"]


def softmax_probabilities(
    x: Sequence[float],
    mean: Sequence[float],
    scale: Sequence[float],
    weights: Sequence[Sequence[float]],
    bias: Sequence[float],
) -> list[float]:
    """The class probabilities of the features ``x``, standardised by ``mean`` and ``scale``."""
    z = [(v - m) / s for v, m, s in zip(x, mean, scale, strict=True)]
    scores = [
        b + sum(w * v for w, v in zip(row, z, strict=True)) for row, b in zip(weights, bias, strict=True)
    ]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def margin_choice(classes: Sequence[str], rule: str, probabilities: Sequence[float], margin: float) -> str:
    """The rules' class unless another class's probability beats it by more than ``margin``
    (ties go to the class listed first)."""
    best = max(range(len(classes)), key=lambda k: (probabilities[k], -k))
    own = probabilities[classes.index(rule)] if rule in classes else 0.0
    if classes[best] != rule and probabilities[best] - own > margin:
        return classes[best]
    return rule
