"""Readability: textstat's formulas per source and per origin (pooled text).

Values equal textstat's for the same cleaned text (``textstat_exact`` reproduces its
counting, once per document, for speed). Texts too short for the formulas to mean
anything get N/A (null) and a caveat, never textstat's 0.0, which reads as "very hard".
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from contrast.metrics import Corpus, MetricFrames, metric
from contrast.metrics.textstat_exact import readability_counts, scores_from_counts, too_short_reason
from contrast.schema import ORIGIN, SOURCE_ID

TEXTSTAT_LANGUAGES = {"en": "en_US", "de": "de_DE", "es": "es_ES", "fr": "fr_FR", "it": "it_IT", "nl": "nl_NL", "ru": "ru_RU"}
"""Report language → the textstat language setting, passed explicitly (textstat's own is process-wide)."""

FORMULAS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall",
    "consensus_grade",
)
COUNTS = ("words", "sentences", "words_per_sentence", "difficult_share")
COLUMNS = FORMULAS + COUNTS


@metric("readability")
def readability(corpus: Corpus) -> MetricFrames:
    lang = TEXTSTAT_LANGUAGES.get(corpus.language)
    if lang is None:
        return MetricFrames(
            warnings=(f"Readability: N/A — textstat has no formulas for language {corpus.language!r}.",)
        )
    sources, source_warnings = _score_texts(corpus.texts, key=SOURCE_ID, lang=lang, what="source")
    origins, _ = _score_texts(corpus.origin_texts(), key=ORIGIN, lang=lang, what="origin")
    return MetricFrames(sources=sources, origins=origins, warnings=tuple(source_warnings))


def _score_texts(texts: Mapping[str, str], *, key: str, lang: str, what: str) -> tuple[pl.DataFrame, list[str]]:
    rows: list[dict[str, object]] = []
    warnings: list[str] = []
    for name, text in texts.items():
        counts = readability_counts(text, lang)
        reason = too_short_reason(counts)
        scores = scores_from_counts(counts)
        row: dict[str, object] = {key: name}
        for column in COLUMNS:
            value = scores[column]
            row[column] = None if reason and column in FORMULAS else value
        rows.append(row)
        if reason:
            warnings.append(f"Readability of {what} {name!r}: N/A — {reason}.")
    schema = {key: pl.String(), **{column: pl.Float64() for column in COLUMNS}}
    return pl.DataFrame(rows, schema=schema, orient="row"), warnings
