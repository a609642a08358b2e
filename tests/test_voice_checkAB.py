"""Whose voice it is, check AB (ME): the outlet's own sentences with a reporting word only in a description.

ME-9: a relative clause "which she made very clear … that …" reports what its subject made clear about the outlet's
own statement; the main clause stays the outlet's. A participle describing the subject ("Candidates calling for
impeachment can …") reports no one. ME-25: a slanted verb after a closed relative clause that reports ("X, who has
called for …, has chided …") is the outlet's narration. The sentences here are new ones of the same structures.
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, cue_context, sentence_voices


def _kind(sentence: str) -> str:
    return sentence_voices([sentence])[0].kind


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause with a pronoun subject whose reporting verb is about the outlet's own statement
        "And the truth is: As long as the mayor keeps her council together — which she made very clear Friday that "
        "she does — her budget is safe.",
        "The union holds a clear majority of the votes — which it said plainly on Monday that it does — so the strike "
        "will go ahead.",
        # a participle describing the subject, before the subject's own finite verb
        "Local activists calling for a recount have kept the county clerk busy all week.",
        "Senators warning of a delay to the vote could still change the outcome of the budget fight.",
    ],
)
def test_a_report_only_in_a_description_leaves_the_sentence_own(sentence: str) -> None:
    assert _kind(sentence) == OWN


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters demanding a recount said the count was rigged.",
        "The mayor made very clear on Friday that she has the votes.",
        "Officials warned that the storm would hit the coast.",
    ],
)
def test_a_report_of_the_subject_still_reports(sentence: str) -> None:
    assert _kind(sentence) == REPORTED


@pytest.mark.parametrize(
    ("sentence", "word", "context"),
    [
        ("Even the independent Sen. Mary Holt, who has called for new hearings to start, has scolded her colleagues "
         "for skipping the briefing.", "scolded", OWN),
        ("The governor, who has long said the budget is sound, blasted the council for its delays.", "blasted", OWN),
        # the slanted verb inside what the first speaker says stays reported
        ("The mayor said that the council, who had warned of delays, blasted the plan.", "blasted", REPORTED),
    ],
)
def test_a_slanted_verb_after_a_closed_relative_report_is_the_outlets(sentence: str, word: str, context: str) -> None:
    start = sentence.index(word)
    assert cue_context(sentence_voices([sentence])[0], sentence, start, start + len(word), verb=True) == context
