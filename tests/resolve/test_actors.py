"""The actor dictionary: loading, overlays, versions, lookup, ACLED codes and data quality."""

from __future__ import annotations

import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pycountry
import pytest
import yaml

from eventwire.errors import ResolutionError
from eventwire.records import ACTOR_KINDS
from eventwire.resolve.actor_match import fold
from eventwire.resolve.actors import ACLED_INTER, ActorDictionary


def _manifest() -> dict[str, object]:
    text = resources.files("eventwire.data.actors").joinpath("manifest.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- loading and version


def test_actors_load_packaged_version_and_size(dictionary: ActorDictionary) -> None:
    assert dictionary.version == _manifest()["version"]
    assert len(dictionary.entries) >= 300
    countries = {e.country for e in dictionary.entries if e.country}
    assert len(countries) >= 15
    assert {"IR", "IQ", "SY", "TR", "EG", "SD", "BY", "RU", "MM", "CN", "PK", "NG", "VE", "FR"} <= countries
    assert len(dictionary.generics) >= 30


def test_actors_every_emitted_actor_carries_identifier_and_version(dictionary: ActorDictionary) -> None:
    for entry in [*dictionary.entries, *dictionary.generics]:
        actor = dictionary.actor(entry)
        assert actor.identifier
        assert actor.dictionary_version == dictionary.version
        assert actor.role is None


def test_actors_identifier_is_qid_or_key(dictionary: ActorDictionary) -> None:
    un = dictionary.lookup("United Nations")
    assert un is not None and un.identifier == "Q1065"
    basij = dictionary.lookup("Basij")
    assert basij is not None and basij.identifier == "ew:ir-basij"


# --- overlays


def test_actors_overlay_extends_without_touching_package(tmp_path: Path) -> None:
    extra = _write(
        tmp_path,
        "mine.yaml",
        "actors:\n"
        "  - {key: xx-neighbourhood-council, name: Neighbourhood Council of Testville, kind: state,"
        " country: IR, aliases: [NCT]}\n",
    )
    extended = ActorDictionary.load([extra])
    found = extended.lookup("NCT")
    assert found is not None and found.name == "Neighbourhood Council of Testville"
    assert found.identifier == "ew:xx-neighbourhood-council"
    assert ActorDictionary.load().lookup("NCT") is None
    assert len(extended.entries) == len(ActorDictionary.load().entries) + 1


def test_actors_overlay_overrides_by_key_and_by_name(tmp_path: Path) -> None:
    extra = _write(
        tmp_path,
        "override.yaml",
        "actors:\n"
        "  - {key: ir-basij, name: Basij Organization, kind: armed_group, country: IR, aliases: [Basij]}\n"
        "  - {key: my-hrw, name: Human Rights Watch, kind: international, country: null, aliases: [HRW]}\n",
    )
    base = ActorDictionary.load()
    over = ActorDictionary.load([extra])
    basij = over.lookup("Basij")
    assert basij is not None and basij.kind == "armed_group" and basij.name == "Basij Organization"
    assert over.lookup("Basij militia") is None  # the old entry's aliases went with it
    hrw = over.lookup("HRW")
    assert hrw is not None and hrw.kind == "international" and hrw.identifier == "ew:my-hrw"
    assert len(over.entries) == len(base.entries)


def test_actors_version_combines_package_and_user_hash(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.yaml", "actors:\n  - {name: Alpha Group, kind: armed_group}\n")
    b = _write(tmp_path, "b.yaml", "actors:\n  - {name: Beta Group, kind: armed_group}\n")
    packaged = str(_manifest()["version"])
    va = ActorDictionary.load([a]).version
    assert va.startswith(packaged + "+user.") and va != packaged
    assert ActorDictionary.load([a]).version == va
    assert ActorDictionary.load([b]).version != va
    assert ActorDictionary.load([a, b]).version not in {va, ActorDictionary.load([b]).version}


def test_actors_overlay_generics_and_countries(tmp_path: Path) -> None:
    extra = _write(
        tmp_path,
        "g.yaml",
        "generics:\n  - {key: fishermen, name: Fishermen, kind: labor, patterns: [fishermen]}\n"
        "countries:\n  FJ: {names: [Fiji], adjectives: [Fijian]}\n",
    )
    d = ActorDictionary.load([extra])
    fishermen = d.lookup("Fijian fishermen")
    assert fishermen is not None and fishermen.name == "Fishermen" and fishermen.country == "FJ"


def test_actors_generic_aliases_ride_on_every_mention(tmp_path: Path, dictionary: ActorDictionary) -> None:
    extra = _write(
        tmp_path,
        "g.yaml",
        "generics:\n  - {key: fishermen, name: Fishermen, kind: labor, patterns: [fishermen, trawlermen],"
        " aliases: [fishers, Fishermen]}\n",
    )
    fishermen = ActorDictionary.load([extra]).lookup("trawlermen")
    assert fishermen is not None and fishermen.aliases == ("fishers",)  # the name itself is not repeated
    merchants = dictionary.lookup("shopkeepers")
    assert merchants is not None and {"traders", "shopkeepers"} <= set(merchants.aliases)
    kolbars = dictionary.lookup("Kurdish porters")
    assert kolbars is not None and kolbars.name == "Kolbars"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("generics: [{name: X, kind: labor, patterns: [x], also: [y]}]", "E402"),
        ("actors: [{name: X, kind: pirates}]", "E403"),
        ("actors: [{name: X, kind: state, country: Iran}]", "E404"),
        ("actors: [{name: X, kind: state, qid: 12}]", "E405"),
        ("actors: [{kind: state}]", "E402"),
        ("actors: [unclosed", "E401"),
    ],
)
def test_actors_bad_user_file_raises_coded_error(tmp_path: Path, text: str, code: str) -> None:
    path = _write(tmp_path, "bad.yaml", text)
    with pytest.raises(ResolutionError) as info:
        ActorDictionary.load([path])
    assert info.value.code == code


