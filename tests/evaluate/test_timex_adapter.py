"""TempEval-3 / MEANTIME adapters: parsing in place, scoring, and a floor on the real data when present."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import spacy

from eventwire.errors import EvaluationError
from eventwire.evaluate.datasets.timex import (
    parse_meantime,
    parse_timeml,
    run_meantime,
    run_tempeval,
    score,
)

if TYPE_CHECKING:
    from spacy.language import Language

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>WIRE0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-09-22" temporalFunction="false"
 functionInDocument="CREATION_TIME">September 22, 2021</TIMEX3></DCT>
<TEXT>
Dock workers <EVENT eid="e1" class="OCCURRENCE">walked</EVENT> out <TIMEX3 tid="t1" type="DATE"
 value="2021-09-17" temporalFunction="true" functionInDocument="NONE">Friday</TIMEX3> &amp; stayed out
 for <TIMEX3 tid="t2" type="DURATION" value="P3D" temporalFunction="false"
 functionInDocument="NONE">three days</TIMEX3>, a union said.
Talks had failed in <TIMEX3 tid="t3" type="DATE" value="2021-08" temporalFunction="true"
 functionInDocument="NONE">August</TIMEX3>.
</TEXT>
</TimeML>
"""

MEANTIME = """<?xml version="1.0" ?><Document doc_id="1" doc_name="strike" lang="en" url="">
<token number="0" sentence="0" t_id="1">Port</token>
<token number="1" sentence="0" t_id="2">strike</token>
<token number="2" sentence="1" t_id="3">September</token>
<token number="3" sentence="1" t_id="4">22</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2021</token>
<token number="6" sentence="2" t_id="7">Workers</token>
<token number="7" sentence="2" t_id="8">struck</token>
<token number="8" sentence="2" t_id="9">on</token>
<token number="9" sentence="2" t_id="10">Friday</token>
<token number="10" sentence="2" t_id="11">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="20" type="DATE" value="2021-09-22">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="21" type="DATE" value="2021-09-17"><token_anchor t_id="10"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="22" type="DATE" value="XXXX"/>
</Markables>
</Document>
"""


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def test_timex_adapter_parse_timeml_offsets_and_dct() -> None:
    doc = parse_timeml(TIMEML, "WIRE0001")
    assert doc.dct == date(2021, 9, 22)
    assert [(doc.text[g.start : g.end], g.value, g.type) for g in doc.timexes] == [
        ("Friday", "2021-09-17", "DATE"),
        ("three days", "P3D", "DURATION"),
        ("August", "2021-08", "DATE"),
    ]
    assert "&amp;" not in doc.text and " & " in doc.text


def test_timex_adapter_parse_timeml_without_text_is_an_error() -> None:
    with pytest.raises(EvaluationError, match="E620"):
        parse_timeml("<TimeML></TimeML>", "empty")


def test_timex_adapter_parse_meantime_rebuilds_text() -> None:
    doc = parse_meantime(MEANTIME, "strike")
    assert doc.text == "Port strike\nSeptember 22, 2021\nWorkers struck on Friday."
    assert doc.dct == date(2021, 9, 22)
    assert [(doc.text[g.start : g.end], g.value) for g in doc.timexes] == [("Friday", "2021-09-17")]
    assert [doc.text[s:e] for s, e in doc.exclude] == ["September 22, 2021"]


def test_timex_adapter_score_counts_matches(blank: Language) -> None:
    metrics, n = score([parse_timeml(TIMEML, "a"), parse_meantime(MEANTIME, "b")], blank)
    assert n == 2
    assert metrics["gold_timexes"] == 4
    assert metrics["strict_recall"] == 1.0
    assert metrics["strict_precision"] == 1.0  # the MEANTIME dateline (the DCT) is not scored
    assert metrics["value_accuracy"] == 1.0


def test_timex_adapter_runs_over_a_folder(tmp_path: Path, blank: Language) -> None:
    (tmp_path / "TimeBank").mkdir()
    (tmp_path / "TimeBank" / "WIRE0001.tml").write_text(TIMEML, encoding="utf-8")
    report = run_tempeval(tmp_path, blank)
    assert (report.name, report.task, report.documents) == ("tempeval3", "timex", 1)
    (tmp_path / "corpus_port").mkdir()
    (tmp_path / "corpus_port" / "strike.xml").write_text(MEANTIME, encoding="utf-8")
    assert run_meantime(tmp_path, blank).documents == 1


