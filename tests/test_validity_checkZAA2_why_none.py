"""An origin none of whose claims was shown to be its alone: the sentence saying why names what the search compares
(check ZAA2 IR-6: "Only in Left: none of its 13 claims shown to be its alone", while the Times' sentence on Pelosi's
House vote names people and things no other origin has; the search compares whole sentences, and its opening clause
was close to another origin's). New counts of the same structure."""

from __future__ import annotations

from contrast.report.briefing.events import _why_none


def test_claims_close_elsewhere_are_said_to_be_compared_as_whole_sentences() -> None:
    said = _why_none(9, 1, close=5, unanchored=2, context=1)
    assert "5 have a sentence in another origin sharing enough words or names with them" in said, said
    assert "the search compares whole sentences" in said, said
    assert "names someone or something no other origin has is counted here" in said, said


def test_without_close_claims_nothing_is_said_of_whole_sentences() -> None:
    # near miss: the clause belongs to the close reason only
    said = _why_none(4, 0, close=0, unanchored=3, context=1)
    assert "whole sentences" not in said, said
