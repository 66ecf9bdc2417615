"""Toponyms from the tagger's entities (places, mislabelled names, names after "in"), from the
gazetteer where the tagger missed a name in a place context, from repeats of a name already taken,
and from names written before a known place.

Split from :mod:`.places`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..nlp.text import ents as doc_ents
from .gazetteer import Candidate, Gazetteer
from .gazetteer_names import fold
from .places_cues import _AFTER, _REPEAT_CUE, PEOPLE_OF, _cued, _extend, _hint, _important, _joining_hyphen
from .places_ranking import _focus_words
from .places_sites import _FACILITY_HEADS, _SURNAME_HEADS, _facility, _named_building, site_cued
from .places_toponyms import (
    _NOT_PLACES,
    _NUMERIC_LABELS,
    _PLACE_LABELS,
    Toponym,
    _Cover,
    _overlaps,
    _stoplist,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# "in Magere, Wakiso district", "near Parotani, Cochabamba": a name written before a known place
_BEFORE_PLACE = re.compile(
    r"\b(?:in|at|near|outside|from)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?=[A-Z])"
)
_NOT_LOCAL_NAMES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "addition", "particular", "general", "fact", "response", "short", "total", "turn", "contrast",
     "public", "court", "parliament", "custody", "prison", "jail", "hospital", "exile"}
)  # fmt: skip


def _before_known_place(
    text: str, found: Sequence[Toponym], full_names: Sequence[tuple[int, int]]
) -> list[Toponym]:
    """Names the model and gazetteer missed, written as a part of the place named after them ("in
    Magere, Wakiso district", "in Lauca Ñ, Chapare"): a village or neighbourhood of it."""
    if ", " not in text:
        return []
    starts = {t.start for t in found}
    out: list[Toponym] = []
    for m in _BEFORE_PLACE.finditer(text):
        start, end = m.span("name")
        if m.end() not in starts or m.group("name").split()[0].lower() in _NOT_LOCAL_NAMES:
            continue
        if _overlaps(start, end, [(t.start, t.end) for t in found]) or _overlaps(start, end, full_names):
            continue
        out.append(Toponym(start, end, text[start:end], None, "ner"))
    return out


def _repeats(
    doc: Doc, gazetteer: Gazetteer, found: Sequence[Toponym], taken: list[tuple[int, int]]
) -> list[Toponym]:
    """Other mentions of a name already taken as a place (one sense per document).

    The small model labels "Gainesville" GPE in one sentence and PERSON in the next;
    a repeat inside a longer person or organisation name ("Andrew Jackson") is left alone.
    """
    names = {
        t.text for t in found if any(c.match == "exact" and c.primary for c in gazetteer.candidates(t.text))
    }
    # a province taken with its designator ("Gauteng province") is the place named bare below ("a
    # shutdown of Gauteng", "all Gauteng metros")
    for t in found:
        bare, _, last = t.text.rpartition(" ")
        if (
            bare
            and _AFTER.get(last.lower(), "city") != "city"
            and any(
                c.match == "exact" and c.primary and c.feature != "city" for c in gazetteer.candidates(bare)
            )
        ):
            names.add(bare)
    # a dateline's capitals ("TBILISI") name the town written "Tbilisi" below, and back
    names |= {n.title() for n in names if n.isupper() and len(n) > 3}
    names |= {n.upper() for n in names if n.istitle() and len(n) > 3}
    # a neighbourhood or village the gazetteer does not hold by that name, once taken as a place ("in
    # Siloé"), is the same place where a locative word puts it again ("were killed in Siloé that
    # night", "sends the army into Siloé")
    unknown = {t.text for t in found if t.source == "ner" and _plain_name(t.text)} - names
    if not names and not unknown:
        return []
    text = doc_text(doc)
    ents = [(e.start_char, e.end_char, e.label_) for e in doc_ents(doc)]
    numeric = {(s, e) for s, e, lab in ents if lab in _NUMERIC_LABELS}
    out: list[Toponym] = []
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in sorted(names | unknown, key=len, reverse=True)) + r")\b"
    )
    # a date or time the tagger ran over the name ("in Siloé that night") does not hide it
    spans = [*(span for span in taken if span not in numeric), *((t.start, t.end) for t in found)]
    for m in pattern.finditer(text):
        start, end = m.span()
        if _overlaps(start, end, spans):
            continue
        if m.group() in unknown and _REPEAT_CUE.search(text, max(0, start - 12), start) is None:
            continue
        inside = [
            (s, e, lab)
            for s, e, lab in ents
            if s < end and start < e and lab not in _PLACE_LABELS and lab not in _NUMERIC_LABELS
        ]
        if any(e - s > end - start and (lab != "ORG" or s != start) for s, e, lab in inside):
            continue  # inside a longer name, other than at the start of an organisation's
        out.append(Toponym(start, end, m.group(), None, "repeat"))
        taken.append((start, end))
        spans.append((start, end))
    return out