def test_actors_missing_user_file_raises(tmp_path: Path) -> None:
    with pytest.raises(ResolutionError) as info:
        ActorDictionary.load([tmp_path / "nope.yaml"])
    assert info.value.code == "E406"


# --- lookup


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("IRGC", "Islamic Revolutionary Guard Corps"),
        ("irgc", "Islamic Revolutionary Guard Corps"),
        ("Revolutionary Guards", "Islamic Revolutionary Guard Corps"),
        ("the U.N.", "United Nations"),
        ("MEK", "People's Mojahedin Organization of Iran"),
        ("PMOI", "People's Mojahedin Organization of Iran"),
        ("Mujahedin-e Khalq", "People's Mojahedin Organization of Iran"),
        ("human rights watch", "Human Rights Watch"),
        ("HRANA", "Human Rights Activists News Agency"),
        ("Hengaw", "Hengaw Organization for Human Rights"),
        ("Viasna", "Viasna Human Rights Centre"),
        ("OVD-Info", "OVD-Info"),
        ("AAPP", "Assistance Association for Political Prisoners"),
        ("Erdogan", "Recep Tayyip Erdoğan"),
        ("Supreme Leader Ali Khamenei", "Ali Khamenei"),
        ("Interior Minister Ahmad Vahidi", "Ahmad Vahidi"),
        ("Iranian police", "Law Enforcement Command of the Islamic Republic of Iran"),
        ("Iran's judiciary", "Judiciary of Iran"),
        ("teachers", "Teachers"),
        # session 5: countries with frequent unrest and thin coverage
        ("TPNPB", "West Papua National Liberation Army"),
        ("Free Papua Movement", "Free Papua Movement"),
        ("BEM SI", "All-Indonesia Student Executive Body"),
        ("Alliance pour la République", "Alliance for the Republic"),
        ("Tunisian League for Human Rights", "Tunisian League for Human Rights"),
        ("AMDH", "Moroccan Association for Human Rights"),
        ("Pachakutik", "Pachakutik"),
        ("Six Federations of the Tropic of Cochabamba", "Six Federations of the Tropics of Cochabamba"),
        ("KNB", "National Security Committee of Kazakhstan"),
        ("takfiri elements", "Militants"),
        ("security units", "Security forces"),
    ],
)
def test_actors_lookup(dictionary: ActorDictionary, name: str, canonical: str) -> None:
    actor = dictionary.lookup(name)
    assert actor is not None, name
    assert actor.name == canonical
    assert actor.text is None and actor.start_char is None


def test_actors_lookup_generic_with_country(dictionary: ActorDictionary) -> None:
    actor = dictionary.lookup("Iranian security forces")
    assert actor is not None
    assert (actor.name, actor.country) == ("Security forces", "IR")
    assert actor.identifier == "ew:generic-security-forces"


def test_actors_lookup_unknown_is_none(dictionary: ActorDictionary) -> None:
    assert dictionary.lookup("Society of Imaginary Lighthouse Keepers") is None
    assert dictionary.lookup("") is None


# --- ACLED inter codes


def test_actors_acled_inter_covers_every_kind() -> None:
    assert set(ACLED_INTER) == set(ACTOR_KINDS)
    assert all(1 <= code <= 8 for code in ACLED_INTER.values())
    assert ACLED_INTER["security_forces"] == 1
    assert ACLED_INTER["armed_group"] == 2
    assert ACLED_INTER["protesters"] == 6
    assert ACLED_INTER["civilians"] == 7
    assert ACLED_INTER["international"] == 8


# --- data quality


def test_actors_data_quality(dictionary: ActorDictionary) -> None:
    generic_keys = {g.key for g in dictionary.generics}
    keys: set[str] = set()
    owners: dict[str, set[str]] = defaultdict(set)
    allowed: set[str] = set()
    for entry in dictionary.entries:
        assert entry.key not in keys, entry.key
        keys.add(entry.key)
        assert entry.kind in ACTOR_KINDS, entry
        if entry.country is not None:
            assert pycountry.countries.get(alpha_2=entry.country) is not None, entry
        if entry.qid is not None:
            assert re.fullmatch(r"Q\d+", entry.qid), entry
        assert set(entry.generic) <= generic_keys, entry
        for name in entry.names:
            assert name.strip() == name and name, entry
            owners[fold(name, lower=False)].add(entry.key)
        allowed.update(fold(a, lower=False) for a in entry.shared)
    shared = {alias: who for alias, who in owners.items() if len(who) > 1 and alias not in allowed}
    assert not shared, shared
    for generic in dictionary.generics:
        assert generic.kind in ACTOR_KINDS
        assert all(p == p.strip() and p for p in generic.patterns)
    for code, (names, adjectives) in dictionary.countries.items():
        assert pycountry.countries.get(alpha_2=code) is not None, code
        assert names or adjectives


def test_actors_no_private_person_flags(dictionary: ActorDictionary) -> None:
    # persons are public office holders or public figures, each tied to a country
    for entry in dictionary.entries:
        if entry.person:
            assert entry.kind != "civilians", entry


def test_actors_country_adjectives_of_smaller_states_are_known() -> None:
    from eventwire.resolve.actors import ActorDictionary

    d = ActorDictionary.load()
    assert d.countries["CR"][1] == ("Costa Rican",)
    assert d.countries["NO"][0] == ("Norway",)  # quoted in YAML: not read as a boolean
    assert "Albania" in d.countries["AL"][0]
