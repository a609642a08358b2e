"""Characteristic sentences: which sentence of an origin uses its most distinctive words.

For each content word, a smoothed log-odds ratio of its rate in the origin against its
rate in all other origins; a sentence scores the sum of its words' positive log-odds,
divided by the square root of its length so long sentences do not win by size alone.
This is a lightweight stand-in for the weighted log-odds of Monroe, Colaresi & Quinn
(2008), which the framing lenses add later.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import polars as pl

from contrast.metrics import Corpus, MetricFrames, metric
from contrast.resources import word_list
from contrast.schema import ORIGIN, SENTENCE_INDEX, SENTENCE_KEY, SOURCE_ID, TEXT

DISTINCTIVENESS = "distinctiveness"
MIN_WORDS = 8
"""Shorter sentences (headings, fragments) cannot be an origin's characteristic sentence."""
SMOOTHING = 0.5
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")


def content_words(sentence: str) -> list[str]:
    stop = word_list("stopwords_en")
    return [w for w in (m.group().lower().replace("’", "'") for m in _WORD.finditer(sentence)) if w not in stop and len(w) > 2]


@metric("characteristic")
def characteristic(corpus: Corpus) -> MetricFrames:
    sentences = corpus.sentences.sort(SENTENCE_KEY)
    words = [content_words(text) for text in sentences.get_column(TEXT).to_list()]
    origins = sentences.get_column(ORIGIN).to_list()
    per_origin: dict[str, Counter[str]] = {}
    for origin, tokens in zip(origins, words, strict=True):
        per_origin.setdefault(origin, Counter()).update(tokens)
    total = Counter[str]()
    for counts in per_origin.values():
        total.update(counts)
    vocabulary = len(total) or 1
    log_odds = {origin: _log_odds(counts, total, vocabulary) for origin, counts in per_origin.items()}
    scores = [
        sum(max(log_odds[origin].get(w, 0.0), 0.0) for w in sorted(set(tokens))) / math.sqrt(len(tokens))
        if len(tokens) >= MIN_WORDS // 2 and _word_count(text) >= MIN_WORDS
        else 0.0
        for origin, tokens, text in zip(origins, words, sentences.get_column(TEXT).to_list(), strict=True)
    ]
    scored = sentences.select(*SENTENCE_KEY, ORIGIN).with_columns(pl.Series(DISTINCTIVENESS, scores, dtype=pl.Float64))
    best = (
        scored.sort([ORIGIN, DISTINCTIVENESS, SOURCE_ID, SENTENCE_INDEX], descending=[False, True, False, False])
        .group_by(ORIGIN, maintain_order=True)
        .first()
        .select(
            ORIGIN,
            pl.col(SOURCE_ID).alias("characteristic_source"),
            pl.col(SENTENCE_INDEX).alias("characteristic_index"),
            pl.col(DISTINCTIVENESS).alias("characteristic_score"),
        )
    )
    return MetricFrames(sentences=scored.drop(ORIGIN), origins=best)


def _log_odds(counts: Counter[str], total: Counter[str], vocabulary: int) -> dict[str, float]:
    """Smoothed log-odds of each word in ``counts`` against the rest of the corpus."""
    n_in = sum(counts.values())
    n_out = sum(total.values()) - n_in
    if n_out == 0:
        return {}
    denominator_in = n_in + SMOOTHING * vocabulary
    denominator_out = n_out + SMOOTHING * vocabulary
    return {
        word: math.log((c + SMOOTHING) / denominator_in) - math.log((total[word] - c + SMOOTHING) / denominator_out)
        for word, c in counts.items()
    }


def _word_count(text: str) -> int:
    return len(text.split())
