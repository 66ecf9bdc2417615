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


LONG_ENGLISH = (
    "Security forces fired tear gas at hundreds of protesters who had gathered outside the governor's "
    "office on Friday, witnesses said. The demonstrators, most of them retired teachers, were demanding "
    "that their pensions be paid after months of delays. Police later said that 12 people had been "
    "detained, but a local rights group put the number at more than 40 and said its lawyers had not "
    "been allowed to see them. "
)
NOT_ENGLISH = {
    "es": "Cientos de maestros se manifestaron el martes en Madrid para exigir el pago de sus salarios "
    "atrasados. La policía detuvo a varias personas después de que los manifestantes intentaran entrar "
    "en el edificio del ministerio. Según los sindicatos, la huelga continuará hasta que el gobierno "
    "responda a sus demandas.",
    "de": "Hunderte Lehrer haben am Dienstag in Berlin demonstriert, um die Zahlung ihrer Gehälter zu "
    "fordern. Die Polizei nahm mehrere Menschen fest, nachdem die Demonstranten versucht hatten, in das "
    "Gebäude des Ministeriums einzudringen. Was die Regierung will, ist unklar, und der Streik geht weiter.",
    "nl": "Honderden leraren hebben dinsdag in Amsterdam gedemonstreerd om de betaling van hun salarissen "
    "te eisen. De politie arresteerde verschillende mensen nadat de demonstranten hadden geprobeerd het "
    "gebouw van het ministerie binnen te dringen. Het is niet duidelijk wat de regering van plan was.",
    "no": "Hundrevis av lærere demonstrerte tirsdag i Oslo for å kreve betaling av lønnen sin. Politiet "
    "arresterte flere personer etter at demonstrantene hadde forsøkt å ta seg inn i departementets "
    "bygning. Det er uklart hva regjeringen vil gjøre, men streiken fortsetter her i byen for alle.",
    "tl": "Daan-daang guro ang nagprotesta noong Martes sa Maynila upang hingin ang pagbabayad ng kanilang "
    "mga sahod. Inaresto ng pulisya ang ilang tao matapos subukan ng mga nagpoprotesta na pumasok sa "
    "gusali ng ministeryo at ang welga ay magpapatuloy hanggang tumugon ang pamahalaan sa kanilang hiling.",
    "pl": "Setki nauczycieli protestowały we wtorek w Warszawie, domagając się wypłaty zaległych pensji. "
    "Policja zatrzymała kilka osób po tym, jak demonstranci próbowali wejść do budynku ministerstwa. To "
    "nie jest pierwszy protest, a związki zapowiadają, że to dopiero początek długiej walki o płace.",
}


def test_plain_english_is_told_without_langdetect(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.ingest import language

    def no_langdetect() -> None:
        raise AssertionError("langdetect was called")

    monkeypatch.setattr(language, "_factory", no_langdetect)
    assert detect_language(LONG_ENGLISH) == "en"
    assert detect_language(LONG_ENGLISH * 40) == "en"


@pytest.mark.parametrize("code", sorted(NOT_ENGLISH))
def test_other_languages_never_take_the_english_shortcut(code: str) -> None:
    from eventwire.ingest.language import _plainly_english

    text = NOT_ENGLISH[code]
    assert not _plainly_english(text)
    assert detect_language(text) == code


def test_english_quote_in_another_language_is_not_english() -> None:
    from eventwire.ingest.language import _plainly_english

    # an English sentence quoted in a longer Persian report: the report is Persian
    quoted = PERSIAN * 6 + " " + ENGLISH
    assert not _plainly_english(quoted)
    assert detect_language(quoted) == "fa"


def test_short_english_still_goes_to_langdetect() -> None:
    from eventwire.ingest.language import _plainly_english

    assert not _plainly_english(ENGLISH)  # fewer than 50 words
    assert detect_language(ENGLISH) == "en"
