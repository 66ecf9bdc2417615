"""Session 38: a title written in abbreviation ("Asst Comm Moyo") is the titled person named before;
"the governor of X, Name" is a person whom "the governor" picks up; "his party said" is the party named
with him; a name a "who" clause follows is a person. Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from .test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _speaker_of(nlp: Language, text: str, words: str) -> str | None:
    """The speaker name of the narrowest claim whose content holds ``words``."""
    found = [c for c in claims_of(nlp, text) if words in c.content.text]
    assert found, [(c.speaker.name, c.content.text) for c in claims_of(nlp, text)]
    return min(found, key=lambda c: len(c.content.text)).speaker.name


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        pytest.param(
            "Police have arrested 12 suspects after shops were looted in Gweru, national police spokesperson "
            "Assistant Commissioner Tendai Moyo has said.\n\n"
            "Asst Comm Moyo told journalists that about 100 youths had blocked the main road on Monday.",
            "about 100 youths",
            "Tendai Moyo",
            id="abbreviated-title-refers-to-the-full-name",
        ),
        pytest.param(
            "The protest was peaceful until outsiders joined it, the governor of Lidor, Farid Hashemi, told "
            "reporters. Police said 20 people had been detained. The governor dismissed reports that "
            "three protesters had been killed.",
            "three protesters",
            "Farid Hashemi",
            id="office-holder-named-after-a-place-is-a-person",
        ),
        pytest.param(
            "The protest was peaceful until outsiders joined it, the governor of Lidor, Farid Hashemi, told "
            "reporters. Police said 20 people had been detained. The governor dismissed reports that "
            "three protesters had been killed.",
            "peaceful",
            "Farid Hashemi",
            id="office-holder-named-after-a-place-speaks-first",
        ),
        pytest.param(
            "Tomas Varga, who leads the opposition Civic Renewal party, was detained near the parliament "
            "building on Friday, his party said.",
            "was detained",
            "Civic Renewal",
            id="his-party-is-the-party-named-with-him",
        ),
        pytest.param(
            "Nkemba's lawyer said his client had been refused food since his arrest.\n\n"
            "Tshabangu, who says he won the election, called on his supporters to march to the Electoral "
            "Commission on Monday, and warned that the stoppage would be extended. "
            '"The ruling party is playing with fire," he said.',
            "playing with fire",
            "Tshabangu",
            id="a-name-with-a-who-clause-is-a-person",
        ),
    ],
)
def test_session38_speaker_names(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker in (_speaker_of(nlp, text, words) or "")


def test_a_state_bodys_press_service_is_named_after_the_body(nlp: Language) -> None:
    text = (
        "Public order has been restored in Kasansay, the regional department of internal affairs reported. "
        "Reports that a resident was shot dead are false, the department's press service said."
    )
    name = _speaker_of(nlp, text, "Reports that") or ""
    assert "regional department of internal affairs" in name, name


def test_a_foreign_acronym_in_brackets_is_the_bodys_other_name(nlp: Language) -> None:
    text = (
        "The National Human Rights Institute (INDH) said 12 people were detained. The institute said it "
        "had filed a complaint."
    )
    found = [c.speaker for c in claims_of(nlp, text) if "filed a complaint" in c.content.text]
    assert found
    names = {*found[0].aliases, *(x.name for x in found[0].inferred_names)}
    assert "INDH" in names, found[0]


def test_a_long_form_with_in_defines_its_acronym(nlp: Language) -> None:
    text = (
        "The Association for Justice and Liberty in Chad (AJLT) said 12 people were detained. AJLT also "
        "said it would file a complaint."
    )
    found = [c.speaker for c in claims_of(nlp, text) if "file a complaint" in c.content.text]
    assert found
    names = {*found[0].aliases, *(x.name for x in found[0].inferred_names)}
    assert any("Justice and Liberty in Chad" in n for n in names), found[0]
