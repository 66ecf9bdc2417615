"""The packaged cue lexicon loads, and a broken one fails with a coded error."""

from __future__ import annotations

import pytest

from eventwire.errors import ConfigError
from eventwire.extract.cues import CueLexicon, load_cue_lexicon


def test_packaged_lexicon_loads() -> None:
    lex = load_cue_lexicon()
    assert {"say", "tell", "report", "confirm", "deny", "warn", "estimate"} <= lex.speech_verbs
    assert lex.object_verbs <= lex.speech_verbs
    assert ("according", "to") in lex.prep_cues
    assert "group" in lex.anaphor_all and "ministry" in lex.anaphor_all
    assert {"he", "she"} <= lex.person_pronouns
    assert load_cue_lexicon() is lex  # read once


def test_kind_keywords_name_real_kinds() -> None:
    from eventwire.records import ACTOR_KINDS

    assert {kind for kind, _ in load_cue_lexicon().kind_keywords} <= set(ACTOR_KINDS)


def test_missing_key_is_a_config_error() -> None:
    with pytest.raises(ConfigError) as err:
        CueLexicon.from_mapping({"speech_verbs": ["say"]})
    assert err.value.code == "E160"


def test_malformed_entry_is_a_config_error() -> None:
    from eventwire.extract import cues

    data = {name: [] for name in CueLexicon.__dataclass_fields__}
    data["prep_verbs"] = ["not", "a", "mapping"]
    with pytest.raises(ConfigError) as err:
        cues.CueLexicon.from_mapping(data)
    assert err.value.code == "E161"
