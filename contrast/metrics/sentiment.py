"""Sentiment: VADER compound per sentence, aggregated per source and per origin — the outlet's own voice apart.

Aggregates are over sentences, not a whole-text score (which saturates). Each sentence
is scored on its normalised text (``vader.tone``) and given its voice (``voice``): the
outlet's own words, a quotation, or reported speech. A source's tone is the tone of its
own voice — what the outlet says — and an own-voice sentence that reports someone in a joined clause ("…,
while Democrats vowed to block it") is scored without that clause, and without its short quotations (a quoted
headline, "… reads, “THE QUEEN OF RAGE.”", is the headline's feeling: check12m BN-18) (``voice.own_part``); so the
figures named ``sentiment_*`` and ``share_*`` are over ``own`` sentences only: mean (with a 95% bootstrap interval), median, the shares
of positive (≥ 0.05), neutral and negative (≤ -0.05) sentences (shares with intervals),
and the most positive and most negative own-voice sentence. Quoted and reported speech
is aggregated apart (``reported_*``): whose words carry the feeling is part of the framing.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import polars as pl

from contrast.metrics.lens import english_only
from contrast.metrics.registry import Corpus, MetricFrames, SourceSlice, concat_frames, metric
from contrast.metrics.vader import NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD, tone
from contrast.metrics.voice import OWN, own_part, source_voices
from contrast.schema import END, ORIGIN, SENTENCE_INDEX, SENTENCE_KEY, SOURCE_ID, START, TEXT, in_sentence_order, key_columns
from contrast.segment import heading_flags, own_line_flags, paragraph_opening_flags
from contrast.stats import MIN_INTERVAL, bootstrap_means, one_sided, percentile_intervals, rows_seed, stored_replicates

COMPOUND = "compound"
VOICE = "voice"
HEADING = "heading"
"""Whether a sentence is a heading or a one-word item (``contrast.segment.heading_flags``): page structure, not something
the outlet says, so no own-voice figure counts it (``own_voice``); its ``voice`` is still the voice reading's."""
SENTENCE_COLUMNS = (COMPOUND, "pos", "neu", "neg")
INTERVAL_COLUMNS = ("sentiment_mean", "share_positive", "share_negative")
"""Figures given a 95% bootstrap interval (``<name>_low``, ``<name>_high``) over own-voice sentences."""
_GROUPS_AT_ONCE = 256
"""Groups whose bootstrap replicates are held at once (8 KB per group and figure): the intervals of
thousands of sources are computed a few calls at a time, in bounded memory."""


def score_source(source: SourceSlice) -> MetricFrames:
    """One source: VADER's scores and the voice of each sentence (English only)."""
    if source.language != "en" or source.sentences.height == 0:
        return MetricFrames()
    return MetricFrames(sentences=score_sentences(source.sentences, text=source.text))


@metric("sentiment", per_source=score_source)
def sentiment(corpus: Corpus) -> MetricFrames:
    """Scores English sources only: VADER's lexicon is English, so other languages get N/A.

    Sentences are scored per source (cached with the source). Sources and origins are
    aggregated here, every source in one query: a source's aggregate on its own took polars
    a few milliseconds of set-up for a few dozen rows, most of the stage at thousands of sources,
    and grouping all sources at once gives each source the same figures (``aggregate``).
    """
    warnings = english_only(corpus, "Sentiment", tool="VADER")
    parts = corpus.measured("sentiment", score_source).values()
    scored = concat_frames(part.sentences for part in parts)
    if scored is None:
        return MetricFrames(warnings=warnings)
    with_origin = scored.join(corpus.sentences.select(*SENTENCE_KEY, ORIGIN), on=SENTENCE_KEY, maintain_order="left")
    # A source's replicates are drawn, never kept in the build cache, as when each source was
    # aggregated on its own (``stages.measure_alone``): only the origins' are kept by content.
    with stored_replicates(None):
        sources = aggregate(scored, SOURCE_ID)
    return MetricFrames(sentences=scored, sources=sources, origins=aggregate(with_origin, ORIGIN), warnings=warnings)


def score_sentences(sentences: pl.DataFrame, *, text: str | None = None) -> pl.DataFrame:
    """VADER's four scores and the voice of every sentence of one source, keyed by source and sentence index.

    ``text`` (the source's cleaned text) tells where paragraphs break, which ends a quotation
    left open; without it the sentences are read as one paragraph.
    """
    ordered = in_sentence_order(sentences)
    read = source_voices(ordered, text)
    # an own-voice sentence is scored on its own words: not on a clause in which it reports someone
    scores = [tone(own_part(t, v)) for t, v in zip(ordered.get_column(TEXT).to_list(), read, strict=True)]
    voices = [v.kind for v in read]
    texts = ordered.get_column(TEXT).to_list()
    own_lines = [False] * len(texts)  # without the text, no sentence is known to be a line of its own
    opens = None
    if text is not None:
        spans = list(zip(ordered.get_column(START).to_list(), ordered.get_column(END).to_list(), strict=True))
        own_lines, opens = own_line_flags(text, spans), paragraph_opening_flags(text, spans)
    headings = heading_flags(texts, own_lines, opens=opens)
    return key_columns(
        ordered,
        *(pl.Series(name, [row[name] for row in scores], dtype=pl.Float64) for name in SENTENCE_COLUMNS),
        pl.Series(VOICE, voices, dtype=pl.String),
        pl.Series(HEADING, headings, dtype=pl.Boolean),
    )


