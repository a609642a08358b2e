"""Frame categories: the 15 policy frames of Boydstun et al.'s codebook, through a cue lexicon.

A sentence shows a frame when it contains one of the frame's cue words
(``resources/lexicons/frames.toml``, extended by ``[lenses.frames]``); it can show
several. 'Other' collects sentences of five or more words with no cue of any frame.
An origin's frame profile is the share of its sentences showing each frame. This is a
transparent approximation of the codebook (Boydstun et al. 2014; Card et al. 2015), not
a coder's judgement: every assignment can be checked against the highlighted cue.
"""

from __future__ import annotations

import polars as pl

from contrast.metrics import Corpus, MetricFrames, metric
from contrast.metrics.cues import find_evidence, matcher
from contrast.metrics.figures import Measure, lens_figures
from contrast.metrics.lens import category_counts, english_sentences, with_origin
from contrast.resources import Lexicon, lexicon
from contrast.schema import SENTENCE_KEY, TEXT

LENS = "frames"
OTHER = "other"
MIN_WORDS = 5
"""Headings and fragments shorter than this are not framed sentences."""


def frames_lexicon(corpus: Corpus) -> Lexicon:
    return lexicon(LENS).extended(corpus.lenses.extra(LENS))


@metric(LENS)
def frames(corpus: Corpus) -> MetricFrames:
    words = frames_lexicon(corpus)
    sentences, warnings = english_sentences(corpus, "Frames")
    sentences = sentences.filter(pl.col(TEXT).str.split(" ").list.len() >= MIN_WORDS)
    evidence = find_evidence(sentences, matcher(words), LENS)
    table = category_counts(sentences, evidence, words.ids).with_columns(pl.lit(1.0).alias("sentence"))
    table = table.with_columns(
        *((pl.col(f"n:{f}") > 0).cast(pl.Float64).alias(f"shows:{f}") for f in words.ids),
        (pl.sum_horizontal(pl.col(f"n:{f}") for f in words.ids) == 0).cast(pl.Float64).alias(f"shows:{OTHER}"),
    )
    ids = (*words.ids, OTHER)
    measures = [Measure(f, f"shows:{f}", "sentence", "share") for f in ids]
    figures = lens_figures(LENS, table, measures, with_origin(evidence, sentences), origins=corpus.origins)
    dominant = table.select(
        *SENTENCE_KEY,
        pl.when(pl.col(f"shows:{OTHER}") > 0)
        .then(pl.lit(OTHER))
        .otherwise(pl.concat_list(pl.col(f"n:{f}") for f in words.ids).list.arg_max().replace_strict(
            list(range(len(words.ids))), list(words.ids), return_dtype=pl.String
        ))
        .alias("frame"),
    )
    return MetricFrames(sentences=dominant, figures=figures, evidence=evidence, warnings=warnings)
