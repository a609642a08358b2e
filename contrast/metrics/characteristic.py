"""Distinctive vocabulary per origin (Fightin' Words), and each origin's most characteristic sentence.

Each origin's unigrams and bigrams are compared with all other origins pooled by the
weighted log-odds ratio with an informative Dirichlet prior (``fightin_words``). The lens
``distinctive`` lists every origin's most distinctive terms (z ≥ 1.96 is significant at 5 %, two-sided), with the
sentences that use them. A sentence's distinctiveness is the sum of the positive z-scores
of its distinct terms, divided by the square root of its length so long sentences do not
win by size alone; the highest-scoring sentence that uses at least one significant term is
the origin's "most characteristic" (an origin without such a term has none).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import chain

import polars as pl

from contrast.metrics.cues import EVIDENCE_SCHEMA, cue_pattern
from contrast.metrics.fightin_words import MIN_COUNT, one_against_rest, terms
from contrast.metrics.figures import FIGURES_SCHEMA
from contrast.metrics.registry import Corpus, LensSpec, MetricFrames, metric
from contrast.schema import ORIGIN, SENTENCE_INDEX, SENTENCE_KEY, SOURCE_ID, TEXT

DISTINCTIVENESS = "distinctiveness"
LENS = "distinctive"
MIN_WORDS = 8
"""Shorter sentences (headings, fragments) cannot be an origin's characteristic sentence."""
Z_SIGNIFICANT = 1.96
"""Two-sided 5 % level; the briefing marks terms at or above it."""
Z_LISTED = 1.0
"""Terms below one standard error are not listed: with equal use, z is 0 up to rounding."""
TOP_TERMS = 40
"""Terms kept per origin in ``lenses/distinctive.csv`` (the briefing shows fewer)."""
SPEC = LensSpec(
    LENS,
    title="Distinctive vocabulary",
    question="Which words does each origin use that the others do not?",
    method="Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, “Fightin’ Words”): "
    "each origin’s words and two-word phrases (stop words dropped) against all other origins pooled, the prior "
    "proportional to each term’s frequency in the whole corpus. z is the log-odds ratio divided by its standard "
    f"error; only terms with z ≥ {Z_SIGNIFICANT} (significant at the 5% level) are listed here, and an origin without "
    "one has no word that stands out (weaker terms are in the CSV). Terms used once by an origin are not listed.",
    section=10,
    chart="Most distinctive terms per origin",
    layout="terms",
)


