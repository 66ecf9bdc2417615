"""The site of an event written by its kind, not its name: "outside the judiciary building", "at the
town's cemetery", "stormed the regional parliament"; and which clauses tell where a party to the
event was (a relative clause on its people, its purpose).

Split from :mod:`.placing`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Place
from .syntax import clause_head, kids, lemmas, lowers, parse_tree, per_doc, segment

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Heads of a building or ground written by its kind, not its name ("outside the judiciary building",
# "at the town's cemetery", "stormed the regional parliament"): where the event was, before its town.
# Not hospitals (where the wounded were taken) nor homes.
COMMON_SITES = frozenset(
    {
        "building",
        "office",
        "headquarters",
        "parliament",
        "palace",
        "ministry",
        "embassy",
        "consulate",
        "courthouse",
        "court",
        "station",
        "terminal",
        "airport",
        "market",
        "bazaar",
        "cemetery",
        "mosque",
        "church",
        "cathedral",
        "shrine",
        "university",
        "campus",
        "prison",
        "jail",
        "square",
        "roundabout",
        "bridge",
        "compound",
        "stadium",
        "plaza",
        "refinery",
        "factory",
        "mine",
        "port",
        "barracks",
        "checkpoint",
        "district",
        "bank",
        "library",
    }
)
# kinds of building the guide writes as no place of their own when named only by common nouns (M19:
# "outside the governor's office", "a police station in Sebkha", "the municipal police headquarters",
# "the regional administration building"): the record takes the town the text gives; the kinds M11
# lists stay ("the parliament", "the presidential palace", "the prison", "the square")
_TOWN_ONLY_SITES = frozenset(
    {"office", "ministry", "headquarters", "building", "station", "court", "courthouse", "compound"}
)
# kinds of ground that say where only with a word before them ("the central business district", not
# "the district", which refers back to a named one; "the central bank", not "the bank")
_QUALIFIED_SITES = frozenset({"district", "square", "office", "building", "court", "bank", "library"})
# words before "the …" that place an event at the site: prepositions of place, and the acts done to a
# building ("stormed the governor's office", "set fire to the town hall")
_SITE_PREPS = frozenset(
    {
        "outside",
        "at",
        "near",
        "inside",
        "in",
        "into",
        "to",
        "towards",
        "toward",
        "on",
        "around",
        "opposite",
        "through",
    }
)
_SITE_VERBS = frozenset(
    {"storm", "torch", "ransack", "loot", "occupy", "seize", "raid", "besiege", "surround", "blockade",
     "burn", "invade", "overrun", "attack", "bomb", "shell", "picket"}
)  # fmt: skip
# words before "bank" that make it a shore or a region
_NOT_A_BANK = frozenset({"river", "left", "right", "west", "east", "north", "south", "northern", "southern"})
# possessors that name the site's town, not part of its name ("the town's cemetery")
_TOWN_POSSESSORS = frozenset({"town", "city", "village", "capital", "country", "province", "its", "their"})
_MODIFIER_POS = frozenset({"NOUN", "PROPN", "ADJ", "PART", "PUNCT", "NUM"})
_COMMON_AT = "eventwire.placing.common_sites"


def _common_site(head: Token, places: Sequence[Place], quotes: Sequence[tuple[int, int]]) -> Place | None:
    """The building or ground of the event's clause written by its kind after a definite article or a
    possessor ("held a gathering outside the judiciary building", "gathered at the town's cemetery",
    "set fire to the governor's office"), as a site with no gazetteer entry; None when there is none.
    Indefinite ones ("near a police station") are not where the report places it."""
    doc = head.doc
    lows = lowers(doc)
    lems = lemmas(doc)
    found = per_doc(doc, _COMMON_AT, lambda: [i for i, w in enumerate(lows) if w in COMMON_SITES])
    if not found:
        return None
    sent = segment(head)
    pos, dep, heads = parse_tree(doc)
    text = doc_text(doc)
    event_clause = clause_head(head)
    ante = _antecedent(event_clause)
    toks = tokens(doc)

    def placed(k: int) -> bool:  # a place found covers token k ("Nairobi's", not "the Ombudsman's")
        return any(p.start_char <= toks[k].idx < p.end_char for p in places)

    best: tuple[int, Place] | None = None
    for i in found[bisect.bisect_left(found, sent.start) : bisect.bisect_left(found, sent.end)]:
        if i + 1 < sent.end and (pos[i + 1] in ("NOUN", "PROPN") or lows[i + 1] in ("'s", "’s")):
            continue  # "the prison gate", "the ministry's detention centre": the head is the last noun
        if i + 2 < sent.end and lows[i + 1] == "of" and pos[i + 2] == "PROPN":
            continue  # "the district of Kut-e Abdollah", "the airport of Ayacucho": the name says more
        start = _site_start(i, sent.start, lows, pos, lems, placed)
        if start is None:
            continue
        first, cue = start
        if first == i and lows[i] in _QUALIFIED_SITES:
            continue
        if lows[i] in _TOWN_ONLY_SITES and not _named_by_body(doc, first, i, sent.end):
            continue  # M19: an office or a station by common nouns alone places the act in its town
        if (
            lows[i] in _TOWN_ONLY_SITES
            and i + 1 < sent.end
            and lows[i + 1] == "of"
            and not any(lows[k] in _SEAT_WORDS for k in range(i + 2, min(sent.end, i + 6)))
        ):
            continue  # M23: "the headquarters of the National Security Agency": the body's house
        if lows[i] == "bank" and lows[i - 1] in _NOT_A_BANK:
            continue  # "the river bank", "the West Bank": a shore, not a bank's building
        s_char, e_char = doc[first].idx, doc[i].idx + len(doc[i].text)
        if any(p.start_char < e_char and s_char < p.end_char for p in places):
            continue  # a named place ("the Urmia Central Prison") is the recogniser's
        if any(a <= s_char < b for a, b in quotes):
            continue
        cue_tok = doc[cue]
        joined = clause_head(cue_tok) == event_clause or (
            # "stormed and set fire to the regional parliament": conjoined acts on one object (not
            # "stopped work and staged a sit-in outside the headquarters")
            dep[clause_head(cue_tok).i] == "conj"
            and heads[clause_head(cue_tok).i] == event_clause.i
            and not any(dep[c.i] in ("dobj", "prep") for c in kids(event_clause) if c.i > event_clause.i)
        )
        # "near the presidential palace, where police fired tear gas": the clause hangs on the site
        where = dep[event_clause.i] == "relcl" and heads[event_clause.i] == i
        # "dispersed demonstrators outside the parliament, who had gathered to …": the doers of a
        # relative clause's act were where its noun is written
        doers = cue in ante or heads[cue] in ante
        if not (joined or where or doers or _argument_clause(clause_head(cue_tok), event_clause)):
            continue
        site = Place(
            text=text[s_char:e_char],
            start_char=s_char,
            end_char=e_char,
            name=None,
            geonames_id=None,
            lat=None,
            lon=None,
            country=None,
            admin1=None,
            feature="place",
            precision=None,
        )
        distance = abs(i - head.i)
        if best is None or distance < best[0]:
            best = (distance, site)
    return best[1] if best is not None else None


def _named_by_body(doc: Doc, first: int, i: int, end: int) -> bool:
    """The building ``first..i`` carries a proper name, its own or a body's, before its head or after
    "of" ("the Interior Ministry building", "the headquarters of the opposition Liberal Party"): a site
    the guide leaves open (M19), kept."""
    if any(doc[k].text[:1].isupper() for k in range(first, i + 1)):
        return True
    if i + 1 < end and doc[i + 1].lower_ == "of":
        for k in range(i + 2, min(end, i + 6)):
            if doc[k].is_punct:
                break
            if doc[k].pos_ == "PROPN" or doc[k].text[:1].isupper():
                return True
    return False


def _antecedent(event_clause: Token) -> frozenset[int]:
    """The words a relative clause telling the event hangs on, up to their verb ("dispersed
    demonstrators outside the parliament, who had gathered …"; "outside the parliament in Tbilisi,
    who had gathered …" as parsed): where its doers were; empty when the event's clause is not a
    relative clause on people ("who") or tells a time or a place ("in Ulsan, where workers struck")."""
    doc = event_clause.doc
    pos, dep, heads = parse_tree(doc)
    c = event_clause.i
    if dep[c] != "relcl" or heads[c] == c:
        return frozenset()
    if not any(lowers(doc)[k.i] == "who" and dep[k.i] in ("nsubj", "nsubjpass") for k in kids(event_clause)):
        return frozenset()
    chain: set[int] = set()
    j = heads[c]
    while pos[j] not in ("VERB", "AUX") and j not in chain:
        chain.add(j)
        if heads[j] == j:
            break
        j = heads[j]
    return frozenset(chain)


def _argument_clause(clause: Token, event_clause: Token, *, participles: bool = False) -> bool:
    """``clause`` tells where a party to the event was: a relative clause on a noun of the event's
    clause ("dispersed protesters who had gathered outside the ministry", "drivers who gathered outside
    the office were dispersed") or the event's purpose ("fired tear gas to break up a sit-in outside
    the ministry")."""
    if clause.i == event_clause.i:
        return False
    doc = clause.doc
    _pos, dep, heads = parse_tree(doc)
    c = clause.i
    # with ``participles``, an acl is a participle on a noun ("students marching to the ministry"), not
    # a finite verb parsed as one ("The stoppage hit hardest in Ulsan")
    acl = dep[c] == "acl" and (not participles or clause.tag_ in ("VBG", "VBN"))
    if (dep[c] == "relcl" or acl) and heads[c] != c:
        noun = tokens(doc)[heads[c]]
        if noun.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or any(
            lowers(doc)[k.i] in ("when", "where") for k in kids(clause)
        ):
            # "since Sunday, when the convoys left Peshawar", "in Ulsan, where workers at the shipyard
            # struck": a time or a place, not a party
            return False
        return clause_head(noun).i == event_clause.i
    if dep[c] in ("xcomp", "advcl") and heads[c] == event_clause.i:
        lows = lowers(doc)
        return any(lows[k.i] == "to" and dep[k.i] == "aux" for k in kids(clause))
    return False


def _site_start(
    i: int,
    floor: int,
    lows: Sequence[str],
    pos: Sequence[str],
    lems: Sequence[str],
    placed: Callable[[int], bool] = lambda _k: True,
) -> tuple[int, int] | None:
    """First token of the site phrase ending at ``i`` (after "the" or a town possessor) and the index
    of its cue (a preposition of place or an act done to the building), or None when the phrase is
    indefinite, bare or not cued."""
    if lows[i] in _BARE_SITES and i - 1 > floor:
        # "marched to parliament", "stormed parliament in Suva": the one house of a country's laws,
        # written bare as a name is
        k = i - 1
        if lows[k] in ("towards", "toward", "on"):
            return None  # "marched towards parliament", "a march on parliament": the way they went
        if (lows[k] in _SITE_PREPS and lows[k - 1] != "according") or lems[k] in _SITE_VERBS:
            return i, k
        if lows[k] == "of" and lows[k - 1] in _SITE_PARTS:
            return i, k  # "in front of parliament"
    j = i - 1
    first = i
    for _ in range(8):
        if j <= floor:
            return None
        w = lows[j]
        if w in ("the", "its", "their"):
            break
        if w in ("'s", "’s"):
            if lows[j - 1] in _TOWN_POSSESSORS or (pos[j - 1] == "PROPN" and placed(j - 1)):
                # "the town's cemetery", "Nairobi's central business district": the town, not the name
                # ("the Ombudsman's office": the name)
                j -= 1
                while j > floor and pos[j - 1] == "PROPN":
                    j -= 1
                if lows[j - 1] == "the":
                    j -= 1
                break
            first = j - 1  # "the governor's office": part of the name
            j -= 2
            continue
        if pos[j] not in _MODIFIER_POS or w in _SITE_PREPS or w in _BREAKS:
            return None  # an indefinite or bare phrase, or no phrase at all
        first = j
        j -= 1
    else:
        return None
    k = j - 1  # the cue is just before the article or possessor
    if k < floor:
        return None
    if lows[k] in ("to", "towards", "toward") and lows[k - 1] in _WAYS:
        return None  # "beaten in a police van on the way to the station": where they were headed
    if lows[k] in _SITE_PREPS and lows[k - 1] != "according":
        return first, k
    if lows[k] == "of" and lows[k - 1] in _SITE_PARTS:
        return first, k  # "in front of the ministry", "at the northern end of the main bridge"
    if lems[k] in _SITE_VERBS:
        return first, k
    return None


# sites written bare, with no article, as the names of one building ("outside parliament")
_BARE_SITES = frozenset({"parliament", "congress", "senate"})
# a way somewhere: its end is not where what happened on it was
_WAYS = frozenset({"way", "route", "journey"})
# parts of a building or ground whose "of" places at it what the preposition before them places
_SITE_PARTS = frozenset(
    {"front", "end", "entrance", "gate", "gates", "steps", "grounds", "courtyard", "premises", "edge", "foot"}
)
_BREAKS = frozenset({",", ";", ":", '"', "“", "”", "and", "or"})


# M23 (gold-format, session 28): a site named by the body it houses ("the Ministry of Labour", "the NSS
# headquarters", "the U.S. embassy", "the UN compound") is no place of the act: its town is. Heads that
# are a body's house whatever their name says, and heads that are one only with a body's word in the name
_BODY_HEADS = frozenset(
    {"ministry", "embassy", "consulate", "headquarters", "hq", "agency", "commission", "directorate",
     "secretariat", "akimat"}
)  # fmt: skip
_HOUSE_HEADS = frozenset({"office", "offices", "building", "compound", "premises", "department", "mission"})
_BODY_WORDS = frozenset(
    {"ministry", "embassy", "consulate", "agency", "commission", "party", "police", "service", "security",
     "intelligence", "united", "nations", "un", "ombudsman", "prosecutor", "company", "corporation", "bank"}
)  # fmt: skip
# seats of government and legislatures stay (M11, M19): "the President's Office", "Government House"
_SEAT_WORDS = frozenset(
    {"president", "presidential", "presidency", "prime", "government", "parliament", "congress", "senate",
     "state", "palace", "assembly", "council", "governor"}
)  # fmt: skip
# words of a site named after its locality (M14's open case): "Dang Wangi district police headquarters"
_LOCALITY_WORDS = frozenset(
    {"district", "provincial", "regional", "city", "municipal", "county", "governorate"}
)


def body_named_site(p: Place, places: Sequence[Place] = ()) -> bool:
    """The site is named by a body it houses (M23): a ministry, embassy, agency's or security service's
    headquarters, a body's office or compound ("the Interior Ministry", "the NSS headquarters", "the
    U.S. embassy", "the UN compound"); not a seat of government ("the President's Office") nor a site
    named after its locality ("Dang Wangi district police headquarters", a name holding another place
    of the text)."""
    if p.feature not in ("place", None) or p.geonames_id is not None:
        return False
    name = p.name or p.text
    words = [w.strip(".,'’").lower() for w in name.replace("'s", " ").replace("’s", " ").split()]
    words = [w for w in words if w]
    if not words:
        return False
    core = words[: words.index("of")] if "of" in words[1:] else words
    head = core[-1] if core else words[-1]
    if _SEAT_WORDS.intersection(words) or _LOCALITY_WORDS.intersection(words):
        return False
    acronym = any(w.isupper() and len(w) >= 2 for w in name.replace(".", "").split())
    housed = head in _HOUSE_HEADS and (acronym or bool(_BODY_WORDS.intersection(words)))
    if not (housed or head in _BODY_HEADS or words[0] in ("ministry", "embassy", "consulate")):
        return False
    # "Evin prosecutor's office", "the Baneh governorate": a place of the text inside the name
    return not any(
        q is not p
        and q.feature not in ("place", None)
        and p.start_char <= q.start_char
        and q.end_char <= p.end_char
        for q in places
    )
