"""Sites the tagger misses or mislabels: streets, squares, prisons and other named facilities, named
parts of a town, a body's premises or seat, numbered sites and named buildings; and whether a name
is written where people are (a way, a locative cue).

Split from :mod:`.places`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from .gazetteer import Gazetteer
from .gazetteer_names import fold
from .places_toponyms import _NOT_PLACES, Toponym, _known, _overlaps, _stoplist

if TYPE_CHECKING:
    from spacy.tokens import Span


_NAME_WORD_RE = r"[A-Z][\w'’-]*"  # a capitalised word, no period
# "the Bamali quarter of Ndop", "the Dasht-e Barchi area of the city": a named part of a town
_NAMED_QUARTER = re.compile(
    rf"\bthe\s+(?P<name>{_NAME_WORD_RE}(?:\s+{_NAME_WORD_RE}){{0,2}})\s+"
    r"(?:quarter|area|neighbou?rhood|suburb|township|slum|locality)\s+of\s+"
    rf"(?P<of>the\s+(?:city|town|capital)\b|{_NAME_WORD_RE}(?:\s+{_NAME_WORD_RE})?)"
)


def _named_quarters(
    text: str, taken: Sequence[tuple[int, int]], gazetteer: Gazetteer
) -> tuple[list[Toponym], list[tuple[int, int]]]:
    """The part of a town written before its kind and the town ("the Bamali quarter of Ndop", "the
    Dasht-e Barchi area of the city"), when the gazetteer does not know it; not a known town before
    it ("the Colombo suburb of Mirihana": the suburb is named after "of"), nor an adjective
    ("the Arab-majority district of …", "the Kurdish area of …"). Also the spans of the towns named
    after "of": no quarter themselves."""
    if " of " not in text:
        return [], []
    out: list[Toponym] = []
    towns: list[tuple[int, int]] = []
    for m in _NAMED_QUARTER.finditer(text):
        start, end = m.span("name")
        name = m.group("name")
        if not _unknown_site_name(name, gazetteer) or _overlaps(start, end, taken):
            continue
        out.append(Toponym(start, end, name, None, "facility"))
        towns.append(m.span("of"))
    return out, towns


def _unknown_site_name(name: str, gazetteer: Gazetteer) -> bool:
    """A name written as a site's ("the Tadamon district", "the Temucuicui community") that is no
    descriptive word, demonym, stop-listed word or place the gazetteer already knows."""
    first = name.split()[0]
    if first.lower() in _NOT_SITE_NAME or _DESCRIPTIVE.match(first) or gazetteer.demonym(name):
        return False
    return not (fold(name) in _NOT_PLACES or fold(name) in _stoplist() or _known(name, gazetteer))


# "raided the Temucuicui community outside Ercilla", "calm has returned to the Nsuta community": a
# village or settlement written by its name and its kind; not a people ("youths from the Nuer
# community", "members of the Masalit community") nor one named after "of" ("the Garifuna community of
# Nueva Armenia": the place is the town after "of")
_NAMED_COMMUNITY = re.compile(
    rf"\b(?P<before>[A-Za-z]+)\s+the\s+(?P<name>{_NAME_WORD_RE}(?:\s+{_NAME_WORD_RE}){{0,2}})\s+"
    r"(?:community|settlement|hamlet)\b(?!\s+of\b)(?!['’]s)"
)
# words before "the X community" that make X a people's name: where people come from or belong
_PEOPLE_BEFORE = frozenset(
    {"from", "of", "among", "for", "with", "by", "within", "between", "against", "and", "or", "whose"}
)


def _named_communities(text: str, taken: Sequence[tuple[int, int]], gazetteer: Gazetteer) -> list[Toponym]:
    """Villages and settlements the gazetteer does not know, written as "the <Name> community /
    settlement / hamlet" after a place's preposition or an act's verb (a site, placed in the nearest
    town); ``taken`` holds the spans already found and the people's words the tagger labelled."""
    if "community" not in text and "settlement" not in text and "hamlet" not in text:
        return []
    out: list[Toponym] = []
    for m in _NAMED_COMMUNITY.finditer(text):
        if m.group("before").lower() in _PEOPLE_BEFORE:
            continue
        start, end = m.span("name")
        name = m.group("name")
        if not _unknown_site_name(name, gazetteer) or _overlaps(start, end, taken):
            continue
        out.append(Toponym(start, end, name, None, "facility"))
    return out


