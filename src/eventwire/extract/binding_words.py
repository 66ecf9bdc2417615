"""Word lists and event-type sets the actor binder reads."""

from __future__ import annotations

# Types whose doer the state nearly always is: a security-forces mention in the sentence is taken as it.
IMPLICIT_PERPETRATOR_TYPES = frozenset({"arrest", "repression", "execution", "killing", "torture", "attack"})
VICTIM_TYPES = frozenset({"killing", "execution", "arrest", "torture", "attack"})
# Nominal events whose possessor is the one they are done to: "his arrest", "their execution".
NOT_EXECUTIONER_KINDS = frozenset({"protesters", "civilians", "labor", "students", "rights_group", "media"})
POSSESSED_TYPES = frozenset({"arrest", "execution", "killing", "torture"})
# Acts whose "into" phrase tells where the person was taken, not whom the act fell on.
CONFINING_TYPES = frozenset({"arrest", "execution", "torture"})
# Verbs whose object is an act their subject commits: "police fired tear gas", "launched air strikes".
DO_LEMMAS = frozenset(
    {
        "fire",
        "launch",
        "carry",
        "conduct",
        "use",
        "unleash",
        "mount",
        "commit",
        "perpetrate",
        "impose",
        "order",
        "throw",
        "hurl",
        "lob",
        "drop",
        "stage",
        "deploy",
        "shoot",
        "spray",
        "open",
        "step",
        "intensify",
        "escalate",
        "claim",  # "the group has claimed more than 160 attacks"
    }
)
CLASH_LEMMAS = frozenset(
    {"clash", "confrontation", "fighting", "firefight", "gunfight", "shootout", "battle"}
)
CALL_LEMMAS = frozenset({"call", "appeal", "urge", "push", "plan", "organise", "organize", "announce"})
# Who a nominal protest or strike is "called", "organised" or "led" by: its initiators.
ORGANISE_LEMMAS = frozenset({"call", "organise", "organize", "lead", "stage", "back", "support", "convene"})


# Acts on people that, in a story about a crowd, are done to the crowd's people.
CROWD_HARM_TYPES = frozenset({"repression", "killing", "arrest", "torture"})