@metric("characteristic", lens=SPEC)
def characteristic(corpus: Corpus) -> MetricFrames:
    """Each origin's distinctive terms and sentence scores.

    Bigrams an origin uses once are not scored (two in three of the terms of 2,000 news articles,
    most of the time spent on log-odds): none of them can show. A listed term is used
    ``MIN_COUNT`` times; a sentence score sums unigrams only; and a term used once never reaches
    ``Z_SIGNIFICANT`` (``once_used_z_bound``), so it cannot make a sentence a candidate either.
    """
    sentences = corpus.sentences.sort(SENTENCE_KEY)
    texts = sentences.get_column(TEXT).to_list()
    origins = sentences.get_column(ORIGIN).to_list()
    sentence_terms = [terms(text) for text in texts]
    counts = _counted(origins, sentence_terms)
    scores_by_origin = one_against_rest(counts, min_bigram_count=MIN_COUNT)
    z = {origin: {t: v[2] for t, v in scores.items() if v[2] > 0} for origin, scores in scores_by_origin.items()}
    significant = {origin: _significant(by_term) for origin, by_term in z.items()}
    scores = [
        _sentence_score(z.get(origin, {}), found)
        if not significant.get(origin, frozenset()).isdisjoint(found) and len(text.split()) >= MIN_WORDS
        else 0.0
        for origin, text, found in zip(origins, texts, sentence_terms, strict=True)
    ]
    scored = sentences.select(*SENTENCE_KEY, ORIGIN).with_columns(pl.Series(DISTINCTIVENESS, scores, dtype=pl.Float64))
    best = (
        scored.filter(pl.col(DISTINCTIVENESS) > 0)
        .sort([ORIGIN, DISTINCTIVENESS, SOURCE_ID, SENTENCE_INDEX], descending=[False, True, False, False])
        .group_by(ORIGIN, maintain_order=True)
        .first()
        .select(
            ORIGIN,
            pl.col(SOURCE_ID).alias("characteristic_source"),
            pl.col(SENTENCE_INDEX).alias("characteristic_index"),
            pl.col(DISTINCTIVENESS).alias("characteristic_score"),
        )
    )
    # The vocabulary lens compares words, so only sources in the report's language take part
    # (stop words and word boundaries are English); other sources keep a sentence score.
    own_language = {s for s in corpus.sources.get_column(SOURCE_ID).to_list() if corpus.language_of(s) == corpus.language}
    in_lens = [source_id in own_language for source_id in sentences.get_column(SOURCE_ID).to_list()]
    if all(in_lens):  # every sentence takes part: the counts and scores above are the lens's
        lens_counts, lens_scores = counts, scores_by_origin
    else:
        kept = [(origin, found) for origin, found, counted in zip(origins, sentence_terms, in_lens, strict=True) if counted]
        lens_counts = _counted([origin for origin, _ in kept], [found for _, found in kept])
        lens_scores = one_against_rest(lens_counts, min_bigram_count=MIN_COUNT)
    listed = _listed_terms(lens_counts, lens_scores, corpus.origins)
    where = _rows_using(listed, origins, sentence_terms, in_lens)
    figures, evidence = _distinctive_terms(sentences, lens_counts, where, listed)
    warnings = tuple(
        f"Distinctive vocabulary of source {s!r}: N/A — it is written in {corpus.language_of(s)!r}, "
        f"not the report's language {corpus.language!r}."
        for s in corpus.sources.get_column(SOURCE_ID).to_list()
        if s not in own_language
    )
    return MetricFrames(sentences=scored.drop(ORIGIN), origins=best, figures=figures, evidence=evidence, warnings=warnings)


def once_used_z_bound() -> float:
    """The largest z a term used once by an origin can have: log 4 / sqrt(1.5) ≈ 1.13.

    With y_i = 1, the prior α = 1 + y_j: δ = log((2 + y_j) / (1 + 2 y_j)) + log((n_j + n − 1 − 2 y_j) /
    (n_i + n − 2 − y_j)) with n = n_i + n_j, at most log 2 + log 2 (y_j = 0, n_i = 1), and σ² = 1 / (2 + y_j)
    + 1 / (1 + 2 y_j), 1.5 at y_j = 0; as y_j grows, δ falls to 0 or below faster than σ does
    (``tests/test_fightin_words.py`` checks the bound over counts).
    """
    return math.log(4) / math.sqrt(1.5)


def _significant(z: dict[str, float]) -> frozenset[str]:
    """The terms that set an origin apart (z ≥ 1.96): a sentence without one is not a candidate for its
    "most characteristic" sentence, which would otherwise be the one with the most noise."""
    return frozenset(term for term, value in z.items() if value >= Z_SIGNIFICANT)


def _counted(origins: list[str], sentence_terms: list[list[str]]) -> dict[str, Counter[str]]:
    """Each origin's term counts (origins and terms in first-seen order), one ``Counter`` per origin over its sentences' terms."""
    by_origin: dict[str, list[list[str]]] = {}
    for origin, found in zip(origins, sentence_terms, strict=True):
        by_origin.setdefault(origin, []).append(found)
    return {origin: Counter(chain.from_iterable(found)) for origin, found in by_origin.items()}


def _sentence_score(positive_z: dict[str, float], found: list[str]) -> float:
    """The sum of the sentence's distinct unigrams' positive z (``positive_z``: an origin's terms with z > 0, the
    others add nothing), in term order, over the square root of its unigram count."""
    unigrams = [t for t in found if " " not in t]
    if len(unigrams) < MIN_WORDS // 2:
        return 0.0
    return sum(positive_z[w] for w in sorted(positive_z.keys() & unigrams)) / math.sqrt(len(unigrams))


Listed = dict[str, list[tuple[str, tuple[float, float, float]]]]
"""origin → its listed terms with (δ, σ², z), most distinctive first."""


