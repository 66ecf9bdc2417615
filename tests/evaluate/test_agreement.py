from __future__ import annotations

import json
from pathlib import Path

from eventwire.evaluate.agreement import Agreement, compare_annotations, compare_folders, main, paired_files

TEXT = (
    "Police shot dead two protesters in Zahedan on Friday, Amnesty International said. "
    "Hundreds were arrested in the following days.\nThe strike went on."
)

FIRST = {
    "published": "2023-02-07",
    "events": [
        {
            "type": "killing",
            "anchor": "shot dead",
            "status": "attributed",
            "scope": "single",
            "time": {"start": "2023-02-03", "end": "2023-02-03", "precision": "day"},
            "country": "IR",
            "places": ["Zahedan"],
            "magnitudes": [{"kind": "fatalities", "value": 2, "qualifier": "exact"}],
            "source": "Amnesty International",
            "actors": [{"name": "police", "role": "perpetrator"}, {"name": "protesters", "role": "victim"}],
        },
        {"type": "arrest", "anchor": "were arrested", "status": "asserted", "scope": "aggregate"},
    ],
    "claims": [{"speaker": "Amnesty International", "cue": "said", "anchor": "two protesters"}],
}


def test_identical_annotations_agree_fully() -> None:
    agreement = Agreement()
    compare_annotations(agreement, TEXT, FIRST, FIRST)
    m = agreement.metrics()
    assert m["event_f1"] == 1.0
    assert all(v == 1.0 for v in m.values())


def test_disagreements_are_counted() -> None:
    second = json.loads(json.dumps(FIRST))
    killing = second["events"][0]
    killing["anchor"] = "Police shot dead two protesters"  # a longer anchor still overlaps
    killing["status"] = "asserted"
    killing["source"] = None
    killing["actors"] = [{"name": "police", "role": "perpetrator"}, {"name": "protesters", "role": "target"}]
    second["events"][1] = {"type": "repression", "anchor": "arrested"}  # same words, another type
    second["events"].append({"type": "strike", "anchor": "The strike"})
    second["claims"] = [{"speaker": "Amnesty", "cue": "said", "anchor": "in Zahedan"}]  # same sentence
    agreement = Agreement()
    compare_annotations(agreement, TEXT, FIRST, second)
    m = agreement.metrics()
    assert (agreement.events.tp, agreement.events.fp, agreement.events.fn) == (1, 2, 1)
    assert m["type_accuracy"] == 0.5
    assert m["status_accuracy"] == 0.0
    assert m["source_accuracy"] == 0.0
    assert m["actor_accuracy"] == 0.5
    assert m["time_accuracy"] == 1.0
    assert m["claim_recall"] == 1.0
    assert m["speaker_accuracy"] == 1.0


def test_folders_compare_by_stem_both_ways(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "x.txt").write_text(TEXT, encoding="utf-8")
    (first / "x.json").write_text(json.dumps(FIRST), encoding="utf-8")
    (first / "y.json").write_text(json.dumps(FIRST), encoding="utf-8")  # no second annotation: skipped
    only_one = {**FIRST, "events": FIRST["events"][:1]}
    (second / "x.json").write_text(json.dumps(only_one), encoding="utf-8")
    forward = compare_folders(first, second)
    assert forward.documents == 1
    assert forward.events.recall == 0.5 and forward.events.precision == 1.0
    backward = compare_folders(first, second, swap=True)
    assert backward.events.recall == 1.0 and backward.events.precision == 0.5
    main([str(first), str(second)])
    out = capsys.readouterr().out
    assert "second scored against first: 1 articles, 2 reference events" in out
    assert "event_f1" in out


def test_second_annotations_named_after_their_set_pair_with_plain_names(tmp_path: Path) -> None:
    first, second = tmp_path / "dev20", tmp_path / "agreement"
    first.mkdir()
    second.mkdir()
    for stem in ("02_wire", "dev20_05_brief"):  # a plain name and one that carries its set's name
        (first / f"{stem}.txt").write_text(TEXT, encoding="utf-8")
        (first / f"{stem}.json").write_text(json.dumps(FIRST), encoding="utf-8")
    for name in ("dev20_02_wire.json", "dev20_05_brief.json", "dev2_02_wire.json", "dev200_02_wire.json"):
        (second / name).write_text(json.dumps(FIRST), encoding="utf-8")
    pairs = paired_files(first, second)
    assert [(f.name, s.name) for f, s in pairs] == [
        ("02_wire.json", "dev20_02_wire.json"),
        ("dev20_05_brief.json", "dev20_05_brief.json"),
    ]
    assert compare_folders(first, second).documents == 2