def test_timex_adapter_missing_data_set_says_so(tmp_path: Path, blank: Language) -> None:
    with pytest.raises(EvaluationError, match="E610"):
        run_tempeval(tmp_path / "absent", blank)


@pytest.mark.slow
@pytest.mark.needs_data
def test_timex_adapter_tempeval_floor(nlp: Language) -> None:
    path = DATA / "tempeval3" / "TBAQ-cleaned"
    if not path.exists():
        pytest.skip("TempEval-3 data not present")
    report = run_tempeval(path, nlp, limit=40)
    assert report.metrics["relaxed_f1"] >= 0.85
    assert report.metrics["value_accuracy"] >= 0.80


LINKED = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-09-22" functionInDocument="CREATION_TIME">Sept 22</TIMEX3></DCT>
<TEXT>
Police <EVENT eid="e1" class="OCCURRENCE">arrested</EVENT> 40 people <TIMEX3 tid="t1" type="DATE"
 value="2021-09-17" functionInDocument="NONE">Friday</TIMEX3>, officials <EVENT eid="e2"
 class="REPORTING">said</EVENT>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t0"/>
</TimeML>
"""


def test_timex_adapter_reads_event_anchorings_without_the_dct() -> None:
    doc = parse_timeml(LINKED, "linked")
    (link,) = doc.links
    assert doc.text[link[0] : link[1]] == "arrested"
    assert doc.text[link[2] : link[3]] == "Friday"


def test_timex_adapter_binding_needs_a_parser(blank: Language) -> None:
    metrics, _ = score([parse_timeml(LINKED, "linked")], blank)
    assert "event_time_accuracy" not in metrics


@pytest.mark.slow
def test_timex_adapter_scores_event_time_binding(nlp: Language) -> None:
    metrics, _ = score([parse_timeml(LINKED, "linked")], nlp)
    assert metrics["linked_events"] == 1
    assert metrics["event_time_accuracy"] == 1.0


TWICE = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-09-22" functionInDocument="CREATION_TIME">Sept 22</TIMEX3></DCT>
<TEXT>
Miners <EVENT eid="e1" class="OCCURRENCE">marched</EVENT> <TIMEX3 tid="t1" type="TIME"
 value="2021-09-17TEV" functionInDocument="NONE">on Friday evening</TIMEX3> in <TIMEX3 tid="t2" type="DATE"
 value="2021-09" functionInDocument="NONE">this month</TIMEX3>'s second march.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t2"/>
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
"""


def test_timex_adapter_keeps_every_anchoring_of_an_event() -> None:
    doc = parse_timeml(TWICE, "twice")
    (link,) = doc.links
    assert doc.text[link[2] : link[3]] == "this month"
    assert [doc.text[a[2] : a[3]] for a in doc.anchors] == ["on Friday evening", "this month"]


@pytest.mark.slow
def test_timex_adapter_scores_the_events_time_against_gold_values(nlp: Language) -> None:
    metrics, _ = score([parse_timeml(LINKED, "linked"), parse_timeml(TWICE, "twice")], nlp)
    assert metrics["value_linked_events"] == 2
    assert metrics["event_value_accuracy"] == 1.0


def test_timex_adapter_meantime_scores_only_the_annotated_sentences() -> None:
    more = MEANTIME.replace(
        '<token number="10" sentence="2" t_id="11">.</token>',
        '<token number="10" sentence="2" t_id="11">.</token>\n'
        '<token number="11" sentence="3" t_id="12">Talks</token>\n'
        '<token number="12" sentence="3" t_id="13">resume</token>\n'
        '<token number="13" sentence="3" t_id="14">Monday</token>',
    )
    doc = parse_meantime(more, "strike")
    assert doc.text.endswith("Workers struck on Friday.\nTalks resume Monday")
    assert [doc.text[s:e] for s, e in doc.exclude] == ["September 22, 2021", "Talks resume Monday"]