# a march's named site: up to four name words (with the articles of Romance and Arabic names) and a
# site noun after them ("the Ambohijatovo gardens", "the Bingu National Stadium roundabout")
_MARCH_SITE = (
    rf"(?P<name>{_NAME_WORD_RE}(?:\s+(?:{_NAME_WORD_RE}|de|du|des|la|le|el|al|l['’]\w+)){{0,3}}"
    r"(?:\s+(?:gardens?|park|grounds?|roundabout|monument|market|shopping\s+(?:centre|center|mall)|mall"
    r"|campus|church|mosque|cathedral|memorial|statue|circle|crossroads|interchange))?)"
)
# "marched from Maitighar Mandala towards the parliament", "set off from the Ambohijatovo gardens to
# the town hall", "marched on Tuesday from the Central University towards the centre": the named start
# of a march (M41), written after the march's own word and before where it went; not where marchers
# come from ("students from Central University marched"): only the march's word, an adverb or a day
# between them
_MARCH_START = re.compile(
    r"\b(?:[Mm]arch(?:ed|es|ing)?|walked|set\s+(?:off|out)|paraded|procession)"
    r"(?:\s+(?:[a-z]+ly|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|again|together"
    r"|early|late|in\s+the\s+(?:morning|afternoon|evening)))*"
    r"\s+from\s+(?:the\s+)?" + _MARCH_SITE + r"(?=,?\s+(?:to|towards?|into|through|along|up|down|past)\b)"
)
# "a march by hundreds of striking nurses to Parliament Gardens in Windhoek", "called on its supporters
# to march peacefully to the National Assembly in Luanda": the named end of a march (M41), its name
# ended where the sentence goes on (a town after "in", a comma, a purpose), not the first words of a
# longer name ("marched to the Rivers State police command")
_MARCH_END = re.compile(
    r"\b(?:[Mm]arch(?:ed|es|ing)?|[Mm]archers|walked|paraded|procession)"
    r"(?:\s+(?:[a-z]+ly|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|by(?:\s+[\w'’-]+){1,5}?(?=\s+to\b)))*"
    r"\s+(?:to|towards?)\s+(?:the\s+)?"
    + _MARCH_SITE
    + r"(?=\s*[,.;:]|\s+(?:in|on|at|near|to|for|and|where|with|while|before|after|chanting|carrying|singing"
    r"|demanding|shouting)\b)"
)
# a parliament named by its common noun is no place of its own (M32)
_COMMON_SEATS = frozenset({"parliament", "congress", "senate", "capitol"})
# capitalised words that make the start a body's seat or a people, no site of its own (M23)
_NOT_MARCH_START = frozenset(
    {"ministry", "office", "offices", "party", "union", "council", "commission", "committee", "court",
     "headquarters", "embassy", "consulate", "government", "police", "army", "department"}
)  # fmt: skip


def _march_starts(text: str, taken: Sequence[tuple[int, int]], gazetteer: Gazetteer) -> list[Toponym]:
    """The named start or end of a march the recogniser left unnamed ("marched from Maitighar Mandala
    towards the parliament", "from the Champ de Mars to the prime minister's office", "a march by
    nurses to Parliament Gardens in Windhoek"): a site of the march, which a coder geocodes to the most
    precise place the report gives (M41); not a body's seat ("from the Ministry of Labour to ..."), a
    parliament by its common noun (M32) nor a known town (the gazetteer's own)."""
    out: list[Toponym] = []
    for m in [*_MARCH_START.finditer(text), *_MARCH_END.finditer(text)]:
        start, end = m.span("name")
        name = m.group("name")
        words = {w.lower() for w in name.split()}
        if words & _NOT_MARCH_START or fold(name) in _COMMON_SEATS or _overlaps(start, end, taken):
            continue
        if any(t.start == start for t in out):
            continue
        if fold(name) in _NOT_PLACES or fold(name) in _stoplist() or gazetteer.demonym(name):
            continue
        out.append(Toponym(start, end, name, None, "facility"))
    return out


def march_end(text: str, start: int, end: int) -> bool:
    """Whether the site at ``start:end`` is written as where a march went ("called on its supporters to
    march to the National Assembly in Luanda"): the march's, not the place of another act told after it."""
    return any(
        m.span("name") == (start, end) for m in _MARCH_END.finditer(text, max(0, start - 120), end + 60)
    )