def _plain_name(name: str) -> bool:
    """A name of one to three capitalised words (not an acronym, not a common word)."""
    words = name.split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and not name.isupper()
        and fold(name) not in _stoplist()
        and fold(name) not in _NOT_PLACES
    )


def _from_entity(ent: Span, gazetteer: Gazetteer) -> Toponym | None:
    label = ent.label_
    start, end = _extend(ent.doc, ent.start, ent.end, gazetteer)
    ent = ent.doc[start:end]
    tokens = list(ent)
    while tokens and tokens[0].lower_ in ("the", "'s") and len(tokens) > 1:
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "’s")) and len(tokens) > 1:
        tokens = tokens[:-1]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = doc_text(ent.doc)[start:end]
    if fold(text) in _stoplist() and not _cued(ent.doc, ent.start, ent.end):
        return None
    if gazetteer.demonym(text) and not any(
        c.match == "exact" and c.primary for c in gazetteer.candidates(text)
    ):
        return None  # "Iranian", "Russian": country context, not a place
    hint = _hint(ent.doc, ent.start, ent.end)
    if not text[:1].isupper() or fold(text) in _NOT_PLACES or (len(text) <= 2 and not text.isupper()):
        return None
    if label == "FAC" and not any(c.match != "skeleton" for c in gazetteer.candidates(text)):
        if _facility(text):
            return Toponym(start, end, text, None, "facility")  # "Rustaveli Avenue", "Adelabad Prison"
        # other buildings are kept only when the gazetteer knows them, or when written where something
        # happens ("near the Saat Tower", "at the junction near the Faculty of Law")
        return _named_building(ent)
    if (
        text.isupper()
        and text.isalpha()
        and len(text) <= 3
        and not any(c.feature != "city" for c in gazetteer.candidates(text))
    ):
        return None  # "BA", "AI": acronyms, not the village of that name
    return Toponym(start, end, text, hint, "ner")


# Labels the tagger gives a neighbourhood or village it does not know ("in Saraçhane" as a work of
# art, "in Parotani" as a person)
_ODD_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LANGUAGE"})
_CALENDAR = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "day", "days", "week", "weeks", "month", "months", "year", "years", "night", "nights", "morning",
     "evening", "afternoon", "dawn", "dusk", "noon", "midnight", "today", "yesterday", "tomorrow",
     "weekend", "christmas", "easter", "ramadan", "eid", "new", "spring", "summer", "autumn", "winter",
     "season", "decade", "century", "hour", "hours", "time", "era", "period", "anniversary", "holiday"}
)  # fmt: skip


def _wordy_date(ent: Span) -> bool:
    """A DATE or TIME entity with a capitalised word and no number or calendar word: a name the
    tagger mislabelled ("in Magere", "the Bamali quarter")."""
    if ent.label_ not in ("DATE", "TIME"):
        return False
    inside = tokens(ent.doc)[ent.start : ent.end]  # cached Tokens: iterating a Span builds new ones
    words = [t for t in inside if t.is_alpha]
    return (
        len(words) == len([t for t in inside if not t.is_punct])
        and any(t.is_title for t in words)
        and not any(t.lower_ in _CALENDAR or t.lower_.rstrip("s") in _CALENDAR for t in words)
    )


# Words a neighbourhood or village the tagger does not know is written after ("in Saraçhane",
# "walked towards Kamwokya")
_NAME_AFTER = frozenset({"in", "towards", "toward"})
# "the town of Moqokori", "a village of Torpuot": the kind of place written before its name
_KIND_OF = frozenset({"town", "village", "city"})


