from __future__ import annotations

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.gold import GoldArticle, anchored, find_anchor
from eventwire.evaluate.report import format_gold_report
from eventwire.evaluate.scoring import names_match, score_corpus
from eventwire.records import Actor, InferredName, Result
from tests.factories import TEXT, result


def _article(
    events: list[dict], claims: list[dict] | None = None, negatives: list[str] | None = None
) -> GoldArticle:
    return GoldArticle(
        "a1",
        TEXT,
        {"published": "2023-02-07", "events": events, "claims": claims or [], "negatives": negatives or []},
    )


GOLD_EVENT = {
    "type": "killing",
    "anchor": "shot dead",
    "status": "attributed",
    "scope": "single",
    "time": {"start": "2023-02-03", "end": "2023-02-03", "precision": "day"},
    "country": "IR",
    "places": ["Zahedan"],
    "magnitudes": [{"kind": "fatalities", "value": 12, "qualifier": "exact"}],
    "source": "Amnesty International",
    "actors": [{"name": "security forces", "role": "perpetrator"}, {"name": "protesters", "role": "victim"}],
}


def test_scoring_perfect_match() -> None:
    claim = {
        "speaker": "Amnesty International",
        "cue": "said",
        "anchor": "12 protesters",
        "figures": [{"kind": "fatalities", "value": 12}],
    }
    report = score_corpus([(_article([GOLD_EVENT], [claim]), result())], corpus="t")
    m = report.metrics()
    assert m["event_f1"] == 1.0
    for key in (
        "type_accuracy",
        "status_accuracy",
        "time_accuracy",
        "time_overlap_accuracy",
        "country_accuracy",
        "place_accuracy",
        "magnitude_accuracy",
        "qualifier_accuracy",
        "source_accuracy",
        "actor_accuracy",
        "claim_recall",
        "speaker_accuracy",
    ):
        assert m[key] == 1.0, key
    assert report.misses == {}


def test_scoring_wrong_type_is_a_miss_and_an_extra() -> None:
    gold = {**GOLD_EVENT, "type": "attack"}
    report = score_corpus([(_article([gold]), result())], corpus="t")
    assert report.events.tp == 0 and report.events.fp == 1 and report.events.fn == 1
    assert report.metrics()["type_accuracy"] == 0.0
    assert any("missed attack" in m for m in report.misses["a1"])


def test_scoring_asserted_prediction_is_counted() -> None:
    gold = {**GOLD_EVENT, "status": "predicted"}
    r = result()
    r = r.replace(events=(r.events[0].replace(status="asserted"),))
    report = score_corpus([(_article([gold]), r)], corpus="t")
    assert report.asserted_violations == 1
    assert report.attributed_as_asserted == 0
    assert report.metrics()["status_accuracy"] == 0.0


def test_scoring_attributed_stored_as_asserted_is_counted_apart() -> None:
    gold = {**GOLD_EVENT, "status": "attributed"}
    r = result()
    r = r.replace(events=(r.events[0].replace(status="asserted"),))
    report = score_corpus([(_article([gold]), r)], corpus="t")
    assert report.asserted_violations == 0
    assert report.attributed_as_asserted == 1
    assert report.to_dict()["attributed_as_asserted"] == 1


def test_scoring_hard_negative_violation() -> None:
    report = score_corpus([(_article([], negatives=["shot dead"]), result())], corpus="t")
    assert report.negatives_violated == 1
    assert report.events.fp == 1


def test_scoring_failed_document_counts_all_gold_as_missed() -> None:
    report = score_corpus([(_article([GOLD_EVENT]), None)], corpus="t")
    assert report.failed == 1 and report.events.fn == 1


def test_scoring_find_anchor_occurrence() -> None:
    assert find_anchor("a b a b", "a", 2) == (4, 5)


def test_anchored_pairs_each_gold_item_with_its_offsets_and_refuses_a_missing_anchor() -> None:
    first, second = {"anchor": "b"}, {"anchor": "b", "occurrence": 2}
    assert anchored("a b a b", [first, second]) == [(first, (2, 3)), (second, (6, 7))]
    assert anchored("a b", []) == []
    with pytest.raises(EvaluationError, match="not in text"):
        anchored("a b", [{"anchor": "c"}])


