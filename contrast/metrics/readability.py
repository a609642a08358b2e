"""Readability: textstat's formulas per source and per origin, over the segmenter's sentences.

One sentence count (issue 13): ``sentences`` is the number of sentences the segmenter found
(the count printed everywhere), headings included (every line is a sentence to the
segmenter); ``fragments`` counts those among them that do not read as a sentence of the body
(headings, labels, a citation left on its own, one-word items, a live blog's title-case headlines
ending with a stop: ``contrast.segment.reads_as_sentence``). Words per
sentence and every formula read the other sentences, the *body*: "Exporting soft power" is
not a short sentence. The formulas are textstat's (``textstat_exact``, equal to textstat
0.7.13 for the same counts), fed textstat's own word, syllable and letter counts of the body
and the segmenter's count of its sentences. textstat's own functions count sentences their
way — a new sentence at every full stop, so NYT's "Mr. Schiff" and "O.K." and every middle
initial end one — and a grade from that count moves with a house style of abbreviations,
not with how long the sentences are (the Schiff group: NYT 54 sentences, 92 by textstat's
count, Flesch–Kincaid 13.3 against textstat's 9.6). textstat's count (``formula_sentences``)
and its Flesch–Kincaid grade of the whole text (``textstat_flesch_kincaid_grade``) stay in
the data, so the method notes can say where the two differ and anyone can check the parity.

Texts too short for the formulas to mean anything get N/A (null) and a caveat, never
textstat's 0.0, which reads as "very hard". Each sentence's own counts (``rd_words``,
``rd_syllables``) and ``rd_body`` (the sentence ends as one) let the report put a bootstrap
interval on an origin's grade and sentence length, resampling the same body sentences the
grade is computed from.
"""

from __future__ import annotations

import hashlib
import warnings as warnings_module
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

import numpy as np
import polars as pl

from contrast.metrics.registry import Corpus, MetricFrames, SourceSlice, concat_frames, metric
from contrast.schema import END, ORIGIN, SENTENCE_INDEX, SENTENCE_KEY, SOURCE_ID, START, TEXT, key_columns
from contrast.segment import own_line_flags, reads_as_sentence
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
TEXTSTAT_GRADE = "textstat_flesch_kincaid_grade"
"""textstat's own Flesch–Kincaid grade of a source's whole text (its sentence count): the parity figure, in the data only."""
BODY = "rd_body"
"""Per-sentence flag: the sentence reads as one, no heading, item or fragment (it counts for words per sentence and the formulas)."""
ENGLISH_ONLY = ("dale_chall", "difficult_share", "consensus_grade")
"""Measures built on textstat's English easy-word list (it falls back to it for other languages)."""
COLUMNS = (*FORMULAS, *COUNTS, TEXTSTAT_GRADE)
LINSEAR_WORDS = 100
"""Linsear Write (in the consensus grade) reads the first 100 words and the sentences they fall in."""


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
    texts = source.sentences.get_column(TEXT).to_list()
    spans = zip(source.sentences.get_column(START).to_list(), source.sentences.get_column(END).to_list(), strict=True)
    rows = _sentence_rows(texts, language, own_line_flags(source.text, list(spans)))
    counts = _counts_frame(source.sentences, rows)
    lang = TEXTSTAT_LANGUAGES[language]
    whole = _counts(source.text, lang)
    # Without headings or fragments the body is the whole text: its counts are already made; with
    # them, the body's are the whole text's less the fragments' (``kept_counts``).
    body_counts = whole if all(rows.body) else _kept_counts(source.text, texts, rows.body, lang)
    row, reason = _score(body_counts, rows, language, whole=whole)
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
    counted = corpus.sentences.filter(pl.col(SOURCE_ID).is_in(pooled)).select(*SENTENCE_KEY, ORIGIN, TEXT)
    if sentences is not None:
        counted = counted.join(sentences, on=SENTENCE_KEY, how="left")
    else:  # no source measured: no words, no headings
        counted = counted.with_columns(
            pl.lit(0, dtype=pl.Int32).alias("rd_words"), pl.lit(0, dtype=pl.Int32).alias("rd_syllables"), pl.lit(True).alias(BODY)
        )
    # Sources in manifest order, sentences in text order: Linsear Write reads the first words.
    order = {source_id: rank for rank, source_id in enumerate(pooled)}
    counted = counted.with_columns(pl.col(SOURCE_ID).replace_strict(order, return_dtype=pl.Int64).alias("_rank"))
    counted = counted.sort("_rank", SENTENCE_INDEX).drop("_rank")
    measured = sources.filter(pl.col(SOURCE_ID).is_in(pooled)) if sources is not None else None
    origin_rows = []
    pooled_sources = corpus.sources.filter(pl.col(SOURCE_ID).is_in(pooled))
    for origin in dict.fromkeys(pooled_sources.get_column(ORIGIN).to_list()):
        mine = counted.filter(pl.col(ORIGIN) == origin)
        text = "\n".join(_body_texts(mine.get_column(TEXT), mine))
        row, _ = _score(_pooled_counts(text, TEXTSTAT_LANGUAGES[corpus.language]), _frame_rows(mine), corpus.language)
        ids = pooled_sources.filter(pl.col(ORIGIN) == origin).get_column(SOURCE_ID).to_list()
        origin_rows.append({ORIGIN: origin, **row, **_summed(measured, ids)})
    return MetricFrames(sentences=sentences, sources=sources, origins=_frame(origin_rows, ORIGIN), warnings=tuple(warnings))


