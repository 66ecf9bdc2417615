from __future__ import annotations

from eventwire.export.acled import TIME_PRECISION, time_precision
from eventwire.records import PRECISIONS, Time


def _t(precision: str, start: str | None, end: str | None) -> Time:
    return Time("x", 0, 1, None, start, end, precision, "document")  # type: ignore[arg-type]


def test_acled_every_precision_has_a_code() -> None:
    assert set(TIME_PRECISION) == set(PRECISIONS)


def test_acled_time_precision_codes() -> None:
    assert time_precision(_t("day", "2023-02-03", "2023-02-03")) == 1
    assert time_precision(_t("day", "2023-02-03", "2023-02-05")) == 2
    assert time_precision(_t("day", "2023-02-01", "2023-02-20")) == 3
    assert time_precision(_t("week", "2023-01-30", "2023-02-05")) == 2
    assert time_precision(_t("month", "2023-02-01", "2023-02-28")) == 3
    assert time_precision(None) == 3