def community_place(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is written as a village ("raided the Temucuicui community"),
    not as a people ("youths from the Nuer community")."""
    for m in _NAMED_COMMUNITY.finditer(text, max(0, start - 40), min(len(text), end + 20)):
        if m.span("name") == (start, end):
            return m.group("before").lower() not in _PEOPLE_BEFORE
    return False


# "Guayaquil's Socio Vivienda neighbourhood", "Doha's Industrial Area": a named part of the town
# written as the town's own
_TOWNS_QUARTER = re.compile(
    rf"(?P<town>{_NAME_WORD_RE}(?:\s+{_NAME_WORD_RE})?)['’]s\s+"
    rf"(?P<name>{_NAME_WORD_RE}(?:\s+{_NAME_WORD_RE}){{0,2}})"
    r"(?:\s+(?:quarter|area|neighbou?rhood|suburb|township|slum|locality|section|district|estate))?"
    r"(?=\s|[,.;:)]|$)"
)
_QUARTER_NAME_LAST = re.compile(r"(?:Area|District|Estate|Township|Quarter)$")


def _towns_quarters(
    text: str, towns: Sequence[tuple[int, int]], taken: Sequence[tuple[int, int]], gazetteer: Gazetteer
) -> list[Toponym]:
    """The part of a town written as the town's own with its kind ("Guayaquil's Socio Vivienda
    neighbourhood", "one man was shot in Tembisa's Winnie Mandela section", "Doha's Industrial Area"):
    the possessor a town found, the name one the gazetteer does not know; not a person or body of the
    town ("Kampala's mayor", "Lagos's Governor Sanwo-Olu": no kind after the name, no name of one)."""
    if "'s " not in text and "’s " not in text:
        return []
    ends = {end: start for start, end in towns}
    out: list[Toponym] = []
    for m in _TOWNS_QUARTER.finditer(text):
        if ends.get(m.end("town")) is None:
            continue
        start, end = m.span("name")
        name = m.group("name")
        if m.end() == end and _QUARTER_NAME_LAST.search(name) is None:
            continue  # no kind written: "Tehran's Evin prison" is found by its own head
        if name.split()[0].lower() in _NOT_SITE_NAME or _known(name, gazetteer) or gazetteer.demonym(name):
            continue
        if fold(name) in _NOT_PLACES or fold(name) in _stoplist():
            continue
        # the tagger may have run the town and its quarter into one name: that span is the town's
        if _overlaps(start, end, [s for s in taken if s[0] != m.start("town")]):
            continue
        out.append(Toponym(start, end, name, None, "facility"))
    return out


# Last words of the names of streets, squares, bridges, prisons and other sites of events.
_FACILITY_HEADS = frozenset(
    {"street", "st.", "avenue", "ave.", "road", "boulevard", "square", "bridge", "highway", "motorway",
     "expressway", "prison", "jail", "penitentiary", "stadium", "pagoda", "mosque", "shrine", "cathedral",
     "embankment", "roundabout", "chowk", "bazaar", "airport", "camp", "maidan", "meydan", "theatre",
     "theater", "museum", "cemetery", "refinery", "palace", "green", "house", "tower", "magu", "marg"}
)  # fmt: skip
# Facility heads that are also surnames ("George Street"): not taken from a PERSON entity.
_SURNAME_HEADS = frozenset({"street", "st.", "road", "camp", "bridge", "square", "green", "house"})
# First words of names written head first ("Boulevard Beaumarchais", "Rue de Rivoli").
# Portuguese, Spanish, French and Malay heads too ("Largo da Independencia", "Alameda Juan Pablo II",
# "Place Ficgayo", "Route Le Prince", "Dataran Merdeka").
_FACILITY_FIRST = frozenset(
    {"boulevard", "rue", "avenida", "avenue", "calle", "via", "piazza", "plaza", "largo", "praça", "praca",
     "rua", "alameda", "paseo", "place", "route", "dataran", "jalan"}
)  # fmt: skip
# First words of the names of buildings and grounds written head first in French, Spanish and
# Portuguese ("Palais des Nations", "Rond-point de la Démocratie", "Lycée national Léon Mba",
# "Estadio Nacional", "Barrio Acapulco"): no English word, so a capitalised word after one is its name.
_SITE_FIRST = frozenset(
    {"palais", "rond-point", "lycée", "lycee", "collège", "université", "hôpital", "stade", "marché",
     "carrefour", "quartier", "estadio", "palacio", "universidad", "colegio", "liceo", "mercado", "puente",
     "parque", "barrio", "bairro", "glorieta", "rotonda", "plazoleta", "cárcel", "penitenciaría",
     "penitenciaria", "presídio", "palácio", "estádio", "universidade"}
)  # fmt: skip
# Small words inside such a name ("Largo da Independencia", "Dëshmorët e Kombit")
_NAME_PARTICLES = frozenset(
    {"de", "la", "al", "el", "of", "da", "do", "dos", "das", "du", "des", "del", "di", "e"}
)
# Heads that name a way or an open ground and nothing else: a mention that is exactly such a name is
# the place, not a body ("marched down Avenida Brasil", "reached D-Chowk", "along Majeedhee Magu")
_WAY_HEADS = frozenset({"chowk", "maidan", "meydan", "bazaar", "magu", "marg"})
_NAME_WORD = r"[A-Z][\w'’.-]*"
_FACILITY_RE = re.compile(
    rf"\b(?:{_NAME_WORD}\s+){{1,3}}(?:St\.|Ave\.|(?:Street|Avenue|Road|Boulevard|Square|Bridge|Highway|Motorway"
    r"|Expressway|Prison|Jail|Penitentiary|Stadium|Pagoda|Mosque|Shrine|Cathedral|Embankment|Roundabout"
    r"|Chowk|Bazaar|Airport|Maidan|Meydan|Theatre|Theater|Museum|Cemetery|Refinery|Tower|Magu|Marg)\b)"
    r"|\b(?:Boulevard|Rue|Avenida|Avenue|Calle|Piazza|Plaza|Largo|Praça|Praca|Rua|Alameda|Paseo|Place|Dataran"
    r"|Jalan)\s+(?:(?:de|da|do|dos|das|du|des|del)\s+(?:la\s+|l['’])?(?:\d{1,4}\s+)?)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2}"
    # a building or ground written head first, with an adjective of its kind ("Lycée national Léon Mba")
    r"|\b(?:Palais|Rond-[Pp]oint|Lyc[ée]e|Coll[èe]ge|Universit[ée]|H[ôo]pital|Stade|March[ée]|Carrefour|Quartier"
    r"|Estadio|Pal[aá]cio|Palacio|Universidad|Universidade|Colegio|Liceo|Mercado|Puente|Parque|Barrio|Bairro|Glorieta"
    r"|Rotonda|Plazoleta|C[áa]rcel|Penitenciar[íi]a|Pres[íi]dio|Est[áa]dio)"
    r"\s+(?:(?:national|nationale|municipal|municipale|central|centrale|public|publique|nacional)\s+)?"
    r"(?:(?:de|da|do|dos|das|du|des|del)\s+(?:la\s+|l['’])?)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"|\b[A-Z][\w'’]*-(?:Chowk|Maidan|Bazaar|Square)\b"  # "D-Chowk": the name and its head in one word
    r"|\b[A-Z][\w'’]*-(?:daero|ro|gil)\b"  # "Sejong-daero": a Korean road, its head a suffix
    # "Bazaar-e Reza", "Meydan-e Azadi": a Persian head joined to its name
    r"|\b(?:Bazaar|Bazar|Meydan|Maidan|Khiaban|Masjed|Bagh)-e\s+[A-Z][\w'’-]*"
)
# Sites written with a lower-case head after their own name ("Borg al-Arab prison", "the Baquedano
# metro station", "the Mexican embassy", "the Gldani district"), a capitalised head the list above
# lacks ("the Hong Kong Polytechnic University", "Okrestina Detention Centre"), or in French or with
# "of" ("Place de l'Opéra", "the Faculty of Law").
_PARTICLE = r"(?:al|el|ad|an|ar|as|ash|at|az|ul|de|del|da|di|du|la|le|bin|ibn|abu|of)"
# particles written as words of their own inside a name ("Faculty of Law", "Bab el Oued"); not "at",
# "as", "an", which are English words before a name ("Morsi at Rabaa al-Adawiya square")
_LONE_PARTICLE = r"(?:al|el|ad|ar|ash|az|ul|de|del|da|di|du|la|le|bin|ibn|abu|of|e)"
_SITE_RE = re.compile(
    rf"\b{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_PARTICLE}-[\w'’-]+|{_LONE_PARTICLE}(?=\s+[A-Z]))){{0,3}}"
    r"\s+(?:(?:metro|police|railway|train|bus|air|military|army|detention|prison|presidential|gas|oil"
    r"|displacement|refugee|protest|container|fuel|power|cement|sugar|transit)\s+){0,2}"
    r"(?:prison|jail|square|bridge|highway|station|camp|base|complex|market|stadium|airport|palace|field"
    r"|depot|junction|terminal|farm|plant|factory|dormitory|academy|centre|center"
    r"|refinery|cemetery|museum|theatre|theater|maidan|meydan|boulevard|avenue"
    r"|embassy|consulate|hospital|mosque|university|campus|compound|district|neighbourhood|neighborhood|building"
    r"|suburb|township|area|quarter|section"
    r"|University|Station|Embassy|Consulate|Palace|Complex|Base|Market|Campus|Compound|Hospital"
    r"|Centre|Center|Syndicate|Green)\b"
    rf"|\bPlace\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+){_NAME_WORD}"
    rf"|\b(?:University|Faculty|Palace|Museum)\s+of\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
)
# heads of a named part of a town that a people's name can also stand before ("the Kurdish area")
_PART_HEADS = frozenset({"suburb", "township", "area", "quarter", "section"})
# Capitalised words that open a generic phrase, not a site's own name ("Police station", "State TV").
_NOT_SITE_NAME = frozenset(
    {"police", "security", "state", "central", "main", "national", "federal", "army", "military",
     "government", "interior", "city", "town", "provincial", "regional", "local", "metro", "old", "new",
     "north", "south", "east", "west", "northern", "southern", "eastern", "western", "prison", "the",
     "a", "an", "in", "on", "at", "near", "outside", "from", "to", "and", "of", "by", "along", "into",
     "this", "that", "its", "their", "his", "her", "our", "several", "many", "some", "all", "two",
     "three", "both", "other", "another", "one", "each", "every", "which", "where", "when", "while",
     "after", "before", "during", "inside", "across", "around", "but", "as", "with", "for", "if",
     "hundreds", "thousands", "dozens", "officers", "protesters", "students", "detainees"}
)  # fmt: skip
_QUARTER_RE = re.compile(
    rf"\b(?:suburb|neighbou?rhood|district|township|quarter|village|locality|hamlet|settlement"
    r"|(?:nearby|neighbou?ring|small|remote|rural|indigenous|farming|fishing)\s+community)"
    rf"\s+of\s+(?P<of>{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
    rf"|\b(?P<a>{_NAME_WORD})\s+and\s+(?P<b>{_NAME_WORD})\s+(?:neighbou?rhoods|suburbs|districts|townships)\b"
)
# The named workplace of those who strike there: "workers at the South Pars gas complex" (the name,
# without the kind of works after it); not "a researcher at ..." (a post, not a workforce)
_WORKPLACE_RE = re.compile(
    r"\b(?:[Ww]orkers|[Ee]mployees|[Mm]iners|[Ll]abou?rers|[Ss]taff|[Dd]ockworkers|[Ss]trikers)\s+at\s+(?:the\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
    r"(?:(?:\s+[a-z][\w-]*){0,2}?\s+(?:field|fields|refinery|complex|company|mine|mines|plant|factory|works"
    r"|port|terminal|mill|estate|yard|shipyard|depot)\b)?)"
)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}$")
_DESCRIPTIVE = re.compile(r"[A-Z][\w'’]*-[a-z]{3,}")
# Capitalised words that start a sentence or a title, never a facility's own name.
_NOT_FACILITY_FIRST = frozenset(
    {"the", "a", "an", "in", "on", "at", "near", "outside", "from", "to", "and", "of", "by", "along", "into",
     "this", "that", "its", "their", "his", "her", "our"}
)  # fmt: skip


def _facility(text: str) -> bool:
    """A name of a street, square, prison and the like ("Rustaveli Avenue", "Boulevard Beaumarchais")."""
    words = text.split()
    if len(words) >= 2 and words[0].lower() in _SITE_FIRST and words[-1][:1].isupper():
        return True  # "Palais des Nations", "Lycée national Léon Mba"
    if len(words) < 2 or not all(
        w[:1].isupper() or w.lower() in _NAME_PARTICLES or w.lower().startswith(("al-", "el-"))
        for w in words[:-1]
    ):
        return False
    if words[-1].lower() in _FACILITY_HEADS:
        return True
    # a head written first needs a name after it ("Route Le Prince", not "Route 38")
    return words[0].lower() in _FACILITY_FIRST and any(w[:1].isupper() for w in words[1:])


def _facility_matches(
    text: str, taken: Sequence[tuple[int, int]], persons: Sequence[tuple[int, int]] = ()
) -> list[Toponym]:
    """Names of streets, squares and prisons that the NER missed ("along Kenyatta Avenue").

    A person's name ending in a word that is also a surname ("George Street") is left alone.
    """
    out: list[Toponym] = []
    for m in _FACILITY_RE.finditer(text):
        words = [(w.start() + m.start(), w.group()) for w in re.finditer(r"\S+", m.group())]
        while (
            len(words) > 2
            and words[0][1].lower() not in _SITE_FIRST  # a head written first is no word to drop
            and (
                words[0][1].lower() in _NOT_FACILITY_FIRST
                or words[0][1].endswith(("'s", "’s"))  # "Tehran's Evin Prison"
                or _overlaps(words[0][0], words[0][0] + len(words[0][1]), taken)
            )
        ):
            words = words[1:]
        start, end = words[0][0], m.end()
        head = words[0][1].lower()
        # a name inside a site written head first is part of its name ("Lycée national Léon Mba",
        # "Avenida Brasil"): only a name over the head itself keeps the span
        within = (
            [(s, e) for s, e in taken if s < start + len(words[0][1])]
            if head in _SITE_FIRST or head in _FACILITY_FIRST
            else taken
        )
        if head in _NOT_FACILITY_FIRST or _overlaps(start, end, within):
            continue
        if words[-1][1].lower() in _SURNAME_HEADS and any(
            s < end and words[-1][0] < e and len(text[s:e].split()) <= 2 for s, e in persons
        ):
            continue  # "George Street said", not "Robert Mugabe Road" (a street named after someone)
        out.append(Toponym(start, end, text[start:end], None, "facility"))
        taken = [*taken, (start, end)]
    for m in _QUARTER_RE.finditer(text):
        # "the Colombo suburb of Mirihana", "the Uttara and Jatrabari neighbourhoods"
        for g in ("of", "a", "b"):
            start, end = m.start(g), m.end(g)
            while end > start and text[end - 1] in ".,;:":
                end -= 1
            if start < 0 or _overlaps(start, end, taken):
                continue  # the designator outweighs a tagger's person ("the Colombo suburb of Mirihana")
            if text[start:end].lower() in _NOT_SITE_NAME:
                continue
            out.append(Toponym(start, end, text[start:end], None, "facility"))
            taken = [*taken, (start, end)]
    for m in _WORKPLACE_RE.finditer(text):
        # "workers at the Haft Tappeh sugar cane company", "miners at the Belaruskali potash mines"
        start, end = m.span("name")
        if _overlaps(start, end, taken) or _overlaps(start, end, persons):
            continue
        if all(w.lower() in _NOT_SITE_NAME for w in text[start:end].split()):
            continue  # "workers at the Central ...": no name of its own
        out.append(Toponym(start, end, text[start:end], None, "facility"))
        taken = [*taken, (start, end)]
    for m in _SITE_RE.finditer(text):
        words = [(w.start() + m.start(), w.group()) for w in re.finditer(r"\S+", m.group())]
        while len(words) > 1 and (
            words[0][1].lower().strip(".,;:") in _NOT_SITE_NAME
            or words[0][1].endswith(("'s", "’s"))
            or _DESCRIPTIVE.match(words[0][1])  # "Arab-majority", "Shia-dominated"
        ):
            words = words[1:]
        if len(words) < 2 or not words[0][1][:1].isupper():
            continue
        start, end = words[0][0], m.end()
        if _INDEFINITE_BEFORE.search(text, max(0, start - 30), start):
            continue  # "a sprawling Shi'ite district", "an Istanbul police station": a kind, not a name
        while end > start and text[end - 1] in ".,;:":
            end -= 1
        # a town before the head stays the town ("a Tehran prison", "the Gainesville airport", "Hong
        # Kong Polytechnic University"): its name resolves, a site name would not
        if _overlaps(start, end, taken):
            continue
        if _overlaps(end - 1, end, persons):
            continue
        if words[-1][1].lower() in _PART_HEADS and text.startswith(" of ", end):
            continue  # "the Colombo suburb of Mirihana": the quarter is the one named after "of"
        out.append(Toponym(start, end, text[start:end], None, "facility"))
    return out


# A body's premises written by the body's name and its town, after "at the" or "the cells of": "held
# at the Force Criminal Investigation Department in Abuja", "beaten at the Central Criminal
# Investigation Service (SCRIC) in Lomé", "in the cells of the Secretariat of State for Defence (SED)
# in Yaounde": where the act was, inside the town.
_BODY_AS_SITE = re.compile(
    r"\b(?:at|(?:cells|basement|premises|compound|offices)\s+of)\s+the\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w'’-]*){1,6})"
    r"(?:\s+\([A-Z]{2,8}\))?\s+in\s+(?=[A-Z])"
)


def _bodies_as_sites(
    text: str, found: Sequence[Toponym], persons: Sequence[tuple[int, int]]
) -> list[Toponym]:
    """A body named where something was done, right before the town it is in ("held at the Force
    Criminal Investigation Department in Abuja"): its premises, a site of that town."""
    if " the " not in text:
        return []
    starts = {t.start for t in found}
    spans = [(t.start, t.end) for t in found]
    out: list[Toponym] = []
    for m in _BODY_AS_SITE.finditer(text):
        start, end = m.span("name")
        if m.end() not in starts or _overlaps(start, end, spans) or _overlaps(start, end, persons):
            continue  # the town after it must be a place found; the name no place or person itself
        out.append(Toponym(start, end, m.group("name"), None, "facility"))
    return out


# A body whose seat is where people gather, march or storm: "a sit-in outside the Ministry of Labour",
# "fired tear gas outside Congress", "would march on Congress", "in front of the National Assembly":
# the building, a site of its town.
_SEAT_AS_SITE = re.compile(
    r"\b(?:outside|opposite|near|in\s+front\s+of|march(?:ed|es|ing)?\s+(?:on|to|towards|from)"
    r"|storm(?:ed|s|ing)?)\s+(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}(?:Ministry|Congress|Parliament|Assembly|Senate|Legislature"
    r"|Prefecture|Governorate|Presidency|Commission|Council)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?)"
)


def _seats_as_sites(text: str, found: Sequence[Toponym], persons: Sequence[tuple[int, int]]) -> list[Toponym]:
    """A ministry, parliament or congress named where people gather or march ("outside the Ministry of
    Labour", "march on Congress"): its building, a site; not the body elsewhere ("Congress passed")."""
    if not any(w in text for w in ("outside", "front of", "opposite", "near", "march", "storm")):
        return []
    spans = [(t.start, t.end) for t in found]
    out: list[Toponym] = []
    for m in _SEAT_AS_SITE.finditer(text):
        start, end = m.span("name")
        if _overlaps(start, end, spans) or _overlaps(start, end, persons):
            continue
        out.append(Toponym(start, end, m.group("name"), None, "facility"))
        spans.append((start, end))
    return out


# A site named by its kind and a number ("Ward 209", "Block 8", "Prison No. 13", "Penal Colony No. 2",
# "Police Station 16"): the tagger reads the number as a count and the kind as a common noun.
_NUMBERED_SITE = re.compile(
    r"\b(?:(?:Penal|Correctional|Police|Detention|Labour|Labor|Refugee|Military)\s+)?"
    r"(?:Ward|Block|Prison|Colony|Camp|Gate|Station|Jail|Penitentiary|Barracks|Building|Hall)"
    r"\s+(?:No\.?\s*|Number\s+)?\d{1,4}[A-Z]?\b(?![.,]\d)"
)


def _numbered_sites(text: str, taken: Sequence[tuple[int, int]]) -> list[Toponym]:
    """Sites named by their kind and a number ("held in Ward 209", "near Block 8", "on hunger strike in
    Prison No. 13") where no other place was found: the capitalised kind is part of the name, unlike
    a law's or a room's ("Section 144", "Room 12")."""
    out: list[Toponym] = []
    for m in _NUMBERED_SITE.finditer(text):
        start, end = m.span()
        if _overlaps(start, end, taken):
            continue
        out.append(Toponym(start, end, m.group(), None, "facility"))
    return out


# Last words of the names of buildings and grounds that the tagger labels an organisation ("the
# Kashveti Church", "the National Press Club", "the Government House", "D-Chowk"), and of the bodies
# whose seat is written as a place ("outside the National Assembly", "in front of the House of
# Representatives").
_BUILDING_WORDS = frozenset(
    {"church", "cathedral", "chapel", "basilica", "temple", "synagogue", "club", "house", "hall", "assembly",
     "parliament", "senate", "chowk", "building", "tower", "towers", "hotel", "monument", "memorial",
     "mausoleum", "gate", "park", "gardens", "arena", "mall", "works", "mines", "plant", "terminal", "palace",
     "library", "courthouse", "academy", "school", "college", "institute", "polytechnic", "faculty"}
)  # fmt: skip
# Where the words before a name place something at it ("near the", "in front of the", "stormed the
# grounds of the"); not "at" after a person's post ("a researcher at …" names an employer).
_AT_BUILDING = re.compile(
    r"(?:\b(?:near|outside|inside|around|opposite|behind|beside|outside\s+of|in\s+front\s+of"
    r"|(?:grounds|gates?|steps|entrance|premises|courtyard|compound|front|walls)\s+(?:of|to))"
    r"|(?<!\w)(?:gathered|rallied|protested|marched|met|assembled|massed|camped|demonstrated|sit-in|rally"
    r"|vigil|protest|protests|demonstration|march|gathering|strike|strikes)\s+at"
    # the start or end of a march ("marched … to the Miraflores Palace", "set off from the Democracy
    # Monument"): the words between the verb and its goal stay in one clause
    r"|(?<!\w)(?:marched|marching|walked|walking|headed|heading|set\s+off|setting\s+off|proceeded|converged"
    r"|paraded|streamed)\b[^.;:,]{0,60}?\b(?:to|towards|toward|from)"
    # an act done to the building itself ("stormed President's House", "forced their way into
    # Government House", "marched on State House", "approached Parliament Road")
    r"|(?<!\w)(?:stormed|storming|entered|entering|seized|seizing|occupied|occupying|besieged|surrounded"
    r"|surrounding|reached|reaching|approached|approaching|(?:way|broke|burst|poured|swarmed)\s+into"
    r"|(?:march|marched|marching|moved|moving|converged|advanced)\s+on))\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _named_building(ent: Span) -> Toponym | None:
    """A building or ground the tagger labelled an organisation, written where something is or
    happens ("gathered near the Kashveti Church", "a rally at the National Press Club", "stormed the
    grounds of the National Assembly"): a site of the event, as a name the gazetteer does not hold."""
    if ent.label_ not in ("ORG", "FAC"):
        return None
    words = [t for t in ent if t.lower_ not in ("the",)]
    if not words or not words[0].text[:1].isupper():
        return None
    if not any(w.lower_.rsplit("-", 1)[-1] in _BUILDING_WORDS and w.text[:1].isupper() for w in words):
        return None
    start = words[0].idx
    doc = ent.doc
    text = doc_text(doc)
    if ent.start >= 2 and doc[ent.start - 1].lower_ in ("'s", "’s") and doc[ent.start - 2].is_title:
        start = doc[ent.start - 2].idx  # "stormed President's House": the owner is part of the name
    if _AT_BUILDING.search(text, max(0, start - 90), start) is None:
        return None
    end = words[-1].idx + len(words[-1].text)
    return Toponym(start, end, text[start:end], None, "facility")


# heads of names that only a way can have: an actor mention of one names no body
THOROUGHFARES = frozenset(
    {"avenue", "street", "road", "boulevard", "highway", "motorway", "expressway", "bridge", "square"}
)


def way_named(text: str, start: int, name: str) -> bool:
    """``name`` (at ``start``) is a way or an open ground by its head: an English one anywhere
    ("tried to block Baghramyan Avenue"); one named by another language's head ("Avenida Brasil",
    "D-Chowk", "Majeedhee Magu") where people move along, onto or into it ("marched down Avenida
    Brasil", "reached D-Chowk"), not as a landmark ("the junction with Avenida Vladimir Lenine")."""
    words = name.split()
    last = words[-1].lower().rsplit("-", 1)[-1]
    if last in THOROUGHFARES:
        return True
    foreign = last in _WAY_HEADS or (len(words) > 1 and words[0].lower() in _FACILITY_FIRST)
    return foreign and _ALONG_BEFORE.search(text, max(0, start - 24), start) is not None


# Words after which a way is where people are: they move along it, onto it or block it.
_ALONG_BEFORE = re.compile(
    r"\b(?:down|along|up|across|through|onto|reached|reaching|blocked|blocking|block|occupied|occupying"
    r"|filled|filling|marched\s+on|marching\s+on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|inside|at|near|outside|into|to|from|around|opposite|behind|towards?|of|on)"
    r"\s+(?:the\s+(?:new\s+|old\s+|main\s+)?)?(?:[A-Z][\w'’-]*\s*(?:,|and)\s+|[A-Z][\w-]*['’]s\s+)?$",
    re.IGNORECASE,
)


def site_cued(text: str, start: int) -> bool:
    """The name at ``start`` follows a locative preposition ("outside the", "at", "inside the")."""
    return _LOCATIVE_BEFORE.search(text, max(0, start - 20), start) is not None
