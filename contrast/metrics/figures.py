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

from contrast.metrics.cues import CATEGORY, CONTEXT, CUE, LENS
from contrast.metrics.uncertainty import cohens_h, hedges_g, rate_ratio
from contrast.schema import ORIGIN, SENTENCE_INDEX, SOURCE_ID
from contrast.stats import MIN_INTERVAL, RESAMPLES, bootstrap_means, one_sided, percentile_interval, seed_for

FIGURES_SCHEMA: dict[str, pl.DataType] = {
    LENS: pl.String(),
    "level": pl.String(),
    "unit": pl.String(),
    "measure": pl.String(),
    "value": pl.Float64(),
    "ci_low": pl.Float64(),
    "ci_high": pl.Float64(),
    "diff_low": pl.Float64(),
    "diff_high": pl.Float64(),
    "n": pl.Float64(),
    "base": pl.Float64(),
    "rest": pl.Float64(),
    "effect": pl.Float64(),
    "effect_kind": pl.String(),
    "cues": pl.String(),
    "sentences": pl.String(),
    "contexts": pl.String(),
    "rows": pl.Float64(),
}
"""``n``/``base``: the sums behind ``value`` (e.g. 12 hedges in 3,400 words); ``rest``: the same
value for all other origins pooled; ``diff_low``/``diff_high``: the 95% bootstrap interval of
``value − rest`` (each origin's sentences resampled apart) — a difference is a finding only
when it excludes zero; ``cues``: "may ×3; reportedly ×1"; ``sentences``:
"source_id:sentence_index" of every sentence that contributed, separated by "; "; ``contexts``: the cue
contexts the figure counts (``Measure.contexts`` joined by "; ", null for all), so an example shown for
a figure can be a sentence whose cue is in that count, and only that cue highlighted; ``rows``: the sentences the
figure rests on, those its denominator counts (``_base_rows``: for an own-voice rate, every sentence with words of the
outlet's own, the "reportedly said" of a quotation's included), which a finding names (check12l CH-17)."""

EFFECT_KINDS = {"rate": "rate ratio", "share": "Cohen's h", "mean": "Hedges' g"}
MAX_REFS = 200
"""Sentence references kept per figure in the CSV (the evidence frame has them all)."""


@dataclass(frozen=True)
class Measure:
    """One figure of a lens: ``scale · Σ numerator / Σ denominator`` over sentences.

    ``kind`` is ``rate`` (per 1,000 words), ``share`` or ``mean``; ``categories`` are the
    evidence categories whose cues produced it (the measure id itself by default), and
    ``contexts`` the cue contexts it counts (``contrast.metrics.voice.CONTEXTS``; all when empty).
    """

    id: str
    numerator: str
    denominator: str
    kind: str
    scale: float = 1.0
    categories: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ()

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
            rows.append(_row(lens, "source", source_id, m, value, n, base, refs) | {"rows": float(_base_rows(table, m))})
    return pl.DataFrame(rows, schema=FIGURES_SCHEMA, orient="row")


def origin_figures(
    lens: str, table: pl.DataFrame, measures: Sequence[Measure], evidence: pl.DataFrame, *, origins: Sequence[str]
) -> pl.DataFrame:
    """Figures of every origin of ``table`` (sentence key, ``origin``, numerator and denominator
    columns): intervals, the interval of the difference from the other origins pooled, and
    effect sizes against them."""
    table = table.sort(SOURCE_ID, SENTENCE_INDEX)
    refs = _references(evidence, ORIGIN)
    names = sorted({c for m in measures for c in (m.numerator, m.denominator)})
    present = [o for o in origins if table.filter(pl.col(ORIGIN) == o).height]
    sums = {o: _replicate_sums(table.filter(pl.col(ORIGIN) == o), names, key=f"{lens}:{o}") for o in present}
    rows: list[dict[str, object]] = []
    for origin in present:
        own = table.filter(pl.col(ORIGIN) == origin)
        rest = table.filter(pl.col(ORIGIN) != origin)
        others = [sums[o] for o in present if o != origin]
        for m in measures:
            value, n, base = _ratio(own, m)
            rest_value, _, _ = _ratio(rest, m)
            enough = _base_rows(own, m) >= MIN_INTERVAL
            low, high = _not_a_point(replicate_interval(_replicates(m, [sums[origin]])), own, m) if enough else (None, None)
            diff_low, diff_high = (None, None)
            if enough and others:
                diff_low, diff_high = replicate_interval(_replicates(m, [sums[origin]]) - _replicates(m, others))
            row = _row(lens, "origin", origin, m, value, n, base, refs)
            row.update(
                ci_low=low, ci_high=high, rest=rest_value, effect=_effect(m, own, rest, value, rest_value),
                diff_low=diff_low, diff_high=diff_high, rows=float(_base_rows(own, m)),
            )
            rows.append(row)
    return pl.DataFrame(rows, schema=FIGURES_SCHEMA, orient="row")


def _ratio(frame: pl.DataFrame, m: Measure) -> tuple[float | None, float, float]:
    n = float(frame.get_column(m.numerator).sum() or 0.0)
    base = float(frame.get_column(m.denominator).sum() or 0.0)
    return (m.scale * n / base if base else None), n, base


def measure_interval(frame: pl.DataFrame, m: Measure, *, key: str) -> tuple[float | None, float | None]:
    """The 95% bootstrap interval of ``m`` over ``frame``'s sentences (seeded by ``key``); none from fewer than
    ``MIN_INTERVAL`` sentences in its denominator."""
    if frame.height < 2 or _base_rows(frame, m) < MIN_INTERVAL:
        return None, None
    interval = replicate_interval(_replicates(m, [_replicate_sums(frame, [m.numerator, m.denominator], key=key)]))
    return _not_a_point(interval, frame, m)


