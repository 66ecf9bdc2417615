from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from eventwire.records import (
    Actor,
    InferredName,
    Magnitude,
    Result,
    Span,
    Time,
    canonical_json,
    content_hash,
    inferred,
    split_inferred,
)
from tests.factories import TEXT, result


def test_records_result_round_trips_through_json() -> None:
    r = result()
    again = Result.from_dict(json.loads(json.dumps(r.to_dict())))
    assert again == r


def test_records_offsets_index_the_text() -> None:
    r = result()
    text = r.document.text
    for e in r.events:
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text
    for p in r.places:
        assert text[p.start_char : p.end_char] == p.text
    assert r.document.text == TEXT


def test_records_implied_actor_and_inferred_time_omit_offsets() -> None:
    actor = Actor(None, None, None, "Protesters", (), "protesters", "victim", None)
    assert set(actor.to_dict()) >= {"name", "kind", "role"}
    assert not {"text", "start_char", "end_char"} & set(actor.to_dict())
    t = Time("", None, None, "2023-02", "2023-02-01", "2023-02-28", "month", "document")
    assert "start_char" not in t.to_dict()


def test_records_content_hash_is_canonical() -> None:
    assert content_hash({"b": 1, "a": [1, 2]}) == content_hash({"a": [1, 2], "b": 1})
    assert canonical_json({"b": 1, "a": "é"}) == '{"a":"é","b":1}'
    assert content_hash("x").startswith("sha256:")


@given(st.text(max_size=40), st.integers(0, 10_000), st.integers(0, 10_000))
def test_records_span_round_trip(text: str, start: int, end: int) -> None:
    s = Span(text, start, end)
    assert Span.from_dict(json.loads(json.dumps(s.to_dict()))) == s


@given(
    st.sampled_from(["participants", "fatalities", "arrests", "localities"]),
    st.integers(0, 10**7),
    st.one_of(st.none(), st.integers(0, 10**7)),
    st.sampled_from(["exact", "approximate", "at_least", "vague"]),
)
def test_records_magnitude_round_trip(kind: str, value: int, low: int | None, qualifier: str) -> None:
    m = Magnitude(kind, value, low, None, qualifier, "x", 0, 1, vague=qualifier == "vague")  # type: ignore[arg-type]
    assert Magnitude.from_dict(json.loads(json.dumps(m.to_dict()))) == m


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


@given(_JSON)
def test_records_canonical_json_is_sorted_compact_unescaped_json(value: object) -> None:
    # one shared encoder, built once: the same text as json.dumps with these options
    assert canonical_json(value) == json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )


def test_records_to_dict_keeps_none_fields_but_omits_absent_offsets() -> None:
    implied = Actor(
        text=None,
        start_char=None,
        end_char=None,
        name="police",
        aliases=(),
        kind="state",
        role="doer",
        country=None,
    )
    out = implied.to_dict()
    assert "text" not in out and "start_char" not in out and "end_char" not in out
    assert out["country"] is None and out["aliases"] == [] and out["name"] == "police"


def test_records_replace_stores_the_slots_like_init() -> None:
    import dataclasses

    import pytest

    from eventwire.records import replace

    event = result().events[0]
    changed = replace(event, status="negated", confidence=0.5)
    assert changed == dataclasses.replace(event, status="negated", confidence=0.5)
    assert changed.to_dict() == {**event.to_dict(), "status": "negated", "confidence": 0.5}
    with pytest.raises(dataclasses.FrozenInstanceError):
        changed.status = "asserted"  # type: ignore[misc]
    with pytest.raises(TypeError):
        replace(event, no_such_field=1)


def test_records_replace_runs_post_init_of_other_dataclasses() -> None:
    import dataclasses

    import pytest

    from eventwire.records import replace

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        n: int

        def __post_init__(self) -> None:
            if self.n < 0:
                raise ValueError("negative")

    assert replace(Checked(1), n=2) == Checked(2)
    with pytest.raises(ValueError, match="negative"):
        replace(Checked(1), n=-1)


def _crowd(aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(None, None, None, "Protesters", aliases, "protesters", "initiator", None)


def test_inferred_marks_the_names_a_step_added_and_keeps_earlier_marks() -> None:
    known = _crowd(("marchers",))  # a name the dictionary gave
    grouped = inferred(
        known.replace(aliases=("marchers", "farmers")), known, "implicit_antecedents.story_group"
    )
    assert grouped.inferred_names == (InferredName("farmers", "implicit_antecedents.story_group"),)
    again = inferred(
        grouped.replace(aliases=(*grouped.aliases, "rioters")), grouped, "binding_implied.rioters"
    )
    assert [(x.name, x.step) for x in again.inferred_names] == [
        ("farmers", "implicit_antecedents.story_group"),
        ("rioters", "binding_implied.rioters"),
    ]
    assert inferred(known, known, "x") is known  # nothing added, nothing marked
    fresh = inferred(_crowd(("demonstrators",)), None, "binding_implied.crowd")
    assert fresh.inferred_names == (InferredName("demonstrators", "binding_implied.crowd"),)


def test_split_inferred_leaves_only_the_dictionary_names_in_aliases() -> None:
    a = inferred(_crowd(("marchers", "farmers", "rioters")), _crowd(("marchers",)), "s")
    a = a.replace(aliases=("marchers", "farmers"))  # a later step dropped "rioters"
    out = split_inferred(a)
    assert out.aliases == ("marchers",)
    assert out.inferred_names == (InferredName("farmers", "s"),)  # a dropped name is not carried
    assert split_inferred(_crowd(("marchers",))) == _crowd(("marchers",))


def test_inferred_names_round_trip_through_dicts() -> None:
    a = split_inferred(inferred(_crowd(("farmers",)), None, "implicit_antecedents.story_group"))
    out = a.to_dict()
    assert out["aliases"] == [] and out["inferred_names"] == [
        {"name": "farmers", "step": "implicit_antecedents.story_group"}
    ]
    assert Actor.from_dict(out) == a
    old = {k: v for k, v in out.items() if k != "inferred_names"}  # a record written before the field
    assert Actor.from_dict(old).inferred_names == ()


def test_records_an_events_raw_score_is_run_time_state_never_output() -> None:
    import dataclasses
    import pickle

    from eventwire.records import Event, replace

    event = result().events[0]
    scored = replace(event, raw_confidence=0.812)
    # never serialised: the output, the store's rows and content ids stay as they were
    assert "raw_confidence" not in scored.to_dict()
    assert scored.to_dict() == event.to_dict()
    assert Event.from_dict(scored.to_dict()).raw_confidence is None
    # not part of equality or hashing; copies and pickles (the trainers' caches) keep it
    assert scored == event and hash(scored) == hash(event)
    assert "raw_confidence" not in repr(scored)
    assert replace(scored, status="negated").raw_confidence == 0.812
    assert dataclasses.replace(scored, status="negated").raw_confidence == 0.812
    assert pickle.loads(pickle.dumps(scored)).raw_confidence == 0.812
