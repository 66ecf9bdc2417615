"""Sites named by their own name and a lower-case kind ("the Kibera bus depot", "the Mwembe junction"):
where an event happened inside its town."""

from __future__ import annotations

import pytest

from eventwire.resolve.places_sites import _facility_matches, _seats_as_sites


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Agents raided the Kariakor depot before dawn.", "Kariakor depot"),
        ("A bomb went off at the Mwembe junction on Friday.", "Mwembe junction"),
        ("Dockers blocked the Shimanzi container terminal.", "Shimanzi container terminal"),
        ("Squatters occupied the El Progreso farm last week.", "El Progreso farm"),
        ("Workers struck at the Kilembe power plant on Monday.", "Kilembe power plant"),
        ("Police stormed the Nyayo dormitory at night.", "Nyayo dormitory"),
        ("Recruits were beaten at the Kasarani police academy.", "Kasarani police academy"),
        ("Drivers gathered at the Kibera bus depot.", "Kibera bus depot"),
    ],
)
def test_a_name_before_a_lower_case_site_kind_is_a_site(text: str, site: str) -> None:
    assert [t.text for t in _facility_matches(text, [])] == [site]


@pytest.mark.parametrize(
    "text",
    [
        "Police raided a fuel depot near the border.",  # indefinite: a kind, not a name
        "The central junction was closed.",  # no name of its own
        "Workers at the plant walked out.",
    ],
)
def test_a_site_kind_without_a_name_is_no_site(text: str) -> None:
    assert _facility_matches(text, []) == []


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Nurses held a sit-in outside the Ministry of Health on Monday.", "Ministry of Health"),
        ("Teachers clashed with police outside Congress.", "Congress"),
        ("Farmers said they would march on Parliament next week.", "Parliament"),
        ("Hundreds gathered in front of the National Assembly.", "National Assembly"),
        ("Youths stormed the Regional Prefecture at dawn.", "Regional Prefecture"),
        ("Students regrouped near the Ministry of Labour and threw stones.", "Ministry of Labour"),
        ("The union called a march to the Electoral Commission on Friday.", "Electoral Commission"),
        ("Doctors plan to rally in front of the Council of Ministers.", "Council of Ministers"),
        ("Pensioners marched from the Presidency to the square.", "Presidency"),
    ],
)
def test_a_bodys_seat_where_people_gather_is_a_site(text: str, site: str) -> None:
    assert [t.text for t in _seats_as_sites(text, [], [])] == [site]


@pytest.mark.parametrize(
    "text",
    [
        "Congress passed the budget on Monday.",  # the body acting, not its building
        "The Ministry of Health said two nurses were hurt.",
        "Deputies walked out of Parliament in protest.",
        "The Electoral Commission said turnout was low.",
        "The Council of Ministers approved the decree near midnight.",
    ],
)
def test_a_body_acting_is_no_site(text: str) -> None:
    assert _seats_as_sites(text, [], []) == []


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Guards beat detainees at the Kabanga transit centre overnight.", "Kabanga transit centre"),
        ("Workers blocked the gates of the Sunwah factory for a week.", "Sunwah factory"),
        ("Nine remain held at the Mabuza detention centre.", "Mabuza detention centre"),
    ],
)
def test_a_centre_or_factory_written_after_its_name_is_a_site(text: str, site: str) -> None:
    assert [t.text for t in _facility_matches(text, [])] == [site]


def test_a_town_centre_is_no_site() -> None:
    assert _facility_matches("Crowds filled the Kabanga city centre and a detention centre.", []) == []
