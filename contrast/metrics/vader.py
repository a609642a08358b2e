"""The one place that talks to vaderSentiment.

VADER is built for sentences: its compound score saturates towards ±1 on long text
(vaderSentiment issue #151), so contrast scores sentences and aggregates. The analyser
loads its lexicon from the installed package (no network) and is created once.
"""

from __future__ import annotations

from functools import cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05
"""Hutto & Gilbert's (2014) recommended cut-offs on the compound score for positive / negative."""


@cache
def analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def polarity(sentence: str) -> dict[str, float]:
    """VADER's scores for one sentence: ``neg``, ``neu``, ``pos`` and ``compound``."""
    return analyzer().polarity_scores(sentence)
