"""Word cues: titles before names, modifiers before generic actors, kinds of unknown organisations."""

from __future__ import annotations

import re

__all__ = [
    "HONORIFICS",
    "MODIFIERS",
    "NOT_AFTER",
    "SITE_HEADS",
    "TITLES",
    "kind_of_org",
    "kind_of_title",
]

# Last words of the names of sites, never of people or bodies: "Adelabad Prison", "Srinagar Highway",
# "Tahrir Square". A name the entity tagger found that ends in one is a place, not an actor.
SITE_HEADS = frozenset(
    {"prison", "jail", "penitentiary", "street", "avenue", "road", "highway", "motorway", "expressway",
     "boulevard", "square", "bridge", "roundabout", "stadium", "cemetery"}
)  # fmt: skip

# Titles that may stand before a person's name, lower case (matched case-insensitively), with the
# kind they give a person who is not in the dictionary. Longer titles are tried first.
TITLES: dict[str, str] = {
    "supreme leader": "state",
    "president": "state",
    "vice president": "state",
    "first vice president": "state",
    "president-elect": "state",
    "prime minister": "state",
    "deputy prime minister": "state",
    "minister": "state",
    "interior minister": "state",
    "foreign minister": "state",
    "defence minister": "state",
    "defense minister": "state",
    "justice minister": "state",
    "intelligence minister": "state",
    "labour minister": "state",
    "labor minister": "state",
    "education minister": "state",
    "health minister": "state",
    "economy minister": "state",
    "oil minister": "state",
    "finance minister": "state",
    "culture minister": "state",
    "deputy minister": "state",
    "deputy interior minister": "state",
    "deputy foreign minister": "state",
    "secretary of state": "state",
    "secretary": "state",
    "home secretary": "state",
    "foreign secretary": "state",
    "chancellor": "state",
    "king": "state",
    "queen": "state",
    "crown prince": "state",
    "prince": "state",
    "emir": "state",
    "sheikh": "state",
    "governor": "state",
    "governor-general": "state",
    "provincial governor": "state",
    "mayor": "state",
    "speaker": "state",
    "parliament speaker": "state",
    "senator": "state",
    "sen.": "state",
    "rep.": "state",
    "representative": "state",
    "congressman": "state",
    "congresswoman": "state",
    "lawmaker": "state",
    "mp": "state",
    "deputy": "state",
    "ambassador": "state",
    "envoy": "state",
    "spokesman": "state",
    "spokeswoman": "state",
    "spokesperson": "state",
    "government spokesman": "state",
    "government spokeswoman": "state",
    "official": "state",
    "attorney general": "judiciary",
    "prosecutor": "judiciary",
    "prosecutor-general": "judiciary",
    "prosecutor general": "judiciary",
    "chief prosecutor": "judiciary",
    "judge": "judiciary",
    "justice": "judiciary",
    "chief justice": "judiciary",
    "judiciary chief": "judiciary",
    "judiciary spokesman": "judiciary",
    "general": "security_forces",
    "gen.": "security_forces",
    "brig. gen.": "security_forces",
    "brigadier general": "security_forces",
    "major general": "security_forces",
    "maj. gen.": "security_forces",
    "lt. gen.": "security_forces",
    "lieutenant general": "security_forces",
    "colonel": "security_forces",
    "col.": "security_forces",
    "commander": "security_forces",
    "police chief": "security_forces",
    "police commander": "security_forces",
    "police spokesman": "security_forces",
    "army chief": "security_forces",
    "field marshal": "security_forces",
    "admiral": "security_forces",
    "ayatollah": "religious",
    "grand ayatollah": "religious",
    "hojatoleslam": "religious",
    "imam": "religious",
    "cleric": "religious",
    "sheikh al-azhar": "religious",
    "pope": "religious",
    "cardinal": "religious",
    "archbishop": "religious",
    "bishop": "religious",
    "patriarch": "religious",
    "rabbi": "religious",
    "activist": "unknown",
    "rights activist": "rights_group",
    "human rights activist": "rights_group",
    "human rights lawyer": "rights_group",
    "lawyer": "unknown",
    "journalist": "media",
    "reporter": "media",
    "correspondent": "media",
    "editor": "media",
    "opposition leader": "opposition_group",
    "union leader": "labor",
    "labour activist": "labor",
    "labor activist": "labor",
    "student activist": "students",
    "dr.": "unknown",
    "professor": "unknown",
    "prof.": "unknown",
}

