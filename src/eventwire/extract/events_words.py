"""Word lists the event finder reads: generic, setting, collective, charge, topic and slogan cues."""

from __future__ import annotations

from ..records import MagnitudeKind

GENERIC_DETS = frozenset({"every", "any"})
GENERIC_PRONOUNS = frozenset({"anyone", "anybody", "whoever", "those", "everyone", "everybody", "all"})
WEEKDAYS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "weekend",
        "night",
    }
)
# types counted over a wave they happen in: "killed during the protests", "beaten during the protests"
# the state's measures over a whole place (a curfew, an internet cut, a ban, a state of emergency): each
# kind an act of its own, also when one sentence tells two
MEASURE_SUBTYPES = frozenset({"curfew", "internet_shutdown", "state_of_emergency", "ban"})
WAVE_TYPES = frozenset({"killing", "execution", "arrest", "repression", "torture"})
TALLY_NOUNS = frozenset({"number", "toll", "count", "tally", "total", "figure"})
SETTING_PREPS = frozenset({"during", "amid", "at"})
MOMENT_NOUNS = frozenset(
    {"time", "moment", "aftermath", "eve", "height", "wake", "day", "night", "hour", "hours"}
)
AGGREGATE_WORDS = frozenset(
    {"nationwide", "countrywide", "nation-wide", "wave", "waves", "spread", "spreading", "across"}
)
PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "province",
        "region",
        "campus",
        "university",
        "village",
        "county",
        "district",
        "locality",
        "neighbourhood",
        "neighborhood",
    }
)
NATIONWIDE_MODIFIERS = frozenset({"general", "national", "nationwide", "countrywide", "nation-wide"})
# a general strike held in one place: "a city-wide general strike", "a local general strike"
LOCAL_MODIFIERS = frozenset({"city", "citywide", "city-wide", "town", "townwide", "local", "municipal"})
MOVEMENT_NOUNS = frozenset({"movement", "wave", "campaign"})
MOVEMENT_LEMMAS = frozenset({"uprising", "unrest", "revolution", "intifada"})
MAX_MAGNITUDE_SCORE = 2.5
VICTIM_KIND: dict[str, MagnitudeKind] = {
    "killing": "fatalities",
    "execution": "executions",
    "arrest": "arrests",
}
COLLECTIVE = frozenset(
    {
        "family",
        "group",
        "crowd",
        "people",
        "police",
        "force",
        "forces",
        "army",
        "community",
        "population",
        "public",
        "staff",
        "personnel",
        "everyone",
        "anyone",
        "someone",
        "one",
        "all",
        "member",
        "members",
        "party",
        "union",
        "council",
        "committee",
        "team",
    }
)
CHARGE_NOUNS = frozenset(
    {"act", "charge", "count", "crime", "offence", "offense", "accusation", "allegation", "case"}
)
# abuse by the state's agents whose conviction tells the event ("officers were convicted of torturing
# detainees"): a charge names a crime, but a court's finding of torture is the torture reported
CHARGED_ABUSE = frozenset({"torture"})
# "in a sign of protest", "as a form of protest": the act it qualifies is the protest
GESTURE_NOUNS = frozenset({"sign", "show", "gesture", "act", "mark", "form", "token", "symbol", "expression"})
AVOID_VERBS = frozenset({"avoid", "evade", "escape", "dodge", "prevent", "resist"})
# "an end to executions", "a campaign against arrests", "a rally against killings": the kind of act as a topic
TOPIC_HEADS = frozenset(
    {
        "end",
        "halt",
        "stop",
        "moratorium",
        "ban",
        "law",
        "bill",
        "campaign",
        "protest",
        "demonstration",
        "rally",
        "march",
        "vigil",
        "petition",
        "opposition",
        "resistance",
        "movement",
        "struggle",
        "fight",
        "legislation",
        "training",
        "manual",
        "guideline",
        "guidelines",
        "policy",
        "rule",
        "rules",
        "regulation",
        "regulations",
        "course",
    }
)
# what someone is punished or blamed for: "jailed for organising mass riots", "for inciting violence"
CHARGE_ACTS = frozenset({"organise", "organize", "incite", "instigate", "plan", "finance", "fund", "abet"})
# "a long history of repression", "a pattern of arbitrary arrests", "a culture of torture": a habit, no event
HABIT_NOUNS = frozenset(
    {"history", "pattern", "culture", "legacy", "tradition", "record", "practice", "climate", "use", "policy"}
)
# "to oppose executions", "outlawed strikes": the kind of act as the object of a stance or a rule
# Mass nouns that name a practice when bare ("the rapporteur on torture", "laws against detention")
PRACTICE_NOUNS = frozenset(
    {"torture", "detention", "imprisonment", "repression", "mistreatment", "ill-treatment"}
)
TOPIC_VERBS = frozenset(
    {
        "oppose",
        "ban",
        "outlaw",
        "abolish",
        "criminalise",
        "criminalize",
        "legalise",
        "legalize",
        "prohibit",
        "forbid",
        "regulate",
        "manage",
        "handle",
        "curb",
        "deter",
        "tackle",
        "classify",
        "penalise",
        "penalize",
        "punish",
    }
)
CHARACTERIZING_VERBS = frozenset(
    {
        "call",
        "describe",
        "label",
        "brand",
        "term",
        "denounce",
        "condemn",
        "characterise",
        "characterize",
        "dub",
    }
)
SLOGAN_CUES = (
    "chant",
    "slogan",
    "banner",
    "placard",
    "reading",
    "read ",
    "shout",
    "sign ",
    "signs ",
    "calling for",
    "calls for",
    "called for",
    "inscription",
    "graffiti",
    "with the words",
    "written",
)
RECURRENCE_WORDS = frozenset({"every", "weekly", "daily", "nightly", "repeatedly", "months", "weeks"})
CHARGE_HEADS = frozenset(
    {
        "convict",
        "convicted",
        "accuse",
        "accused",
        "charge",
        "charged",
        "sentence",
        "sentenced",
        "indict",
        "suspect",
        "suspected",
        "guilty",
        "try",
        "prosecute",
        "arrest",
        "detain",
        "jail",
        "imprison",
        "execute",
        "hang",
        "hanged",
        "executed",
        "arrested",
        "confess",
        "confession",
        "book",  # "booked for murder and arson"
        "booked",
        "serve",  # "serving five years for organising mass riots"
        "serving",
    }
)
