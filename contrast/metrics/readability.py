"""Readability: textstat's formulas per source and per origin (pooled text).

Values equal textstat's for the same cleaned text (``textstat_exact`` reproduces its
counting, once per document, for speed). Texts too short for the formulas to mean
anything get N/A (null) and a caveat, never textstat's 0.0, which reads as "very hard".

One sentence count: ``sentences`` is the number of sentences the segmenter found (the
count printed everywhere), headings included (every line is a sentence to the segmenter);
``fragments`` counts those among them that do not end as a sentence (headings, labels, a
citation left on its own: ``contrast.segment.ends_as_sentence``), and ``words_per_sentence``
divides the words of the other sentences by their number: "Exporting soft power" is not a
short sentence. textstat counts sentences its own way (it splits at every full stop, "U.S." included, and
drops fragments of two words or fewer): that count, which its formulas use, is kept as
``formula_sentences`` so the method notes can say where the two differ. Each sentence's
own counts (``rd_words``, ``rd_syllables``, ``rd_formula_sentences``) let the report put a
bootstrap interval on an origin's grade; ``rd_body`` says the sentence ends as one (it is no
heading or fragment), for the interval on its sentence length.
"""

from __future__ import annotations

import hashlib
import warnings as warnings_module
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

import numpy as np
import polars as pl

from contrast.metrics.registry import Corpus, MetricFrames, SourceSlice, concat_frames, metric
from contrast.schema import ORIGIN, SENTENCE_KEY, SOURCE_ID, TEXT
from contrast.segment import ends_as_sentence
from contrast.stats import by_content

if TYPE_CHECKING:
    from contrast.metrics.textstat_exact import ReadabilityCounts

TEXTSTAT_LANGUAGES = {"en": "en_US", "de": "de_DE", "es": "es_ES", "fr": "fr_FR", "it": "it_IT", "nl": "nl_NL", "ru": "ru_RU"}
"""Report language → the textstat language setting, passed explicitly (textstat's own is process-wide)."""



@dataclass(frozen=True)
class Formula:
    """A readability formula the metric reports, declared once for the metric, the briefing and the data files."""

    id: str
    """textstat's name for it: a column of ``sources.csv`` and ``origins.csv``."""
    label: str
    """As the briefing prints it."""
    grade: bool
    """Its value is a US school grade (the grades share one chart axis)."""


READABILITY_FORMULAS = (
    Formula("flesch_reading_ease", "Flesch reading ease", grade=False),
    Formula("flesch_kincaid_grade", "Flesch–Kincaid grade", grade=True),
    Formula("gunning_fog", "Gunning fog", grade=True),
    Formula("smog_index", "SMOG", grade=True),
    Formula("coleman_liau_index", "Coleman–Liau", grade=True),
    Formula("automated_readability_index", "ARI", grade=True),
    Formula("dale_chall", "Dale–Chall", grade=False),
    Formula("consensus_grade", "Consensus grade", grade=True),
)
FORMULAS = tuple(formula.id for formula in READABILITY_FORMULAS)
COUNTS = ("words", "sentences", "fragments", "formula_sentences", "words_per_sentence", "difficult_share")
SENTENCE_COUNTS = ("rd_words", "rd_syllables", "rd_formula_sentences")
BODY = "rd_body"
"""Per-sentence flag: the sentence ends as one, no heading or fragment (it counts for words per sentence)."""
"""Per-sentence textstat counts, summed over resampled sentences for an origin's grade interval."""
ENGLISH_ONLY = ("dale_chall", "difficult_share", "consensus_grade")
"""Measures built on textstat's English easy-word list (it falls back to it for other languages)."""
COLUMNS = FORMULAS + COUNTS


def score_source(source: SourceSlice) -> MetricFrames:
    """One source's formulas, or N/A with the reason (no formulas for its language, too short)."""
    language = source.language
    if language not in TEXTSTAT_LANGUAGES:
        return MetricFrames(
            sources=_frame([{SOURCE_ID: source.source_id}], SOURCE_ID),
            warnings=(f"Readability of source {source.source_id!r}: N/A — textstat has no formulas for {language!r}.",),
        )
    warnings: list[str] = []
    if language != "en":
        warnings.append(
            f"Readability of source {source.source_id!r} ({language!r}): Dale–Chall, difficult words and the consensus "
            "grade are N/A — they rest on an English word list."
        )
    counts = _sentence_counts(source.sentences, language)
    row, reason = _score(source.text, language, body=_body(counts))
    if reason:
        warnings.append(f"Readability of source {source.source_id!r}: N/A — {reason}.")
    return MetricFrames(
        sentences=counts,
        sources=_frame([{SOURCE_ID: source.source_id, **row}], SOURCE_ID),
        warnings=tuple(warnings),
    )


