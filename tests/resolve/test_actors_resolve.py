"""find_actors on hand-built sentences: dictionary names, generics, short forms, entities."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import spacy

from eventwire.records import Actor
from eventwire.resolve.actors import ActorDictionary, find_actors

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def _doc(blank: Language, text: str, ents: tuple[tuple[str, str], ...] = ()) -> Doc:
    """A tokenised Doc whose entities are set by hand: (surface, label), first occurrence each."""
    doc = blank(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    return doc


def _check(doc: Doc, actors: list[Actor]) -> None:
    """Offsets index the text, output is sorted and never overlaps, roles are unset."""
    last_end = -1
    for a in actors:
        assert a.start_char is not None and a.end_char is not None
        assert doc.text[a.start_char : a.end_char] == a.text
        assert a.start_char >= last_end, actors
        last_end = a.end_char
        assert a.role is None
        assert a.dictionary_version


def _find(blank: Language, dictionary: ActorDictionary, text: str, *ents: tuple[str, str]) -> list[Actor]:
    doc = _doc(blank, text, ents)
    actors = find_actors(doc, dictionary)
    _check(doc, actors)
    return actors


def _by_text(actors: list[Actor]) -> dict[str, Actor]:
    return {a.text or "": a for a in actors}


# --- dictionary names


def test_find_actors_aliases_and_acronyms_are_case_aware(
    blank: Language, dictionary: ActorDictionary
) -> None:
    actors = _by_text(
        _find(blank, dictionary, "The IRGC and the MEK traded accusations; AP and Reuters reported.")
    )
    assert actors["IRGC"].name == "Islamic Revolutionary Guard Corps"
    assert actors["IRGC"].identifier == "ew:ir-irgc"
    assert actors["MEK"].name == "People's Mojahedin Organization of Iran"
    assert actors["AP"].kind == "media"
    assert actors["Reuters"].identifier == "Q130879"
    lower = _find(blank, dictionary, "we had an irgc-like ap pulled from the mek store")
    assert not any(a.identifier in {"ew:ir-irgc", "ew:ap", "ew:ir-mek"} for a in lower)


def test_find_actors_possessive_and_adjective_forms(blank: Language, dictionary: ActorDictionary) -> None:
    text = "Iran's Revolutionary Guards and Iranian police dispersed the crowd, Iran's judiciary said."
    actors = _by_text(_find(blank, dictionary, text))
    assert actors["Iran's Revolutionary Guards"].identifier == "ew:ir-irgc"
    assert actors["Iranian police"].identifier == "ew:ir-faraja"
    assert actors["Iranian police"].country == "IR"
    assert actors["Iran's judiciary"].name == "Judiciary of Iran"
    assert actors["crowd"].kind == "protesters"


def test_find_actors_short_alias_needs_the_full_name_first(
    blank: Language, dictionary: ActorDictionary
) -> None:
    named = _by_text(
        _find(blank, dictionary, "The Revolutionary Guards said the Guards had fired on gunmen.")
    )
    assert named["the Guards"].identifier == "ew:ir-irgc"
    alone = _find(blank, dictionary, "Prisoners said the Guards had beaten them.")
    assert not any(a.identifier == "ew:ir-irgc" for a in alone)


def test_find_actors_titles_join_the_person(blank: Language, dictionary: ActorDictionary) -> None:
    text = "Supreme Leader Ali Khamenei met Interior Minister Eskandar Momeni and Turkish President Erdogan."
    actors = _by_text(_find(blank, dictionary, text))
    khamenei = actors["Supreme Leader Ali Khamenei"]
    assert (khamenei.name, khamenei.kind, khamenei.country) == ("Ali Khamenei", "state", "IR")
    assert khamenei.identifier == "Q57336"
    assert actors["Interior Minister Eskandar Momeni"].name == "Eskandar Momeni"
    assert actors["Turkish President Erdogan"].name == "Recep Tayyip Erdoğan"


def test_find_actors_surname_after_full_name(blank: Language, dictionary: ActorDictionary) -> None:
    text = "Mir Hossein Mousavi called for a referendum. Later, Mr. Mousavi was placed under house arrest."
    actors = _find(blank, dictionary, text)
    names = [(a.text, a.name) for a in actors if a.name == "Mir Hossein Mousavi"]
    assert names == [("Mir Hossein Mousavi", "Mir Hossein Mousavi"), ("Mr. Mousavi", "Mir Hossein Mousavi")]


def test_find_actors_unknown_person_surname_and_title_kind(
    blank: Language, dictionary: ActorDictionary
) -> None:
    text = "Judge Kamran Farzadi sentenced the activists. Farzadi said the verdict was final."
    actors = _find(blank, dictionary, text, ("Kamran Farzadi", "PERSON"))
    judge = [a for a in actors if a.name == "Kamran Farzadi"]
    assert [a.text for a in judge] == ["Judge Kamran Farzadi", "Farzadi"]
    assert all(a.kind == "judiciary" and a.identifier is None for a in judge)


@pytest.mark.parametrize("site", ["Castellon Prison", "Karoo Highway"])
def test_find_actors_a_site_the_tagger_calls_a_person_is_no_actor(
    blank: Language, dictionary: ActorDictionary, site: str
) -> None:
    # nor is its last word a surname to find again ("Valencia Central Prison" before it)
    text = f"She died in Valencia Central Prison. The second man died in the city's {site} on 20 June."
    actors = _find(blank, dictionary, text, (site, "PERSON"))
    assert not any(site.split()[-1] in (a.text or "") or a.name == site for a in actors), actors


def test_find_actors_acronym_defined_in_parentheses(blank: Language, dictionary: ActorDictionary) -> None:
    text = (
        "Guards detained 12 people, the Human Rights Activists News Agency (HRANA) said. "
        "The Union of Tehran Bakery Workers (UTBW) called a strike. "
        "UTBW and HRANA said more arrests followed."
    )
    actors = _find(blank, dictionary, text)
    hrana = [a for a in actors if a.identifier == "ew:ir-hrana"]
    assert [a.text for a in hrana] == ["Human Rights Activists News Agency", "HRANA", "HRANA"]
    utbw = [a for a in actors if a.name == "Union of Tehran Bakery Workers"]
    assert [a.text for a in utbw] == ["Union of Tehran Bakery Workers", "UTBW", "UTBW"]
    assert all(a.kind == "labor" and a.identifier is None for a in utbw)


@pytest.mark.parametrize(
    ("text", "long_form", "acronym"),
    [
        (
            "Rassemblement pour la Démocratie (RPD) – Executive Secretariat. The RPD will organise marches.",
            "Rassemblement pour la Démocratie",
            "RPD",
        ),
        (
            "The Frente de Libertação (FdL) blocked roads. The FdL said it would go on.",
            "Frente de Libertação",
            "FdL",
        ),
        (
            "Supporters of the Partido dos Operários Unidos (POU) marched. POU leaders spoke.",
            "Partido dos Operários Unidos",
            "POU",
        ),
    ],
)
def test_find_actors_acronym_keeps_the_particles_of_a_romance_name(
    blank: Language, dictionary: ActorDictionary, text: str, long_form: str, acronym: str
) -> None:
    actors = _find(blank, dictionary, text)
    named = [a for a in actors if a.name == long_form]
    assert [a.text for a in named] == [long_form, acronym, acronym]


def test_find_actors_acronym_must_spell_every_capitalised_word(
    blank: Language, dictionary: ActorDictionary
) -> None:
    # "Coalition for the Future" cannot give "CPF": no word starts with a P
    actors = _find(blank, dictionary, "The Coalition for the Future (CPF) met on Wednesday.")
    assert not [a for a in actors if a.name == "Coalition for the Future"]


@pytest.mark.parametrize(
    ("written", "identifier"),
    [
        ("The Bolivian Workers' Centre said it would march.", "ew:bo-cob"),
        ("Fighters of the Tigray Defence Forces advanced.", "ew:et-tdf"),
        ("The Centre of Indian Trade Unions called a strike.", "ew:in-citu"),
        ("The Center of Indian Trade Unions called a strike.", "ew:in-citu"),
    ],
)
def test_find_actors_british_and_american_spellings_match(
    blank: Language, dictionary: ActorDictionary, written: str, identifier: str
) -> None:
    actors = _find(blank, dictionary, written)
    hit = [a for a in actors if a.identifier == identifier]
    assert hit, actors
    assert hit[0].text is not None and hit[0].text in written  # offsets stay those of the written form


def test_find_actors_common_party_name_abroad_stays_unresolved(
    blank: Language, dictionary: ActorDictionary
) -> None:
    text = (
        "Congolese police arrested 30 members of the Democratic Party in Kinshasa on Monday. "
        "DR Congo's government denied it. The Labour Party said the arrests were illegal."
    )
    actors = _by_text(_find(blank, dictionary, text))
    assert actors["Democratic Party"].identifier is None and actors["Democratic Party"].country is None
    assert actors["Labour Party"].identifier is None
    # at home, the dictionary's entry stands
    home = _by_text(_find(blank, dictionary, "The Democratic Party won the US Senate race in Ohio."))
    assert home["Democratic Party"].identifier is not None


def test_find_actors_a_common_party_name_gives_the_story_no_country(
    blank: Language, dictionary: ActorDictionary
) -> None:
    # "Democratic Party" twice says nothing of where the story is: the police stay generic
    text = (
        "The Democratic Party said police had fired tear gas at its rally in the capital. "
        "Police said 20 people were detained. The Democratic Party called a new march for Friday."
    )
    police = [a for a in _find(blank, dictionary, text) if a.kind == "security_forces"]
    assert police and all(a.country != "US" for a in police)


# --- generic actors


@pytest.mark.parametrize(
    ("text", "mention", "name", "kind", "country"),
    [
        (
            "Iranian security forces fired on the crowd.",
            "Iranian security forces",
            "Security forces",
            "security_forces",
            "IR",
        ),
        (
            "Iraq's security forces opened fire.",
            "Iraq's security forces",
            "Security forces",
            "security_forces",
            "IQ",
        ),
        ("Security forces opened fire.", "Security forces", "Security forces", "security_forces", None),
        (
            "Plainclothes agents beat them.",
            "Plainclothes agents",
            "Plainclothes agents",
            "security_forces",
            None,
        ),
        ("Riot police charged.", "Riot police", "Riot police", "security_forces", None),
        ("Soldiers were deployed.", "Soldiers", "Military", "security_forces", None),
        ("Residents said the power was cut.", "Residents", "Residents", "civilians", None),
        ("A senior lawmaker said so.", "senior lawmaker", "Lawmakers", "state", None),
        ("It angered an MP from Tabriz.", "MP", "Lawmakers", "state", None),
        ("Rights groups condemned it.", "Rights groups", "Rights groups", "rights_group", None),
        ("Unidentified gunmen attacked a checkpoint.", "Unidentified gunmen", "Gunmen", "armed_group", None),
        ("State media said calm had returned.", "State media", "State media", "media", None),
        ("Officials denied it.", "Officials", "Authorities", "state", None),
        ("Striking teachers rallied.", "Striking teachers", "Teachers", "labor", None),
        ("Retired teachers rallied.", "Retired teachers", "Pensioners", "labor", None),
        ("Witnesses said shots were fired.", "Witnesses", "Witnesses", "civilians", None),
    ],
)
def test_find_actors_generic(
    blank: Language,
    dictionary: ActorDictionary,
    text: str,
    mention: str,
    name: str,
    kind: str,
    country: str | None,
) -> None:
    actors = _by_text(_find(blank, dictionary, text))
    assert mention in actors, actors
    actor = actors[mention]
    assert (actor.name, actor.kind, actor.country) == (name, kind, country)
    assert actor.identifier is not None and actor.identifier.startswith("ew:generic-")


def test_find_actors_generic_maps_to_a_country_entry(blank: Language, dictionary: ActorDictionary) -> None:
    actors = _by_text(
        _find(blank, dictionary, "The government of Iraq and the Turkish government disagreed.")
    )
    assert actors["government"].identifier == "ew:iq-government"
    assert actors["Turkish government"].identifier == "ew:tr-government"


@pytest.mark.parametrize(
    ("text", "mention", "identifier"),
    [
        (
            "Senegalese gendarmes fired tear gas at students in Dakar.",
            "Senegalese gendarmes",
            "ew:sn-gendarmerie",
        ),
        (
            "In Guinea, gendarmes were deployed as Guinea's junta banned the march.",
            "gendarmes",
            "ew:gn-gendarmerie",
        ),
        ("Gendarmes fired tear gas at the marchers.", "Gendarmes", "ew:generic-gendarmerie"),
    ],
)
def test_find_actors_gendarmes_are_the_gendarmerie_not_the_police(
    blank: Language, dictionary: ActorDictionary, text: str, mention: str, identifier: str
) -> None:
    # a gendarmerie is its own force (a military police), not the country's police
    actor = _by_text(_find(blank, dictionary, text))[mention]
    assert actor.kind == "security_forces"
    assert "police" not in actor.name.lower(), actor
    assert actor.identifier == identifier


@pytest.mark.parametrize(
    ("text", "mention", "identifier"),
    [
        (
            "Azerbaijan's Interior Ministry said the rally in Baku was unauthorised.",
            "Azerbaijan's Interior Ministry",
            "ew:az-interior",
        ),
        ("ETECSA denied that it had cut mobile data in Holguín.", "ETECSA", "ew:cu-etecsa"),
        (
            "The State Intelligence and Security Service of Angola detained two activists.",
            "State Intelligence and Security Service of Angola",
            "ew:ao-sinse",
        ),
    ],
)
def test_find_actors_main_institutions_of_thinly_covered_countries(
    blank: Language, dictionary: ActorDictionary, text: str, mention: str, identifier: str
) -> None:
    assert _by_text(_find(blank, dictionary, text))[mention].identifier == identifier


# --- entities the dictionary does not know


@pytest.mark.parametrize(
    ("surface", "label", "kind"),
    [
        ("Ministry of Roads and Urban Development", "ORG", "state"),
        ("Tabriz Police Command", "ORG", "security_forces"),
        ("Kurdistan Green Party", "ORG", "political_party"),
        ("Zagros News Agency", "ORG", "media"),
        ("Sunrise Holdings", "ORG", "unknown"),
    ],
)
def test_find_actors_entity_kind_cues(
    blank: Language, dictionary: ActorDictionary, surface: str, label: str, kind: str
) -> None:
    actors = _by_text(_find(blank, dictionary, f"The {surface} said on Monday.", (surface, label)))
    actor = actors[surface]
    assert (actor.name, actor.kind, actor.identifier) == (surface, kind, None)


def test_find_actors_person_entity_with_country_title(blank: Language, dictionary: ActorDictionary) -> None:
    text = "Iranian Foreign Minister Dariush Kaveh said talks would go on."
    actor = _by_text(_find(blank, dictionary, text, ("Dariush Kaveh", "PERSON")))[
        "Iranian Foreign Minister Dariush Kaveh"
    ]
    assert (actor.name, actor.kind, actor.country) == ("Dariush Kaveh", "state", "IR")


def test_find_actors_known_entity_prefers_dictionary(blank: Language, dictionary: ActorDictionary) -> None:
    actors = _find(blank, dictionary, "Human Rights Watch said so.", ("Human Rights Watch", "ORG"))
    assert [(a.text, a.identifier) for a in actors] == [("Human Rights Watch", "ew:hrw")]


def test_find_actors_adjective_norp_is_not_an_actor(blank: Language, dictionary: ActorDictionary) -> None:
    doc = _doc(blank, "Kurdish towns went on strike.")
    doc.ents = [doc.char_span(0, 7, label="NORP")]
    doc[0].pos_ = "ADJ"
    assert find_actors(doc, dictionary) == []


def test_find_actors_prefers_longest_without_overlap(blank: Language, dictionary: ActorDictionary) -> None:
    text = (
        "The Islamic Revolutionary Guard Corps Intelligence Organization said "
        "Baluch protesters and UN experts met."
    )
    actors = [(a.text, a.identifier) for a in _find(blank, dictionary, text)]
    assert actors == [
        ("Islamic Revolutionary Guard Corps Intelligence Organization", "ew:ir-irgc-intelligence"),
        ("Baluch protesters", "ew:generic-protesters"),
        ("UN experts", "ew:generic-international-community"),
    ]


def test_find_actors_empty_document(blank: Language, dictionary: ActorDictionary) -> None:
    assert find_actors(blank(""), dictionary) == []


# --- with the spaCy model


ARTICLE = (
    "TEHRAN (Wire) — Iranian security forces fired tear gas at hundreds of retired teachers who "
    "gathered outside parliament on Sunday, the Human Rights Activists News Agency (HRANA) said.\n\n"
    'Interior Minister Eskandar Momeni told state television that "rioters" had attacked police. '
    "Momeni said the Basij had not been deployed.\n\n"
    "Amnesty International called on the authorities to release those held. Witnesses said "
    "plainclothes agents beat several women, HRANA reported."
)


@pytest.mark.slow
def test_find_actors_with_model(nlp: Language, dictionary: ActorDictionary) -> None:
    doc = nlp(ARTICLE)
    actors = find_actors(doc, dictionary)
    _check(doc, actors)
    found = {(a.text, a.name) for a in actors}
    assert ("Iranian security forces", "Security forces") in found
    assert ("retired teachers", "Pensioners") in found
    assert ("Human Rights Activists News Agency", "Human Rights Activists News Agency") in found
    assert ("Interior Minister Eskandar Momeni", "Eskandar Momeni") in found
    assert ("Momeni", "Eskandar Momeni") in found
    assert ("Basij", "Basij") in found
    assert ("Amnesty International", "Amnesty International") in found
    assert ("plainclothes agents", "Plainclothes agents") in found
    assert [a.text for a in actors if a.identifier == "ew:ir-hrana"].count("HRANA") == 2
    by_text = {a.text: a for a in actors}
    assert by_text["Iranian security forces"].country == "IR"
    assert by_text["rioters"].kind == "protesters"


@pytest.mark.slow
def test_find_actors_model_entities_become_speakers(nlp: Language, dictionary: ActorDictionary) -> None:
    text = (
        "Hamid Rezaei, a spokesman for the Khuzestan Water Ministry office, said the dam was safe. "
        "Rezaei added that the Tehran Bus Drivers Association had called off its strike."
    )
    doc = nlp(text)
    actors = find_actors(doc, dictionary)
    _check(doc, actors)
    persons = [a for a in actors if a.name == "Hamid Rezaei"]
    assert [a.text for a in persons] == ["Hamid Rezaei", "Rezaei"]
    orgs = {a.name: a.kind for a in actors if a.identifier is None and a.name != "Hamid Rezaei"}
    assert orgs.get("Khuzestan Water Ministry") == "state" or any(
        k == "state" for n, k in orgs.items() if "Ministry" in n
    )


def test_find_actors_leaves_place_names_to_places(blank: Language, dictionary: ActorDictionary) -> None:
    text = "SHIRAZ, Iran (Wire) — Crowds gathered in Tabriz and Zugdidi, and police in Iraq fired."
    actors = _find(blank, dictionary, text, ("SHIRAZ", "ORG"), ("Tabriz", "PERSON"), ("Zugdidi", "ORG"))
    assert [(a.text, a.country) for a in actors] == [("Crowds", None), ("police", "IQ")]
    assert actors[1].identifier == "ew:iq-police"


def test_find_actors_norp_nouns_become_people(blank: Language, dictionary: ActorDictionary) -> None:
    text = "Afghans and Zoroastrians joined the march."
    actors = _find(blank, dictionary, text, ("Afghans", "NORP"), ("Zoroastrians", "NORP"))
    assert [(a.text, a.kind, a.country, a.identifier) for a in actors] == [
        ("Afghans", "civilians", "AF", None),
        ("Zoroastrians", "unknown", None, None),
    ]


def test_find_actors_title_inside_a_person_entity(blank: Language, dictionary: ActorDictionary) -> None:
    text = "Hojatoleslam Reza Tavakoli said the sermon was cancelled."
    actors = _find(blank, dictionary, text, ("Hojatoleslam Reza Tavakoli", "PERSON"))
    assert [(a.text, a.name, a.kind) for a in actors] == [
        ("Hojatoleslam Reza Tavakoli", "Reza Tavakoli", "religious")
    ]


def test_find_actors_common_surname_needs_the_full_name(blank: Language, dictionary: ActorDictionary) -> None:
    alone = _find(blank, dictionary, "A local official named Mousavi denied the report.")
    assert not any(a.identifier == "ew:ir-mir-hossein-mousavi" for a in alone)
    dawn = _find(blank, dictionary, "Dawn raids were reported.")
    assert not any(a.identifier == "ew:pk-dawn" for a in dawn)


def test_find_actors_idioms_are_not_groups(blank: Language, dictionary: ActorDictionary) -> None:
    text = "Unions joined forces with students; the chief executive officer said officers fired."
    actors = [(a.text, a.name) for a in _find(blank, dictionary, text)]
    assert actors == [("Unions", "Trade unions"), ("students", "Students"), ("officers", "Police")]


def test_find_actors_acronym_defined_in_article_beats_dictionary_reading(
    blank: Language, dictionary: ActorDictionary
) -> None:
    text = "Fighters of the Rapid Support Forces (RSF) shelled the market. Later the RSF attacked a hospital."
    actors = _find(blank, dictionary, text)
    rsf = [a for a in actors if a.text == "RSF"]
    assert len(rsf) == 2
    assert {a.name for a in rsf} == {"Rapid Support Forces"}
    # with no definition in the text, the dictionary's reading stands
    other = _find(blank, dictionary, "Reporters said the RSF condemned the arrest of a journalist.")
    assert [a.name for a in other if a.text == "RSF"] == ["Reporters Without Borders"]


def test_find_actors_a_country_before_an_attack_noun_is_its_military(
    blank: Language, dictionary: ActorDictionary
) -> None:
    text = (
        "Israeli air strikes hit the town; Russia's missile attacks continued and a US drone strike followed."
    )
    actors = _by_text(_find(blank, dictionary, text))
    assert actors["Israeli"].identifier == "ew:il-idf"
    assert actors["Russia"].kind == "security_forces" and actors["Russia"].country == "RU"
    assert actors["US"].name == "United States Armed Forces"
    plain = _find(blank, dictionary, "The US-led coalition and Iranian diplomats met in Geneva.")
    assert not any(a.text == "US" for a in plain)


def test_find_actors_generic_institution_of_the_article_country(
    blank: Language, dictionary: ActorDictionary
) -> None:
    text = (
        "Pakistan's government banned the march. Pakistani officials said the telecommunications "
        "authority had suspended mobile internet and that the ruling party would hold its own rally."
    )
    actors = _by_text(_find(blank, dictionary, text))
    assert actors["telecommunications authority"].name == "Pakistan Telecommunication Authority"
    assert actors["ruling party"].name == "Pakistan Muslim League-Nawaz"
    alone = _by_text(_find(blank, dictionary, "The telecommunications authority suspended mobile internet."))
    assert alone["telecommunications authority"].name == "Telecommunications regulator"


def test_find_actors_no_focus_when_countries_are_mixed(blank: Language, dictionary: ActorDictionary) -> None:
    text = (
        "Iraq and Iran traded accusations; Iraqi and Iranian officials met "
        "while the interior ministry said nothing."
    )
    actors = _by_text(_find(blank, dictionary, text))
    assert actors["interior ministry"].name == "Interior ministry"


def test_find_actors_a_shared_acronym_by_its_context(blank: Language, dictionary: ActorDictionary) -> None:
    armed = _by_text(_find(blank, dictionary, "RSF fighters entered the town."))
    assert armed["RSF"].name == "Rapid Support Forces"
    press = _by_text(_find(blank, dictionary, "RSF said two reporters were detained."))
    assert press["RSF"].name == "Reporters Without Borders"


def test_find_actors_the_army_of_the_article_country(blank: Language, dictionary: ActorDictionary) -> None:
    text = (
        "Fighting spread across Sudan on Monday. Sudanese officials said the army had retaken the bridge "
        "and that troops were advancing."
    )
    actors = _by_text(_find(blank, dictionary, text))
    assert actors["army"].name == "Sudanese Armed Forces"
    alone = _by_text(_find(blank, dictionary, "The army said it had retaken the bridge."))
    assert alone["army"].name == "Military"


def test_find_actors_the_military_government_is_one_government(
    blank: Language, dictionary: ActorDictionary
) -> None:
    actors = _by_text(_find(blank, dictionary, "A spokesman for the military government denied the report."))
    assert actors["the military government"].name == "Government"


@pytest.mark.parametrize(
    ("text", "said", "institution"),
    [
        (
            "Sudan's war ground on. Sudanese troops held the town; an army spokesman said a depot was hit.",
            "army spokesman",
            "Sudanese Armed Forces",
        ),
        (
            "Kenya braced for marches. Kenyan officials met unions; a police spokesman said 30 were held.",
            "police spokesman",
            "National Police Service",
        ),
    ],
)
def test_find_actors_an_institution_spokesman_speaks_for_the_country_body(
    blank: Language, dictionary: ActorDictionary, text: str, said: str, institution: str
) -> None:
    actors = _by_text(_find(blank, dictionary, text))
    spokesman = next(a for t, a in actors.items() if t.endswith(said))
    assert spokesman.name == institution
    assert said in " ".join(spokesman.aliases)  # the written words stay a name it goes by


def test_find_actors_a_spokesman_without_a_story_country_stays_generic(
    blank: Language, dictionary: ActorDictionary
) -> None:
    actors = _by_text(_find(blank, dictionary, "An army spokesman denied the report."))
    spokesman = next(a for t, a in actors.items() if t.endswith("army spokesman"))
    assert spokesman.name == "Military officials"


def test_find_actors_a_shared_acronym_is_the_body_named_in_full(
    blank: Language, dictionary: ActorDictionary
) -> None:
    text = (
        "Shelling by the Rapid Support Forces hit a camp near the city on Monday. "
        "The RSF said it had targeted army positions."
    )
    actors = _by_text(_find(blank, dictionary, text))
    assert actors["RSF"].name == "Rapid Support Forces"
    press = "Reporters Without Borders condemned the arrests. RSF said the two were held without charge."
    assert _by_text(_find(blank, dictionary, press))["RSF"].name == "Reporters Without Borders"


def test_find_actors_the_story_country_from_the_bodies_it_names(
    blank: Language, dictionary: ActorDictionary
) -> None:
    text = (
        "PORT SUDAN, May 2 - Shelling by the Rapid Support Forces hit a camp near El Fasher. "
        "The RSF denied it, and an army spokesman said the town was calm."
    )
    actors = _by_text(_find(blank, dictionary, text))
    assert actors["army spokesman"].name == "Sudanese Armed Forces"
    mixed = "The Rapid Support Forces and Hamas traded statements; an army spokesman said nothing."
    assert _by_text(_find(blank, dictionary, mixed))["army spokesman"].name == "Military officials"


def test_a_body_tagged_as_a_person_lends_no_surname_to_its_country(
    blank: Language, dictionary: ActorDictionary
) -> None:
    # spaCy sometimes tags a short union name as a PERSON; the dictionary entry it resolves to is a
    # body, so the last word of its full name ("... of Panama") is no surname to find again
    text = "Asoprof said police detained 14 teachers. Panama has seen weeks of protests."
    doc = _doc(blank, text, (("Asoprof", "PERSON"), ("Panama", "GPE")))
    actors = find_actors(doc, dictionary)
    _check(doc, actors)
    union = [a for a in actors if a.name == "Association of Teachers of the Republic of Panama"]
    assert [a.text for a in union] == ["Asoprof"]
    assert not any(a.text == "Panama" and a.kind == "labor" for a in actors)


@pytest.mark.parametrize(
    ("text", "long_form", "acronym"),
    [
        (
            "Police detained three members of the Union for Democratic Renewal (URD) in Niamey. "
            "The URD said they were beaten.",
            "Union for Democratic Renewal",
            "URD",
        ),
        (
            "The National Human Rights Observatory (ONDH) counted 40 arrests. ONDH lawyers visited them.",
            "National Human Rights Observatory",
            "ONDH",
        ),
        (
            "A statement from the Federal Workers Front (FTF) called a strike. FTF said it would continue.",
            "Federal Workers Front",
            "FTF",
        ),
    ],
)
def test_find_actors_acronym_of_the_name_in_its_own_language(
    blank: Language, dictionary: ActorDictionary, text: str, long_form: str, acronym: str
) -> None:
    # the English name is given with the acronym of the original ("Union pour le Renouveau Démocratique")
    actors = _find(blank, dictionary, text)
    named = [a for a in actors if a.name == long_form]
    assert [a.text for a in named] == [long_form, acronym, acronym]


def test_find_actors_translated_acronym_needs_two_named_words_sharing_its_letters(
    blank: Language, dictionary: ActorDictionary
) -> None:
    # one capitalised word, or initials without the acronym's first letter, define nothing
    actors = _find(blank, dictionary, "Shelling hit Goma (RDF) on Monday. The Lake Kivu Port (ZZP) closed.")
    assert not [a for a in actors if a.name in ("Goma", "Lake Kivu Port")]


def test_find_actors_a_city_named_with_a_country_adjective_is_no_mention_of_that_country(
    blank: Language, dictionary: ActorDictionary
) -> None:
    text = (
        "SPANISH TOWN, Jamaica - Residents of Spanish Town blocked roads after police shot a man. "
        "Soldiers cleared the barricades in Spanish Town, the first such operation in Jamaica this year."
    )
    actors = _by_text(_find(blank, dictionary, text))
    assert actors["police"].name == "Jamaica Constabulary Force"
    assert actors["Soldiers"].name == "Jamaica Defence Force"
    assert "Police" in actors["police"].aliases  # the generic name rides along


def test_find_actors_a_country_adjective_before_a_common_noun_still_counts(
    blank: Language, dictionary: ActorDictionary
) -> None:
    text = "Gambian police dispersed the march. The Gambian government said police had acted lawfully."
    actors = _by_text(_find(blank, dictionary, text))
    assert actors["police"].name == "Gambia Police Force"


def test_a_title_before_an_organisation_noun_names_no_judge(
    blank: Language, dictionary: ActorDictionary
) -> None:
    # "Justice" before "Monitor": a monitoring group's name, not a judge called Monitor
    text = "Five men were hanged on Tuesday, Iran Justice Monitor has documented."
    found = find_actors(_doc(blank, text, (("Monitor", "PERSON"),)), dictionary)
    assert found and all(a.kind != "judiciary" for a in found), found


def test_a_title_before_a_surname_still_names_its_holder(
    blank: Language, dictionary: ActorDictionary
) -> None:
    text = "Chief Justice Wanjala said the appeal would be heard on Monday."
    found = find_actors(_doc(blank, text, (("Wanjala", "PERSON"),)), dictionary)
    assert [a.kind for a in found if a.name == "Wanjala"] == ["judiciary"], found
