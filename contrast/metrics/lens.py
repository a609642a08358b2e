"""What the framing lenses share: English sentences only, per-sentence cue counts, sample warnings.

The lexicons are English word lists, so a lens measures English sources only and says
so for the others (as VADER does), rather than counting zero cues in a Chinese text.
"""

from __future__ import annotations

import polars as pl

from contrast.metrics import Corpus, MetricFrames
from contrast.metrics.cues import CATEGORY, CueMatcher, find_evidence, word_count
from contrast.metrics.figures import Measure, lens_figures
from contrast.resources import Lexicon
from contrast.schema import ORIGIN, SENTENCE_INDEX, SENTENCE_KEY, SOURCE_ID, TEXT

WORDS = "words"


def english_sources(corpus: Corpus) -> list[str]:
    return [s for s in corpus.sources.get_column(SOURCE_ID).to_list() if corpus.language_of(s) == "en"]


def english_sentences(
    corpus: Corpus, measure: str, *, tool: str = "the lexicon"
) -> tuple[pl.DataFrame, tuple[str, ...]]:
    """The sentences of English sources, and one N/A warning per source in another language."""
    english = english_sources(corpus)
    warnings = tuple(
        f"{measure} of source {s!r}: N/A — it is written in {corpus.language_of(s)!r} and {tool} is English-only."
        for s in corpus.sources.get_column(SOURCE_ID).to_list()
        if corpus.language_of(s) != "en"
    )
    return corpus.sentences.filter(pl.col(SOURCE_ID).is_in(english)).sort(SENTENCE_KEY), warnings


def with_words(sentences: pl.DataFrame) -> pl.DataFrame:
    return sentences.with_columns(pl.col(TEXT).map_elements(word_count, return_dtype=pl.Int64).alias(WORDS))


def category_counts(sentences: pl.DataFrame, evidence: pl.DataFrame, categories: tuple[str, ...]) -> pl.DataFrame:
    """``sentences`` plus one column ``n:<category>`` per category: its cue occurrences in the sentence."""
    counts = (
        evidence.group_by(SOURCE_ID, SENTENCE_INDEX, CATEGORY)
        .len()
        .pivot(on=CATEGORY, index=[SOURCE_ID, SENTENCE_INDEX], values="len")
        if evidence.height
        else pl.DataFrame(schema={SOURCE_ID: pl.String(), SENTENCE_INDEX: pl.Int32()})
    )
    joined = sentences.join(counts, on=SENTENCE_KEY, how="left", maintain_order="left")
    return joined.with_columns(
        (pl.col(c).fill_null(0) if c in joined.columns else pl.lit(0)).cast(pl.Float64).alias(f"n:{c}") for c in categories
    )


def with_origin(evidence: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    return evidence.join(sentences.select(*SENTENCE_KEY, ORIGIN), on=SENTENCE_KEY, how="left", maintain_order="left")


def cue_rate_lens(corpus: Corpus, lens: str, lexicon: Lexicon, cue_matcher: CueMatcher) -> MetricFrames:
    """A lens that counts each category's cues per 1,000 words, per source and origin."""
    sentences, warnings = english_sentences(corpus, lens.capitalize())
    sentences = with_words(sentences)
    evidence = find_evidence(sentences, cue_matcher, lens)
    table = category_counts(sentences, evidence, lexicon.ids)
    measures = [Measure(c, f"n:{c}", WORDS, "rate", scale=1000.0) for c in lexicon.ids]
    figures = lens_figures(lens, table, measures, with_origin(evidence, sentences), origins=corpus.origins)
    return MetricFrames(figures=figures, evidence=evidence, warnings=warnings)
