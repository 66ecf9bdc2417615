"""Event confidence: raw score, monotone calibration fit and the packaged table."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.errors import ConfigError
from eventwire.extract.confidence import (
    Calibration,
    CalibrationBin,
    calibrate,
    event_confidence,
    fit_calibration,
    load_calibration,
    raw_confidence,
    reliability,
)

BASE = {
    "nominal": False,
    "phrase": False,
    "status": "asserted",
    "hedged": False,
    "has_time": True,
    "has_place": True,
    "mentions": 0,
}


def test_confidence_raw_score_orders_evidence() -> None:
    plain = raw_confidence(**BASE)  # type: ignore[arg-type]
    assert raw_confidence(**{**BASE, "nominal": True}) < plain  # type: ignore[arg-type]
    assert raw_confidence(**{**BASE, "status": "attributed"}) < plain  # type: ignore[arg-type]
    assert raw_confidence(**BASE, back_reference=True) < plain  # type: ignore[arg-type]
    assert raw_confidence(**BASE, headline=True) < plain  # type: ignore[arg-type]


def test_confidence_fit_is_monotone_and_pools_violators() -> None:
    scored = [(0.1, False)] * 10 + [(0.3, True)] * 8 + [(0.3, False)] * 2 + [(0.5, False)] * 10
    scored += [(0.9, True)] * 10
    cal = fit_calibration(scored, bins=4)
    precisions = [b.precision for b in cal.bins]
    assert precisions == sorted(precisions)
    assert sum(b.count for b in cal.bins) == len(scored)
    values = [cal.apply(x / 20) for x in range(21)]
    assert values == sorted(values)
    assert all(0 < v < 1 for v in values)  # smoothed: never certain


def test_confidence_apply_interpolates_and_clamps() -> None:
    cal = Calibration(
        bins=(
            CalibrationBin(low=0.0, high=0.4, mean=0.2, precision=0.3, count=5),
            CalibrationBin(low=0.4, high=1.0, mean=0.8, precision=0.9, count=5),
        )
    )
    assert cal.apply(0.0) == 0.3
    assert cal.apply(1.0) == 0.9
    assert cal.apply(0.5) == pytest.approx(0.6)
    assert Calibration.from_dict(cal.to_dict()) == cal
    assert Calibration(bins=()).apply(0.42) == 0.42


def test_confidence_reliability_rows_count_everything() -> None:
    scored = [(0.2, False), (0.2, True), (0.9, True)]
    rows = reliability(scored, Calibration(bins=()))
    assert sum(r[4] for r in rows) == 3
    assert rows[0][3] == 0.5


def test_confidence_malformed_table_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        Calibration.from_dict({"bins": [{"low": "x"}]})


def test_confidence_packaged_table_is_monotone() -> None:
    cal = load_calibration()
    precisions = [b.precision for b in cal.bins]
    assert precisions == sorted(precisions)
    lo = event_confidence(**{**BASE, "nominal": True, "status": "attributed"})  # type: ignore[arg-type]
    hi = event_confidence(**BASE)  # type: ignore[arg-type]
    assert 0 <= lo <= hi <= 1
    # a headline noun told by a speaker with nothing bound ("Protests reported") against a verb told by
    # the publisher with a count, a doer, a date, a place and two more mentions
    weak_kw: dict[str, Any] = {**BASE, "nominal": True, "status": "attributed", "has_time": False}
    strong_kw: dict[str, Any] = {**BASE, "mentions": 2, "has_magnitude": True, "has_actor": True}
    weak = event_confidence(**weak_kw, headline=True)
    strong = event_confidence(**strong_kw)
    assert weak < 0.6 < 0.85 < strong


def test_confidence_mood_is_not_doubt() -> None:
    # "will face the full force of the law", "did not fire on anyone": a threat or a denial, told
    # explicitly, is found as reliably as an asserted act; only a speaker's attribution or a hedge
    # lowers the chance that the record is right
    plain = raw_confidence(**BASE)  # type: ignore[arg-type]
    for status in ("hypothetical", "negated", "predicted"):
        assert raw_confidence(**{**BASE, "status": status}) >= plain  # type: ignore[arg-type]
    assert raw_confidence(**{**BASE, "hedged": True}) < plain  # type: ignore[arg-type]


def test_confidence_counts_doers_and_passing_types() -> None:
    plain = raw_confidence(**BASE)  # type: ignore[arg-type]
    assert raw_confidence(**BASE, has_magnitude=True) > plain  # type: ignore[arg-type]
    assert raw_confidence(**BASE, has_actor=True) > plain  # type: ignore[arg-type]
    assert raw_confidence(**BASE, event_type="killing") < raw_confidence(**BASE, event_type="protest")  # type: ignore[arg-type]
    assert event_confidence(**BASE, has_magnitude=True, has_actor=True) >= event_confidence(**BASE)  # type: ignore[arg-type]


def test_confidence_calibrate_is_the_packaged_table_and_event_confidence_its_raw_score() -> None:
    raw = raw_confidence(**BASE)  # type: ignore[arg-type]
    assert calibrate(raw) == load_calibration().apply(raw)
    assert event_confidence(**BASE) == calibrate(raw)  # type: ignore[arg-type]
