"""Language identification: deterministic, and careful with short text."""

from __future__ import annotations

import pytest

from eventwire.ingest.language import detect_language

ENGLISH = "Hundreds of teachers stayed away from classrooms in Ahvaz on Tuesday, demanding unpaid wages."
PERSIAN = "صدها معلم در اهواز روز سه‌شنبه در اعتراض به پرداخت نشدن حقوق سر کلاس‌ها حاضر نشدند."
FRENCH = (
    "Des centaines d'enseignants ont manifesté mardi à Paris pour réclamer le paiement de leurs salaires."
)
ARABIC = "تظاهر مئات المعلمين يوم الثلاثاء أمام مبنى وزارة التربية للمطالبة بدفع رواتبهم المتأخرة منذ أشهر."


@pytest.mark.parametrize(("text", "code"), [(ENGLISH, "en"), (PERSIAN, "fa"), (FRENCH, "fr"), (ARABIC, "ar")])
def test_language_detects_common_languages(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_language_is_deterministic() -> None:
    mixed = "Strike strike grève huelga Streik sciopero " * 3
    assert len({detect_language(mixed) for _ in range(15)}) == 1


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "und"),
        ("   ", "und"),
        ("Strike", "en"),
        ("Protest in Paris", "en"),
        ("تهران", "und"),
        ("2023-02-07", "und"),
    ],
)
def test_language_short_text(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_language_leaves_langdetect_globals_alone() -> None:
    from langdetect import detector_factory

    detect_language(ENGLISH)
    assert detector_factory.DetectorFactory.seed is None
    assert detector_factory._factory is None
