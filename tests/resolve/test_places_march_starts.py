"""A march's named start and end (M41): "marched from Maitighar Mandala towards the parliament" names a
site of the march, whatever the tagger called the name; a body's seat or where marchers come from does not."""

from __future__ import annotations

import pytest

from eventwire.resolve.places_sites import _march_starts, march_end
from tests.resolve.test_gazetteer_fixture import tiny_gazetteer


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Students marched from Maitighar Mandala towards the parliament on Monday.", "Maitighar Mandala"),
        ("Thousands marched from the Sogo shopping centre to Dataran Merdeka.", "Sogo shopping centre"),
        (
            "Young people marched peacefully from the Ambohijatovo gardens to the town hall.",
            "Ambohijatovo gardens",
        ),
        (
            "Unionists marched on Tuesday from the Central University towards the centre.",
            "Central University",
        ),
        (
            "Several hundred people marched from the Champ de Mars to the prime minister's office.",
            "Champ de Mars",
        ),
        ("The procession set off from Freedom Park to the civic centre.", "Freedom Park"),
    ],
)
def test_the_named_start_of_a_march_is_a_site(text: str, site: str) -> None:
    assert [t.text for t in _march_starts(text, [], tiny_gazetteer())] == [site]


@pytest.mark.parametrize(
    "text",
    [
        "Students from Central University marched to the parliament.",  # where they come from
        "Nurses marched from the Ministry of Health to the State House.",  # a body's seat (M23)
        "Workers marched from the factory to the town hall.",  # no name
        "Delegates from Nairobi travelled to Mombasa.",  # no march
    ],
)
def test_no_march_start_without_a_march_and_a_named_site(text: str) -> None:
    assert _march_starts(text, [], tiny_gazetteer()) == []


def test_a_start_already_taken_is_left_to_its_finder() -> None:
    text = "Protesters marched from Uhuru Park to the city centre."
    start = text.index("Uhuru")
    assert _march_starts(text, [(start, start + len("Uhuru Park"))], tiny_gazetteer()) == []


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Police broke up a march by hundreds of striking nurses to Parliament Gardens in Windhoek.",
            "Parliament Gardens",
        ),
        (
            "It called on supporters to march peacefully to the National Assembly in Luanda on Saturday.",
            "National Assembly",
        ),
        ("Thousands marched towards Uhuru Park, chanting slogans.", "Uhuru Park"),
    ],
)
def test_the_named_end_of_a_march_is_a_site(text: str, site: str) -> None:
    assert [t.text for t in _march_starts(text, [], tiny_gazetteer())] == [site]


@pytest.mark.parametrize(
    "text",
    [
        "Traders marched to the Rivers State police command to demand justice.",  # a longer name goes on
        "Thousands marched to Parliament on Tuesday.",  # a parliament by its common noun (M32)
        "They marched to demand the release of the detainees.",  # no place
    ],
)
def test_no_march_end_where_the_name_goes_on_or_is_common(text: str) -> None:
    assert _march_starts(text, [], tiny_gazetteer()) == []


def test_where_a_march_went_is_the_marchs_own() -> None:
    text = "It called on supporters to march to the National Assembly in Luanda. The strike would resume."
    start = text.index("National")
    assert march_end(text, start, start + len("National Assembly"))
    town = text.index("Luanda")
    assert not march_end(text, town, town + len("Luanda"))
