"""Uncertainty on every contrast: effect sizes and plain small-sample warnings.

Intervals are the seeded percentile bootstrap of ``contrast.stats`` (shared with the
editions page): a lens figure is a ratio of sums over sentences, recomputed on every
resample of an origin's sentences (``contrast.metrics.figures``). Sentences of one
article are not independent, so with few sources the interval is too narrow; the
small-sample warnings say so in words.

Effect sizes compare an origin with all the others: Hedges' g for means (Hedges 1981,
bias-corrected standardised mean difference), Cohen's h for shares (Cohen 1988, §6.2:
difference of arcsine-transformed proportions) and the rate ratio for rates. Cohen's
rough benchmarks (0.2 small, 0.5 medium, 0.8 large) apply to g and h.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

MIN_SENTENCES = 30
"""Below this many sentences an origin's interval is wide; the briefing says so."""


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
