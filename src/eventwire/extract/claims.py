"""Claims: who says what."""

from __future__ import annotations

from ..records import Claim
from .mentions import Mentions

__all__ = ["find_claims"]


def find_claims(mentions: Mentions) -> list[Claim]:
    """Attributed statements, ids ``cl1``, ``cl2`` … in text order."""
    return []
