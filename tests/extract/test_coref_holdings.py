"""Someone already taken, told on as being kept ("his family did not know where he was held", "nine
people who were held at the station said ..."): the detention told before, not an arrest of its own.
A holding told of people the sentence names ("14 party members had been held") stays apart.

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import merge_drafts
from tests.extract.test_coref import _day, _said, draft


def _held(start: int, subject: int, para: int = 2) -> object:
    # its own written day ("until Thursday") keeps it from joining the arrest as a retelling
    return replace(
        _said(
            draft("arrest", "held", start, para=para, time=_day("2026-11-12", start + 20)),
            "His family did not know where he was held until Thursday, when he appeared in court.",
        ),
        head_lemma="hold",
        subject=subject,
    )


def test_a_holding_told_by_a_pronoun_is_a_mention_of_the_arrest_before_it() -> None:
    # "Police arrested the union leader at his home in Viana on Tuesday night. ... His family did not
    # know where he was held until Thursday, when he appeared in court."
    arrest = _said(
        draft("arrest", "arrested", 6, para=1, time=_day("2026-11-10", 60)),
        "Police arrested the union leader at his home in Viana on Tuesday night.",
    )
    held = _held(400, subject=-1)
    (record,) = merge_drafts([arrest, held])  # type: ignore[list-item]
    assert record.trigger.text == "arrested"
    assert [m.text for m in record.mentions] == ["held"]


def test_a_holding_of_people_the_sentence_names_stays_apart() -> None:
    # "... Opposition leaders said 14 party members had been held for five hours."
    arrest = _said(
        draft("arrest", "arrested", 6, para=1, time=_day("2026-11-10", 60)),
        "Police arrested the union leader at his home in Viana on Tuesday night.",
    )
    held = _held(400, subject=395)
    assert len(merge_drafts([arrest, held])) == 2  # type: ignore[list-item]


def test_a_holding_with_no_arrest_told_before_is_kept() -> None:
    held = _held(400, subject=-1)
    (record,) = merge_drafts([held])  # type: ignore[list-item]
    assert record.trigger.text == "held"