def _kind_of(doc: Doc, start: int) -> bool:
    """The name at token ``start`` is written after "residents of", or after "the town of", "the village
    of" (or "a …") with a few describing words between ("the central Haitian town of", "the neighbouring
    village of", "the war-torn town of"; the tagger's parts of speech are not trusted there: it takes
    "neighbouring" for a noun)."""
    toks = tokens(doc)
    if start >= 2 and toks[start - 1].lower_ == "of" and toks[start - 2].lower_ in PEOPLE_OF:
        return True  # "residents of Laventille blocked roads"
    if not (start >= 3 and toks[start - 1].lower_ == "of" and toks[start - 2].lower_ in _KIND_OF):
        return False
    for i in range(start - 3, max(start - 7, -1), -1):
        if toks[i].lower_ in ("the", "a"):
            return True
        if not (toks[i].is_alpha or toks[i].text == "-"):
            return False
    return False


def _hyphen_tail(doc: Doc, end: int) -> int:
    """The end of a name whose hyphened rest the tagger left out ("Saut" of "Saut-d'Eau"): the tokens
    joined to it by hyphens, with no space, each starting with a letter."""
    toks = tokens(doc)
    while end + 1 < len(toks) and _joining_hyphen(toks[end]) and toks[end + 1].text[:1].isalpha():
        end += 2
    return end


@functools.cache
def _languages() -> frozenset[str]:
    """Folded names of the ISO 639 languages ("Arabic", "Swahili" of "Swahili (macrolanguage)")."""
    import pycountry

    return frozenset(fold(str(lang.name).split(" (")[0]) for lang in pycountry.languages)


def _name_after_in(ent: Span, gazetteer: Gazetteer) -> Toponym | None:
    """A short capitalised name right after "in" (or "the town of") that the tagger labelled a person,
    an organisation or a work and the gazetteer does not know ("shot in Saraçhane", "gathered in Bè",
    "homes in Diraz", "fighting around the town of Moqokori"): a neighbourhood or village,
    unresolved; not a person's possessive ("in Amini's memory") nor a person's full name."""
    doc = ent.doc
    if ent.label_ == "LANGUAGE" and fold(ent.text) in _languages():
        return None  # "refused to sign statements in Arabic"
    kind = _kind_of(doc, ent.start)
    if ent.start == 0:
        return None
    # the next name of a list after "in" ("homes in Diraz and Bani Jamra")
    listed = doc[ent.start - 1].lower_ in ("and", ",") and _cued(doc, ent.start, ent.end) == "strong"
    kind = kind or listed
    if not (kind or doc[ent.start - 1].lower_ in _NAME_AFTER):
        return None
    words = [t for t in ent if t.lower_ != "the"] if ent.label_ in ("DATE", "TIME") else list(ent)
    while words and not (words[-1].is_title and words[-1].is_alpha):
        words = words[:-1]  # "Zirabo in": the tagger's span runs on
    if not words or len(words) > 3 or not all(t.is_title and t.is_alpha for t in words):
        return None
    if ent.label_ == "PERSON" and len(words) > 1 and not kind:
        return None  # "held in Jim Smith": a person's full name
    end = _hyphen_tail(doc, words[-1].i + 1) if words[-1].i + 1 == ent.end else words[-1].i + 1
    if end < len(doc) and (doc[end].lower_ in ("'s", "’s", "no", "no.") or doc[end].like_num):
        return None  # a possessive; a numbered site ("held in Ward 350"), the numbered sites' to find
    last = doc[end - 1]
    text = doc_text(doc)[words[0].idx : last.idx + len(last.text)]
    if fold(text) in _stoplist() or fold(text) in _NOT_PLACES or gazetteer.demonym(text):
        return None
    if any(c.match != "skeleton" and _important(c) for c in gazetteer.candidates(text)):
        return None  # a known name is the gazetteer's to weigh (a minor namesake is not: "in Luuka")
    # "in Lin Ta Lu village": the designator after it says what it is
    return Toponym(words[0].idx, last.idx + len(last.text), text, _hint(doc, words[0].i, end), "ner")


