"""Two mentions that each write a different year in their own phrase are two events.

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import Draft, merge_drafts
from eventwire.extract.coref_draft import named_year
from tests.extract.test_coref import _said, draft


def _protests(sentence: str, word: str, start: int, para: int) -> Draft:
    d = draft("protest", word, start, nominal=True, back_reference=True, para=para)
    return _said(replace(d, head_lemma="protest"), sentence)


def test_the_year_a_mention_names_in_its_own_phrase() -> None:
    cases = {
        "Many of those jailed after the 2019 protests are still held.": "2019",
        "The protests of 2023 were smaller.": "2023",
        "Veterans of the protests in late 2021 joined them.": "2021",
        "The protests spread to the south in March.": None,
        "The protests have gone on since 2019.": None,  # a stretch, not the year of another wave
    }
    for sentence, year in cases.items():
        d = _said(draft("protest", "protests", 1000, nominal=True), sentence)
        assert named_year(d) == year, sentence


def test_protests_of_two_written_years_stay_apart() -> None:
    # "Thousands joined the 2023 protests against the pension law. ... Unlike the 2019 protests, the
    # marches were peaceful." / "... the 2023 protests ended in June."
    first = _protests("Thousands joined the 2023 protests against the pension law.", "protests", 100, 0)
    older = _protests("Unlike the 2019 protests, the marches were peaceful.", "protests", 900, 2)
    assert len(merge_drafts([first, older])) == 2
    same = _protests("By June the 2023 protests had ended.", "protests", 900, 2)
    assert len(merge_drafts([first, same])) == 1
    # a back-reference with no year of its own still joins
    bare = _protests("The protests ended in June.", "protests", 900, 2)
    assert len(merge_drafts([first, bare])) == 1
