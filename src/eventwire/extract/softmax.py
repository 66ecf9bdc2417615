"""A standardised multinomial logistic model at run time (pure Python, no numpy): the learned
re-typing (:mod:`.type_model`) and status (:mod:`.status_model`) stages share it."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["SoftmaxFields", "fields_from_dict", "fields_to_dict", "margin_choice", "softmax_probabilities"]


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


class SoftmaxFields(Protocol):
    """What a packaged softmax model holds besides its own extras (the type model's trigger prior)."""

    @property
    def version(self) -> int: ...
    @property
    def features(self) -> tuple[str, ...]: ...
    @property
    def classes(self) -> tuple[str, ...]: ...
    @property
    def mean(self) -> tuple[float, ...]: ...
    @property
    def scale(self) -> tuple[float, ...]: ...
    @property
    def weights(self) -> tuple[tuple[float, ...], ...]: ...
    @property
    def bias(self) -> tuple[float, ...]: ...
    @property
    def margin(self) -> float: ...
    @property
    def trained_on(self) -> tuple[str, ...]: ...


def fields_to_dict(model: SoftmaxFields) -> dict[str, Any]:
    """The model's shared fields as plain JSON (rounded, so the packaged file diffs cleanly)."""
    return {
        "version": model.version,
        "features": list(model.features),
        "classes": list(model.classes),
        "mean": [round(v, 6) for v in model.mean],
        "scale": [round(v, 6) for v in model.scale],
        "weights": [[round(v, 6) for v in row] for row in model.weights],
        "bias": [round(v, 6) for v in model.bias],
        "margin": round(model.margin, 4),
        "trained_on": list(model.trained_on),
    }


def fields_from_dict(data: dict[str, Any], what: str, version: int) -> dict[str, Any]:
    """The shared fields read back, as keyword arguments; a file of another format ``version`` is refused."""
    if data.get("version") != version:
        raise ValueError(f"{what}: format version {data.get('version')!r}, expected {version}")
    return {
        "version": version,
        "features": tuple(str(f) for f in data["features"]),
        "classes": tuple(str(c) for c in data["classes"]),
        "mean": tuple(float(v) for v in data["mean"]),
        "scale": tuple(float(v) for v in data["scale"]),
        "weights": tuple(tuple(float(v) for v in row) for row in data["weights"]),
        "bias": tuple(float(v) for v in data["bias"]),
        "margin": float(data["margin"]),
        "trained_on": tuple(str(s) for s in data.get("trained_on", ())),
    }