def _from_mislabelled(ent: Span, gazetteer: Gazetteer) -> Toponym | None:
    """A PERSON/ORG/NORP entity that is a known place in a place context ("in Zahedan")."""
    text = ent.text
    if fold(text) in _stoplist() or gazetteer.demonym(text):
        return None
    if (
        ent.label_ in ("ORG", "FAC", "PERSON")
        and _facility(text)
        and not text.lower().startswith("the ")
        and (
            ent.label_ != "PERSON"
            or text.split()[-1].lower() not in _SURNAME_HEADS
            or site_cued(doc_text(ent.doc), ent.start_char)  # "sat down on Margaret Bridge"
        )
    ):
        return Toponym(ent.start_char, ent.end_char, text, None, "facility")
    building = _named_building(ent)
    if building is not None:
        return building
    hint = _hint(ent.doc, ent.start, ent.end)
    cue = _cued(ent.doc, ent.start, ent.end) or ("strong" if hint or _dateline_name(ent) else None)
    cands = [c for c in gazetteer.candidates(text) if c.match != "skeleton"]
    # "the Centre" after a body named "Hamyaran Human Rights Centre" is the body, not a province
    the = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
    if (
        cue is None
        and ent.label_ == "ORG"
        and any(
            c.primary
            and c.match == "exact"
            and (c.feature == "country" or (c.feature == "admin1" and not the))
            for c in cands
        )
    ):
        cue = "strong"  # "Ohio" or "U.S." labelled ORG
    if cue is None or not any(_important(c, cue) for c in cands):
        return _org_prefix(ent, gazetteer) if ent.label_ == "ORG" else None
    return Toponym(ent.start_char, ent.end_char, text, hint, "gazetteer")


# after a dateline's town: a comma, a credit or a dash ("SAN FRANCISCO DE MACORIS, Dominican Republic,")
_DATELINE_AFTER = re.compile(r"\s*(?:,|\(|[—–-]\s)")


def _dateline_name(ent: Span) -> bool:
    """``ent`` is a name in capitals opening its paragraph as a dateline ("SAN FRANCISCO DE MACORIS,
    Dominican Republic, Aug 6 (Wire) -"): the town the report was filed from."""
    text = doc_text(ent.doc)
    para = text.rfind("\n", 0, ent.start_char) + 1
    return (
        ent.text.isupper()
        and text[para : ent.start_char].strip() in ("", "(")
        and _DATELINE_AFTER.match(text, ent.end_char) is not None
    ) or _dated_opening(text, ent.start_char, ent.end_char)


# a date right after a paragraph's opening name, day first or month first ("Lomé, 9 September 2026
# (Agency) -", "Tunis, May 19 (TAP) -"): a dateline written in title case
_DATE_AFTER = re.compile(
    r",\s*(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)"
)


def _dated_opening(text: str, start: int, end: int) -> bool:
    """The name ``start:end`` opens its paragraph and a date follows it: the town of a dateline in
    title case ("Lomé, 9 September 2026 (Agence Togolaise de Presse) -"), which the tagger often
    misses."""
    para = text.rfind("\n", 0, start) + 1
    before = text[para:start].strip()
    # also after a byline's bar ("Prensa Obrera Digital | Buenos Aires, March 12, 2026")
    opens = before in ("", "(") or (before.endswith("|") and len(before) < 80)
    return opens and _DATE_AFTER.match(text, end) is not None


def _org_prefix(ent: Span, gazetteer: Gazetteer) -> Toponym | None:
    """The place an organisation is named after: "Gainesville" in "Gainesville Police Department",
    "Kansas" in "the Kansas Department of Transportation"; or a big town labelled ORG on its own.
    """
    start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
    for end in range(min(ent.end, start + 4), start, -1):
        span = ent.doc[start:end]
        if end == ent.end and (len(span) > 1 or ent.start != start):
            continue  # a whole longer name ("the Red Mill") is the organisation's
        if not all(t.is_title or t.is_upper or t.lower_ in ("and", "of") for t in span):
            continue
        if end < ent.end and _joining_hyphen(ent.doc[end]):
            continue  # "Al" of "Al-Masirah television": one word of a hyphened name
        cands = [c for c in gazetteer.candidates(span.text) if c.match == "exact" and c.primary]
        if fold(span.text) in _stoplist() | _NOT_PLACES or gazetteer.demonym(span.text):
            return None
        if any(c.feature in ("country", "admin1", "admin2") or c.population >= 50_000 for c in cands):
            return Toponym(span.start_char, span.end_char, span.text, None, "gazetteer")
    return None


