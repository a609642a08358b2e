"""Bootstrap intervals, effect sizes and sample warnings against values worked out by hand."""

from __future__ import annotations

import math

import numpy as np

from contrast.metrics.uncertainty import (
    cohens_h, effect_label, hedges_g, rate_ratio, ratio_interval, resampled_totals, sample_warnings,
)


def test_resamples_keep_the_sample_size_and_are_seeded() -> None:
    values = np.column_stack([np.ones(50), np.arange(50)])
    first, second = resampled_totals(values, resamples=300), resampled_totals(values, resamples=300)
    assert first.shape == (300, 2)
    assert (first[:, 0] == 50).all()
    assert (first == second).all()
    assert not (first == resampled_totals(values, resamples=300, seed=1)).all()


def test_interval_of_a_constant_ratio_is_that_ratio() -> None:
    assert ratio_interval([2.0] * 20, [10.0] * 20, scale=1000) == (200.0, 200.0)


def test_interval_brackets_the_estimate_and_narrows_with_more_data() -> None:
    rng = np.random.default_rng(0)
    small = rng.integers(0, 2, 40).astype(float)
    large = rng.integers(0, 2, 4000).astype(float)
    low_s, high_s = ratio_interval(small, np.ones_like(small))
    low_l, high_l = ratio_interval(large, np.ones_like(large))
    assert low_s <= small.mean() <= high_s and low_l <= large.mean() <= high_l
    assert high_l - low_l < (high_s - low_s) / 3


def test_hedges_g_worked_example() -> None:
    # means 2 and 5, both variances 1 → d = −3; correction 1 − 3/(4·6 − 9) = 0.8
    assert math.isclose(hedges_g([1, 2, 3], [4, 5, 6]), -2.4)
    assert hedges_g([1], [2, 3]) is None
    assert hedges_g([1, 1], [1, 1]) is None


def test_cohens_h_worked_examples() -> None:
    assert cohens_h(0.5, 0.5) == 0
    assert math.isclose(cohens_h(1.0, 0.0), math.pi)
    assert math.isclose(cohens_h(0.25, 0.0), 2 * math.asin(0.5))


def test_rate_ratio_and_labels() -> None:
    assert rate_ratio(6.0, 2.0) == 3.0
    assert rate_ratio(1.0, 0.0) is None
    assert effect_label(3.0, "rate ratio") == "3.0× the others"
    assert effect_label(-0.55, "Hedges' g") == "medium (Hedges' g −0.55)".replace("−", "-")
    assert effect_label(None, "Cohen's h") == "n/a"


def test_small_sample_warnings_name_the_origins() -> None:
    warnings = sample_warnings({"a": 1, "b": 3}, {"a": 12, "b": 400}, {"a": "State media", "b": "Western"})
    assert warnings == (
        "One source per origin for State media: this compares outlets, not origins.",
        "Fewer than 30 sentences for State media (12): intervals are wide and differences fragile.",
    )
    assert sample_warnings({"a": 2, "b": 3}, {"a": 40, "b": 40}, {"a": "A", "b": "B"}) == ()