def test_scoring_names_match_loosely() -> None:
    assert names_match("the security forces", "Security forces")
    assert names_match("Amnesty", "Amnesty International")
    assert not names_match("police", "Amnesty International")


def test_scoring_names_match_short_name_ending_in_s() -> None:
    # a four-letter name ending in "s" is still long enough to be found inside a longer one
    assert names_match("Fars", "Fars News Agency")
    assert names_match("Fars", "Fars")
    assert not names_match("Fars", "Tasnim News Agency")
    assert not names_match("AP", "Japan Times")


def test_time_overlap_gives_partial_credit_inside_a_gold_interval() -> None:
    wave = {**GOLD_EVENT, "time": {"start": "2023-02-01", "end": "2023-02-28", "precision": "month"}}
    m = score_corpus([(_article([wave]), result())], corpus="t").metrics()
    assert m["time_accuracy"] == 0.0
    assert m["time_overlap_accuracy"] == 1.0
    later = {**GOLD_EVENT, "time": {"start": "2023-03-01", "end": "2023-03-02", "precision": "day"}}
    m = score_corpus([(_article([later]), result())], corpus="t").metrics()
    assert m["time_overlap_accuracy"] == 0.0


def test_names_match_across_british_and_american_spelling() -> None:
    assert names_match("Bolivian Workers' Centre", "Bolivian Workers' Center")
    assert names_match("Ministry of Defence", "Ministry of Defense")
    assert names_match("Labour Organisation", "Labor Organization")
    assert not names_match("Centre Party", "Central Bank")


def test_names_match_a_possessive_as_the_name_itself() -> None:
    assert names_match("students' union", "The student union")
    assert names_match("UNT secretary general", "UNT's secretary general")
    assert names_match("Bolivian Workers' Centre", "Bolivian Workers Centre")
    assert names_match("Teachers\u2019 Union", "teachers union")
    assert names_match("Women's League", "Women League")
    assert not names_match("students' union", "teachers' union")


def test_a_record_whose_own_trigger_is_the_anchor_is_paired_before_one_that_folded_it_in() -> None:
    from dataclasses import replace

    from tests.factories import span

    base = result()
    own = base.events[0]  # trigger "shot dead", 12 fatalities
    folded = replace(
        own,
        id="ev-folded",
        trigger=span(TEXT, "Security forces"),
        mentions=(span(TEXT, "shot dead"),),
        magnitudes=(),
    )
    report = score_corpus([(_article([GOLD_EVENT]), replace(base, events=(folded, own)))], corpus="t")
    assert report.events.tp == 1 and report.events.fp == 1
    assert report.metrics()["magnitude_accuracy"] == 1.0
    assert any("extra killing 'Security forces'" in m for m in report.misses["a1"])
    # with no record whose trigger is the anchor, a folded-in mention still pairs
    alone = score_corpus([(_article([GOLD_EVENT]), replace(base, events=(folded,)))], corpus="t")
    assert alone.events.tp == 1 and alone.metrics()["magnitude_accuracy"] == 0.0


def test_a_claim_whose_content_is_the_anchor_is_paired_before_one_through_its_sentence() -> None:
    from dataclasses import replace

    from tests.factories import span

    base = result()
    main = base.claims[0]  # content "Security forces shot dead 12 protesters in Zahedan on Friday"
    other = replace(main, id="cl2", content=span(TEXT, "Amnesty International"), magnitudes=())
    said = {"speaker": "Amnesty International", "cue": "said", "anchor": "said"}
    figure = {"speaker": "Amnesty International", "cue": "said", "anchor": "12 protesters"}
    report = score_corpus(
        [(_article([GOLD_EVENT], [said, figure]), replace(base, claims=(main, other)))], corpus="t"
    )
    # the first gold claim reaches `main` only through the sentence: it takes `other` instead,
    # and the second gold claim gets `main`, whose own content holds its anchor
    assert report.claims.hits == report.claims.total == 2
    assert report.metrics()["claim_precision"] == 1.0


