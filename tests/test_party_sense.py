"""A political party is no celebration: VADER's "party" (+1.7) set aside where the sentence names one (check8 LP-5)."""

from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from contrast.metrics.typography import normalise_typography
from contrast.metrics.vader import tone
from contrast.report.handout.questions import felt_words

POLITICAL = [
    # LP-5: the "positive" own-voice sentences of US left and US right rested on "party" alone
    "Members of LePage's own party have been trying to deal with the headaches he's caused.",
    "The leaked voicemail prompted members of LePage's own party to question his ability to lead the state.",
    "After widespread criticism ― including from members of his own party ― he apologized.",
    "He faced criticism from within his own party on Tuesday.",
    "Leaders of her party met on Monday.",
    "He broke with his party on the vote.",
    "The Republican Party and the Democratic Party both condemned it.",
    "The Communist Party newspaper said so.",
    "The decision angered party leaders.",
]
CELEBRATION = [
    "We threw a party for her birthday.",
    "She went to a birthday party.",
    "He threw his own party after the game.",
    "Members of the party danced all night.",
    "The party was fun.",
]


@pytest.mark.parametrize("sentence", POLITICAL)
def test_a_political_party_gives_no_tone(sentence: str) -> None:
    assert "party" not in {w.lower() for w, _ in felt_words(sentence)}


@pytest.mark.parametrize("sentence", CELEBRATION)
def test_a_party_as_a_celebration_keeps_its_score_as_vader_gives_it(sentence: str) -> None:
    """Parity with vaderSentiment on the normalised sentence where "party" is a celebration."""
    assert "party" in {w.lower() for w, _ in felt_words(sentence)}
    assert tone(sentence) == SentimentIntensityAnalyzer().polarity_scores(normalise_typography(sentence))
