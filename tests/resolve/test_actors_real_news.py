"""Actor mentions the outside develop halves left unresolved, resolved by entries added for them (route D):
one case per entry, in sentences written for these tests, grouped by the session that added it.

Session 42: South African unions, press and rail (GLOCON), Burundi's FRODEBU, the NYSE and Petrobras, the
Indian National Congress's committees and mohalla (neighbourhood peace) committees in lower-cased Indian
news. Session 43: Indian bodies and press written in lower case (NCERT, ONGC, the Raza Academy; no bare
"raf", which would take the Royal Air Force's "RAF"), South Africa's Agri SA, Burundi's President Ndayizeye,
US bodies of the political news. Session 44: Indian leaders of the early 2000s in lower-case text, the All
India Babri Masjid Action Committee, US figures of the 2016 political news, Zimbabwe's Morgan Tsvangirai.
Session 45: Indian leaders of the early 2000s (a VHP leader, the Shiv Sena chief, Union ministers, chief
ministers, party leaders). Session 48: Indian parties, a Sikh body and public figures.

Sessions 42–43 check the mention as written exactly; from session 44 on, the mention holding the written
words and an identifier on the resolved actor.
"""

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
        # session 42
        (
            "Sadtu members marched to the department's offices on Monday.",
            "Sadtu",
            "South African Democratic Teachers' Union",
        ),
        ("Metrorail said the strike had delayed thousands of commuters.", "Metrorail", "Metrorail"),
        ("Frodebu boycotted the vote, its leader said.", "Frodebu", "Front for Democracy in Burundi"),
        ("Trading on the NYSE was halted for an hour.", "NYSE", "New York Stock Exchange"),
        (
            "meanwhile, the bihar pradesh congress committee (bpcc) met here on saturday.",
            "pradesh congress committee",
            "Indian National Congress",
        ),
        (
            "around 30 mohalla committees exist throughout pune.",
            "mohalla committees",
            "Mohalla committees",
        ),
        # session 43
        (
            "the ncert will revise the history textbooks, officials said.",
            "ncert",
            "National Council of Educational Research and Training",
        ),
        ("ongc workers went on strike at the refinery.", "ongc", "Oil and Natural Gas Corporation"),
        ("the raza academy called for a bandh in mumbai.", "raza academy", "Raza Academy"),
        ("Agri SA condemned the violence in Coligny on Monday.", "Agri SA", "Agri SA"),
        ("Ndayizeye wants to amend the constitution, his spokesman said.", "Ndayizeye", "Domitien Ndayizeye"),
        ("The IRS audited the company's returns last year.", "IRS", "Internal Revenue Service"),
        ("United Airlines said the flight had been cancelled.", "United Airlines", "United Airlines"),
    ],
)
def test_real_news_actors_written_exactly(
    nlp: Language, dictionary: ActorDictionary, text: str, written: str, canonical: str
) -> None:
    found = [a for a in find_actors(nlp(text), dictionary) if a.text == written]
    assert found and found[0].name == canonical


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "written", "canonical"),
    [
        # session 44
        (
            "attorney general soli sorabjee told the court the petition was premature.",
            "soli sorabjee",
            "Soli Sorabjee",
        ),
        ("police commissioner h t sangliana said the curfew would stay.", "sangliana", "H. T. Sangliana"),
        (
            "congress leader shankersinh vaghela demanded an inquiry.",
            "shankersinh vaghela",
            "Shankersinh Vaghela",
        ),
        (
            "the babri masjid action committee will meet in lucknow on sunday.",
            "babri masjid action committee",
            "All India Babri Masjid Action Committee",
        ),
        ("chief minister digvijay singh visited the injured in bhopal.", "digvijay singh", "Digvijay Singh"),
        ("Bobby Scott said he would hire campaign staff this month.", "Bobby Scott", "Bobby Scott"),
        (
            "Morgan Tsvangirai addressed supporters in Harare on Saturday.",
            "Morgan Tsvangirai",
            "Morgan Tsvangirai",
        ),
        # session 45
        ("vhp leader giriraj kishore said the march would go ahead.", "giriraj kishore", "Giriraj Kishore"),
        ("shiv sena chief bal thackeray called for calm in the city.", "bal thackeray", "Bal Thackeray"),
        ("external affairs minister jaswant singh flew to kathmandu.", "jaswant singh", "Jaswant Singh"),
        ("deputy chief minister chhagan bhujbal said the ban held.", "chhagan bhujbal", "Chhagan Bhujbal"),
        ("chief minister jayalalitha ordered an inquiry into the firing.", "jayalalitha", "J. Jayalalithaa"),
        ("ncp chief sharad pawar met the governor on monday.", "sharad pawar", "Sharad Pawar"),
        ("union minister uma bharti asked the marchers to wait.", "uma bharti", "Uma Bharti"),
        ("bjp leader gopinath munde accused the police of bias.", "gopinath munde", "Gopinath Munde"),
        # session 48
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
def test_real_news_actors_with_an_identifier(
    nlp: Language, dictionary: ActorDictionary, text: str, written: str, canonical: str
) -> None:
    found = [a for a in find_actors(nlp(text), dictionary) if a.text and written in a.text]
    assert found and found[0].name == canonical and found[0].identifier is not None


@pytest.mark.slow
def test_ana_is_the_african_news_agency_only_after_its_full_name(
    nlp: Language, dictionary: ActorDictionary
) -> None:
    # "ANA" is also Afghanistan's army and an airline: no bare alias
    alone = "ANA said the talks had failed."
    assert not [a for a in find_actors(nlp(alone), dictionary) if a.name == "African News Agency"]


@pytest.mark.slow
def test_a_bare_cpi_stays_unresolved(nlp: Language, dictionary: ActorDictionary) -> None:
    """No entry takes "CPI": in business news it is the consumer price index."""
    found = find_actors(nlp("Consumer inflation (CPI) rose 5 percent in June."), dictionary)
    assert not [a for a in found if a.text == "CPI" and a.identifier is not None]