def _with_actors(*actors: Actor) -> Result:
    r = result()
    return r.replace(events=(r.events[0].replace(actors=actors),))


def test_an_inferred_name_still_matches_for_actor_accuracy_but_not_for_actor_named_accuracy() -> None:
    forces = result().events[0].actors[0]
    crowd = Actor(None, None, None, "Civilians", (), "civilians", "victim", "IR")
    crowd = crowd.replace(inferred_names=(InferredName("protesters", "implicit_protest.generic_people"),))
    report = score_corpus([(_article([GOLD_EVENT]), _with_actors(forces, crowd))], corpus="t")
    m = report.metrics()
    assert m["actor_accuracy"] == 1.0  # "protesters" found among the inferred names
    assert m["actor_named_accuracy"] == 0.5  # by name, text and dictionary aliases only the forces
    assert report.to_dict()["counts"]["actor_named_hits"] == 1


def test_the_steps_whose_inferred_names_alone_match_a_gold_actor_are_counted() -> None:
    forces = (
        result()
        .events[0]
        .actors[0]
        .replace(inferred_names=(InferredName("security forces", "unnamed.Security forces"),))
    )
    crowd = Actor(None, None, None, "Civilians", (), "civilians", "victim", "IR").replace(
        inferred_names=(
            InferredName("protesters", "implicit_protest.generic_people"),
            InferredName("protesters", "binding.described"),
            InferredName("marchers", "unnamed.Protesters"),
        )
    )
    out = score_corpus([(_article([GOLD_EVENT]), _with_actors(forces, crowd))], corpus="t").to_dict()
    # the forces match by their own name, so their inferred name adds nothing; both steps that name the
    # crowd "protesters" supply its match, the one that names it "marchers" none
    assert out["inferred_only_by_step"] == {"binding.described": 1, "implicit_protest.generic_people": 1}


def test_a_dictionary_alias_counts_for_actor_named_accuracy() -> None:
    forces = Actor(None, None, None, "IRGC", ("security forces",), "security_forces", "perpetrator", "IR")
    victims = result().events[0].actors[1]
    report = score_corpus([(_article([GOLD_EVENT]), _with_actors(forces, victims))], corpus="t")
    assert report.metrics()["actor_named_accuracy"] == 1.0


def test_inferred_name_precision_counts_names_matching_a_gold_actor_of_the_same_role() -> None:
    forces = (
        result()
        .events[0]
        .actors[0]
        .replace(
            inferred_names=(
                InferredName("protesters", "binding.listed"),  # a gold actor's name, but the victim's role
                InferredName("security forces", "binding.listed"),
            )
        )
    )
    crowd = Actor(None, None, None, "Civilians", (), "civilians", "victim", "IR").replace(
        inferred_names=(
            InferredName("protesters", "unnamed.Protesters"),
            InferredName("marchers", "unnamed.Protesters"),
        )
    )
    report = score_corpus([(_article([GOLD_EVENT]), _with_actors(forces, crowd))], corpus="t")
    assert report.metrics()["inferred_name_precision"] == 0.5
    out = report.to_dict()
    assert (out["counts"]["inferred_names"], out["counts"]["inferred_names_right"]) == (4, 2)
    assert out["inferred_by_step"] == {"binding.listed": [1, 2], "unnamed.Protesters": [1, 2]}
    assert "inferred name precision" in format_gold_report(report)


def test_source_and_speaker_match_on_inferred_names() -> None:
    r = result()
    said = r.claims[0].speaker.replace(
        name="rights group", aliases=(), inferred_names=(InferredName("Amnesty International", "t"),)
    )
    ev = r.events[0].replace(source=said.replace(role=None))
    r = r.replace(events=(ev,), claims=(r.claims[0].replace(speaker=said),))
    claim = {"speaker": "Amnesty International", "cue": "said", "anchor": "12 protesters"}
    m = score_corpus([(_article([GOLD_EVENT], [claim]), r)], corpus="t").metrics()
    assert m["source_accuracy"] == 1.0 and m["speaker_accuracy"] == 1.0