def _listed_terms(
    counts: dict[str, Counter[str]], scores: dict[str, dict[str, tuple[float, float, float]]], origins: tuple[str, ...]
) -> Listed:
    """Each origin's top terms (z ≥ ``Z_LISTED``, used ``MIN_COUNT`` times, not only inside one of its bigrams)."""
    listed: Listed = {}
    for origin in origins:
        own = counts.get(origin)
        if not own or origin not in scores:
            continue
        ranked = sorted(
            ((term, value) for term, value in scores[origin].items() if value[2] >= Z_LISTED and own[term] >= MIN_COUNT),
            key=lambda item: (-item[1][2], item[0]),
        )
        inside = _bigram_counts(own)
        listed[origin] = [(term, value) for term, value in ranked if not _subsumed(term, own, inside)][:TOP_TERMS]
    return listed


def _rows_using(
    listed: Listed, origins: list[str], sentence_terms: list[list[str]], in_lens: list[bool]
) -> dict[tuple[str, str], list[int]]:
    """(origin, listed term) → the rows of the origin's sentences that use the term, in order (only the
    listed terms are looked for: a few dozen per origin, not the whole vocabulary)."""
    wanted = {origin: {term for term, _ in terms} for origin, terms in listed.items()}
    where: dict[tuple[str, str], list[int]] = {}
    for row, (origin, found, counted) in enumerate(zip(origins, sentence_terms, in_lens, strict=True)):
        terms = wanted.get(origin)
        if counted and terms:
            for term in terms.intersection(found):
                where.setdefault((origin, term), []).append(row)
    return where


def _distinctive_terms(
    sentences: pl.DataFrame, counts: dict[str, Counter[str]], where: dict[tuple[str, str], list[int]], listed: Listed
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Top terms per origin as figures, and their occurrences in the origin's sentences as evidence.

    ``where`` maps (origin, term) to the rows of ``sentences`` that use the term, so spans
    are searched only where the term is.
    """
    rows = sentences.select(SOURCE_ID, SENTENCE_INDEX, TEXT).rows()
    totals = {origin: sum(c.values()) for origin, c in counts.items()}
    figure_rows, evidence_rows = [], []
    for origin, ranked in listed.items():
        own = counts[origin]
        for term, (delta, _variance, z) in ranked:
            pattern = re.compile(rf"(?<![\w'’-]){cue_pattern(term)}(?![\w'’-])")
            refs = []
            for source_id, index, text in (rows[r] for r in where[(origin, term)]):
                for m in pattern.finditer(text):
                    evidence_rows.append((source_id, index, LENS, term, m.group(), m.start(), m.end(), None))
                    refs.append(f"{source_id}:{index}")
            rest = sum(c.get(term, 0) for o, c in counts.items() if o != origin)
            figure_rows.append({
                "lens": LENS, "level": "origin", "unit": origin, "measure": term, "value": z, "ci_low": None,
                "ci_high": None, "n": float(own[term]), "base": float(totals[origin]), "rest": float(rest),
                "effect": delta, "effect_kind": "log-odds ratio", "cues": term,
                "sentences": "; ".join(dict.fromkeys(refs)) or None,
            })
    return (
        pl.DataFrame(figure_rows, schema=FIGURES_SCHEMA, orient="row"),
        pl.DataFrame(evidence_rows, schema=EVIDENCE_SCHEMA, orient="row"),
    )


def _bigram_counts(counts: dict[str, int]) -> dict[str, set[int]]:
    """word → the counts of the bigrams it is part of (so ``_subsumed`` looks up, not scans). Only bigrams
    used ``MIN_COUNT`` times or more: a listed word is, so a rarer bigram cannot have its count."""
    found: dict[str, set[int]] = {}
    for term, count in counts.items():
        if count >= MIN_COUNT and " " in term:
            for word in term.split():
                found.setdefault(word, set()).add(count)
    return found


def _subsumed(term: str, counts: dict[str, int], inside: dict[str, set[int]]) -> bool:
    """A word that this origin only ever uses inside one of its bigrams ("house" in "white house")."""
    return " " not in term and counts[term] in inside.get(term, ())
