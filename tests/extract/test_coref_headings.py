"""The article's title and the act its story tells further down: one record, dated and placed by the story."""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import merge_drafts
from eventwire.extract.coref_headings import heads
from eventwire.records import Time
from tests.extract.test_coref import _in_sentence, _place, draft

TITLE = "Gunmen raid farm in the north; police detain three union leaders"


def _inferred(day: str) -> Time:
    return Time(day, None, None, day, day, day, "day", "document")


def _written(day: str, start: int) -> Time:
    return Time(day, start, start + 10, day, day, day, "day", "document")


def _title_arrest() -> object:
    d = _in_sentence(draft("arrest", "detain", 0), TITLE, 0)
    country = replace(_place("Freedonia", 5), feature="country", precision="country", country="FD")
    return replace(d, time=_inferred("2025-06-12"), time_inferred=True, places=(country,), title=True)


def _body_arrest(day: str, para: int) -> object:
    # "On Tuesday, police in Port Elm detained three leaders of the dockers' union at their homes."
    d = draft("arrest", "detained", 900, para=para, time=_written(day, 903))
    return replace(d, places=(replace(_place("Port Elm", 920), country="FD"),))


def test_the_title_joins_its_story_told_five_paragraphs_down() -> None:
    title, body = _title_arrest(), _body_arrest("2025-06-10", 5)
    assert heads(title, body)  # type: ignore[arg-type]
    (one,) = merge_drafts([title, body])  # type: ignore[list-item]
    # the story's telling gives the record its day and its place, not the title's guesses
    assert one.time is not None and one.time.start == "2025-06-10"
    assert (one.places[0].name or one.places[0].text) == "Port Elm"


def test_a_title_under_a_dateline_joins_its_story_as_well() -> None:
    # "Monday, June 12, 2025" / "Harbour Post - Freedonia news" above the title: the title is line 2
    title = replace(_title_arrest(), para=2)  # type: ignore[type-var]
    assert heads(title, _body_arrest("2025-06-10", 7))  # type: ignore[arg-type]
    assert len(merge_drafts([title, _body_arrest("2025-06-10", 7)])) == 1  # type: ignore[list-item]


def test_a_subheading_still_reaches_only_two_paragraphs() -> None:
    sub = replace(_title_arrest(), para=3, title=False)  # type: ignore[type-var]
    assert not heads(sub, _body_arrest("2025-06-10", 9))  # type: ignore[arg-type]


def test_a_past_act_the_story_recalls_is_not_the_title_s() -> None:
    # "... a similar sweep in March 2021, when dozens of union members were detained."
    old = _body_arrest("2021-03-15", 8)
    assert not heads(_title_arrest(), old)  # type: ignore[arg-type]
    assert len(merge_drafts([_title_arrest(), old])) == 2  # type: ignore[list-item]


def test_the_titled_record_speaks_with_its_story_s_voice() -> None:
    # "Rebels ambush army patrol in the hills" (title); "Rebels ambushed an army patrol on Monday, the
    # army said." (para 1); "The rebels said their fighters had killed nine soldiers." (para 2)
    title = replace(
        _in_sentence(draft("attack", "ambush", 0), "Rebels ambush army patrol in the hills", 0),
        time=_inferred("2025-06-12"),
        time_inferred=True,
        verbal_assert=False,  # a title asserts nothing in the publisher's voice
    )
    body = replace(
        draft("attack", "ambushed", 100, status="attributed", source="army", claim_id="c1", para=1),
        head_lemma="ambush",
        time=_written("2025-06-09", 120),
    )
    toll = replace(
        draft("killing", "killed", 400, status="attributed", source="rebels", claim_id="c2", para=2),
        time=_inferred("2025-06-09"),
        time_inferred=True,
    )
    (one,) = merge_drafts([title, body, toll])  # type: ignore[list-item]
    assert one.type == "attack"
    assert one.source is not None and one.source.name == "army"  # the story's voice, not the rebels'


def test_the_title_block_is_the_top_lines_without_a_closing_stop() -> None:
    import spacy

    from eventwire.extract.events_cues import _in_title_block

    text = (
        "Monday, June 12, 2025\n\nHarbour Post - Freedonia news\n\n"
        "Police detain three union leaders\n\nPolice detained three union leaders on Tuesday.\n\n"
        "Strikers return\n"
    )
    doc = spacy.blank("en")(text)
    first, told, sub = text.index("Police detain "), text.index("Police detained"), text.index("Strikers")

    def at(start: int) -> bool:
        span = doc.char_span(start, text.index("\n", start), alignment_mode="expand")
        assert span is not None
        return _in_title_block(doc, span)

    assert at(first)
    assert not at(told)
    assert not at(sub)  # a subheading below the story's first told sentence is no title


def test_a_title_segment_ending_on_a_semicolon_is_still_the_headline() -> None:
    from eventwire.extract.coref_headings import headline

    # "Strikers in Port Elm jail beaten; relatives detained": the segmenter cuts the title at ';'
    seg = _in_sentence(draft("torture", "beaten", 25), "Strikers in Port Elm jail beaten;", 0)
    assert not headline(seg)  # type: ignore[arg-type]
    assert headline(replace(seg, title=True))  # type: ignore[type-var, arg-type]
