"""Uncertainty on every contrast: seeded bootstrap intervals, effect sizes, sample warnings.

A lens figure is a ratio of sums over sentences (cues per 1,000 words, share of claims
attributed, mean tone of the sentences naming a target). Its interval is a percentile
bootstrap over sentences (Efron & Tibshirani 1993, ch. 13): resample an origin's
sentences with replacement, recompute the ratio, take the 2.5th and 97.5th percentiles.
Sentences of one article are not independent, so with few sources the interval is too
narrow; the small-sample warnings say so in words.

Effect sizes compare an origin with all the others: Hedges' g for means (Hedges 1981,
bias-corrected standardised mean difference), Cohen's h for shares (Cohen 1988, §6.2:
difference of arcsine-transformed proportions) and the rate ratio for rates. Cohen's
rough benchmarks (0.2 small, 0.5 medium, 0.8 large) apply to g and h.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

SEED = 20250101
"""Every bootstrap starts from this seed, so the same data give the same intervals."""
RESAMPLES = 1000
LEVEL = 0.95
MIN_SENTENCES = 30
"""Below this many sentences an origin's interval is wide; the briefing says so."""
_CHUNK = 100


def resampled_totals(values: np.ndarray, *, resamples: int = RESAMPLES, seed: int = SEED) -> np.ndarray:
    """Column sums of ``values`` (rows = sentences) over ``resamples`` bootstrap resamples of its rows.

    Returns an array of shape (resamples, columns). Each chunk of resamples becomes a
    matrix of how often each row was drawn (one bincount) and one matrix product, so
    memory stays at chunk × rows whatever the corpus size.
    """
    values = np.asarray(values, dtype=np.float64)
    n = values.shape[0]
    if n == 0:
        return np.zeros((resamples, values.shape[1]))
    rng = np.random.default_rng(seed)
    totals = []
    for start in range(0, resamples, _CHUNK):
        size = min(_CHUNK, resamples - start)
        draws = rng.integers(0, n, size=(size, n)) + np.arange(size)[:, None] * n
        weights = np.bincount(draws.ravel(), minlength=size * n).reshape(size, n).astype(np.float64)
        totals.append(weights @ values)
    return np.vstack(totals)


def ratio_interval(
    numerator: Sequence[float], denominator: Sequence[float], *, scale: float = 1.0, seed: int = SEED
) -> tuple[float | None, float | None]:
    """Percentile bootstrap interval of ``scale · Σ numerator / Σ denominator`` over rows."""
    if len(numerator) < 2:
        return None, None
    totals = resampled_totals(np.column_stack([numerator, denominator]), seed=seed)
    with np.errstate(invalid="ignore", divide="ignore"):
        ratios = scale * totals[:, 0] / totals[:, 1]
    ratios = ratios[np.isfinite(ratios)]
    if ratios.size == 0:
        return None, None
    low, high = np.quantile(ratios, [(1 - LEVEL) / 2, 1 - (1 - LEVEL) / 2])
    return float(low), float(high)


def hedges_g(a: Sequence[float], b: Sequence[float]) -> float | None:
    """Hedges' g of a against b: (mean a − mean b) / pooled SD, times 1 − 3 / (4(n_a + n_b) − 9)."""
    n_a, n_b = len(a), len(b)
    if n_a < 2 or n_b < 2:
        return None
    mean_a, mean_b = sum(a) / n_a, sum(b) / n_b
    var_a = sum((x - mean_a) ** 2 for x in a) / (n_a - 1)
    var_b = sum((x - mean_b) ** 2 for x in b) / (n_b - 1)
    pooled = math.sqrt(((n_a - 1) * var_a + (n_b - 1) * var_b) / (n_a + n_b - 2))
    if pooled == 0:
        return None
    return (mean_a - mean_b) / pooled * (1 - 3 / (4 * (n_a + n_b) - 9))


def cohens_h(p_a: float | None, p_b: float | None) -> float | None:
    """Cohen's h = 2·asin(√p_a) − 2·asin(√p_b)."""
    if p_a is None or p_b is None:
        return None
    return 2 * math.asin(math.sqrt(p_a)) - 2 * math.asin(math.sqrt(p_b))


def rate_ratio(rate_a: float | None, rate_b: float | None) -> float | None:
    if rate_a is None or rate_b is None or rate_b == 0:
        return None
    return rate_a / rate_b


def effect_label(effect: float | None, kind: str) -> str:
    """Cohen's words for |g| or |h|; rate ratios get 'n× the others'."""
    if effect is None:
        return "n/a"
    if kind == "rate ratio":
        return f"{effect:.1f}× the others"
    size = abs(effect)
    word = "negligible" if size < 0.2 else "small" if size < 0.5 else "medium" if size < 0.8 else "large"
    return f"{word} ({kind} {effect:+.2f})"


def sample_warnings(sources_per_origin: dict[str, int], sentences_per_origin: dict[str, int], labels: dict[str, str]) -> tuple[str, ...]:
    """Plain warnings for the contrasts small samples cannot support, in taxonomy order."""
    warnings = []
    single = [labels[o] for o, n in sources_per_origin.items() if n == 1]
    if single and len(sources_per_origin) >= 2:
        warnings.append(
            f"One source per origin for {', '.join(single)}: this compares outlets, not origins."
        )
    few = [f"{labels[o]} ({n})" for o, n in sentences_per_origin.items() if n < MIN_SENTENCES]
    if few:
        warnings.append(
            f"Fewer than {MIN_SENTENCES} sentences for {', '.join(few)}: intervals are wide and differences fragile."
        )
    return tuple(warnings)
