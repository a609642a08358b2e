"""Lens figures: per-source and per-origin values, with intervals, effect sizes and their evidence.

Every lens reduces to sums over sentences: a numerator (cues, attributed claims, tone of
the sentences naming a target) over a denominator (words, claims, sentences). This module
turns a per-sentence table of numerators and denominators into the tidy figures frame that
``build/lenses/<lens>.csv`` holds and the briefing shows: one row per level (source or
origin), unit and measure, with a bootstrap interval and an effect size against the other
origins for origin rows, and the cue words and sentences that produced the number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import polars as pl

from contrast.metrics.cues import CATEGORY, CUE, LENS
from contrast.metrics.uncertainty import cohens_h, hedges_g, rate_ratio
from contrast.stats import bootstrap_means, percentile_interval, seed_for
from contrast.schema import ORIGIN, SENTENCE_INDEX, SOURCE_ID

FIGURES_SCHEMA: dict[str, pl.DataType] = {
    LENS: pl.String(),
    "level": pl.String(),
    "unit": pl.String(),
    "measure": pl.String(),
    "value": pl.Float64(),
    "ci_low": pl.Float64(),
    "ci_high": pl.Float64(),
    "n": pl.Float64(),
    "base": pl.Float64(),
    "rest": pl.Float64(),
    "effect": pl.Float64(),
    "effect_kind": pl.String(),
    "cues": pl.String(),
    "sentences": pl.String(),
}
"""``n``/``base``: the sums behind ``value`` (e.g. 12 hedges in 3,400 words); ``rest``: the same
value for all other origins pooled; ``cues``: "may ×3; reportedly ×1"; ``sentences``:
"source_id:sentence_index" of every sentence that contributed, separated by "; "."""

EFFECT_KINDS = {"rate": "rate ratio", "share": "Cohen's h", "mean": "Hedges' g"}
MAX_REFS = 200
"""Sentence references kept per figure in the CSV (the evidence frame has them all)."""


@dataclass(frozen=True)
class Measure:
    """One figure of a lens: ``scale · Σ numerator / Σ denominator`` over sentences.

    ``kind`` is ``rate`` (per 1,000 words), ``share`` or ``mean``; ``categories`` are the
    evidence categories whose cues produced it (the measure id itself by default).
    """

    id: str
    numerator: str
    denominator: str
    kind: str
    scale: float = 1.0
    categories: tuple[str, ...] = ()

    @property
    def evidence_categories(self) -> tuple[str, ...]:
        return self.categories or (self.id,)


def source_figures(lens: str, table: pl.DataFrame, measures: Sequence[Measure], evidence: pl.DataFrame) -> pl.DataFrame:
    """Figures of the one source of ``table`` (its sentences in order: sentence key, numerator
    and denominator columns); none when it has no sentences.

    They read nothing of other sources, so a lens computes them in its per-source part.
    """
    rows: list[dict[str, object]] = []
    if table.height:
        refs = _references(evidence, SOURCE_ID)
        source_id = str(table.get_column(SOURCE_ID)[0])
        for m in measures:
            value, n, base = _ratio(table, m)
            rows.append(_row(lens, "source", source_id, m, value, n, base, refs))
    return pl.DataFrame(rows, schema=FIGURES_SCHEMA, orient="row")


def origin_figures(
    lens: str, table: pl.DataFrame, measures: Sequence[Measure], evidence: pl.DataFrame, *, origins: Sequence[str]
) -> pl.DataFrame:
    """Figures of every origin of ``table`` (sentence key, ``origin``, numerator and denominator
    columns): intervals and effect sizes against the other origins pooled."""
    table = table.sort(SOURCE_ID, SENTENCE_INDEX)
    refs = _references(evidence, ORIGIN)
    rows: list[dict[str, object]] = []
    for origin in origins:
        own = table.filter(pl.col(ORIGIN) == origin)
        rest = table.filter(pl.col(ORIGIN) != origin)
        if own.height == 0:
            continue
        intervals = _intervals(own, measures, key=f"{lens}:{origin}")
        for m, (low, high) in zip(measures, intervals, strict=True):
            value, n, base = _ratio(own, m)
            rest_value, _, _ = _ratio(rest, m)
            row = _row(lens, "origin", origin, m, value, n, base, refs)
            row.update(ci_low=low, ci_high=high, rest=rest_value, effect=_effect(m, own, rest, value, rest_value))
            rows.append(row)
    return pl.DataFrame(rows, schema=FIGURES_SCHEMA, orient="row")


def _ratio(frame: pl.DataFrame, m: Measure) -> tuple[float | None, float, float]:
    n = float(frame.get_column(m.numerator).sum() or 0.0)
    base = float(frame.get_column(m.denominator).sum() or 0.0)
    return (m.scale * n / base if base else None), n, base


def _intervals(frame: pl.DataFrame, measures: Sequence[Measure], *, key: str) -> list[tuple[float | None, float | None]]:
    """Bootstrap intervals of every measure from one resampling of the origin's sentences.

    A measure is a ratio of sums, so each replicate is the ratio of the two column means
    on the same draw; replicates with a zero denominator are undefined and dropped (with
    more than a tenth of them undefined there is no interval). The seed comes from ``key``.
    """
    if frame.height < 2:
        return [(None, None)] * len(measures)
    names = sorted({c for m in measures for c in (m.numerator, m.denominator)})
    means = bootstrap_means({c: frame.get_column(c).to_numpy().astype(np.float64) for c in names}, seed=seed_for(key))
    result: list[tuple[float | None, float | None]] = []
    for m in measures:
        with np.errstate(invalid="ignore", divide="ignore"):
            ratios = m.scale * means[m.numerator] / means[m.denominator]
        finite = ratios[np.isfinite(ratios)]
        result.append(percentile_interval(finite) if finite.size >= 0.9 * ratios.size else (None, None))
    return result


def _effect(m: Measure, own: pl.DataFrame, rest: pl.DataFrame, value: float | None, rest_value: float | None) -> float | None:
    if m.kind == "rate":
        return rate_ratio(value, rest_value)
    if m.kind == "share":
        return cohens_h(value, rest_value)

    def values(frame: pl.DataFrame) -> list[float]:
        return frame.filter(pl.col(m.denominator) > 0).get_column(m.numerator).to_list()

    return hedges_g(values(own), values(rest))


def _row(
    lens: str,
    level: str,
    unit: str,
    m: Measure,
    value: float | None,
    n: float,
    base: float,
    refs: Mapping[tuple[str, str], tuple[Counter[str], set[str]]],
) -> dict[str, object]:
    cues: Counter[str] = Counter()
    sentences: set[str] = set()
    for category in m.evidence_categories:
        counts, found = refs.get((unit, category), (Counter(), set()))
        cues.update(counts)
        sentences |= found
    return {
        LENS: lens, "level": level, "unit": unit, "measure": m.id, "value": value, "ci_low": None, "ci_high": None,
        "n": n, "base": base, "rest": None, "effect": None, "effect_kind": EFFECT_KINDS[m.kind] if level == "origin" else None,
        "cues": "; ".join(f"{w} ×{c}" for w, c in sorted(cues.items(), key=lambda kv: (-kv[1], kv[0]))) or None,
        "sentences": "; ".join(sorted(sentences, key=_ref_order)[:MAX_REFS]) or None,
    }


def _ref_order(ref: str) -> tuple[str, int]:
    source, _, index = ref.rpartition(":")
    return source, int(index)


def _references(evidence: pl.DataFrame, level: str) -> dict[tuple[str, str], tuple[Counter[str], set[str]]]:
    """(unit of ``level``, category) → (cue word counts, "source_id:sentence_index" references)."""
    result: dict[tuple[str, str], tuple[Counter[str], set[str]]] = {}
    columns = (level, CATEGORY, CUE, SOURCE_ID, SENTENCE_INDEX)
    for unit, category, cue, source_id, index in zip(*(evidence.get_column(c).to_list() for c in columns)):
        counts, refs = result.setdefault((unit, category), (Counter(), set()))
        counts[cue.lower().replace("’", "'")] += 1
        refs.add(f"{source_id}:{index}")
    return result
