"""Word lists the sense checks share (:mod:`.senses`): modifiers, doers, weapons and settings."""

from __future__ import annotations

VERBAL_ATTACK_MODIFIERS = frozenset(
    {
        "verbal",
        "personal",
        "scathing",
        "blistering",
        "rhetorical",
        "written",
        "stinging",
        "sharp",
        "political",
        # attacks on computers, not people: "a cyber attack on the ministry's servers"
        "cyber",
        "cyber-",
        "hacker",
        "hacking",
        "ransomware",
        "phishing",
        "ddos",
        "malware",
        "online",
        "digital",
    }
)
MILITARY_MODIFIERS = frozenset(
    {
        "air",
        "missile",
        "drone",
        "rocket",
        "military",
        "nuclear",
        "preemptive",
        "pre-emptive",
        "retaliatory",
        "precision",
        "first",
        "lightning",
        "aerial",
        "israeli",
        "american",
        "russian",
        "us",
        "allied",
    }
)
LABOR_WORDS = frozenset(
    {
        "worker",
        "union",
        "teacher",
        "wage",
        "pay",
        "labour",
        "labor",
        "employee",
        "driver",
        "shopkeeper",
        "merchant",
        "bazaar",
        "nurse",
        "doctor",
        "strike",
        "striker",
        "salary",
        "pension",
        "pensioner",
        "factory",
    }
)
FORCE_WORDS = frozenset(
    {
        "police",
        "policeman",
        "policemen",
        "security",
        "force",
        "forces",
        "guard",
        "guards",
        "agent",
        "agents",
        "soldier",
        "soldiers",
        "officer",
        "officers",
        "baton",
        "batons",
        "militia",
        "militiaman",
        "basij",
        "troops",
        "army",
        "interrogator",
        "gendarme",
        "riot",
        "plainclothes",
        "thug",
        "thugs",
        "vigilante",
    }
)
METAPHOR_OF = frozenset(
    {
        "colour",
        "color",
        "colours",
        "colors",
        "laughter",
        "emotion",
        "emotions",
        "sound",
        "sounds",
        "flavour",
        "flavor",
        "flavours",
        "flavors",
        "optimism",
        "excitement",
        "activity",
        "ideas",
        "words",
        "music",
        "finance",
        "finances",
        "economy",
        "truth",
        "democracy",
        "justice",
        "language",
    }
)
KILL_WORDS = frozenset(
    {
        "kill",
        "killing",
        "dead",
        "death",
        "die",
        "slay",
        "slain",
        "fatally",
        "toll",
        "lethal",
        "deadly",  # "protests turned deadly, with security forces opening fire on crowds"
        "body",
        "bodies",
    }
)


# Subjects of "clash" that make it a fight between groups of people (a riot), not a quarrel.
CLASH_GROUPS = frozenset(
    {
        "supporter",
        "member",
        "protester",
        "protestor",
        "demonstrator",
        "student",
        "youth",
        "resident",
        "villager",
        "group",
        "gang",
        "fan",
        "crowd",
        "mob",
        "worker",
        "rioter",
        "inmate",
        "prisoner",
    }
)
_PROTEST_DOC_KEY = "eventwire_protest_document"
# Verbs whose xcomp the crowd itself does ("asked them to disperse", "refused to disperse").
REQUEST_VERBS = frozenset(
    {"ask", "urge", "tell", "refuse", "call", "appeal", "request", "order", "plead", "beg", "decline"}
)
# Words in a strike's own sentence that make it a military one (no labour words there)
STRIKE_WEAPONS = frozenset(
    {"missile", "rocket", "drone", "warplane", "artillery", "shell", "bomb", "bombard", "airstrike", "mortar"}
)
# modifiers only a work stoppage takes: "a national strike", "an indefinite strike", "an 18-day strike"
LABOR_STRIKE_MODIFIERS = frozenset(
    {
        "national",
        "nationwide",
        "general",
        "indefinite",
        "open-ended",
        "unlimited",
        "rolling",
        "day",
        "week",
        "hunger",
        "transport",
        "warning",
        "token",
        "wildcat",
        "sympathy",
        "solidarity",
        "paro",
        "civic",
    }
)
# protest words that make a bare "strike" a stoppage in a document with weapons in it
STRIKE_PROTEST_WORDS = frozenset(
    {
        "protester",
        "protesters",
        "demonstrator",
        "demonstrators",
        "blockade",
        "blockades",
        "march",
        "marched",
        "rally",
        "rallies",
        "picket",
        "pickets",
    }
)
# weapons of a war in a document: its "strikes" are military ones, even with protesters in the story
WAR_STRIKE_WORDS = frozenset(
    {
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "drone",
        "drones",
        "warplane",
        "warplanes",
        "artillery",
        "airstrike",
        "airstrikes",
        "mortar",
        "mortars",
        "jets",
        "aircraft",
    }
)
STRIKE_IMPACT_VERBS = frozenset({"hit", "target", "destroy", "strike", "land", "flatten", "damage"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
WAR_MACHINES = frozenset(
    {
        "helicopter",
        "gunship",
        "jet",
        "warplane",
        "drone",
        "aircraft",
        "plane",
        "tank",
        "artillery",
        "airstrike",
    }
)
ARMED_SIDES = frozenset(
    {
        "army",
        "troops",
        "troop",
        "forces",
        "militia",
        "militias",
        "paramilitary",
        "rebels",
        "fighters",
        "soldiers",
    }
)
ACCIDENT_MODIFIERS = frozenset(
    {"accidental", "gas", "boiler", "industrial", "volcanic", "population", "cylinder"}
)
SPORTS_LEAGUES = frozenset(
    {
        "premier",
        "champions",
        "football",
        "soccer",
        "rugby",
        "hockey",
        "basketball",
        "cricket",
        "europa",
        "pro",
        "major",
    }
)
# Words for a crowd that say nothing of why it is there ("a crowd gathered for the opening of a hall").
CROWD_WORDS = frozenset(
    {"crowd", "gathering", "mourner", "worshipper", "funeral", "vigil", "banner", "banners", "mob", "mobs"}
)
CALL_ON_VERBS = frozenset(
    {"call", "urge", "ask", "appeal", "invite", "encourage", "summon", "mobilise", "mobilize"}
)
SPORTS_OWNERS = frozenset({"team", "side", "club", "squad", "eleven"})


STATE_FORCE_NOUNS = frozenset(
    {"policeman", "policemen", "agent", "plainclothes", "gendarme", "trooper", "soldier", "officer", "guard"}
)


FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})
