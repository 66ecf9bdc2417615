"""A speaker's acronym and its long form as the document writes them (sentences written by us)."""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.speaker_acronyms import AcronymIndex, acronym_aliases
from eventwire.records import Actor


def _speaker(name: str, at: int, aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(
        text=name,
        start_char=at,
        end_char=at + len(name),
        name=name,
        aliases=aliases,
        kind="unknown",
        role="speaker",
        country=None,
    )


def test_a_bracketed_acronym_leaves_the_name_and_becomes_an_alias() -> None:
    text = "The strike spread, according to the Free Union of Nurses (FUN)."
    found = acronym_aliases(_speaker("Free Union of Nurses (FUN", 30), AcronymIndex.of(text))
    assert found.name == "Free Union of Nurses"
    assert "FUN" in found.aliases


def test_an_acronym_takes_the_long_form_the_text_defines() -> None:
    text = "Clinics closed, the Free Union of Nurses (FUN) said. On Friday the FUN warned of more."
    at = text.index("FUN warned")
    found = acronym_aliases(_speaker("FUN", at), AcronymIndex.of(text))
    assert found.name == "FUN"
    assert found.aliases == ("Free Union of Nurses",)


def test_a_dictionary_name_takes_the_long_form_its_acronym_is_given() -> None:
    text = "Roads were cut, the National Rural Farmers' League (NRFL) said. The NRFL called a march."
    at = text.index("NRFL called")
    found = acronym_aliases(_speaker("Farmers League", at, ("NRFL",)), AcronymIndex.of(text))
    assert "National Rural Farmers' League" in found.aliases


def test_an_acronym_spelled_by_an_earlier_name() -> None:
    text = "The Northern Coast Police dispersed the crowd. In a statement the NCP said order was restored."
    at = text.index("NCP said")
    found = acronym_aliases(_speaker("NCP", at), AcronymIndex.of(text))
    assert found.aliases == ("Northern Coast Police",)


def test_a_name_ending_in_an_acronym_takes_it_as_alias() -> None:
    text = "The port authority PTA put the losses at $2 million."
    found = acronym_aliases(_speaker("port authority PTA", 0), AcronymIndex.of(text))
    assert found.aliases == ("PTA",)


def test_nothing_changes_without_an_acronym() -> None:
    text = "Police said 12 people were held. The ministry said order was restored."
    speaker = _speaker("ministry", text.index("ministry"))
    assert acronym_aliases(speaker, AcronymIndex.of(text)) is speaker


def test_a_bracketed_word_that_is_no_acronym_is_ignored() -> None:
    text = "Teachers marched (Reuters) and the Teachers Union (Tu) said so."
    assert AcronymIndex.of(text).defined == {}


def test_a_name_written_with_a_foreign_acronym_in_brackets_takes_it() -> None:
    # session 38 (re-applied in 39): the acronym of a body named in another language ("INDH")
    text = "The National Human Rights Institute (INDH) said 12 people were detained."
    speaker = _speaker("National Human Rights Institute", 4)
    speaker = replace(speaker, text="The National Human Rights Institute (INDH)")
    found = acronym_aliases(speaker, AcronymIndex.of(text))
    assert "INDH" in found.aliases


def test_a_long_form_joined_by_in_is_defined_by_its_acronym() -> None:
    text = (
        "The Association for Justice and Liberty in Chad (AJLT) said 12 people were detained. AJLT said more."
    )
    found = acronym_aliases(_speaker("AJLT", text.rindex("AJLT")), AcronymIndex.of(text))
    assert any("Justice and Liberty in Chad" in n for n in (found.name, *found.aliases)), found


def test_a_party_and_state_tag_is_no_acronym() -> None:
    text = "Senator Mike Pence (R-IN) said the bill would pass."
    speaker = _speaker("Mike Pence", 8)
    speaker = replace(speaker, text="Mike Pence (R-IN)")
    found = acronym_aliases(speaker, AcronymIndex.of(text))
    assert "R-IN" not in found.aliases
