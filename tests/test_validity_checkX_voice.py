"""Check X (groups MU, HC): sentences the voice and attribution lenses read as someone's speech when the outlet speaks.

Each rule is tested on new sentences of the same structure as the checked one, and on the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, sentence_voices


def _voice(text: str) -> str:
    return sentence_voices([text])[0].kind


# MU-6: "The chances of Democrats being credibly accused of overreaching just went up sharply." (The Hill's forecast)
@pytest.mark.parametrize(
    "sentence",
    [
        "The odds of the governor being publicly blamed for the shutdown rose on Friday.",
        "Republicans face a growing risk of being accused of hypocrisy.",
        "The prospect of the council being criticized for the delay worries the mayor's staff.",
        "Candidates in swing districts try to avoid being called extremists.",
    ],
)
def test_a_passive_gerund_under_a_word_of_what_may_happen_reports_no_one(sentence: str) -> None:
    assert _voice(sentence) == OWN


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor is being accused of lying by her rivals.",
        "Critics accused the mayor of lying.",
        "The senator was accused of overreaching.",
    ],
)
def test_an_accusation_made_is_still_reported(sentence: str) -> None:
    assert _voice(sentence) == REPORTED
