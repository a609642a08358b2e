"""Readability: textstat's formulas per source and per origin (pooled text).

Values equal textstat's for the same cleaned text (``textstat_exact`` reproduces its
counting, once per document, for speed). Texts too short for the formulas to mean
anything get N/A (null) and a caveat, never textstat's 0.0, which reads as "very hard".
"""

from __future__ import annotations

import warnings as warnings_module
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
ENGLISH_ONLY = ("dale_chall", "difficult_share", "consensus_grade")
"""Measures built on textstat's English easy-word list (it falls back to it for other languages)."""
COLUMNS = FORMULAS + COUNTS


@metric("readability")
def readability(corpus: Corpus) -> MetricFrames:
    """Each source with textstat's settings for its own language; origins pool the sources
    written in the report's language (formulas are not comparable across languages)."""
    rows: list[dict[str, object]] = []
    warnings: list[str] = []
    for source_id in corpus.sources.get_column(SOURCE_ID).to_list():
        language = corpus.language_of(source_id)
        lang = TEXTSTAT_LANGUAGES.get(language)
        if lang is None:
            rows.append({SOURCE_ID: source_id})
            warnings.append(f"Readability of source {source_id!r}: N/A — textstat has no formulas for {language!r}.")
            continue
        source_rows, source_warnings = _score_texts({source_id: corpus.texts[source_id]}, key=SOURCE_ID, lang=lang, what="source")
        if language != "en":
            source_rows = source_rows.with_columns(pl.lit(None, pl.Float64).alias(c) for c in ENGLISH_ONLY)
            warnings.append(
                f"Readability of source {source_id!r} ({language!r}): Dale–Chall, difficult words and the consensus "
                "grade are N/A — they rest on an English word list."
            )
        rows.extend(source_rows.to_dicts())
        warnings.extend(source_warnings)
    schema = {SOURCE_ID: pl.String(), **{column: pl.Float64() for column in COLUMNS}}
    sources = pl.DataFrame([{**{c: None for c in COLUMNS}, **row} for row in rows], schema=schema, orient="row")
    report_lang = TEXTSTAT_LANGUAGES.get(corpus.language)
    if report_lang is None:
        warnings.append(f"Readability of origins: N/A — textstat has no formulas for {corpus.language!r}.")
        return MetricFrames(sources=sources, warnings=tuple(warnings))
    origins, _ = _score_texts(corpus.origin_texts(language=corpus.language), key=ORIGIN, lang=report_lang, what="origin")
    if corpus.language != "en":
        origins = origins.with_columns(pl.lit(None, pl.Float64).alias(c) for c in ENGLISH_ONLY)
    return MetricFrames(sources=sources, origins=origins, warnings=tuple(warnings))


def _score_texts(texts: Mapping[str, str], *, key: str, lang: str, what: str) -> tuple[pl.DataFrame, list[str]]:
    rows: list[dict[str, object]] = []
    warnings: list[str] = []
    for name, text in texts.items():
        with warnings_module.catch_warnings():  # reported as a caveat above, not as a Python warning
            warnings_module.filterwarnings("ignore", message="There is no easy words vocabulary")
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
