"""The one place that talks to vaderSentiment.

VADER is built for sentences: its compound score saturates towards ±1 on long text
(vaderSentiment issue #151), so contrast scores sentences and aggregates. Scores come
from :mod:`contrast.metrics.vader_exact`, which gives vaderSentiment's values exactly
(its tables read from the installed package, no network) several times faster.

Every tone contrast prints goes through :func:`tone`: VADER on :func:`tone_text`, the
sentence with its typography normalised (``typography``) and the words used in a sense
without feeling set aside (``senses``). :func:`polarity` is VADER itself on the string it
is given, through the exact port (``tests/test_vader_parity.py`` checks the two agree).
"""

from __future__ import annotations

import string
from collections import Counter
from functools import cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer, SentiText

from contrast.metrics.senses import neutral_senses
from contrast.metrics.typography import normalise_typography
from contrast.metrics.vader_exact import polarity_scores

POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05
"""Hutto & Gilbert's (2014) recommended cut-offs on the compound score for positive / negative."""


@cache
def analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@cache
def lexicon_words() -> frozenset[str]:
    """The words VADER's lexicon rates."""
    return frozenset(analyzer().lexicon)


def polarity(sentence: str) -> dict[str, float]:
    """VADER's scores for one sentence exactly as given: ``neg``, ``neu``, ``pos`` and ``compound``."""
    return polarity_scores(sentence)


def tone_text(sentence: str) -> str:
    """The string VADER scores for ``sentence``: typography normalised, feeling-less senses set aside."""
    return neutral_senses(normalise_typography(sentence), lexicon_words())


def tone(sentence: str) -> dict[str, float]:
    """VADER's scores of :func:`tone_text` — the tone contrast reports for a sentence."""
    return polarity(tone_text(sentence))


def rated_words(sentence: str) -> tuple[tuple[str, float], ...]:
    """The words of :func:`tone_text` that VADER's lexicon rates, with their ratings (−4 to +4), in
    order: what a sentence's tone is made of, for a reader to check (negation, "but" and
    intensifiers then move the compound; a word set aside for its sense is not among them).
    Tokens as VADER reads them: split on whitespace, punctuation stripped from the ends."""
    lexicon = analyzer().lexicon
    found = []
    for token in tone_text(sentence).split():
        word = token.strip(string.punctuation)
        if len(word) <= 2:  # VADER keeps short tokens as written (":)", "no")
            word = token
        if word.lower() in lexicon:
            found.append((word, float(lexicon[word.lower()])))
    return tuple(found)


def turned_words(sentence: str) -> frozenset[str]:
    """The words of :func:`tone_text` (lower case) that VADER's lexicon rates and that this sentence turns around:
    read after a negation ("would not implement a ban"), "no" or "least", their valence has the other sign from their
    rating. A reader told that a score reacts to "ban" must be told that here it pushes the score up (check14 TG-31:
    the key explained a positive score by "ban" alone). VADER's own reading of each word, not a rule of ours."""
    vader = analyzer()
    text = SentiText(tone_text(sentence))
    tokens = text.words_and_emoticons
    turned = set()
    for i, token in enumerate(tokens):
        rating = vader.lexicon.get(token.lower())
        if rating:
            valence = vader.sentiment_valence(0.0, text, token, i, [])[-1]
            if valence * rating < 0:
                turned.add(token.lower())
    return frozenset(turned)


def set_aside_words(sentence: str) -> tuple[str, ...]:
    """The words of ``sentence`` VADER's lexicon rates that :func:`tone_text` set aside (a word of a name, "Chick-fil-A
    Appreciation Day", or one in a sense without feeling), in order: a reader sees them, the score does not count them
    (check11-recheckJ CF-31: the key said no word of the excerpt was in the score's list)."""
    lexicon = analyzer().lexicon
    kept = Counter(word.lower() for word, _ in rated_words(sentence))
    aside = []
    for token in normalise_typography(sentence).split():
        word = token.strip(string.punctuation)
        if len(word) <= 2:
            word = token
        if word.lower() not in lexicon:
            continue
        if kept[word.lower()] > 0:
            kept[word.lower()] -= 1
        else:
            aside.append(word)
    return tuple(aside)