@dataclass(frozen=True)
class _Rows:
    """Per-sentence counts of some sentences, in order, as Python lists: a source's are counted and
    summed without a polars query per step (a few per source cost more than the counting)."""

    words: list[int]
    syllables: list[int]
    body: list[bool]
    """The sentence ends as one (``BODY``)."""


def _sentence_rows(texts: list[str], language: str, own_lines: list[bool]) -> _Rows:
    """textstat's word and syllable counts of each sentence, and whether it reads as a sentence of the body
    (``reads_as_sentence``: no heading, item or fragment; ``own_lines``: the sentence is a line of its own)."""
    from contrast.metrics.textstat_exact import sentence_counts

    lang = TEXTSTAT_LANGUAGES[language]
    with warnings_module.catch_warnings():
        warnings_module.filterwarnings("ignore", message="There is no easy words vocabulary")
        counts = [sentence_counts(text, lang) for text in texts]
    body = [reads_as_sentence(text, own_line=own) for text, own in zip(texts, own_lines, strict=True)]
    return _Rows([words for words, _ in counts], [syllables for _, syllables in counts], body)


def _counts_frame(sentences: pl.DataFrame, rows: _Rows) -> pl.DataFrame:
    """``rows`` keyed by the sentences they count."""
    return key_columns(
        sentences,
        pl.Series("rd_words", rows.words, dtype=pl.Int32),
        pl.Series("rd_syllables", rows.syllables, dtype=pl.Int32),
        pl.Series(BODY, rows.body, dtype=pl.Boolean),
    )


def _frame_rows(counts: pl.DataFrame) -> _Rows:
    """The rows of a per-sentence counts frame (a sentence without a body flag counts as body)."""
    return _Rows(
        counts.get_column("rd_words").to_list(),
        counts.get_column("rd_syllables").to_list(),
        counts.get_column(BODY).fill_null(True).to_list(),
    )


def _body_texts(texts: pl.Series, counts: pl.DataFrame) -> list[str]:
    """The sentences of ``texts`` that end as sentences (``counts``' body flag, row for row)."""
    return [text for text, body in zip(texts.to_list(), counts.get_column(BODY).fill_null(True).to_list(), strict=True) if body]


def _body_words(rows: _Rows) -> list[int]:
    """The word counts of the sentences that end as sentences, in order."""
    return [words for words, body in zip(rows.words, rows.body, strict=True) if body]


