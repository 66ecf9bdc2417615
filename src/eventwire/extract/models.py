"""The packaged learned models (``data/models/*.json``): each loader reads its file through here."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = ["packaged_model"]


def packaged_model(name: str) -> dict[str, Any]:
    """The JSON object stored in ``eventwire/data/models/<name>``."""
    raw = resources.files("eventwire.data.models").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data
