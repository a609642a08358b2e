"""Sentiment: VADER compound per sentence, aggregated per source and per origin.

Aggregates are over sentences, not a whole-text score (which saturates): mean, median,
and the shares of positive (≥ 0.05), neutral and negative (≤ -0.05) sentences, plus the
most positive and most negative sentence of each source and origin.
"""

from __future__ import annotations

import polars as pl

from contrast.metrics import Corpus, MetricFrames, SourceSlice, concat_frames, metric
from contrast.metrics.lens import english_only
from contrast.metrics.vader import NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD, polarity
from contrast.schema import ORIGIN, SENTENCE_INDEX, SENTENCE_KEY, SOURCE_ID, TEXT

COMPOUND = "compound"
SENTENCE_COLUMNS = (COMPOUND, "pos", "neu", "neg")


def score_source(source: SourceSlice) -> MetricFrames:
    """One source: VADER's scores for each sentence and their aggregate (English only)."""
    if source.language != "en" or source.sentences.height == 0:
        return MetricFrames()
    scored = score_sentences(source.sentences)
    return MetricFrames(sentences=scored, sources=aggregate(scored, SOURCE_ID))


@metric("sentiment", per_source=score_source)
def sentiment(corpus: Corpus) -> MetricFrames:
    """Scores English sources only: VADER's lexicon is English, so other languages get N/A.

    Sentences are scored and aggregated per source (cached with the source); only the
    origin aggregates look across sources.
    """
    warnings = english_only(corpus, "Sentiment", tool="VADER")
    parts = corpus.measured("sentiment", score_source).values()
    scored = concat_frames(part.sentences for part in parts)
    if scored is None:
        return MetricFrames(warnings=warnings)
    with_origin = scored.join(corpus.sentences.select(*SENTENCE_KEY, ORIGIN), on=SENTENCE_KEY, maintain_order="left")
    return MetricFrames(
        sentences=scored,
        sources=concat_frames(part.sources for part in parts),
        origins=aggregate(with_origin, ORIGIN),
        warnings=warnings,
    )


def score_sentences(sentences: pl.DataFrame) -> pl.DataFrame:
    """VADER's four scores for every sentence, keyed by source and sentence index."""
    scores = [polarity(text) for text in sentences.get_column(TEXT).to_list()]
    return sentences.select(*SENTENCE_KEY).with_columns(
        pl.Series(name, [row[name] for row in scores], dtype=pl.Float64) for name in SENTENCE_COLUMNS
    )


def aggregate(scored: pl.DataFrame, by: str) -> pl.DataFrame:
    """Per-group tone: mean, median, shares by polarity, and where the extremes are.

    Ties between equally extreme sentences go to the earliest (source id, then index), so
    the choice is deterministic.
    """
    compound = pl.col(COMPOUND)
    ordered = scored.sort(SENTENCE_KEY)
    return (
        ordered.group_by(by, maintain_order=True)
        .agg(
            pl.len().alias("sentiment_sentences"),
            compound.mean().alias("sentiment_mean"),
            compound.median().alias("sentiment_median"),
            compound.std().alias("sentiment_std"),
            (compound >= POSITIVE_THRESHOLD).mean().alias("share_positive"),
            ((compound > NEGATIVE_THRESHOLD) & (compound < POSITIVE_THRESHOLD)).mean().alias("share_neutral"),
            (compound <= NEGATIVE_THRESHOLD).mean().alias("share_negative"),
            compound.max().alias("most_positive_compound"),
            pl.col(SOURCE_ID).get(compound.arg_max()).alias("most_positive_source"),
            pl.col(SENTENCE_INDEX).get(compound.arg_max()).alias("most_positive_index"),
            compound.min().alias("most_negative_compound"),
            pl.col(SOURCE_ID).get(compound.arg_min()).alias("most_negative_source"),
            pl.col(SENTENCE_INDEX).get(compound.arg_min()).alias("most_negative_index"),
        )
    )