def formula_counts(counts: ReadabilityCounts, sentence_words: Sequence[int]) -> ReadabilityCounts:
    """textstat's counts of some sentences' joined text, with the segmenter's sentence count.

    ``sentence_words`` are the words of each sentence as textstat counts them, in order: there
    are that many sentences, and Linsear Write's sentences are those its first 100 words fall
    in. Everything else (words, syllables, letters, easy and difficult words) is textstat's.
    """
    reached, linsear = 0, 0
    for words in sentence_words:
        if reached >= LINSEAR_WORDS:
            break
        linsear += 1
        reached += words
    return replace(counts, sentences=len(sentence_words), linsear_sentences=linsear)


def _score(
    body_counts: ReadabilityCounts, rows: _Rows, language: str, *, whole: ReadabilityCounts | None = None
) -> tuple[dict[str, object], str | None]:
    """The formulas over the body sentences, with N/A where they would mislead.

    ``body_counts``: textstat's counts of the sentences that end as sentences, joined;
    ``rows``: the per-sentence counts (``_sentence_rows``) of all the text's sentences, whose
    body rows are those sentences. ``whole`` (a source's whole text as textstat reads it) gives
    the printed word count and textstat's own sentence count and grade, kept beside ours; an
    origin sums the counts from its sources (``_summed``). The share of difficult words is the
    body's, like the formulas, so a one-source origin has its source's figures. Formulas are
    null for text too short to mean anything; measures built on the English easy-word list are
    null for other languages. Returns the values and why they are null.
    """
    # Imported here: textstat_exact loads NLTK (~1.5 s) to supply cmudict, which a build
    # whose readability comes from the cache never needs.
    from contrast.metrics.textstat_exact import scores_from_counts, too_short_reason

    body = _body_words(rows)
    sentences = len(rows.words)
    fragments, body_words = sentences - len(body), sum(words for words in body if words is not None)
    ours = formula_counts(body_counts, body)
    reason = too_short_reason(ours)
    measured = scores_from_counts(ours)
    scores: dict[str, float | int | None] = {
        **measured,
        "sentences": sentences,
        "fragments": fragments,
        "words_per_sentence": body_words / (sentences - fragments) if sentences > fragments else None,
        "words": None,
        "formula_sentences": None,
        TEXTSTAT_GRADE: None,
    }
    if whole is not None:
        textstat = scores_from_counts(whole)
        scores |= {
            "words": whole.words,
            "formula_sentences": whole.sentences,
            TEXTSTAT_GRADE: None if too_short_reason(whole) else textstat["flesch_kincaid_grade"],
        }
    unavailable = (set(FORMULAS) if reason else set()) | (set(ENGLISH_ONLY) if language != "en" else set())
    return {column: None if column in unavailable else scores[column] for column in COLUMNS}, reason


def _summed(sources: pl.DataFrame | None, source_ids: list[str]) -> dict[str, object]:
    """An origin's word count and textstat's sentence count: its sources' summed (whole texts)."""
    if sources is None:
        return {}
    mine = sources.filter(pl.col(SOURCE_ID).is_in(source_ids))
    return {column: mine.get_column(column).sum() for column in ("words", "formula_sentences")}


def _counts(text: str, lang: str) -> ReadabilityCounts:
    from contrast.metrics.textstat_exact import readability_counts

    with warnings_module.catch_warnings():  # reported as a caveat, not as a Python warning
        warnings_module.filterwarnings("ignore", message="There is no easy words vocabulary")
        return readability_counts(text, lang)


def _kept_counts(text: str, sentences: list[str], keep: list[bool], lang: str) -> ReadabilityCounts:
    """textstat's counts of a source's body sentences joined (``keep``: the body flags, sentence for sentence)."""
    from contrast.metrics.textstat_exact import kept_counts

    with warnings_module.catch_warnings():
        warnings_module.filterwarnings("ignore", message="There is no easy words vocabulary")
        return kept_counts(text, sentences, keep, lang)


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