def _not_a_point(interval: tuple[float | None, float | None], frame: pl.DataFrame, m: Measure) -> tuple[float | None, float | None]:
    """``interval``, or where it is a point (every sentence of the base on one side, check9-recheck SE-P6) the Wilson
    interval of a share and none for a rate or a mean (``one_sided``)."""
    counted = frame.filter(pl.col(m.denominator).fill_null(0) > 0)
    flags = (counted.get_column(m.numerator).fill_null(0) / counted.get_column(m.denominator)).to_numpy()
    if interval[0] is None or interval[1] is None or interval[1] - interval[0] > 0:
        return interval
    low, high = one_sided(*interval, flags.astype(np.float64), share=m.kind == "share")
    return (m.scale * low, m.scale * high) if low is not None and high is not None else (None, None)


def difference_interval(
    a: pl.DataFrame, b: pl.DataFrame, m: Measure, *, keys: tuple[str, str]
) -> tuple[float | None, float | None]:
    """The 95% bootstrap interval of ``m(a) − m(b)``, each frame's sentences resampled apart."""
    if min(a.height, b.height) < 2 or min(_base_rows(a, m), _base_rows(b, m)) < MIN_INTERVAL:
        return None, None
    columns = [m.numerator, m.denominator]
    return replicate_interval(
        _replicates(m, [_replicate_sums(a, columns, key=keys[0])]) - _replicates(m, [_replicate_sums(b, columns, key=keys[1])])
    )


def _base_rows(frame: pl.DataFrame, m: Measure) -> int:
    """The sentences a measure rests on: those counted in its denominator (own-voice sentences, words > 0)."""
    return int((frame.get_column(m.denominator).fill_null(0) > 0).sum())


def _replicate_sums(frame: pl.DataFrame, names: Sequence[str], *, key: str) -> dict[str, np.ndarray]:
    """Each column's sum over the origin's sentences in every bootstrap resample (seeded by ``key``).

    An origin of one sentence cannot be resampled: its sums stay as they are in every replicate.
    """
    arrays = {c: frame.get_column(c).to_numpy().astype(np.float64) for c in names}
    if frame.height < 2:
        return {c: np.full(RESAMPLES, float(a.sum())) for c, a in arrays.items()}
    means = bootstrap_means(arrays, seed=seed_for(key))
    return {c: means[c] * frame.height for c in names}


def _replicates(m: Measure, groups: Sequence[Mapping[str, np.ndarray]]) -> np.ndarray:
    """The measure in every replicate, over the pooled sums of ``groups`` (NaN where its denominator is 0).

    A measure is a ratio of sums, so each replicate is the ratio of the two summed columns on
    the same draw; pooling origins resampled separately is a stratified bootstrap of the rest.
    """
    numerator = np.sum([g[m.numerator] for g in groups], axis=0)
    denominator = np.sum([g[m.denominator] for g in groups], axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return m.scale * numerator / denominator


def replicate_interval(replicates: np.ndarray) -> tuple[float | None, float | None]:
    """The percentile interval of the defined replicates; none when more than a tenth are undefined."""
    finite = replicates[np.isfinite(replicates)]
    return percentile_interval(finite) if finite.size >= 0.9 * replicates.size else (None, None)


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
    refs: Mapping[tuple[str, str], Mapping[str | None, tuple[Counter[str], set[str]]]],
) -> dict[str, object]:
    cues: Counter[str] = Counter()
    sentences: set[str] = set()
    for category in m.evidence_categories:
        for context, (counts, found) in refs.get((unit, category), {}).items():
            if not m.contexts or context in m.contexts:
                cues.update(counts)
                sentences |= found
    return {
        LENS: lens, "level": level, "unit": unit, "measure": m.id, "value": value, "ci_low": None, "ci_high": None,
        "diff_low": None, "diff_high": None,
        "n": n, "base": base, "rest": None, "effect": None, "effect_kind": EFFECT_KINDS[m.kind] if level == "origin" else None,
        "cues": "; ".join(f"{w} ×{c}" for w, c in sorted(cues.items(), key=lambda kv: (-kv[1], kv[0]))) or None,
        "sentences": "; ".join(sorted(sentences, key=_ref_order)[:MAX_REFS]) or None,
        "contexts": "; ".join(m.contexts) or None,
        "rows": None,
    }


def _ref_order(ref: str) -> tuple[str, int]:
    source, _, index = ref.rpartition(":")
    return source, int(index)


def _references(
    evidence: pl.DataFrame, level: str
) -> dict[tuple[str, str], dict[str | None, tuple[Counter[str], set[str]]]]:
    """(unit of ``level``, category) → context → (cue word counts, "source_id:sentence_index" references)."""
    result: dict[tuple[str, str], dict[str | None, tuple[Counter[str], set[str]]]] = {}
    columns = (level, CATEGORY, CUE, SOURCE_ID, SENTENCE_INDEX, CONTEXT)
    for unit, category, cue, source_id, index, context in zip(*(evidence.get_column(c).to_list() for c in columns), strict=True):
        counts, refs = result.setdefault((unit, category), {}).setdefault(context, (Counter(), set()))
        counts[cue.lower().replace("’", "'")] += 1
        refs.add(f"{source_id}:{index}")
    return result
