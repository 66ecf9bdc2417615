"""Session 48: Indian parties, a Sikh body and public figures the outside develop halves name in
lower-case text and leave unresolved (sentences written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.actors import ActorDictionary, find_actors

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "written", "canonical"),
    [
        ("the jd(u) walked out of the house on tuesday.", "jd(u)", "Janata Dal (United)"),
        ("the inld said it would back the bandh call.", "inld", "Indian National Lok Dal"),
        ("the ljp would contest every seat in the state, he said.", "ljp", "Lok Janshakti Party"),
        (
            "the sgpc asked the government to reopen the gurdwara.",
            "sgpc",
            "Shiromani Gurdwara Parbandhak Committee",
        ),
        ("madan lal khurana led the delegation to the governor.", "madan lal khurana", "Madan Lal Khurana"),
        ("syed shahabuddin urged muslims to stay calm.", "syed shahabuddin", "Syed Shahabuddin"),
        ("syed ahmed bukhari asked worshippers to disperse.", "ahmed bukhari", "Syed Ahmed Bukhari"),
        ("julio ribeiro said the police had failed the victims.", "julio ribeiro", "Julio Ribeiro"),
        ("party spokesperson jaipal reddy said the vote was a farce.", "jaipal reddy", "S. Jaipal Reddy"),
        ("bjp spokesman v k malhotra said the talks had failed.", "v k malhotra", "V. K. Malhotra"),
        ("activist teesta setalvad asked the court to step in.", "teesta setalvad", "Teesta Setalvad"),
        (
            "cpm general secretary harkishan singh surjeet spoke first.",
            "harkishan singh surjeet",
            "Harkishan Singh Surjeet",
        ),
        ("ab bardhan said the front would hold.", "ab bardhan", "A. B. Bardhan"),
        ("salman khursheed said the party backed the march.", "salman khursheed", "Salman Khurshid"),
        (
            "ibrahim sulaiman sait asked muslims to pray for peace.",
            "ibrahim sulaiman sait",
            "Ebrahim Sulaiman Sait",
        ),
        ("leader of the opposition narayan rane walked out.", "narayan rane", "Narayan Rane"),
    ],
)
def test_real_news_actors_of_the_develop_halves_s48(
    nlp: Language, dictionary: ActorDictionary, text: str, written: str, canonical: str
) -> None:
    found = [a for a in find_actors(nlp(text), dictionary) if a.text and written in a.text]
    assert found and found[0].name == canonical and found[0].identifier is not None


@pytest.mark.slow
def test_a_bare_cpi_stays_unresolved(nlp: Language, dictionary: ActorDictionary) -> None:
    """No entry takes "CPI": in business news it is the consumer price index."""
    found = find_actors(nlp("Consumer inflation (CPI) rose 5 percent in June."), dictionary)
    assert not [a for a in found if a.text == "CPI" and a.identifier is not None]
