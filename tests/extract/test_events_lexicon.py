"""Event lexicon classes: flash protests, announced returns, uprisings, force at arrest, denials of harm,
shootings with bodies, riots by protesters named in a relative clause; same-sentence victims kept apart."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

CASES = [
    ("Students staged a flash strike in the city centre on Sunday.", "protest", "asserted", "flash strike"),
    (
        "Thousands protested outside parliament on Monday. Activists said they would return to the square on "
        "Friday.",
        "protest",
        "predicted",
        "return to",
    ),
    (
        '"If the water does not come back, the whole province will rise," an activist said.',
        "protest",
        "hypothetical",
        "rise",
    ),
    ("Witnesses said detainees were beaten during their arrest.", "repression", "attributed", "beaten"),
    # a publisher's own "no one was hurt" after the act it tells is how the act ended, no record
    # (test_senses_unhurt_outcome); the words of a speaker answering reports are a denial
    (
        "The army said the drone was shot down before it reached the base and no one was hurt.",
        "killing",
        "negated",
        "hurt",
    ),
    (
        "Two rockets hit the airport district, causing no casualties, the ministry said.",
        "killing",
        "negated",
        "casualties",
    ),
    (
        "Two farmers were tied up and shot, and their bodies were found on Sunday.",
        "killing",
        "asserted",
        "shot",
    ),
    (
        "In Peshawar, police arrested 23 protesters who tried to storm a power company office.",
        "riot",
        "asserted",
        "storm",
    ),
    # round 2: state-media killings, camp clearances, curfews, announced and refused work
    (
        "Two young soldiers were martyred by terrorists near the border on Monday.",
        "killing",
        "asserted",
        "martyred",
    ),
    ("Rioters set fire to banks and a police station in the city centre.", "riot", "asserted", "set fire to"),
    (
        "Police cleared a protest camp outside parliament early on Tuesday.",
        "repression",
        "asserted",
        "cleared",
    ),
    ("Troops stormed the sit-in outside the army headquarters at dawn.", "repression", "asserted", "stormed"),
    ("Riot police stormed the camp and tore down the tents.", "repression", "asserted", "stormed"),
    ("The authorities imposed a curfew in the city after the clashes.", "repression", "asserted", "imposed"),
    ("A curfew was declared in three districts on Friday.", "repression", "asserted", "declared"),
    (
        "Farmers blocked roads with their tractors across the province.",
        "protest",
        "asserted",
        "blocked roads",
    ),
    ("Junior doctors are set to strike on Monday over pay.", "strike", "predicted", "strike"),
    ("Teachers are due to strike next week.", "strike", "predicted", "strike"),
    ("Miners refused to work on Sunday over unpaid wages.", "strike", "asserted", "refused to work"),
    ("Bus drivers refused to return to work until their wages were paid.", "strike", "asserted", "refused"),
]


@pytest.mark.parametrize(("text", "etype", "status", "trigger"), CASES)
def test_events_lexicon_class(nlp: Language, text: str, etype: str, status: str, trigger: str) -> None:
    found = [
        e
        for e in events(nlp, text)
        if e.type == etype and (trigger in e.trigger.text or any(trigger in m.text for m in e.mentions))
    ]
    assert found, f"no {etype} at {trigger!r} in {text!r}"
    assert found[0].status == status


def test_events_flash_strike_is_no_labour_strike(nlp: Language) -> None:
    assert not [
        e for e in events(nlp, "Students staged a flash strike in the city centre.") if e.type == "strike"
    ]


def test_events_prices_do_not_rise_up(nlp: Language) -> None:
    assert not events(nlp, "Bread prices will rise again next month.")


def test_events_police_returning_is_no_protest(nlp: Language) -> None:
    text = "Protesters dispersed on Monday. Police would return to the square on Friday, the minister said."
    assert not [e for e in events(nlp, text) if e.trigger.text == "return to"]


def test_events_two_victims_in_one_sentence_stay_two(nlp: Language) -> None:
    text = (
        "A 19-year-old man was shot dead in Omdurman and a second protester died after being hit "
        "by a tear gas canister in Bahri."
    )
    assert len([e for e in events(nlp, text) if e.type == "killing"]) == 2


def test_events_victims_and_their_attackers_are_one_event(nlp: Language) -> None:
    # the death and the attack have different subjects by nature: the attack's toll
    text = "Five border guards were killed when gunmen attacked a border post near the town."
    evs = events(nlp, text)
    assert [e.type for e in evs] == ["attack"]
    assert [(m.kind, m.value) for m in evs[0].magnitudes] == [("fatalities", 5)]


def test_events_set_up_a_camp_is_no_dispersal(nlp: Language) -> None:
    text = "Protesters set up a camp outside parliament and refused to leave."
    assert not [e for e in events(nlp, text) if e.type == "repression"]


def test_events_tied_triggers_merge_across_places(nlp: Language) -> None:
    text = "Protesters in Yangon staged a flash strike, briefly marching down a street in Hlaing township."
    assert len([e for e in events(nlp, text) if e.type == "protest"]) == 1


NOT_EVENTS = [
    ('Families gathered outside the prison, and some chanted "No to execution".', "execution"),
    ('Officers seized leaflets calling for "mass riots".', "riot"),
    ("Students unfurled a banner reading \u201cStop bombing our children\u201d before leaving.", "attack"),
    ("The judge said that if the protests continued, the organisers would face prosecution.", "protest"),
    ('"If they arrest one of us, a thousand shops will close," he said.', "arrest"),
    ("The crowd dispersed within minutes to avoid arrest.", "arrest"),
    ('Police said they had arrested 112 people "for acts of vandalism".', "riot"),
    ("The two men were sentenced to death for spying and for the murder of a guard.", "killing"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_EVENTS)
def test_events_not_reported_as_events(nlp: Language, text: str, etype: str) -> None:
    assert not [e for e in events(nlp, text) if e.type == etype]


def test_events_strike_that_hits_a_building_is_an_attack(nlp: Language) -> None:
    evs = events(nlp, "A second strike hit an empty building near the airport.")
    assert [e.type for e in evs] == ["attack"]


def test_events_conditional_consequence_is_kept(nlp: Language) -> None:
    evs = events(nlp, '"If they arrest one of us, a thousand shops will close," he said.')
    assert [(e.type, e.status) for e in evs] == [("strike", "hypothetical")]


def test_events_death_of_a_prisoner_serving_a_sentence_is_a_killing(nlp: Language) -> None:
    text = "A political prisoner serving a three-year sentence died in a penal colony on Friday."
    assert [e.type for e in events(nlp, text)] == ["killing"]


def test_events_sentenced_to_death_is_no_killing(nlp: Language) -> None:
    assert not [
        e for e in events(nlp, "The two men were sentenced to death last year.") if e.type == "killing"
    ]


def test_events_headline_does_not_absorb_another_period(nlp: Language) -> None:
    text = (
        "Troops kill villagers in Magway\n\n"
        "Troops killed at least seven villagers in Magway on Saturday, residents said.\n\n"
        "A rights group said on Monday that at least 26 people had died in interrogation centres "
        "since the beginning of the year."
    )
    from eventwire.records import Time

    sat = Time("on Saturday", text.index("on Saturday"), text.index("on Saturday") + 11, "2023-02-04",
               "2023-02-04", "2023-02-04", "day", "document", "DATE")  # fmt: skip
    s = text.index("since the beginning of the year")
    year = Time("since the beginning of the year", s, s + 31, "2023", "2023-01-01", "2023-02-07", "year",
                "document", "DATE")  # fmt: skip
    killings = [e for e in events(nlp, text, times=(sat, year)) if e.type == "killing"]
    assert len(killings) == 2


def test_events_toll_counted_over_months_is_aggregate(nlp: Language) -> None:
    from eventwire.records import Time

    text = "Border guards killed 49 porters in 2022."
    s = text.index("in 2022")
    year = Time("in 2022", s, s + 7, "2022", "2022-01-01", "2022-12-31", "year", "absolute", "DATE")
    (ev,) = events(nlp, text, times=(year,))
    assert ev.scope == "aggregate"
    (one_day,) = events(nlp, "Border guards killed three porters near Baneh.")
    assert one_day.scope == "single"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Police said a clash with armed drug smugglers had left one officer wounded.", "attack"),
        ("Protesters clashed with police outside the stadium.", "riot"),
        ("The defendants were part of a group of thugs who attacked a Basij base with petrol bombs.", "riot"),
    ],
)
def test_events_clashes_and_state_labels(nlp: Language, text: str, etype: str) -> None:
    assert etype in [e.type for e in events(nlp, text)]


def test_events_clash_as_setting_of_a_killing(nlp: Language) -> None:
    # the clash is no record of its own beside the deaths; and the dead are armed men, so the deaths are
    # the clash's toll, an attack (the type boundaries; test_events_types_s12)
    evs = events(nlp, "Security forces killed three gunmen in a clash in a nearby valley.")
    assert [e.type for e in evs] == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Two activists said officers had kicked and punched them in a police bus.",
        "One said guards had put him in a punishment cell for ten days in May.",
        "She said she was subjected to mock executions in the detention centre.",
    ],
)
def test_events_custodial_abuse_is_torture(nlp: Language, text: str) -> None:
    assert "torture" in [e.type for e in events(nlp, text)]
