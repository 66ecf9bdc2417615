"""Which temporal expression dates which event, and the intervals built from them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.extract.timing import bind_time
from eventwire.extract.timing_lead import lead_time
from eventwire.resolve.times import find_times

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.records import Time

PUB = date(2024, 8, 1)  # a Thursday

pytestmark = pytest.mark.slow


def _bind(nlp: Language, text: str, trigger: str, *, published: date = PUB) -> Time | None:
    doc = nlp(text)
    times = find_times(doc, published=published)
    at = text.index(trigger)
    head = doc.char_span(at, at + len(trigger), alignment_mode="expand")
    assert head is not None
    tok = head.root
    time, _ = bind_time(tok, tok.sent, times, published=published, lead=lead_time(doc, times))
    return time


def _interval(time: Time | None) -> tuple[str | None, str | None] | None:
    return None if time is None else (time.start, time.end)


def test_timing_nth_day_runs_back_from_the_day(nlp: Language) -> None:
    text = "Farmers blocked motorways around Paris for a third day on Tuesday."
    assert _interval(_bind(nlp, text, "blocked")) == ("2024-07-28", "2024-07-30")


def test_timing_nth_day_of_a_series_is_one_day(nlp: Language) -> None:
    text = "Unions held a ninth day of nationwide strikes on Tuesday."
    assert _interval(_bind(nlp, text, "strikes")) == ("2024-07-30", "2024-07-30")


def test_timing_coordinated_days_span_both(nlp: Language) -> None:
    text = "The governor's office said 57 rioters were arrested on Friday and Saturday."
    assert _interval(_bind(nlp, text, "arrested")) == ("2024-07-26", "2024-07-27")


def test_timing_since_in_reported_speech_ends_on_the_day_of_saying(nlp: Language) -> None:
    text = (
        "The group said on Monday that at least 26 people had died in custody "
        "since the beginning of the year."
    )
    assert _interval(_bind(nlp, text, "died")) == ("2024-01-01", "2024-07-29")


def test_timing_since_without_a_dated_speech_ends_at_publication(nlp: Language) -> None:
    text = "Border guards have killed at least 14 porters since January."
    assert _interval(_bind(nlp, text, "killed")) == ("2024-01-01", "2024-08-01")


def test_timing_since_in_a_conjoined_clause_is_no_reference_day(nlp: Language) -> None:
    text = (
        "Nurses have occupied the hospital lobby since 14 July, and four of them have been "
        "on hunger strike since Sunday."
    )
    assert _interval(_bind(nlp, text, "hunger strike")) == ("2024-07-28", "2024-08-01")


def test_timing_since_in_a_conjoined_clause_with_a_month(nlp: Language) -> None:
    text = "Miners have blocked the railway since 3 July and have staged a sit-in at the mine since Monday."
    assert _interval(_bind(nlp, text, "sit-in")) == ("2024-07-29", "2024-08-01")


def test_timing_when_clause_takes_the_expression_itself(nlp: Language) -> None:
    text = "The city has been a centre of unrest since September 2022, when dozens of people were killed."
    assert _interval(_bind(nlp, text, "killed")) == ("2022-09-01", "2022-09-30")


def test_timing_perfect_duration_runs_back_from_the_reference(nlp: Language) -> None:
    text = "A jailed politician has been on hunger strike for 20 days, his lawyer said on Thursday."
    assert _interval(_bind(nlp, text, "strike")) == ("2024-07-13", "2024-08-01")


def test_timing_past_week_is_seven_days_back(nlp: Language) -> None:
    text = "Police have detained at least 26 people over the past week for painting graffiti."
    assert _interval(_bind(nlp, text, "detained")) == ("2024-07-25", "2024-08-01")


def test_timing_open_from_runs_to_publication(nlp: Language) -> None:
    text = "Mobile internet services were suspended in the capital from Sunday, the regulator said."
    assert _interval(_bind(nlp, text, "suspended")) == ("2024-07-28", "2024-08-01")


def test_timing_dateline_never_dates_an_event(nlp: Language) -> None:
    text = "Thursday, August 1, 2024\n\nCARACAS, Aug 1 (Andes Report) — Police fired tear gas at marchers."
    assert _bind(nlp, text, "fired") is None


def test_timing_time_of_another_subjects_clause_is_not_the_event_s(nlp: Language) -> None:
    text = (
        "Soldiers entered the village on Saturday morning. Two farmers were shot, "
        "and their bodies were found on Sunday."
    )
    assert _interval(_bind(nlp, text, "shot")) == ("2024-07-27", "2024-07-27")


def test_timing_paragraph_context_prefers_the_most_precise(nlp: Language) -> None:
    text = "Graduates blocked a bridge on Monday for the third time this month. Police arrested four of them."
    assert _interval(_bind(nlp, text, "arrested")) == ("2024-07-29", "2024-07-29")


def test_timing_no_expression_anywhere_is_null(nlp: Language) -> None:
    assert _bind(nlp, "Security forces arrested five people, including a journalist.", "arrested") is None


def test_timing_own_clause_beats_the_time_of_saying(nlp: Language) -> None:
    text = "Activists said on Wednesday that protesters were killed on Sunday."
    assert _interval(_bind(nlp, text, "killed")) == ("2024-07-28", "2024-07-28")


def test_timing_not_restored_by_closes_the_interval(nlp: Language) -> None:
    text = "Residents said internet was cut on Friday afternoon and had not been fully restored by Monday."
    assert _interval(_bind(nlp, text, "cut")) == ("2024-07-26", "2024-07-29")


def test_timing_participle_on_a_reporting_verb_takes_the_reported_time(nlp: Language) -> None:
    text = (
        "Two rockets hit an area near the airport late on Sunday, the security media cell said, "
        "causing no casualties."
    )
    assert _interval(_bind(nlp, text, "causing")) == ("2024-07-28", "2024-07-28")


def test_timing_since_n_weeks_ago_counts_days(nlp: Language) -> None:
    text = "The city has been covered in refuse since refuse collectors walked out two weeks ago."
    assert _interval(_bind(nlp, text, "walked")) == ("2024-07-18", "2024-08-01")


def test_timing_since_the_event_itself_is_its_own_time(nlp: Language) -> None:
    text = "The group has documented 82 abductions since the June 2024 protests against the finance bill."
    assert _interval(_bind(nlp, text, "protests")) == ("2024-06-01", "2024-06-30")
    assert _interval(_bind(nlp, text, "abductions")) == ("2024-06-01", "2024-08-01")


def test_timing_several_weeks_from_a_month_spill_into_the_next(nlp: Language) -> None:
    text = "In June 2024, protesters stormed parliament and dozens of people were killed over several weeks."
    assert _interval(_bind(nlp, text, "killed")) == ("2024-06-01", "2024-07-31")


def test_timing_since_an_undated_event_is_null(nlp: Language) -> None:
    text = (
        "An air strike hit a village in Sagaing region on Saturday morning, killing at least 20 people, "
        "residents said.\n\n"
        "The group says security forces have killed more than 4,000 civilians since the coup."
    )
    assert _bind(nlp, text, "killed") is None


def test_timing_future_event_without_its_own_time_is_null(nlp: Language) -> None:
    text = "Farmers blocked roads on Wednesday. Their leader said the whole province will rise."
    assert _bind(nlp, text, "rise") is None
    text = "Farmers blocked roads on Wednesday. They vowed to strike again."
    assert _bind(nlp, text, "strike") is None


def test_timing_future_event_keeps_its_own_time(nlp: Language) -> None:
    text = "His office said on Monday that mourners would gather on Wednesday."
    time = _bind(nlp, text, "gather")
    assert time is not None and time.text == "Wednesday"


PAST_PHRASES = [
    "on Friday", "last week", "since January", "over the past week", "in recent days",
    "on Friday and Saturday", "for a third day on Tuesday", "yesterday", "since the start of the year",
    "earlier this month", "last month", "between Monday and Wednesday", "two weeks ago",
    "at dawn on Sunday", "in March",
]  # fmt: skip


@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)),
    st.sampled_from(PAST_PHRASES),
    st.sampled_from(
        ["Police arrested 30 protesters {p}.", "Rights groups say 12 people have been killed {p}."]
    ),
)
def test_timing_past_events_never_end_after_publication(
    nlp: Language, published: date, phrase: str, pattern: str
) -> None:
    text = pattern.format(p=phrase)
    trigger = "arrested" if "arrested" in text else "killed"
    time = _bind(nlp, text, trigger, published=published)
    assert time is not None, text
    assert time.start is not None and time.end is not None
    assert time.start <= time.end <= published.isoformat(), (text, time)
    if time.value and "/" in time.value:
        assert time.value == f"{time.start}/{time.end}"
    if time.precision == "day":
        assert time.start == time.end


def test_timing_possible_past_event_keeps_the_context(nlp: Language) -> None:
    text = "Troops raided the village on Wednesday. Residents said ten people may have been killed."
    time = _bind(nlp, text, "killed")
    assert time is not None and time.text == "Wednesday"


def test_timing_present_perfect_count_runs_from_the_context_to_publication(nlp: Language) -> None:
    text = "The war began in April 2023. The United Nations says more than 14,000 people have been killed."
    assert _interval(_bind(nlp, text, "killed")) == ("2023-04-01", "2024-08-01")


def test_timing_simple_past_takes_the_context_as_is(nlp: Language) -> None:
    text = "Protesters gathered on Friday. Police fired tear gas."
    assert _interval(_bind(nlp, text, "fired")) == ("2024-07-26", "2024-07-26")


def test_timing_date_inside_an_of_phrase_names_something_else(nlp: Language) -> None:
    text = (
        "On Tuesday evening, as crowds gathered for the third anniversary of the November 2019 protests, "
        "mobile networks went dark."
    )
    assert _interval(_bind(nlp, text, "gathered")) == ("2024-07-30", "2024-07-30")


def test_timing_since_an_undated_event_covers_conjoined_verbs(nlp: Language) -> None:
    text = (
        "An air strike hit a village in Sagaing region on Saturday morning, killing at least 20 people, "
        "residents said.\n\n"
        "The group says security forces have killed more than 4,000 civilians and arrested more than "
        "24,000 people since the coup."
    )
    assert _bind(nlp, text, "killed more") is None


def test_timing_future_event_takes_only_a_future_clause_s_time(nlp: Language) -> None:
    text = "Opposition leaders called for a nationwide strike next Monday and said protests would continue."
    assert _bind(nlp, text, "continue") is None
    text = "His office said that funerals would take place on Wednesday and that mourners would gather."
    time = _bind(nlp, text, "gather")
    assert time is not None and time.text == "Wednesday"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Dock workers staged a wave of strikes from 12 to 15 March.",
            "strikes",
            ("2024-03-12", "2024-03-15"),
        ),
        ("Authorities cut mobile internet between 20 and 24 July.", "cut", ("2024-07-20", "2024-07-24")),
        ("On 29-30 July, farmers blocked roads in Brittany.", "blocked", ("2024-07-29", "2024-07-30")),
        ("Farmers blocked roads in Brittany on July 29-30.", "blocked", ("2024-07-29", "2024-07-30")),
        (
            "Police killed three protesters on July 4 and 5 in Kampala.",
            "killed",
            ("2024-07-04", "2024-07-05"),
        ),
    ],
)
def test_timing_day_ranges_span_both_ends(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert _interval(_bind(nlp, text, trigger)) == expected


def test_timing_comparison_since_does_not_date_the_event(nlp: Language) -> None:
    text = "The rally, the largest since 2019, drew tens of thousands of people to the capital on Sunday."
    assert _interval(_bind(nlp, text, "rally")) == ("2024-07-28", "2024-07-28")
    text = "It was the worst violence since 2019."
    assert _bind(nlp, text, "violence") is None


def test_timing_a_day_after_counts_back_from_the_main_clause(nlp: Language) -> None:
    text = "Gunmen killed two villagers on Tuesday, a day after soldiers raided the village."
    assert _interval(_bind(nlp, text, "raided")) == ("2024-07-29", "2024-07-29")
    assert _interval(_bind(nlp, text, "killed")) == ("2024-07-30", "2024-07-30")
    text = "Police fired tear gas on Tuesday, hours after protesters stormed the governor's office."
    assert _interval(_bind(nlp, text, "stormed")) == ("2024-07-30", "2024-07-30")


def test_timing_a_day_after_counts_back_from_the_paragraph_day(nlp: Language) -> None:
    # the arrival dated by the paragraph before; "after" parsed as a preposition of "day"
    text = (
        "Soldiers burned down 30 homes in the village of Mbiame on 28 July, the group said.\n\n"
        "Villagers told the monitors that troops entered Mbiame at dawn, a day after armed fighters ambushed "
        "an army truck near Nkambe, killing three soldiers."
    )
    assert _interval(_bind(nlp, text, "ambushed")) == ("2024-07-27", "2024-07-27")
    assert _interval(_bind(nlp, text, "burned")) == ("2024-07-28", "2024-07-28")


def test_timing_entered_its_nth_week_runs_back(nlp: Language) -> None:
    text = "The strike entered its second week on Thursday."
    assert _interval(_bind(nlp, text, "strike")) == ("2024-07-25", "2024-08-01")
    text = "Protesters rallied for the eighth week in a row on Friday."
    assert _interval(_bind(nlp, text, "rallied")) == ("2024-07-26", "2024-07-26")


def test_timing_the_day_of_saying_yields_to_the_event_own_time(nlp: Language) -> None:
    text = "Police arrested 40 people on Thursday, the ministry said on Friday."
    assert _interval(_bind(nlp, text, "arrested")) == ("2024-08-01", "2024-08-01")
    # the paragraph's time does not beat the day of the statement in the event's own sentence, but
    # the day of the statement only comes after anything in the event's own clause
    text = "Protests began on Monday. Police have arrested 12 protesters, the union said on Friday."
    assert _interval(_bind(nlp, text, "arrested")) == ("2024-07-26", "2024-07-26")


def test_timing_the_day_of_saying_is_a_last_resort(nlp: Language) -> None:
    text = "On Friday, the union said security forces had arrested 12 of its members."
    assert _interval(_bind(nlp, text, "arrested")) == ("2024-07-26", "2024-07-26")


def test_timing_a_misparsed_opening_date_still_dates_the_event(nlp: Language) -> None:
    text = (
        "In October 2022, a fire swept through the prison during clashes between inmates and guards; "
        "the authorities said eight prisoners died."
    )
    assert _interval(_bind(nlp, text, "clashes")) == ("2022-10-01", "2022-10-31")


def test_timing_lead_prefers_an_event_day_to_the_day_of_saying(nlp: Language) -> None:
    text = (
        "MIAMI (Wire) — Officials said on Tuesday that police had detained 12 people in a raid on Monday "
        "and that a court could free them as early as Friday.\n\n"
        "Protesters gathered outside the court, witnesses said."
    )
    doc = nlp(text)
    lead = lead_time(doc, find_times(doc, published=PUB))
    assert lead is not None and lead.text == "Monday"
    text = (
        "TEHRAN (Caspian Wire) — Iranian security forces have arrested 12 members of a teachers' union in "
        "several provinces, the union said in a statement on Friday.\n\n"
        "The arrests took place in Tehran, Mashhad and Sanandaj, the statement said, without giving dates."
    )
    doc = nlp(text)
    lead = lead_time(doc, find_times(doc, published=PUB))
    assert lead is not None and lead.text == "Friday"


def test_timing_n_day_event_runs_from_its_start_or_back_from_its_end(nlp: Language) -> None:
    assert _interval(_bind(nlp, "Workers began a three-day strike on Monday.", "strike")) == (
        "2024-07-29",
        "2024-07-31",
    )
    assert _interval(_bind(nlp, "Unions ended a five-day strike on Friday.", "strike")) == (
        "2024-07-22",
        "2024-07-26",
    )
    assert _interval(_bind(nlp, "Workers held a 48-hour general strike on Tuesday.", "strike")) == (
        "2024-07-30",
        "2024-07-31",
    )


def test_timing_weeks_ago_is_that_day(nlp: Language) -> None:
    text = "Two weeks ago, police arrested 30 students at the university."
    assert _interval(_bind(nlp, text, "arrested")) == ("2024-07-18", "2024-07-18")


def test_timing_days_after_a_dated_thing_count_forward(nlp: Language) -> None:
    text = "Police arrested 12 protesters, three days after the election on July 28."
    assert _interval(_bind(nlp, text, "arrested")) == ("2024-07-31", "2024-07-31")
    text = "Two days after the vote on Sunday, police arrested the opposition leader."
    assert _interval(_bind(nlp, text, "arrested")) == ("2024-07-30", "2024-07-30")
    text = "Days after the vote on Sunday, police arrested the opposition leader."
    assert _bind(nlp, text, "arrested") is None


def test_timing_since_runs_to_the_day_of_the_statement_reported(nlp: Language) -> None:
    text = (
        "In a statement issued on Tuesday, Amnesty International said security forces had killed "
        "at least 17 protesters since June 18."
    )
    assert _interval(_bind(nlp, text, "killed")) == ("2024-06-18", "2024-07-30")


def test_timing_night_of_one_day_to_the_next(nlp: Language) -> None:
    text = "Police detained three journalists in Minsk during the night of July 23 to 24."
    assert _interval(_bind(nlp, text, "detained")) == ("2024-07-23", "2024-07-24")


def test_timing_night_of_two_days_written_before_their_month(nlp: Language) -> None:
    text = "On the night of 9 to 10 July, masked men set fire to two cars outside the party office."
    assert _interval(_bind(nlp, text, "set fire")) == ("2024-07-09", "2024-07-10")
    text = "Soldiers detained eleven villagers in the night of 21st to 22nd July, their families said."
    assert _interval(_bind(nlp, text, "detained")) == ("2024-07-21", "2024-07-22")


def test_timing_past_hours_reach_back_to_the_day_before(nlp: Language) -> None:
    text = "At least 40 people have been killed in the past 24 hours, medics said."
    assert _interval(_bind(nlp, text, "killed")) == ("2024-07-31", "2024-08-01")


def test_timing_week_long_event_ended_on_a_day(nlp: Language) -> None:
    text = "Dock workers ended a week-long strike on Friday."
    assert _interval(_bind(nlp, text, "strike")) == ("2024-07-20", "2024-07-26")


def test_timing_relative_clause_of_the_event_gives_its_start(nlp: Language) -> None:
    text = "The strike, which began on 15 July, has shut down the port."
    assert _interval(_bind(nlp, text, "strike")) == ("2024-07-15", "2024-08-01")
    text = "The rally, which took place on Sunday, drew thousands."
    assert _interval(_bind(nlp, text, "rally")) == ("2024-07-28", "2024-07-28")


def test_timing_lead_time_is_the_main_clause_time(nlp: Language) -> None:
    text = (
        "PARIS (Wire) — Two days after police shot dead a teenager on Sunday, riots spread across French "
        "cities on Tuesday, with cars torched in Lyon and Marseille.\n\n"
        "Protesters set fire to a town hall in a Paris suburb, officials said."
    )
    assert _interval(_bind(nlp, text, "set fire")) == ("2024-07-30", "2024-07-30")


def test_timing_a_nominal_event_takes_its_own_expression(nlp: Language) -> None:
    text = "Hundreds protested in Tunis on Tuesday against the arrest of a prominent lawyer on Saturday."
    assert _interval(_bind(nlp, text, "arrest")) == ("2024-07-27", "2024-07-27")
    assert _interval(_bind(nlp, text, "protested")) == ("2024-07-30", "2024-07-30")


def test_timing_compared_with_a_period_does_not_date_the_event(nlp: Language) -> None:
    text = "Arrests rose by a third in July, compared with the same month last year."
    assert _interval(_bind(nlp, text, "Arrests")) == ("2024-07-01", "2024-07-31")


def test_timing_a_possessive_yields_to_the_event_time(nlp: Language) -> None:
    text = "Yesterday, at this year's party congress, police detained three dissidents."
    assert _interval(_bind(nlp, text, "detained")) == ("2024-07-31", "2024-07-31")
    text = "More than 200 teachers were arrested during last year's protests."
    assert _interval(_bind(nlp, text, "arrested")) == ("2023-01-01", "2023-12-31")


def test_timing_when_clause_of_a_from_expression_is_dated_by_it(nlp: Language) -> None:
    text = "The figures are an improvement from 2019, when police killed 300 protesters."
    assert _interval(_bind(nlp, text, "killed")) == ("2019-01-01", "2019-12-31")


def test_token_at_agrees_with_char_span_everywhere() -> None:
    import spacy

    from eventwire.extract.syntax import token_at

    doc = spacy.blank("en")("Police  fired.\n\nThen  they left ")
    for c in range(len(doc.text) + 2):
        span = doc.char_span(c, c + 1, alignment_mode="expand")
        expected = span[0] if span is not None and len(span) else None
        assert token_at(doc, c) == expected, c


# ---------------------------------------------------------------- narrative time (month-days of a past year)


def test_timing_month_day_takes_the_year_of_the_narrative(nlp: Language) -> None:
    text = (
        "On 3 March 2021, thousands of miners marched on the capital. "
        "Two weeks later, on 17 March, police arrested the union's leaders."
    )
    assert _interval(_bind(nlp, text, "arrested")) == ("2021-03-17", "2021-03-17")


def test_timing_narrative_year_carries_across_the_next_paragraph(nlp: Language) -> None:
    text = (
        "On June 2, 2019, students occupied the campus.\n\n"
        "On June 20, riot police stormed the library and detained 40 students."
    )
    assert _interval(_bind(nlp, text, "detained")) == ("2019-06-20", "2019-06-20")


def test_timing_narrative_chain_and_that_night(nlp: Language) -> None:
    text = (
        "In April 2018, farmers blocked the main highway.\n\n"
        "On May 4, they marched to parliament. Police arrested 12 of them that night."
    )
    assert _interval(_bind(nlp, text, "marched")) == ("2018-05-04", "2018-05-04")
    assert _interval(_bind(nlp, text, "arrested")) == ("2018-05-04", "2018-05-04")


def test_timing_month_day_before_the_narrative_date_keeps_the_current_year(nlp: Language) -> None:
    # "July 20" of 2022 would come before "in October 2022": it is this year's
    text = "The union struck in October 2022. On July 20, workers walked out again."
    assert _interval(_bind(nlp, text, "walked out")) == ("2024-07-20", "2024-07-20")


def test_timing_present_day_ends_the_narrative(nlp: Language) -> None:
    text = (
        "Protesters first took to the streets in May 2020. On Monday, police detained three activists, "
        "and on July 29 they arrested a journalist."
    )
    assert _interval(_bind(nlp, text, "arrested")) == ("2024-07-29", "2024-07-29")


def test_timing_since_a_past_year_is_no_narrative_date(nlp: Language) -> None:
    text = "It was the largest rally since 2016. On July 27, police dispersed the crowd."
    assert _interval(_bind(nlp, text, "dispersed")) == ("2024-07-27", "2024-07-27")


def test_timing_years_ago_today_is_that_day(nlp: Language) -> None:
    text = "Three years ago today, soldiers opened fire on a crowd in the main square."
    assert _interval(_bind(nlp, text, "opened fire")) == ("2021-08-01", "2021-08-01")


def test_timing_weekday_next_week_is_that_weekday(nlp: Language) -> None:
    text = "Nurses have announced a strike on Tuesday next week over unpaid wages."
    assert _interval(_bind(nlp, text, "strike")) == ("2024-08-06", "2024-08-06")


def test_timing_subheading_dates_the_paragraph_below(nlp: Language) -> None:
    text = (
        "Lead paragraph of the explainer about the uprising, published today by the desk.\n\n"
        "What happened on July 12?\n\n"
        "Thousands of people marched to the presidential palace and police fired tear gas."
    )
    assert _interval(_bind(nlp, text, "marched")) == ("2024-07-12", "2024-07-12")


def test_timing_nth_day_runs_back_from_an_earlier_sentences_day(nlp: Language) -> None:
    text = (
        "Traders in the capital closed their stalls on Tuesday. "
        "In the north, markets stayed shut for a third day."
    )
    assert _interval(_bind(nlp, text, "stayed shut")) == ("2024-07-28", "2024-07-30")


def test_timing_minutes_later_is_the_day_of_the_story(nlp: Language) -> None:
    text = (
        "Jets bombed a market in the town on March 3, 2023, witnesses said. "
        "About 20 minutes later, a helicopter fired on people helping the wounded."
    )
    assert _interval(_bind(nlp, text, "fired on")) == ("2023-03-03", "2023-03-03")


@pytest.mark.parametrize(
    "text",
    [
        # a bare year is no narrative date: the month-day is this year's
        "In 2019, protesters stormed the parliament. On July 30, police fired tear gas at crowds.",
        # a date of this year
        "Police said 20 people were arrested on May 3, 2024. On July 30, police fired tear gas at crowds.",
        # a weekday brings the story back to the present
        "Students occupied a campus on 2 June 2022. Three were held on Monday. On July 30, police fired.",
    ],
)
def test_timing_month_days_of_the_present_stay_in_the_present(nlp: Language, text: str) -> None:
    assert _interval(_bind(nlp, text, "fired")) == ("2024-07-30", "2024-07-30")


def test_timing_over_the_following_year_counts_from_the_day(nlp: Language) -> None:
    text = (
        "The army seized power on 3 March 2021. Security forces shot dead more than 80 protesters "
        "over the following year, a rights group said."
    )
    assert _interval(_bind(nlp, text, "shot dead")) == ("2021-03-03", "2022-03-03")


def test_timing_a_headline_is_no_subheading(nlp: Language) -> None:
    text = (
        "Wednesday, 10 July 2024\n\nProtests spread after the March 2023 vote\n\n"
        "Thousands of people marched to the presidential palace."
    )
    assert _bind(nlp, text, "marched") is None


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the day right after a reporting verb dates the saying, whatever the parse attaches it to
        (
            "Police said on Friday they had arrested 12 people during protests on Wednesday.",
            "arrested",
            ("2024-07-31", "2024-07-31"),
        ),
        (
            "A spokesman told reporters on Tuesday that soldiers had shot dead two men on Sunday.",
            "shot dead",
            ("2024-07-28", "2024-07-28"),
        ),
    ],
)
def test_timing_the_day_after_a_reporting_verb_is_the_saying(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert _interval(_bind(nlp, text, trigger)) == expected


def test_timing_a_date_qualifying_a_noun_sets_no_narrative_year(nlp: Language) -> None:
    text = (
        "He accepted a treaty he had rejected after the August 2018 ceasefire. "
        "The move followed the invasion of the border town on July 2, officials said."
    )
    assert _interval(_bind(nlp, text, "invasion")) == ("2024-07-02", "2024-07-02")


def test_timing_a_possessive_after_a_reporting_verb_is_not_the_saying(nlp: Language) -> None:
    text = "Investigators said last month's discovery of a rifle represented a breakthrough."
    bound = _bind(nlp, text, "discovery")
    assert bound is not None and (bound.start, bound.end) == ("2024-07-01", "2024-07-31")


def test_timing_a_time_qualifying_the_reported_object_is_not_the_saying(nlp: Language) -> None:
    text = (
        "Acme Office Systems reported third-quarter net income fell 5.9% "
        "from $10.1 million in the year-ago period."
    )
    bound = _bind(nlp, text, "fell")
    assert bound is not None and bound.text == "third-quarter"


def test_timing_a_since_clause_on_a_conjoined_verb_runs_for_the_event(nlp: Language) -> None:
    text = (
        "The ministry said 104 people had been killed and more than 6,000 wounded "
        "since the protests began on Tuesday."
    )
    assert _interval(_bind(nlp, text, "killed")) == ("2024-07-30", "2024-08-01")


def test_timing_a_lead_that_only_dates_a_statement_yields_to_the_next_paragraph(nlp: Language) -> None:
    text = (
        "The authorities must open an independent investigation into the deaths of at least seven "
        "people, the rights group said today.\n\n"
        "Between 22 and 24 July, thousands of people took to the streets of the capital to protest "
        "against rising prices and the arrest of critics.\n\n"
        "Witnesses described how police chased and beat protesters and passers-by in the old town."
    )
    assert _interval(_bind(nlp, text, "beat")) == ("2024-07-22", "2024-07-24")


def test_timing_a_lead_read_as_narrative(nlp: Language) -> None:
    text = (
        "One year ago today, voters went to the polls in an election that the opposition says was "
        "rigged, and the largest protests in the country's history followed.\n\n"
        "Women dressed in white formed long human chains along the avenues of the capital."
    )
    assert _interval(_bind(nlp, text, "formed")) == ("2023-08-01", "2023-08-01")


def test_timing_later_this_month_is_the_rest_of_the_month(nlp: Language) -> None:
    text = "Activists have called for new marches after the end of the pilgrimage later this month."
    assert _interval(_bind(nlp, text, "marches")) == ("2024-08-01", "2024-08-31")


def test_timing_overnight_runs_into_the_next_day(nlp: Language) -> None:
    text = "Security forces opened fire on protesters overnight, killing 13 people."
    assert _interval(_bind(nlp, text, "opened")) == ("2024-07-31", "2024-08-01")
    # the act done in an overnight operation (T7), or told as one, spans the night too
    text = "Security forces cleared the square in an overnight operation."
    assert _interval(_bind(nlp, text, "cleared")) == ("2024-07-31", "2024-08-01")
    text = "Police arrested a dozen students in overnight raids on their dormitories."
    assert _interval(_bind(nlp, text, "arrested")) == ("2024-07-31", "2024-08-01")


def test_timing_overnight_qualifying_another_noun_keeps_one_day(nlp: Language) -> None:
    # the night of another act told in the sentence, or a curfew's recurring nights
    text = "The overnight shelling hit the district where families had gathered in a school."
    assert _interval(_bind(nlp, text, "gathered")) == ("2024-07-31", "2024-07-31")
    text = "The governor imposed an overnight curfew on the town."
    assert _interval(_bind(nlp, text, "imposed")) == ("2024-07-31", "2024-07-31")


def test_timing_a_day_just_after_publication_in_a_story_of_an_earlier_year_is_that_years(
    nlp: Language,
) -> None:
    text = (
        "Between 28 and 31 July 2023 alone, more than 6,700 people were detained. At least four people "
        "died, among them a man who was killed by a rubber bullet near the metro station on 3 August."
    )
    assert _interval(_bind(nlp, text, "killed")) == ("2023-08-03", "2023-08-03")


def test_timing_a_when_clause_after_an_expression_is_dated_by_it(nlp: Language) -> None:
    text = (
        "Analysts expect the security forces to seal off central squares as they did in September "
        "2019, when hundreds of people were arrested after rare demonstrations."
    )
    assert _interval(_bind(nlp, text, "arrested")) == ("2019-09-01", "2019-09-30")


def test_timing_a_rights_group_dateline_in_brackets_dates_no_event(nlp: Language) -> None:
    text = (
        "(Beirut, July 31, 2024) – Security forces have detained dozens of students since the June 20, 2024 "
        "sit-ins on the campus, Human Rights Watch said today."
    )
    assert _interval(_bind(nlp, text, "detained")) == ("2024-06-20", "2024-08-01")


@pytest.mark.parametrize(
    "text",
    [
        "Police said 14 people had been arrested and would appear in court on Friday.",
        "Nine activists were detained and will be charged on Monday, their lawyer said.",
    ],
)
def test_timing_the_day_of_a_future_conjoined_clause_does_not_date_the_event(
    nlp: Language, text: str
) -> None:
    time = _bind(nlp, text, "arrested" if "arrested" in text else "detained")
    assert time is None or time.start is None or time.start <= "2024-08-01"
    assert _interval(time) not in (("2024-08-02", "2024-08-02"), ("2024-08-05", "2024-08-05"))


def test_timing_a_future_clause_above_a_when_clause_still_dates_it(nlp: Language) -> None:
    text = 'The minister warned he would not allow "a repeat of 2017", when months of protests left 120 dead.'
    assert _interval(_bind(nlp, text, "protests")) == ("2017-01-01", "2017-12-31")


def test_timing_a_day_after_reaches_verbs_conjoined_in_the_after_clause(nlp: Language) -> None:
    text = "The student died on Sunday, a day after he was chased and beaten by police during a protest."
    assert _interval(_bind(nlp, text, "beaten")) == ("2024-07-27", "2024-07-27")
    assert _interval(_bind(nlp, text, "protest")) == ("2024-07-27", "2024-07-27")


def test_timing_the_riots_of_a_month_are_dated_by_it(nlp: Language) -> None:
    text = (
        "The party now in government called its supporters into the streets during the riots of March 2021."
    )
    assert _interval(_bind(nlp, text, "riots")) == ("2021-03-01", "2021-03-31")


def test_timing_a_now_qualifying_a_noun_is_no_event_day(nlp: Language) -> None:
    text = (
        "Two police officers were shot dead on Tuesday when troops tried to clear a blockade, in the "
        "deadliest day of a standoff now in its third week."
    )
    doc = nlp(text)
    times = find_times(doc, published=PUB)
    lead = lead_time(doc, times)
    assert lead is not None and lead.text == "Tuesday"


def test_timing_a_clause_fronted_by_its_time_after_a_semicolon_is_another_events(nlp: Language) -> None:
    text = (
        "About 60 workers gathered outside the town hall on Saturday to demand higher wages. "
        "Four men who urged them to block the road were detained; on Sunday a court jailed them for ten days."
    )
    assert _interval(_bind(nlp, text, "detained")) == ("2024-07-27", "2024-07-27")


def test_timing_the_previous_sentence_carries_its_coordinated_days(nlp: Language) -> None:
    text = (
        "Bus drivers stopped work on Monday and Tuesday over fuel shortages. "
        "Hundreds of drivers marched to the ministry, where police dispersed them with tear gas."
    )
    assert _interval(_bind(nlp, text, "marched")) == ("2024-07-29", "2024-07-30")


def test_timing_a_weekday_qualifying_another_noun_yields_to_the_date(nlp: Language) -> None:
    text = "Soldiers opened fire on worshippers leaving Friday prayers on 30 September 2022, killing dozens."
    assert _interval(_bind(nlp, text, "opened")) == ("2022-09-30", "2022-09-30")


def test_timing_a_month_written_after_a_bare_year_in_its_sentence_is_in_that_year(nlp: Language) -> None:
    text = (
        "The country was hit by deadly attacks in 2015, including the attack on the national museum "
        "in March, which left 22 dead, and the attack on a beach hotel in June."
    )
    assert _interval(_bind(nlp, text, "attack on the national")) == ("2015-03-01", "2015-03-31")
    assert _interval(_bind(nlp, text, "attack on a beach")) == ("2015-06-01", "2015-06-30")


def test_timing_which_lasted_n_days_runs_forward_from_the_day(nlp: Language) -> None:
    text = "The regulator ordered an internet shutdown on July 14, which lasted five days."
    assert _interval(_bind(nlp, text, "shutdown")) == ("2024-07-14", "2024-07-18")


def test_timing_n_days_after_the_event_counts_back_from_the_clauses_day(nlp: Language) -> None:
    text = "A street vendor died at the police station on Friday, two days after his arrest."
    assert _interval(_bind(nlp, text, "arrest")) == ("2024-07-24", "2024-07-24")
    assert _interval(_bind(nlp, text, "died")) == ("2024-07-26", "2024-07-26")


def test_timing_a_paragraph_with_no_time_goes_on_with_an_earlier_story(nlp: Language) -> None:
    text = (
        "Police dispersed a rally of several hundred students in the capital on Tuesday, the interior "
        "ministry said.\n\n"
        "The protests of January 2022 began over fuel prices. On January 5, 2022, rioters stormed "
        "the city hall and set it on fire.\n\n"
        "Armed men attacked the airport and police stations, seizing weapons.\n\n"
        "The ministry has warned that any unauthorised gathering will be dispersed."
    )
    assert _interval(_bind(nlp, text, "attacked")) == ("2022-01-05", "2022-01-05")
    # the present tense and the present perfect are the present story's
    assert _interval(_bind(nlp, text, "warned")) == ("2024-07-30", "2024-07-30")


def test_timing_for_now_still_dates_its_verb(nlp: Language) -> None:
    text = "For now, the embassy says, its staff can offer only emergency services."
    assert _interval(_bind(nlp, text, "says")) == ("2024-08-01", "2024-08-01")


def test_timing_a_when_clause_above_yields_to_a_time_in_the_events_own_clause(nlp: Language) -> None:
    text = (
        "The march recalled the rallies of early December, when crowds gathered in the square to honour "
        "the revolution that brought the party to power in 1959."
    )
    assert _interval(_bind(nlp, text, "gathered")) == ("2023-12-01", "2023-12-10")


def test_timing_a_future_xcomp_beside_the_event_still_dates_it(nlp: Language) -> None:
    text = "The three states are expected to join in April, as part of marking the alliance's anniversary."
    assert _interval(_bind(nlp, text, "marking")) == ("2025-04-01", "2025-04-30")


def test_timing_a_weekday_qualifying_a_noun_stays_when_only_a_week_remains(nlp: Language) -> None:
    text = "Hundreds of worshippers marched after Friday prayers last week, witnesses said."
    assert _interval(_bind(nlp, text, "marched")) == ("2024-07-26", "2024-07-26")


def test_timing_a_coming_day_in_a_story_of_an_earlier_year_stays_coming(nlp: Language) -> None:
    text = (
        "In October 2020, police beat hundreds of students during protests against the labour law.\n\n"
        "The students' union has called for a national day of action on 10 August, the anniversary of "
        "the law's passage."
    )
    assert _interval(_bind(nlp, text, "action")) == ("2024-08-10", "2024-08-10")


def test_timing_an_earlier_story_goes_on_through_past_relative_clauses(nlp: Language) -> None:
    text = (
        "Police dispersed a rally of several hundred students in the capital on Tuesday, the interior "
        "ministry said.\n\n"
        "On January 5, 2022, rioters stormed the city hall and set it on fire.\n\n"
        "In all, 238 people died during the unrest, including 19 officers who were killed by gunmen."
    )
    assert _interval(_bind(nlp, text, "killed")) == ("2022-01-05", "2022-01-05")


def test_timing_a_sentence_with_times_of_its_own_does_not_go_on_with_an_earlier_story(nlp: Language) -> None:
    text = (
        "Police dispersed a rally of several hundred students in the capital on Tuesday, the interior "
        "ministry said.\n\n"
        "In November 2019, soldiers killed ten people at a fuel plant outside the city.\n\n"
        "Farmers blocked the highway in May 2023; the blockade ended after a raid in which dozens were "
        "detained."
    )
    time = _bind(nlp, text, "detained")
    assert time is None or not (time.start or "").startswith("2019")


def test_timing_a_which_clause_on_the_event_noun_tells_its_time(nlp: Language) -> None:
    text = (
        "It is the most serious unrest since the fuel-tax protests, which brought tens of thousands onto "
        "the streets every Saturday in 2018 and 2019."
    )
    assert _interval(_bind(nlp, text, "protests")) == ("2018-01-01", "2019-12-31")


def test_timing_coordinated_days_called_for_are_both_ahead(nlp: Language) -> None:
    text = "The unions called a general strike for Monday and Tuesday."
    assert _interval(_bind(nlp, text, "strike")) == ("2024-08-05", "2024-08-06")
