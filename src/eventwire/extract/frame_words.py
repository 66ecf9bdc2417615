"""Word lists and patterns of attribution frames (helpers of :mod:`.frames`).

Closed English function-word sets and regular expressions that the frame
finder tests tokens and text against; the open-ended cue vocabulary lives in
the cue lexicon (``data/lexicon/cues.yaml``).
"""

from __future__ import annotations

import re

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
PERSONAL = frozenset({"he", "she", "it", "they", "i", "we", "you", "his", "her", "its", "their", "our"})
# subjects that deny that anyone spoke: "No group claimed responsibility", "nobody said"
# words that open an amount ("around one in seven", "nearly 200") when the parser makes them a preposition
QUANTIFIERS = frozenset(
    {"around", "about", "over", "nearly", "almost", "roughly", "approximately", "some", "up"}
)
# verbs that close a sentence as its attribution ("…, officials said.")
TRAILING = frozenset(
    {"say", "tell", "add", "report", "state", "claim", "confirm", "announce", "allege", "write"}
)
# nouns that carry someone's statement: "Amnesty's allegation that police …"
CLAIM_NOUNS = frozenset(
    {"claim", "allegation", "accusation", "assertion", "warning", "insistence", "contention"}
)
EVERY = frozenset({"each", "every"})
NOBODY = frozenset({"nobody", "none", "noone", "neither"})
MODALS = frozenset({"will", "would", "shall", "could", "may", "might", "should", "must", "can", "'ll", "wo"})
# dependents of a speech verb that belong to the frame, not to what is said
FRAME_DEPS = frozenset(
    {"aux", "auxpass", "neg", "prt", "dative", "dobj", "npadvmod", "prep", "advmod", "agent", "mark", "nsubj"}
)
EVIDENTIAL = frozenset({"show", "indicate", "suggest", "find", "reveal"})
# the first word after a frame's closing comma: "…, police said, while …"
AFTER_FRAME = re.compile(r"[^,;:.!?\n\"“”]{0,60},\s+([\w'’-]+)")
# words that open a new clause or phrase after a frame, rather than continue the interrupted one
JOINERS = frozenset(
    {
        "and",
        "but",
        "or",
        "while",
        "whereas",
        "as",
        "although",
        "though",
        "which",
        "who",
        "when",
        "after",
        "before",
        "because",
        "since",
        "so",
        "then",
        "in",
        "on",
        "at",
        "with",
        "without",
        "amid",
        "despite",
        "including",
        "according",
        "citing",
        "the",
        "a",
        "an",
        "it",
        "they",
        "he",
        "she",
        "we",
        "i",
        "there",
    }
)
# verbs that judge their object: a claim only when they say more than whom they judge
JUDGING = frozenset(
    {
        "criticise",
        "criticize",
        "praise",
        "fault",
        "applaud",
        "commend",
        "lambast",
        "lambaste",
        "chastise",
        "rebuke",
        "castigate",
    }
)
# a non-restrictive relative clause: ", during which", ", who", ", where"
REL_OPEN = re.compile(
    r",\s+(?:(?:during|in|of|after|since|amid|at|by)\s+)?(?:which|whom|whose|who|where|when)\b",
)
# participles that go on with the act of saying, not with what is said
FRAME_PARTICIPLES = frozenset(
    {
        "speak",
        "talk",
        "respond",
        "reply",
        "appear",
        "address",
        "decline",
        "request",
        "refer",
        "point",
        "stand",
        "hold",
        "write",
        "brief",
        "echo",
        "join",
        "visit",
        "wear",
        "sit",
        "read",
    }
)
# verbs that are speech only when someone speaks: "“…,” she continued" but "clashes continued"
SPEECH_ONLY_WITH_SPEAKER = frozenset({"continue", "add"})
TELLING = frozenset({"tell", "assure", "remind", "inform"})
FINDER_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "who"})
# documents that state findings themselves when nobody is named: "a poll found", "an inquiry concluded"
DOCUMENTS = frozenset(
    {"report", "survey", "poll", "study", "investigation", "analysis", "assessment", "inquiry", "audit"}
    | {"review", "research"}  # "a review of records indicates", "research by a centre found"
)
AGENT_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# things that document rather than say: "according to photos shared by X" credits X
RECORD_NOUNS = frozenset(
    {
        "photo",
        "photograph",
        "video",
        "footage",
        "image",
        "picture",
        "statement",
        "message",
        "letter",
        "testimony",
        "account",
        "post",
        "tweet",
    }
)
# verbs whose infinitive complement is the claim: "claimed to have killed", "urged them to stop"
XCOMP_VERBS = frozenset(
    {"claim", "deny", "admit", "pledge", "vow", "urge", "promise", "demand", "report", "recall", "describe"}
    | {"threaten", "warn"}  # "threatened to strike", "warned officials to boost security"
)
NON_SPEAKERS = frozenset({"video", "footage", "image", "photo", "picture", "clip", "it", "there"})
GAP_OK = re.compile(r"^[\s,:;—–-]*$")
# "“…” ― Jane Doe": a dash after a closing quotation mark, on the same line
DASH_CREDIT = re.compile(r"[^\S\n]*(―|—|–|--)[^\S\n]*(?=\S)")
# "Amnesty International: at least 41 killed": a short name, a colon, a statement (a headline form)
COLON_CREDIT = re.compile(r"[\"“]?([^\n:.!?\"“”]{2,60}):[ \t]+\S")
# "Iran Hangs Two Men, Rights Group Says": a headline in title case, its verb a capitalised word
TITLE_CREDIT = re.compile(
    r"([^\n]{10,}?),\s+((?:[A-Z][\w.'’&-]*\s+){0,5}[A-Z][\w.'’&-]*)\s+(Says|Said|Say|Warns|Claims|Reports)[.!]?\s*"
)
LABELS = frozenset(
    {
        "update",
        "note",
        "editor's note",
        "watch",
        "video",
        "photos",
        "live",
        "breaking",
        "exclusive",
        "analysis",
        "opinion",
        "correction",
        "related",
        "read more",
        "source",
        "sources",
        "methodology",
        "background",
        "timeline",
        "explainer",
        "factbox",
        "comment",
        "contact",
        "email",
        "tel",
        "phone",
    }
)
# nested frames: the outer claim is only a frame when the inner one starts within this many words
# of its content ("reported that police said …") and runs to its end
FRAME_LEAD = 3
# verbs that also name a physical act ("counted the bodies", "recorded the footage"): a claim only
# when their object states a finding
COUNTING = frozenset({"record", "count", "tally", "identify", "register", "list"})
# occasions of speaking that a verb's "in …" phrase names: "urged them in a televised address to …"
STATEMENT_NOUNS = frozenset(
    {
        "address",
        "speech",
        "statement",
        "interview",
        "broadcast",
        "message",
        "post",
        "letter",
        "conference",
        "briefing",
        "appeal",
        "sermon",
        "video",
        "tweet",
    }
)
# verbs whose infinitive speech verb was not (yet) spoken: "requires candidates to disclose",
# "refused to confirm", "plans to announce", "wants to say" (but "went on to say" was said)
UNSAID_CONTROLLERS = frozenset(
    {
        "require",
        "need",
        "force",
        "compel",
        "oblige",
        "allow",
        "permit",
        "want",
        "plan",
        "intend",
        "refuse",
        "decline",
        "fail",
        "try",
        "seek",
        "hope",
        "aim",
        "prepare",
        "expect",
        # requests put to someone else: "daring him to say", "urged the ministry to confirm" (the
        # one asked has said nothing)
        "dare",
        "challenge",
        "urge",
        "press",
        "pressure",
        "encourage",
        "invite",
    }
)
# documents that carry the words of whoever issued them
ISSUED_DOCUMENTS = frozenset({"statement", "communique", "letter", "message", "declaration"})
# verbs that forecast their object when it is "more" of something: "expects more air strikes"
FORECASTING = frozenset({"expect", "fear", "anticipate", "predict", "foresee"})
# actions a group "calls" as its object ("called an indefinite general strike", "called a nationwide
# shutdown", "has called a rally for Friday"): a call to action, not a naming ("called them thugs")
CALLED_ACTIONS = frozenset(
    {"strike", "walkout", "stoppage", "protest", "demonstration", "rally", "march", "boycott", "shutdown"}
    | {
        "stayaway",
        "stay-away",
        "sit-in",
        "vigil",
        "blockade",
        "hartal",
        "bandh",
        "mobilisation",
        "mobilization",
    }
)
# stretches of called actions: "called a tenth day of strikes", "called a new wave of protests"
CALLED_STRETCHES = frozenset({"day", "week", "wave", "round", "series", "campaign"})
# objects that make a coordinated verb another frame: "… and dismissed claims that …"
DISPUTED = frozenset({"claim", "report", "allegation", "accusation", "rumour", "rumor", "suggestion"})
# "X demands the immediate release of …": a demand with an object is a statement (verbs), except a
# gathering's own demand (the aim of its protest record) or a ransom
DEMANDING = frozenset({"demand"})
DEMANDING_CROWDS = frozenset(
    {
        "protester",
        "demonstrator",
        "crowd",
        "striker",
        "marcher",
        "rioter",
        "mob",
        "worker",
        "resident",
        "villager",
    }
)
# a gathering told as the act the demand is joined to ("demonstrated … and demanded", "held a rally
# and demanded"): the demand is the gathering's aim
DEMANDING_GATHERINGS = frozenset(
    {"demonstrate", "protest", "march", "rally", "agitate", "gather", "picket", "assemble"}
    | {"demonstration", "rally", "march", "sit-in", "dharna", "gherao", "procession", "picket"}
)
DEMANDED_PAYMENTS = frozenset({"ransom", "money", "payment", "bribe", "sum", "fee"})
# the clause a demand is joined to when that clause is itself told ("has held [the minister responsible
# …] and demanded"): its subject is not the demander
DEMAND_EMBEDDED = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl"})