def _story_countries(doc: Doc, gazetteer: Gazetteer, found: Sequence[Toponym]) -> frozenset[str]:
    """Countries the story names: by their people ("Malian"), or by a name found in one country only
    ("Central African Republic", "Bangui")."""
    named: set[str] = set()
    for t in found:
        countries = {c.country for c in gazetteer.candidates(t.text) if c.primary and c.match == "exact"}
        if len(countries) == 1:
            named |= {code for code in countries if code}
    return frozenset(named | set(_focus_words(doc, gazetteer)))


def _gazetteer_matches(
    doc: Doc, gazetteer: Gazetteer, taken: Sequence[tuple[int, int]], story: frozenset[str] = frozenset()
) -> list[Toponym]:
    """Capitalised names that the NER missed, in a place context, known to the gazetteer.

    After a weak cue ("at X", "between X and Y") a town needs 100,000 people, or 5,000 in a country
    the story names ("attacked a checkpoint at Bocaranga" in a Central African story)."""
    out: list[Toponym] = []
    cover = _Cover(taken)
    toks = tokens(doc)
    n = len(doc)
    i = 0
    while i < n:
        tok = toks[i]
        if not (tok.is_title or tok.is_upper) or not tok.is_alpha or cover.hits(tok.idx, tok.idx + len(tok)):
            i += 1
            continue
        matched = False
        for length in (4, 3, 2, 1):
            j = i + length
            # a hyphened name is one ("Ivano-Frankivsk", "Port-au-Prince")
            if j > n or any(
                not (t.is_title or t.lower_ in ("and", "of", "e") or (_joining_hyphen(t) or _hyphened(t)))
                for t in toks[i:j]
            ):
                continue
            if toks[j - 1].lower_ in ("and", "of", "e") or _joining_hyphen(toks[j - 1]):
                continue
            start, end = toks[i].idx, toks[j - 1].idx + len(toks[j - 1])
            if cover.hits(start, end):
                continue
            text = doc_text(doc)[start:end]
            if fold(text) in _stoplist() or gazetteer.demonym(text):
                continue
            cue = _cued(doc, i, j) or ("strong" if _dated_opening(doc_text(doc), start, end) else None)
            if cue is None or fold(text) in _NOT_PLACES:
                continue
            cands = [c for c in gazetteer.candidates(text) if c.match != "skeleton"]
            if story and _runs_on(toks, j, cover) and not any(c.country in story for c in cands):
                # "outside the Dang Wangi headquarters", "an eviction at Marina Kue": the start of a
                # longer name, not a town abroad; the whole name is the place, unknown to the gazetteer
                if any(_important(c, cue) for c in cands):
                    k = j
                    while k < min(n, j + 3) and _runs_on(toks, k, cover):
                        k += 1
                    start, end = toks[i].idx, toks[k - 1].idx + len(toks[k - 1])
                    text = doc_text(doc)[start:end]
                    out.append(Toponym(start, end, text, _hint(doc, i, k), "gazetteer"))
                    i, matched = k, True
                    break
                continue
            if any(_important(c, cue) or _story_town(c, cue, story) for c in cands):
                s_tok, e_tok = _extend(doc, i, j, gazetteer)
                start, end = toks[s_tok].idx, toks[e_tok - 1].idx + len(toks[e_tok - 1])
                if cover.hits(start, end):
                    s_tok, e_tok = i, j
                    start, end = toks[i].idx, toks[j - 1].idx + len(toks[j - 1])
                text = doc_text(doc)[start:end]
                out.append(Toponym(start, end, text, _hint(doc, s_tok, e_tok), "gazetteer"))
                i = e_tok
                matched = True
                break
        if not matched:
            i += 1
    return out


def _runs_on(toks: Sequence[Token], j: int, cover: _Cover) -> bool:
    """The capitalised name goes on past token ``j - 1`` with a word no other name took, and not with
    the kind of place it names ("Miraflores Palace", "Ratoma District")."""
    if j >= len(toks):
        return False
    nxt = toks[j]
    if nxt.lower_ in _FACILITY_HEADS or nxt.lower_ in _AREA_HEADS:
        return False
    return nxt.is_title and nxt.is_alpha and not cover.hits(nxt.idx, nxt.idx + len(nxt))


