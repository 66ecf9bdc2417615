"""Session 44: leaders and bodies the outside develop halves leave unresolved: Indian leaders of the early
2000s named in lower-case text (the Attorney General, Bangalore's police commissioner, Gujarat's Congress
and BJP figures, chief ministers), the All India Babri Masjid Action Committee, US figures of the 2016
political news, Zimbabwe's Morgan Tsvangirai and Greece's Yanis Varoufakis (sentences written for these
tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.actors import ActorDictionary, find_actors

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "written", "canonical"),
    [
        (
            "attorney general soli sorabjee told the court the petition was premature.",
            "soli sorabjee",
            "Soli Sorabjee",
        ),
        ("police commissioner h t sangliana said the curfew would stay.", "sangliana", "H. T. Sangliana"),
        (
            "congress leader shankersinh vaghela demanded an inquiry.",
            "shankersinh vaghela",
            "Shankersinh Vaghela",
        ),
        (
            "the babri masjid action committee will meet in lucknow on sunday.",
            "babri masjid action committee",
            "All India Babri Masjid Action Committee",
        ),
        ("chief minister digvijay singh visited the injured in bhopal.", "digvijay singh", "Digvijay Singh"),
        ("Bobby Scott said he would hire campaign staff this month.", "Bobby Scott", "Bobby Scott"),
        (
            "Morgan Tsvangirai addressed supporters in Harare on Saturday.",
            "Morgan Tsvangirai",
            "Morgan Tsvangirai",
        ),
    ],
)
def test_real_news_actors_of_the_develop_halves(
    nlp: Language, dictionary: ActorDictionary, text: str, written: str, canonical: str
) -> None:
    found = [a for a in find_actors(nlp(text), dictionary) if a.text and written in a.text]
    assert found and found[0].name == canonical and found[0].identifier is not None