@metric("readability", per_source=score_source)
def readability(corpus: Corpus) -> MetricFrames:
    """Each source with textstat's settings for its own language (cached with the source);
    origins pool the sources written in the report's language (formulas are not comparable
    across languages)."""
    parts = corpus.measured("readability", score_source).values()
    warnings = [warning for part in parts for warning in part.warnings]
    sources = concat_frames(part.sources for part in parts)
    sentences = concat_frames(part.sentences for part in parts)
    if corpus.language not in TEXTSTAT_LANGUAGES:
        warnings.append(f"Readability of origins: N/A — textstat has no formulas for {corpus.language!r}.")
        return MetricFrames(sentences=sentences, sources=sources, warnings=tuple(warnings))
    pooled = [s for s in corpus.sources.get_column(SOURCE_ID).to_list() if corpus.language_of(s) == corpus.language]
    counted = corpus.sentences.filter(pl.col(SOURCE_ID).is_in(pooled)).select(*SENTENCE_KEY, ORIGIN)
    if sentences is not None:
        counted = counted.join(sentences, on=SENTENCE_KEY, how="left")
    else:  # no source measured: no words, no headings
        counted = counted.with_columns(pl.lit(0, dtype=pl.Int32).alias("rd_words"), pl.lit(True).alias(BODY))
    origin_rows = [
        {ORIGIN: origin, **_score(text, corpus.language, body=_body(counted.filter(pl.col(ORIGIN) == origin)), pooled=True)[0]}
        for origin, text in corpus.origin_texts(language=corpus.language).items()
    ]
    return MetricFrames(sentences=sentences, sources=sources, origins=_frame(origin_rows, ORIGIN), warnings=tuple(warnings))


def _sentence_counts(sentences: pl.DataFrame, language: str) -> pl.DataFrame:
    """textstat's word, syllable and sentence counts of each sentence, and whether it ends as a
    sentence (no heading or fragment), keyed by the sentence."""
    from contrast.metrics.textstat_exact import readability_counts

    lang = TEXTSTAT_LANGUAGES[language]
    with warnings_module.catch_warnings():
        warnings_module.filterwarnings("ignore", message="There is no easy words vocabulary")
        counts = [readability_counts(text, lang) for text in sentences.get_column(TEXT).to_list()]
    return sentences.select(*SENTENCE_KEY).with_columns(
        pl.Series("rd_words", [c.words for c in counts], dtype=pl.Int32),
        pl.Series("rd_syllables", [c.syllables for c in counts], dtype=pl.Int32),
        pl.Series("rd_formula_sentences", [c.sentences for c in counts], dtype=pl.Int32),
        pl.Series(BODY, [ends_as_sentence(text) for text in sentences.get_column(TEXT).to_list()], dtype=pl.Boolean),
    )


def _body(counts: pl.DataFrame) -> tuple[int, int, int]:
    """(sentences, fragments, words in the sentences that end as sentences) of per-sentence counts."""
    body = counts.filter(pl.col(BODY).fill_null(True))
    return counts.height, counts.height - body.height, int(body.get_column("rd_words").sum() or 0)


def _score(text: str, language: str, *, body: tuple[int, int, int], pooled: bool = False) -> tuple[dict[str, object], str | None]:
    """textstat's values for ``text`` (counted once), with N/A where they would mislead.

    ``body`` is the segmenter's count of sentences in the text, how many of them do not
    end as a sentence (headings, fragments), and the words of the others: ``words_per_sentence`` is computed from it,
    textstat's own count is ``formula_sentences``. Formulas are null for text too
    short to mean anything; measures built on the English easy-word list are null for other
    languages. Returns the values and why they are null.
    """
    # Imported here: textstat_exact loads NLTK (~1.5 s) to supply cmudict, which a build
    # whose readability comes from the cache never needs.
    from contrast.metrics.textstat_exact import scores_from_counts, too_short_reason

    lang = TEXTSTAT_LANGUAGES[language]
    counts = _pooled_counts(text, lang) if pooled else _counts(text, lang)
    reason = too_short_reason(counts)
    measured = scores_from_counts(counts)
    sentences, fragments, body_words = body
    scores: dict[str, float | int | None] = {
        **measured,
        "formula_sentences": measured["sentences"],
        "sentences": sentences,
        "fragments": fragments,
        "words_per_sentence": body_words / (sentences - fragments) if sentences > fragments else None,
    }
    unavailable = (set(FORMULAS) if reason else set()) | (set(ENGLISH_ONLY) if language != "en" else set())
    return {column: None if column in unavailable else scores[column] for column in COLUMNS}, reason


def _counts(text: str, lang: str) -> ReadabilityCounts:
    from contrast.metrics.textstat_exact import readability_counts

    with warnings_module.catch_warnings():  # reported as a caveat, not as a Python warning
        warnings_module.filterwarnings("ignore", message="There is no easy words vocabulary")
        return readability_counts(text, lang)


def _pooled_counts(text: str, lang: str) -> ReadabilityCounts:
    """An origin's pooled text counted once, kept by its content within a build (``stats.by_content``):
    the origins no source was added to are not counted again."""
    from contrast.metrics.textstat_exact import ReadabilityCounts

    numbers = [f.name for f in fields(ReadabilityCounts) if f.name != "lang"]
    key = hashlib.sha256(f"readability-counts:{lang}:".encode() + text.encode("utf-8")).hexdigest()

    def count() -> dict[str, np.ndarray]:
        counts = _counts(text, lang)
        return {name: np.array([getattr(counts, name)], dtype=np.float64) for name in numbers}

    kept = by_content(key, count)
    return ReadabilityCounts(lang=lang, **{name: int(kept[name][0]) for name in numbers})


def _frame(rows: list[dict[str, object]], key: str) -> pl.DataFrame:
    schema = {key: pl.String(), **{column: pl.Float64() for column in COLUMNS}}
    return pl.DataFrame([{column: row.get(column) for column in schema} for row in rows], schema=schema, orient="row")