_AREA_HEADS = frozenset(
    {
        "district",
        "province",
        "region",
        "county",
        "state",
        "city",
        "town",
        "village",
        "municipality",
        "township",
    }
)


def _hyphened(tok: Token) -> bool:
    """A small word between two joining hyphens ("au" of "Port-au-Prince", "i" of "Mazar-i-Sharif")."""
    doc = tok.doc
    return (
        tok.is_lower
        and 0 < tok.i < len(doc) - 1
        and _joining_hyphen(doc[tok.i - 1])
        and _joining_hyphen(doc[tok.i + 1])
    )


def _story_town(c: Candidate, cue: str, story: frozenset[str]) -> bool:
    """A town of the story's country, by its own name, after a weak cue."""
    return cue == "weak" and c.country in story and c.primary and c.match == "exact" and _important(c)


# A list of towns opened by a plural kind of place and a word that names its members ("in at least six
# other towns, among them Gyumri, Vanadzor and Ijevan", "in several cities including Tabriz and
# Shiraz", "in provinces and prefectures, among them Oujda and Tiznit"): the tagger often calls such
# names persons or organisations, or runs one entity over two names.
_LIST_KINDS = re.compile(
    r"\b(?:towns|cities|villages|districts|provinces|prefectures|townships|regions|localities"
    r"|municipalities|counties|states|suburbs|neighbourhoods|neighborhoods)\b[^.;:!?()\"“”]{0,40}$",
    re.IGNORECASE,
)
_LIST_OPENER = re.compile(
    r"(?:,\s*|\s+)(?:including|among\s+them|among\s+which|such\s+as|notably|in\s+particular)\s+"
)
_LIST_WORD = re.compile(r"[^\W\d_][\w'’]*")
_LIST_SEP = re.compile(r",\s+and\s+|,\s+or\s+|,\s+|\s+and\s+|\s+or\s+")


def town_list_items(text: str) -> list[tuple[int, int]]:
    """Spans of the names listed after a plural kind of place and "including", "among them", "such
    as" ("towns, among them Gyumri, Vanadzor and Ijevan"): each a name of up to four capitalised
    words, the list closed by the first word that is not one."""
    out: list[tuple[int, int]] = []
    for m in _LIST_OPENER.finditer(text):
        if not _LIST_KINDS.search(text, max(0, m.start() - 60), m.start()):
            continue
        pos = m.end()
        while True:
            words: list[re.Match[str]] = []
            at = pos
            while len(words) < 4:
                w = _LIST_WORD.match(text, at)
                if w is None or not w.group()[0].isupper() or w.group() in ("And", "Or"):
                    break
                words.append(w)
                if (
                    text[w.end() : w.end() + 1] in (" ", "-")
                    and (nxt := _LIST_WORD.match(text, w.end() + 1)) is not None
                    and nxt.group()[0].isupper()
                ):
                    at = w.end() + 1
                    continue
                break
            if not words:
                break
            out.append((words[0].start(), words[-1].end()))
            sep = _LIST_SEP.match(text, words[-1].end())
            if sep is None:
                break
            pos = sep.end()
    return out


def _listed_towns(
    doc: Doc, gazetteer: Gazetteer, found: Sequence[Toponym], story: frozenset[str]
) -> list[Toponym]:
    """Names of a list of towns ("cities, including Tabriz, Isfahan and Shiraz") that no toponym took
    and the gazetteer knows by that exact name as a town or province (of the story's countries, when
    it names any)."""
    text = doc_text(doc)
    owned = [(t.start, t.end) for t in found]
    out: list[Toponym] = []
    for start, end in town_list_items(text):
        if _overlaps(start, end, owned):
            continue
        name = text[start:end]
        if fold(name) in _stoplist() or fold(name) in _NOT_PLACES or gazetteer.demonym(name):
            continue
        if any(
            c.match == "exact"
            and c.feature in ("city", "admin1", "admin2")
            and (c.feature != "city" or c.population >= 1_000)
            and (not story or c.country in story)
            for c in gazetteer.candidates(name)
        ):
            out.append(Toponym(start, end, name, None, "gazetteer"))
    return out