# Honorifics join a name's mention but say nothing about the kind.
HONORIFICS: frozenset[str] = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mx"})

# Words that may stand between a country adjective (or a determiner) and a generic actor, and
# join its mention: "Iranian plainclothes security forces", "a senior lawmaker".
_MODIFIER_WORDS = """senior top local provincial regional national federal municipal central state
    unidentified unknown anonymous masked armed heavily uniformed plainclothes plain-clothes
    young elderly retired former striking protesting angry furious peaceful hardline hard-line
    reformist conservative radical moderate pro-government anti-government pro-regime anti-regime
    pro-democracy opposition ethnic female male women men kurdish baluch baloch arab azeri turkish
    shiite shia sunni christian muslim jewish bahai baha'i tribal rural urban independent prominent
    leading veteran exiled dissident security prison hospital medical coalition"""
MODIFIERS: frozenset[str] = frozenset(_MODIFIER_WORDS.split())

# The young of a crowd or a people go by one another's words: "hundreds of young people", "young men"
# and "youths" name the same group (gold-format M57, N11: the blockade's "youths" are the text's "groups
# of young people"). A generic "people"/"men" written with "young", or "youths", takes the others as aliases.
YOUTH_NAMES: tuple[str, ...] = ("youths", "young people", "young men")
YOUTH_HEADS = frozenset({"people", "men", "persons"})

# A generic word right after one of these words is not an actor: "joined forces", "chief
# executive officer", "market forces".
_OFFICER = frozenset({"executive", "press", "information", "financial", "operating", "technology", "loan"})
NOT_AFTER: dict[str, frozenset[str]] = {
    "forces": frozenset({"joined", "join", "joins", "joining", "market", "economic", "political"}),
    "officer": _OFFICER,
    "officers": _OFFICER,
    "people": frozenset({"most", "some", "many"}),
}

_ORG_CUES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), kind)
    for pattern, kind in (
        (
            r"\b(court|judiciary|prosecutors?|tribunal|justice department|department of justice)\b",
            "judiciary",
        ),
        (
            r"\b(human rights|amnesty|\w+ watch|civil liberties|freedom house|ombudsman|reporters without"
            r" borders|committee to protect journalists)\b",
            "rights_group",
        ),
        (
            r"\b(ministry|minister|government|parliament|senate|congress|cabinet|presidency|"
            r"white house|kremlin|governorate|municipality)\b",
            "state",
        ),
        (
            r"\b(police|army|armed forces|military|guards?|gendarmerie|navy|air force|brigades?|"
            r"battalions?|regiment|corps|security service|intelligence|forces|militia|basij|swat)\b",
            "security_forces",
        ),
        (
            r"\b(news|agency|tv|television|radio|times|post|journal|press|herald|gazette|tribune|daily|"
            r"network|channel|broadcast\w*|magazine|media|newspaper|reuters|bbc|cnn|telegraph|guardian|"
            r"observer|chronicle|review|monitor|wire|insider|weekly|politico|bloomberg|fox)\b",
            "media",
        ),
        (r"\b(party|democrats|republicans|conservatives)\b", "political_party"),
        (r"\b(union|syndicate|federation|workers|confederation|guild)\b", "labor"),
        (r"\b(students?)\b", "students"),
        (r"\b(church|mosque|clergy|seminary|diocese|synod|patriarchate|waqf)\b", "religious"),
        (
            r"\b(front|liberation|insurgen\w*|jihad\w*|mujahideen|rebels?|resistance|"
            r"islamic state|al-qaeda|taliban|militants?)\b",
            "armed_group",
        ),
        (
            r"\b(united nations|u\.n\.|nato|european union|african union|world bank|imf|"
            r"international monetary fund|world health organization|unicef|unhcr|red cross|red crescent|"
            r"international)\b",
            "international",
        ),
        (
            r"\b(council|assembly|house|office|department|administration|commission|authority|bureau|"
            r"committee|embassy|consulate|service|directorate|fbi|cia)\b",
            "state",
        ),
    )
)


def kind_of_org(text: str) -> str:
    """The kind an organisation's name suggests; ``unknown`` when no cue fires."""
    for pattern, kind in _ORG_CUES:
        if pattern.search(text):
            return kind
    return "unknown"


def kind_of_title(title: str) -> str:
    """The kind a title gives a person; a title ending in a known office word decides."""
    key = " ".join(title.lower().split())
    if key in TITLES:
        return TITLES[key]
    last = key.split(" ")[-1] if key else ""
    return TITLES.get(last, "unknown")