def own_voice(columns: Sequence[str]) -> pl.Expr:
    """The sentences that are the outlet's own voice, for a frame with ``columns``: read as its own (``voice``) and no
    heading or one-word item ("ABSTRACT", "Horrid.", "Sharp Downward Revision Of April's Gain:", check14 JR-8) — the
    one filter of every own-voice figure (tone, its shares and counts, the lens tables' own-voice samples)."""
    own = pl.col(VOICE) == OWN
    return own & ~pl.col(HEADING).fill_null(False) if HEADING in columns else own


def aggregate(scored: pl.DataFrame, by: str) -> pl.DataFrame:
    """Per-group tone of the own voice (mean, median, shares, extremes, intervals) and of reported speech.

    Ties between equally extreme sentences go to the earliest (source id, then index), so
    the choice is deterministic. A group without own-voice sentences has null own figures.
    """
    compound = pl.col(COMPOUND)
    ordered = scored.sort(SENTENCE_KEY)
    groups = ordered.select(by).unique(maintain_order=True)
    own = ordered.filter(own_voice(ordered.columns))
    others = ordered.filter(pl.col(VOICE) != OWN)  # a heading is no one's reported speech either
    figures = (
        own.group_by(by, maintain_order=True)
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
    reported = others.group_by(by, maintain_order=True).agg(
        pl.len().alias("reported_sentences"), compound.mean().alias("reported_mean")
    )
    intervals = _intervals(own, by)
    result = (
        groups.join(figures, on=by, how="left", maintain_order="left")
        .join(intervals, on=by, how="left", maintain_order="left")
        .join(reported, on=by, how="left", maintain_order="left")
    )
    return result.with_columns(
        pl.col("sentiment_sentences").fill_null(0).cast(pl.UInt32),
        pl.col("reported_sentences").fill_null(0).cast(pl.UInt32),
    )


def _flags(name: str, values: np.ndarray) -> np.ndarray:
    """The per-sentence values behind interval column ``name``: 0/1 flags of a share, the scores of the mean."""
    if name == "share_positive":
        return (values >= POSITIVE_THRESHOLD).astype(np.float64)
    if name == "share_negative":
        return (values <= NEGATIVE_THRESHOLD).astype(np.float64)
    return values


def _intervals(own: pl.DataFrame, by: str) -> pl.DataFrame:
    """95% percentile bootstrap intervals of each group's own-voice mean and shares (seeded by the group's values, as
    the page-1 comparisons are, so one source's origin and the source print one interval); none for a group of fewer
    than ``MIN_INTERVAL`` own-voice sentences."""
    # The groups' rows in first-seen order, as group_by(maintain_order=True) gives them, without its
    # per-group frames (polars' set-up per group cost more than the bootstrap).
    compounds = own.get_column(COMPOUND).to_numpy().astype(np.float64)
    rows_of: dict[object, list[int]] = {}
    for row, key in enumerate(own.get_column(by).to_list()):
        rows_of.setdefault(key, []).append(row)
    keys = list(rows_of)
    data: dict[str, list[object]] = {by: list(keys), **{f"{n}_{side}": [] for n in INTERVAL_COLUMNS for side in ("low", "high")}}
    for first in range(0, len(keys), _GROUPS_AT_ONCE):
        replicates: dict[str, list[np.ndarray]] = {name: [] for name in INTERVAL_COLUMNS}
        for key in keys[first : first + _GROUPS_AT_ONCE]:
            values = compounds if len(rows_of) == 1 else compounds[rows_of[key]]
            columns = {name: _flags(name, values) for name in ("sentiment_mean", "share_positive", "share_negative")}
            for name, drawn in bootstrap_means(columns, seed=rows_seed(values)).items():
                replicates[name].append(drawn)
        for name, rows in replicates.items():
            # These groups' intervals in one call (a row per group): the same quantiles as group by group.
            low, high = percentile_intervals(np.vstack(rows))
            # RM-4: none from fewer than MIN_INTERVAL own-voice sentences (one sentence's "interval" is its value)
            chunk = keys[first : first + _GROUPS_AT_ONCE]
            for key, lo, hi in zip(chunk, low, high, strict=True):
                interval: tuple[float | None, float | None] = (None, None)
                if len(rows_of[key]) >= MIN_INTERVAL:  # SE-P6: a share all on one side gets Wilson's, equal scores none
                    flags = _flags(name, compounds if len(rows_of) == 1 else compounds[rows_of[key]])
                    interval = one_sided(lo, hi, flags, share=name != "sentiment_mean")
                data[f"{name}_low"].append(interval[0])
                data[f"{name}_high"].append(interval[1])
    schema = {by: pl.String(), **{f"{n}_{side}": pl.Float64() for n in INTERVAL_COLUMNS for side in ("low", "high")}}
    return pl.DataFrame(data, schema=schema)
