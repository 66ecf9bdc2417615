"""The line-break component: every token after a line break starts a sentence, and nothing else does."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.nlp.pipeline import _line_breaks

if TYPE_CHECKING:
    from spacy.language import Language

TEXTS = [
    "Police detained 12 people.\nProtests went on in Tehran.",
    "HEADLINE\n\nBody text follows here.  \n  And a last line\r\nwith a Windows break.",
    "No break at all in this one.",
    "\nStarts with a break",
    "Ends with a break\n",
    "x",
    "",
    "tab\tseparated\nand\u00a0\nspaces \n \n after",
]


@pytest.mark.slow
def test_line_breaks_start_sentences_as_the_token_scan_does(nlp: Language) -> None:
    for text in TEXTS:
        expected = nlp.make_doc(text)
        for i, token in enumerate(expected[:-1]):
            if "\n" in token.text_with_ws:
                expected[i + 1].is_sent_start = True
        doc = _line_breaks(nlp.make_doc(text))
        assert [t.is_sent_start for t in doc] == [t.is_sent_start for t in expected]
        for token in doc:
            assert "\n" not in token.text or token.is_space  # why only whitespace tokens are read


@pytest.mark.slow
def test_the_line_after_a_break_starts_a_sentence(nlp: Language) -> None:
    doc = nlp("Workers went on strike\nPolice arrested nine")
    police = next(t for t in doc if t.text == "Police")
    assert police.is_sent_start
