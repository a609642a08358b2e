"""Origin contrasts: each origin's figure with its interval, and whether the highest and lowest differ.

"At a glance" and the origins table compare origins on tone, the share of negative and of
positive sentences, sentence length and reading grade. A gap between two origins is
reported as a finding only when the 95% bootstrap interval of the difference excludes
zero and each side has enough sentences (``contrast.stats.compare_groups``): a gap inside
the noise of resampling the origins' own sentences is said to be no clear difference.

Tone figures are over each origin's sentences in its own voice (``contrast.metrics.voice``):
quotations and reported speech are someone else's tone. Readability figures are over the
sentences of sources in the report's language that read as sentences of the body
(``contrast.segment.reads_as_sentence``): "Digital surveillance" is a heading, not a
two-word sentence, and neither is a live blog's "A Vicious Cycle?" or a list's "Horrid.".
The grade is the Flesch–Kincaid grade of those sentences (textstat's
word and syllable counts, the segmenter's sentences: ``contrast.metrics.readability``), with
an interval from resampling the same sentences; sentence length is their mean word count.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import polars as pl

from contrast.metrics.readability import BODY
from contrast.metrics.sentiment import own_voice
from contrast.metrics.vader import NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD
from contrast.schema import ORIGIN, SOURCE_ID
from contrast.stats import Contrast, compare_groups, mean_of

TONE, NEGATIVE, POSITIVE, SENTENCE_LENGTH, GRADE = "tone", "negative", "positive", "words_per_sentence", "grade"


def flesch_kincaid(means: Mapping[str, np.ndarray]) -> np.ndarray:
    """Flesch–Kincaid grade from the mean counts per sentence (mean words are words per sentence;
    a ratio of means is a ratio of sums)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return 0.39 * means["words"] + 11.8 * means["syllables"] / means["words"] - 15.59


def origin_contrasts(
    sentences: pl.DataFrame, origin_rows: Mapping[str, Mapping[str, object]], order: Sequence[str], *, pooled: Sequence[str]
) -> dict[str, Contrast]:
    """Every contrast that has at least two origins to compare, by name.

    ``sentences``: the analysis's sentences frame (with ``compound``, ``voice`` and the
    readability metric's per-sentence counts); ``origin_rows``: the origins frame's rows
    (textstat's pooled grades); ``order``: origin ids in taxonomy order; ``pooled``: the
    sources whose text the readability of origins pools (those in the report's language).
    """
    found: dict[str, Contrast | None] = {}
    if "compound" in sentences.columns and "voice" in sentences.columns:
        own = sentences.filter(pl.col("compound").is_not_null() & own_voice(sentences.columns))
        tone = _groups(own, order, compound=pl.col("compound"))
        found[TONE] = compare_groups(tone, mean_of("compound"))
        shares = _groups(
            own,
            order,
            negative=(pl.col("compound") <= NEGATIVE_THRESHOLD).cast(pl.Float64),
            positive=(pl.col("compound") >= POSITIVE_THRESHOLD).cast(pl.Float64),
        )
        found[NEGATIVE] = compare_groups(shares, mean_of("negative"), share="negative")
        found[POSITIVE] = compare_groups(shares, mean_of("positive"), share="positive")
    if "rd_words" in sentences.columns:
        counted = sentences.filter(
            pl.col(SOURCE_ID).is_in(list(pooled)) & pl.col("rd_words").is_not_null() & pl.col(BODY).fill_null(True)
        )
        body = _groups(
            counted, order, words=pl.col("rd_words").cast(pl.Float64), syllables=pl.col("rd_syllables").cast(pl.Float64)
        )
        found[SENTENCE_LENGTH] = compare_groups(body, mean_of("words"))
        points = {o: row.get("flesch_kincaid_grade") for o, row in origin_rows.items()}
        graded = {o: columns for o, columns in body.items() if points.get(o) is not None}
        found[GRADE] = compare_groups(graded, flesch_kincaid, points=points)  # type: ignore[arg-type]
    return {name: contrast for name, contrast in found.items() if contrast is not None}


def _groups(frame: pl.DataFrame, order: Sequence[str], **columns: pl.Expr) -> dict[str, dict[str, np.ndarray]]:
    """origin → column → values (one per sentence), origins in ``order``, rows in sentence order."""
    frame = frame.sort(SOURCE_ID, "sentence_index").select(ORIGIN, **columns)
    result = {}
    for origin in order:
        mine = frame.filter(pl.col(ORIGIN) == origin)
        if mine.height:
            result[origin] = {name: mine.get_column(name).to_numpy() for name in columns}
    return result
