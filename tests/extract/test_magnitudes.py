"""Magnitudes: numbers, vague amounts, qualifiers and kinds, table-driven."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.magnitudes import find_magnitudes

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

# text, phrase as written, kind, value, low, high, qualifier, vague
TABLE = [
    ("At least 17 people were shot dead.", "At least 17", "fatalities", 17, 17, None, "at_least", False),
    ("More than 100 were injured.", "More than 100", "injuries", 100, 101, None, "more_than", False),
    # a count to be passed
    (
        "Monitors fear that the number of executions this year will exceed 900.",
        "exceed 900",
        "executions",
        900,
        901,
        None,
        "more_than",
        False,
    ),
    (
        "Protests were held in nearly 200 cities.",
        "nearly 200",
        "localities",
        200,
        None,
        200,
        "at_most",
        False,
    ),
    (
        "They rallied in more than a dozen provinces.",
        "more than a dozen",
        "provinces",
        12,
        13,
        None,
        "more_than",
        False,
    ),
    ("Police detained 300 people in Tehran.", "300", "arrests", 300, 300, 300, "exact", False),
    ("Between 200 and 300 were arrested.", "Between 200 and 300", "arrests", 300, 200, 300, "range", False),
    ("Some 200-300 students gathered outside.", "200-300", "participants", 300, 200, 300, "range", False),
    (
        "Tens of thousands of protesters marched.",
        "Tens of thousands",
        "participants",
        10000,
        10000,
        None,
        "vague",
        True,
    ),
    ("Hundreds were detained overnight.", "Hundreds", "arrests", 100, 100, None, "vague", True),
    ("Dozens of people were killed.", "Dozens", "fatalities", 12, 12, None, "vague", True),
    ("Thousands of workers went on strike.", "Thousands", "participants", 1000, 1000, None, "vague", True),
    ("Scores of villagers were wounded.", "Scores", "injuries", 20, 20, None, "vague", True),
    ("The death toll rose to 41.", "41", "fatalities", 41, 41, 41, "exact", False),
    ("Gunmen opened fire, killing 41 people.", "41", "fatalities", 41, 41, 41, "exact", False),
    ("The judiciary executed four men.", "four", "executions", 4, 4, 4, "exact", False),
    ("Up to 50 people were arrested.", "Up to 50", "arrests", 50, None, 50, "at_most", False),
    ("As many as 50 people were arrested.", "As many as 50", "arrests", 50, None, 50, "at_most", False),
    ("Fewer than 20 people were hurt.", "Fewer than 20", "injuries", 20, None, 19, "fewer_than", False),
    (
        "About 60 relatives gathered outside the prison.",
        "About 60",
        "participants",
        60,
        None,
        None,
        "approximate",
        False,
    ),
    ("Forty-one protesters were killed.", "Forty-one", "fatalities", 41, 41, 41, "exact", False),
    ("Protests took place in 20 cities.", "20", "localities", 20, 20, 20, "exact", False),
    (
        "2.5 million people joined the strike.",
        "2.5 million",
        "participants",
        2500000,
        2500000,
        2500000,
        "exact",
        False,
    ),
    ("Countless people were beaten.", "Countless", "other", 10, 10, None, "vague", True),
    ("A dozen students were arrested.", "A dozen", "arrests", 12, 12, 12, "exact", False),
    (
        "Protests spread to half a dozen towns.",
        "half a dozen",
        "localities",
        6,
        None,
        None,
        "approximate",
        False,
    ),
    (
        "Tens of thousands took to the streets.",
        "Tens of thousands",
        "participants",
        10000,
        10000,
        None,
        "vague",
        True,
    ),
    ("A few hundred people gathered.", "A few hundred", "participants", 100, 100, None, "vague", True),
    ("A few thousand workers struck.", "A few thousand", "participants", 1000, 1000, None, "vague", True),
    (
        "Security forces sealed the doors of at least eight shops.",
        "at least eight",
        "other",
        8,
        8,
        None,
        "at_least",
        False,
    ),
]


# text, phrase as written, kind: who the count belongs to
KINDS = [
    ("About 200 students held a sit-in outside the library.", "About 200", "participants"),  # doers of "hold"
    ("Police held 30 people overnight.", "30", "arrests"),
    ("Three gunmen shot two police officers.", "Three", "other"),  # the shooters are no toll
    ("Twelve people died in the blaze.", "Twelve", "fatalities"),
    # the state-media idiom for killed
    ("The army said it had neutralised 22 assailants near the border.", "22", "fatalities"),
    ("The group confirmed the execution of at least 31 prisoners.", "at least 31", "executions"),
    ("Hundreds of contract workers stopped work on Monday.", "Hundreds", "participants"),
    ("Tens of thousands of government supporters marched in Caracas.", "Tens of thousands", "participants"),
    ("Security forces raided shops and took away four merchants.", "four", "arrests"),
    # taken from somewhere, or to a place of custody, by force: held; to the streets or to hospital: not
    (
        "At least six students were taken from their dormitory by plainclothes agents.",
        "At least six",
        "arrests",
    ),
    ("Soldiers took 14 villagers to an army base.", "14", "arrests"),
    ("Police said 30 were held, including eight in Mashhad who were taken from a bus.", "eight", "arrests"),
    ("Thousands of nurses took to the streets of the capital.", "Thousands", "participants"),
    ("Nine injured marchers were taken to hospital.", "Nine", "injuries"),
    # verbs and phrases of tolls and crowds in their many wordings
    ("The death toll since the coup has reached 122, according to doctors.", "122", "fatalities"),
    ("Rights groups put the death toll at 76.", "76", "fatalities"),
    ("The number of those detained has risen to 500.", "500", "arrests"),
    ("A clash with smugglers had left one officer wounded.", "one", "injuries"),
    ("The riots left dozens of members of the security forces dead.", "dozens", "fatalities"),
    ("Hundreds of schoolgirls have been taken to hospital.", "Hundreds", "injuries"),
    ("At least 14 people lost their lives in the stampede.", "At least 14", "fatalities"),
    ("Two farmers were tied up and shot.", "Two", "fatalities"),
    ("The monitor has documented at least 82 cases of abductions.", "at least 82", "arrests"),
    ("Police cleared thousands of opposition supporters from the square.", "thousands", "participants"),
    (
        "Several hundred civil servants, doctors and teachers formed a human chain.",
        "Several hundred",
        "participants",
    ),
    ("A few hundred masked protesters broke away from the march.", "A few hundred", "participants"),
    ("Thousands of teachers staged sit-ins in 100 cities.", "Thousands", "participants"),
    ("The protest drew a crowd of several thousand.", "several thousand", "participants"),
    ("Crowds estimated at 20,000 filled the square.", "estimated at 20,000", "participants"),
    ("Scores were hurt as police charged the crowd.", "Scores", "injuries"),
    ("Police sealed at least eight shops whose owners refused to reopen.", "at least eight", "other"),
    ("Between 50 and 60 people were hanged last year.", "Between 50 and 60", "executions"),
]


@pytest.mark.parametrize(("text", "phrase", "kind"), KINDS)
def test_magnitude_kind_follows_who_is_counted(nlp: Language, text: str, phrase: str, kind: str) -> None:
    found = {m.text: m.kind for m in find_magnitudes(nlp(text))}
    assert found.get(phrase) == kind, found


@pytest.mark.parametrize(("text", "phrase", "kind", "value", "low", "high", "qualifier", "vague"), TABLE)
def test_magnitude_table(
    nlp: Language,
    text: str,
    phrase: str,
    kind: str,
    value: int,
    low: int | None,
    high: int | None,
    qualifier: str,
    vague: bool,
) -> None:
    found = find_magnitudes(nlp(text))
    match = [m for m in found if m.text == phrase]
    assert match, f"{phrase!r} not in {[m.text for m in found]}"
    m = match[0]
    assert (m.kind, m.value, m.low, m.high, m.qualifier, m.vague) == (
        kind,
        value,
        low,
        high,
        qualifier,
        vague,
    )
    assert text[m.start_char : m.end_char] == m.text


NOT_MAGNITUDES = [
    "In 2019, the rial lost 30 percent of its value.",
    "Mahsa Amini, 22, died in custody on September 16.",
    "The 17-year-old was aged 17 when she was arrested.",
    "The meeting began at 10 am and lasted three hours.",
    "The fine was $5 million.",
    "He was the first of the defendants to speak.",
    "Flight 752 left Tehran at dawn.",
    "One of the guards spoke to reporters.",
    "Article 5 of the constitution was cited.",
    "The protests began on March 8 and peaked in 2022.",
    "The scores of both teams were level at half-time.",
    "The teacher was first detained in 2019 at the age of 19 over a student petition.",
]


@pytest.mark.parametrize("text", NOT_MAGNITUDES)
def test_years_dates_ages_times_money_ordinals_are_not_magnitudes(nlp: Language, text: str) -> None:
    found = find_magnitudes(nlp(text))
    assert [m.text for m in found if m.kind != "other" or m.value > 1] == []


def test_sorted_and_offsets_exact(nlp: Language) -> None:
    text = "Hundreds marched; 17 were killed and 300 detained in 20 cities."
    found = find_magnitudes(nlp(text))
    assert [m.start_char for m in found] == sorted(m.start_char for m in found)
    assert [m.kind for m in found] == ["participants", "fatalities", "arrests", "localities"]
    for m in found:
        assert text[m.start_char : m.end_char] == m.text


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        (
            "Troops burned 300 houses and killed at least seven villagers, including a couple, locals said.",
            "at least seven",
            "fatalities",
        ),
        ("In February two police officers were shot dead in Zahedan.", "two", "fatalities"),
        ("A group of about 80 farmers entered a warehouse before dawn.", "about 80", "participants"),
        ("Hundreds of youths set fire to tyres.", "Hundreds", "participants"),
    ],
)
def test_magnitude_kind_survives_parse_slips(nlp: Language, text: str, phrase: str, kind: str) -> None:
    found = {m.text: m.kind for m in find_magnitudes(nlp(text))}
    assert found.get(phrase) == kind, found


# The vague family (ACLED: tens = 10, dozens = 12, scores = 20, hundreds = 100, thousands = 1,000,
# tens of thousands = 10,000 …), however it is written: text, phrase as written, value.
VAGUE_FAMILY = [
    ("Tens of thousands gathered in the capital on Sunday.", "Tens of thousands", 10000),
    ("A tens-of-thousands-strong crowd marched on parliament.", "tens-of-thousands", 10000),
    ("10s of thousands marched through the city.", "10s of thousands", 10000),
    ("Several tens of thousands rallied in the square.", "Several tens of thousands", 10000),
    ("Many tens of thousands joined the march.", "Many tens of thousands", 10000),
    ("Hundreds of thousands protested in the streets.", "Hundreds of thousands", 100000),
    ("Several hundreds of thousands took part.", "Several hundreds of thousands", 100000),
    ("Dozens of thousands fled the fighting.", "Dozens of thousands", 12000),
    ("Tens of millions of workers struck.", "Tens of millions", 10000000),
    ("Several million workers went on strike.", "Several million", 1000000),
    ("Several thousands gathered outside parliament.", "Several thousands", 1000),
    ("Thousands gathered outside parliament.", "Thousands", 1000),
    ("Hundreds were detained.", "Hundreds", 100),
    ("100s of people were arrested.", "100s", 100),
    ("Dozens were arrested.", "Dozens", 12),
    ("Several dozen students were detained.", "Several dozen", 12),
    ("Scores were injured in the clashes.", "Scores", 20),
    ("Tens of students were detained.", "Tens", 10),
]


@pytest.mark.parametrize(("text", "phrase", "value"), VAGUE_FAMILY)
def test_the_vague_family(nlp: Language, text: str, phrase: str, value: int) -> None:
    (m,) = find_magnitudes(nlp(text))
    assert (m.text, m.value, m.vague, m.qualifier) == (phrase, value, True, "vague")
    assert text[m.start_char : m.end_char] == m.text


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("A couple of thousand workers walked out.", "A couple of thousand", 2000),
        ("A couple hundred people rallied.", "A couple hundred", 200),
    ],
)
def test_a_couple_of_hundred_is_about_two_hundred(nlp: Language, text: str, phrase: str, value: int) -> None:
    (m,) = find_magnitudes(nlp(text))
    assert (m.text, m.value, m.qualifier) == (phrase, value, "approximate")


@pytest.mark.parametrize(
    "text", ["Several people were hurt.", "Many people were hurt.", "A few people were hurt."]
)
def test_a_quantifier_alone_is_no_amount(nlp: Language, text: str) -> None:
    assert [m.text for m in find_magnitudes(nlp(text)) if m.text.lower() == "one"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partitive counts the part; the size of the whole is no magnitude of the event
        ("Strikes were reported in 14 of Nigeria's 36 states.", [("14", "provinces", 14)]),
        ("Protests took place in 9 of the 31 provinces on Friday.", [("9", "provinces", 9)]),
        ("Workers at four of the country's six ports walked out.", [("four", "other", 4)]),
        # a whole of people is still a count of people
        ("Two of the 12 detainees were freed on bail.", [("Two", "arrests", 2), ("12", "arrests", 12)]),
        # a count of places stays one whatever its clause says the people there did
        (
            "Pensioners rallied in at least 22 cities, including Shiraz and Rasht, chanting slogans.",
            [("at least 22", "localities", 22)],
        ),
    ],
)
def test_partitives_and_counts_of_places(
    nlp: Language, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(m.text, m.kind, m.value) for m in find_magnitudes(nlp(text))] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "value"),
    [
        # one verb's victims counted in parts: the total, written over both parts
        (
            "Soldiers killed two farmers and a teacher near the border.",
            "two farmers and a teacher",
            "fatalities",
            3,
        ),
        (
            "Police arrested a journalist and three activists on Monday.",
            "a journalist and three activists",
            "arrests",
            4,
        ),
        (
            "Two protesters and a police officer were injured in the clashes.",
            "Two protesters and a police officer",
            "injuries",
            3,
        ),
    ],
)
def test_victims_counted_in_parts_are_summed(
    nlp: Language, text: str, phrase: str, kind: str, value: int
) -> None:
    mags = find_magnitudes(nlp(text))
    assert [(m.text, m.kind, m.value) for m in mags] == [(phrase, kind, value)]
    assert text[mags[0].start_char : mags[0].end_char] == phrase


def test_parts_of_two_verbs_are_not_summed(nlp: Language) -> None:
    mags = find_magnitudes(nlp("Police arrested three activists and detained a journalist."))
    assert [(m.kind, m.value) for m in mags] == [("arrests", 3)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a crowd that begins or holds a protest, or is brought in for one, is counted as its participants
        ("Tens of thousands of people began a sit-in outside the ministry on Sunday.", "Tens of thousands"),
        ("About 300 dock workers launched a strike on Monday.", "About 300"),
        ("The party bused thousands of supporters into the city for a rally.", "thousands"),
    ],
)
def test_a_crowd_that_holds_a_protest_is_its_participants(nlp: Language, text: str, phrase: str) -> None:
    mags = find_magnitudes(nlp(text))
    assert [(m.text, m.kind) for m in mags] == [(phrase, "participants")]


def test_a_count_that_begins_something_else_is_no_crowd(nlp: Language) -> None:
    mags = find_magnitudes(nlp("The trial of 12 men began on Monday."))
    assert [m.kind for m in mags] != ["participants"]


@pytest.mark.parametrize(
    "text",
    [
        "In the early hours of Oct. 19, gunmen shot dead a lawyer.",
        "On Sept. 3 police raided the office.",
        "Troops entered the town on March 5 and stayed.",
    ],
)
def test_the_day_after_a_month_name_is_no_count(nlp: Language, text: str) -> None:
    assert [m.text for m in find_magnitudes(nlp(text)) if m.text.lower() == "one"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        ("Drivers ploughed into the crowd, leaving three people with minor injuries.", "three", "injuries"),
        ("The blast left 12 people with serious wounds.", "12", "injuries"),
        ("The movement brought tens of thousands onto the streets.", "tens of thousands", "participants"),
    ],
)
def test_wounded_left_behind_and_crowds_brought_out_are_counted(
    nlp: Language, text: str, phrase: str, kind: str
) -> None:
    mags = find_magnitudes(nlp(text))
    assert [(m.text, m.kind) for m in mags] == [(phrase, kind)]


def test_a_range_keeps_its_upper_figure_as_value(nlp: Language) -> None:
    (m,) = find_magnitudes(nlp("Between 400 and 500 people were killed in the violence."))
    assert (m.value, m.low, m.high, m.qualifier) == (500, 400, 500, "range")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A decision that set off protests in Gondar, Kobo and Woldia.", [("Gondar, Kobo and Woldia", 3)]),
        (
            "Protests spread to Nasiriyah, Diwaniya, Amara, Hilla, Najaf and Basra.",
            [("Nasiriyah, Diwaniya, Amara, Hilla, Najaf and Basra", 6)],
        ),
        ("Mobile internet was cut in Ahvaz and Shadegan on Sunday.", []),  # two towns: often one act
        ("The talks between John Smith, Mary Jones and Ali Reza went well in Paris.", []),  # people
        # the sentence's own count of places is the count
        ("Marches took place in Khartoum, Omdurman and Bahri and in at least nine other towns.", []),
    ],
)
def test_a_written_list_of_towns_counts_its_places(
    nlp: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    lists = [m for m in find_magnitudes(nlp(text)) if m.kind == "localities" and not m.text[0].isdigit()]
    lists = [m for m in lists if "," in m.text or " and " in m.text]
    assert [(m.text, m.value) for m in lists] == expected
    assert all(text[m.start_char : m.end_char] == m.text and m.qualifier == "exact" for m in lists)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters stormed the regional parliament on the night of 9 October.",
        "The strike began on 30 Sept. and lasted a week.",
        "Police raided the office on 12 May.",
    ],
)
def test_a_day_before_a_month_name_is_no_count(nlp: Language, text: str) -> None:
    assert [m.text for m in find_magnitudes(nlp(text)) if m.text.lower() == "one"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        ("The party will organise marches in all 46 departments of the country.", "46", "localities"),
        (
            "The union said its members would hold marches in all nine regional capitals.",
            "nine",
            "localities",
        ),
        (
            "Officers were accused of assaulting two of their colleagues outside the faculty.",
            "two",
            "injuries",
        ),
        ("Thousands of oil workers laid down their tools on Monday.", "Thousands", "participants"),
        # what was done to them counts them, not what they did
        ("Two friends of the deceased who laid flowers were detained at the cemetery.", "Two", "arrests"),
        ("Police said 200 people who marched through the centre were arrested.", "200", "arrests"),
        ("About 40 people who gathered outside the court chanted slogans.", "About 40", "participants"),
    ],
)
def test_counted_places_assaults_walkouts_and_relative_clauses(
    nlp: Language, text: str, phrase: str, kind: str
) -> None:
    mags = find_magnitudes(nlp(text))
    assert [(m.text, m.kind) for m in mags] == [(phrase, kind)]


def test_a_list_of_towns_ends_with_its_sentence(nlp: Language) -> None:
    text = "Protests spread to Nasiriyah, Diwaniya, Amara and Basra. In Nasiriyah police fired tear gas."
    lists = [m for m in find_magnitudes(nlp(text)) if m.kind == "localities"]
    assert [(m.text, m.value) for m in lists] == [("Nasiriyah, Diwaniya, Amara and Basra", 4)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Police said four Rangers and two policemen were killed on the highway.", [4, 2]),
        ("Police arrested 12 students and 3 teachers on Monday.", [12, 3]),
    ],
)
def test_victims_counted_in_two_numbered_parts_stay_two_figures(
    nlp: Language, text: str, values: list[int]
) -> None:
    # Summing them into one total was tried in session 5: it helped one open set and lost
    # claim figures on both held-out sets (authors keep each written figure), so it was reverted.
    assert [m.value for m in find_magnitudes(nlp(text))] == values


def test_two_counts_of_two_verbs_stay_apart(nlp: Language) -> None:
    mags = find_magnitudes(nlp("Police arrested 12 students, and 40 protesters were injured."))
    assert [(m.value, m.kind) for m in mags] == [(12, "arrests"), (40, "injuries")]


def test_people_blinded_are_injured_and_one_eye_is_no_count(nlp: Language) -> None:
    mags = find_magnitudes(nlp("Riot police fired rubber bullets, leaving two people blinded in one eye."))
    assert [(m.text, m.kind) for m in mags] == [("two", "injuries")]


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "value"),
    [
        ("Two guards were killed and 14 others injured in the ambush on the convoy.", "14", "injuries", 14),
        ("Five miners died and three more wounded when the roof fell in.", "three", "injuries", 3),
        ("Police raided the hostel and took 22 of the students into custody.", "22", "arrests", 22),
        ("The governor said nine organisers were taken into custody overnight.", "nine", "arrests", 9),
        ("Gunmen stormed a checkpoint in which one soldier was killed.", "one", "fatalities", 1),
        ("Witnesses said that one trader was shot dead outside the market.", "one", "fatalities", 1),
    ],
)
def test_counts_after_others_more_custody_and_which_one(
    nlp: Language, text: str, phrase: str, kind: str, value: int
) -> None:
    found = [(m.text, m.kind, m.value) for m in find_magnitudes(nlp(text))]
    assert (phrase, kind, value) in found


@pytest.mark.parametrize(
    "text", ["Officials would not say which one of the two men had fired.", "He said that one was enough."]
)
def test_a_pronoun_one_is_no_count(nlp: Language, text: str) -> None:
    assert [m.text for m in find_magnitudes(nlp(text)) if m.text.lower() == "one"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "value"),
    [
        # the crowd of a gathering written "by" or "of" it, however the parser attaches the phrase
        (
            "Riot police used batons to end a march by hundreds of nurses in the capital.",
            "hundreds",
            "participants",
            100,
        ),
        ("A rally of about 60 pensioners was held outside the ministry.", "about 60", "participants", 60),
        ("Officers broke up a sit-in by some 300 teachers on Friday.", "some 300", "participants", 300),
        # a compound before the counted noun is not what is counted
        ("The 14 hunger strikers were moved to a clinic on Friday.", "14", "participants", 14),
        ("Police detained 25 university students after the rally.", "25", "arrests", 25),
        # a bare count followed by what was done to those it counts
        ("Troops rounded up 90 men, including 35 who were later detained in Gulu.", "35", "arrests", 35),
        ("Of the 40 marchers, six who had been shot were flown to the capital.", "six", "fatalities", 6),
        # killed "to death", however the verb alone would count
        ("A mob beat and burned to death four suspected thieves in the market.", "four", "fatalities", 4),
        ("Vigilantes stoned two men to death outside the village.", "two", "fatalities", 2),
        # the tally says what it counts
        (
            "Campaigners fear the number of executions this year will exceed 900.",
            "exceed 900",
            "executions",
            900,
        ),
        (
            "A teenager died overnight, bringing to 27 the number of people who have died.",
            "27",
            "fatalities",
            27,
        ),
        # complaints of an act count that act
        (
            "The ombudsman received more than 80 complaints of unlawful detention.",
            "more than 80",
            "arrests",
            80,
        ),
    ],
)
def test_kinds_of_gatherings_relative_clauses_tallies_and_deaths(
    nlp: Language, text: str, phrase: str, kind: str, value: int
) -> None:
    found = [(m.text, m.kind, m.value) for m in find_magnitudes(nlp(text))]
    assert (phrase, kind, value) in found


def test_a_death_sentence_is_no_killing(nlp: Language) -> None:
    found = [
        (m.text, m.kind)
        for m in find_magnitudes(nlp("A military court sentenced 11 people to death on Monday."))
    ]
    assert ("11", "fatalities") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a bar in the Kilo 12 neighbourhood late on Saturday.",
        "Residents of the Sector 4 district said the water had been cut for a week.",
    ],
)
def test_a_number_in_the_name_of_one_place_is_no_count(nlp: Language, text: str) -> None:
    assert [m for m in find_magnitudes(nlp(text)) if m.kind == "localities"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "value"),
    [
        ("Okello was the fourth trader found dead in the district since March.", "fourth", "fatalities", 4),
        ("She became the ninth reporter to die in custody this decade.", "ninth", "fatalities", 9),
        ("Mensah, the sixth student arrested this week, was freed on bail.", "sixth", "arrests", 6),
        ("He is the 12th activist to be hanged since the uprising.", "12th", "executions", 12),
        # the place told after a comma, or by the ordinal itself with "of"
        (
            "The strike began on Tuesday after a taxi driver was shot dead by gang members in Kibera on "
            "Sunday, the fifth driver killed in Nairobi since May, according to the unions.",
            "fifth",
            "fatalities",
            5,
        ),
        ("This is the third of our members arrested in Gulu since June.", "third", "arrests", 3),
    ],
)
def test_the_nth_victim_counts_the_tally_so_far(
    nlp: Language, text: str, phrase: str, kind: str, value: int
) -> None:
    found = [(m.text, m.kind, m.value) for m in find_magnitudes(nlp(text))]
    assert (phrase, kind, value) in found


@pytest.mark.parametrize(
    "text",
    [
        "It was the third day of the strike in the capital.",
        "Police said the second man shot on Friday had died.",
    ],
)
def test_an_ordinal_that_is_no_victims_place_in_a_tally_is_no_count(nlp: Language, text: str) -> None:
    assert [m for m in find_magnitudes(nlp(text)) if m.text in ("third", "second")] == []


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        (
            "Drone footage showed a crowd of tens of thousands on the bridge.",
            "tens of thousands",
            "participants",
        ),
        ("At least 28 miners were treated for gunshot wounds at the clinic.", "At least 28", "injuries"),
        (
            "Several dozen youths battered the gates of the town hall with poles.",
            "Several dozen",
            "participants",
        ),
        ("About 60 hawkers pelted municipal officers with stones.", "About 60", "participants"),
    ],
)
def test_crowds_of_vague_sizes_the_treated_and_those_who_batter(
    nlp: Language, text: str, phrase: str, kind: str
) -> None:
    assert (phrase, kind) in [(m.text, m.kind) for m in find_magnitudes(nlp(text))]


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        (
            "The court upheld the sentences of four Baluch farmers who are at imminent risk of execution.",
            "four",
            "executions",
        ),
        (
            "At least 15 prisoners in Vakilabad were moved to solitary confinement ahead of their execution.",
            "At least 15",
            "executions",
        ),
        (
            "Seven women who face execution for drug offences were transferred on Sunday.",
            "Seven",
            "executions",
        ),
        # the predicate of facing execution, past a clause of their holding
        (
            "Four Kurdish farmers held in Sanandaj prison are at imminent risk of execution, lawyers said.",
            "Four",
            "executions",
        ),
        (
            "The group said at least six more men held on similar charges are at risk of being hanged.",
            "at least six",
            "executions",
        ),
        # a clause of facing execution is no predicate: they were arrested
        ("Thirty people who face execution were arrested on Monday.", "Thirty", "arrests"),
        # not the people around an execution
        (
            "Twenty relatives attended the funeral of a man whose execution was announced.",
            "Twenty",
            "participants",
        ),
        ("Police said 40 protesters were arrested before the execution.", "40", "arrests"),
    ],
)
def test_people_said_to_face_execution_count_executions(
    nlp: Language, text: str, phrase: str, kind: str
) -> None:
    assert (phrase, kind) in [(m.text, m.kind) for m in find_magnitudes(nlp(text))]


# kinds settled by the words around the count (session 18)
KINDS_AROUND = [
    # people carried to a place of police custody are held; "into custody" however far it hangs
    ("The nine were driven to the central police station on Monday.", "nine", "arrests"),
    ("Police bundled 12 students into a police van.", "12", "arrests"),
    (
        "Eight people who refused to show their papers were delivered to the police department.",
        "Eight",
        "arrests",
    ),
    (
        "Then soldiers took five men who had spoken for the two villages into custody.",
        "five",
        "arrests",
    ),
    # a share of detainees in a crowd's act of its own counts its participants; else still detainees
    (
        "Six of the detainees, now held in the city jail, have been on hunger strike since Friday.",
        "Six",
        "participants",
    ),
    ("Two of the detainees were released on bail.", "Two", "arrests"),
    # a name before the noun it modifies: the count is of the noun's people, not of the place
    (
        "Riot police charged at several hundred Makerere University students who were marching.",
        "several hundred",
        "participants",
    ),
    # a hospital receiving people with their wounds counts the injured
    ("The district clinic said it had received 14 people with gunshot wounds.", "14", "injuries"),
    ("Nine miners were admitted with burns to a hospital in the town.", "Nine", "injuries"),
    # a count of the acts themselves is no count of people
    ("The federation held dozens of general strikes in the 1990s.", "dozens", "other"),
    # the subject of a verb whose object is a gathering takes part in it, whatever the noun
    ("About 400 vendors at the central market staged a sit-in on Monday.", "About 400", "participants"),
    # people come out for a crowd's act
    ("Thousands of people defied the rain to march through the capital.", "Thousands", "participants"),
    # harm and custody told around the count
    ("Two soldiers received serious injuries in the blast.", "Two", "injuries"),
    ("Three guards were martyred in the assault on the post, state television said.", "Three", "fatalities"),
    ("Eleven miners were treated for cuts and fractures at the district hospital.", "Eleven", "injuries"),
    ("The raids went on all week, with more than 90 traders detained.", "more than 90", "arrests"),
    ("Four were killed, and at least 30 more were wounded, medics said.", "at least 30", "injuries"),
    ("Six students were taken to the campus security office.", "Six", "arrests"),
    # people nouns the table had missed
    ("Several dozen job seekers gathered outside the labour ministry.", "Several dozen", "participants"),
]


@pytest.mark.parametrize(("text", "phrase", "kind"), KINDS_AROUND)
def test_kind_told_by_the_words_around_the_count(nlp: Language, text: str, phrase: str, kind: str) -> None:
    assert (phrase, kind) in [(m.text, m.kind) for m in find_magnitudes(nlp(text))]


def test_not_one_is_a_denial_not_a_count(nlp: Language) -> None:
    found = find_magnitudes(nlp("The governor said not one shot had been fired at the crowd."))
    assert [m.text for m in found] == []


def test_taken_to_the_police_department_are_arrests(nlp: Language) -> None:
    found = find_magnitudes(nlp("Six women were taken to the district police department on Friday."))
    assert [(m.text, m.kind) for m in found] == [("Six", "arrests")]


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        # a tally counts what the participle after its people tells, not a noun of its phrase
        (
            "The hangings bring to at least 95 the number of men put to death in Shiraz this year.",
            "at least 95",
            "executions",
        ),
        (
            "The raids bring to 31 the number of teachers and lay preachers detained in Herat since May.",
            "31",
            "arrests",
        ),
    ],
)
def test_tally_counts_its_participle(nlp: Language, text: str, phrase: str, kind: str) -> None:
    assert (phrase, kind) in [(m.text, m.kind) for m in find_magnitudes(nlp(text))]


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        # the state word after the people that "leave" leaves says what the count is
        (
            "Troops broke up the march in Gulu, leaving at least five protesters dead.",
            "at least five",
            "fatalities",
        ),
        ("Police clashed with strikers, leaving three workers wounded.", "three", "injuries"),
    ],
)
def test_people_left_dead_or_wounded(nlp: Language, text: str, phrase: str, kind: str) -> None:
    assert (phrase, kind) in [(m.text, m.kind) for m in find_magnitudes(nlp(text))]
