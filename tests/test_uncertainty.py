"""Bootstrap intervals, effect sizes and sample warnings against values worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import polars as pl
import pytest

from contrast.metrics.figures import Measure, difference_interval, measure_interval
from contrast.metrics.uncertainty import cohens_h, effect_label, hedges_g, rate_ratio, sample_warnings


def _interval(numerator, denominator, *, scale: float = 1.0, key: str = "lens:origin"):
    frame = pl.DataFrame({"num": np.asarray(numerator, dtype=float), "den": np.asarray(denominator, dtype=float)})
    return measure_interval(frame, Measure("m", "num", "den", "rate", scale=scale), key=key)


def test_interval_of_a_constant_ratio_is_not_drawn() -> None:
    """Every sentence at the same rate: the bootstrap gives a point, which is no 95% interval (check9-recheck SE-P6)."""
    assert _interval([2.0] * 20, [10.0] * 20, scale=1000) == (None, None)


def test_interval_brackets_the_estimate_and_narrows_with_more_data() -> None:
    rng = np.random.default_rng(0)
    small = rng.integers(0, 2, 40).astype(float)
    large = rng.integers(0, 2, 4000).astype(float)
    low_s, high_s = _interval(small, np.ones_like(small))
    low_l, high_l = _interval(large, np.ones_like(large))
    assert low_s <= small.mean() <= high_s and low_l <= large.mean() <= high_l
    assert high_l - low_l < (high_s - low_s) / 3


def test_interval_is_seeded_by_lens_and_origin() -> None:
    values = np.random.default_rng(1).integers(0, 3, 60).astype(float)
    words = np.full(60, 12.0)
    assert _interval(values, words, key="certainty:a") == _interval(values, words, key="certainty:a")
    assert _interval(values, words, key="certainty:a") != _interval(values, words, key="certainty:b")


def test_ratio_of_sums_not_mean_of_ratios() -> None:
    # Three pairs of sentences: 1 cue in 2 words, 0 cues in 8 words (three, not one: fewer than MIN_INTERVAL
    # sentences draw no interval). Every resample's ratio is a ratio of sums, k / (2k + 8(6 − k)) for the k
    # one-cue sentences drawn (never a mean of ratios, 0.25 for k = 3).
    low, high = _interval([1.0, 0.0] * 3, [2.0, 8.0] * 3)
    assert {low, high} <= {k / (2 * k + 8 * (6 - k)) for k in range(7)}


def _frame(numerator) -> pl.DataFrame:
    return pl.DataFrame({"num": np.asarray(numerator, dtype=float), "den": np.ones(len(numerator))})


def test_difference_interval_holds_zero_when_two_samples_are_alike() -> None:
    rng = np.random.default_rng(2)
    a, b = _frame(rng.integers(0, 2, 80)), _frame(rng.integers(0, 2, 80))
    low, high = difference_interval(a, b, Measure("m", "num", "den", "share"), keys=("x:a", "x:b"))
    assert low < 0 < high


def test_difference_interval_excludes_zero_when_they_differ() -> None:
    a, b = _frame([1.0] * 30 + [0.0] * 10), _frame([0.0] * 30 + [1.0] * 10)
    low, high = difference_interval(a, b, Measure("m", "num", "den", "share"), keys=("x:a", "x:b"))
    assert 0 < low <= 0.5 <= high


def test_an_origin_figure_carries_the_interval_of_its_difference_from_the_rest() -> None:
    from contrast.metrics.figures import origin_figures

    table = pl.DataFrame({
        "source_id": ["a"] * 40 + ["b"] * 40,
        "sentence_index": list(range(40)) * 2,
        "origin": ["x"] * 40 + ["y"] * 40,
        "num": [1.0] * 30 + [0.0] * 10 + [0.0] * 30 + [1.0] * 10,
        "den": [1.0] * 80,
    })
    evidence = pl.DataFrame(schema={"origin": pl.String(), "category": pl.String(), "cue": pl.String(),
                                    "source_id": pl.String(), "sentence_index": pl.Int32(), "context": pl.String()})
    figures = origin_figures("lens", table, [Measure("m", "num", "den", "share")], evidence, origins=["x", "y"])
    x = figures.filter(pl.col("unit") == "x").row(0, named=True)
    assert x["value"] - x["rest"] == 0.5 and 0 < x["diff_low"] <= 0.5 <= x["diff_high"]


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


def test_bootstrap_means_of_many_whole_number_columns_are_each_columns_mean_over_the_same_draws() -> None:
    from contrast.stats import RESAMPLES, bootstrap_means

    rng = np.random.default_rng(7)
    columns = {f"count{i}": rng.integers(0, 40, 301).astype(np.float64) for i in range(10)}
    columns["tone"] = rng.normal(size=301)
    means = bootstrap_means(columns, seed=11)
    draws = np.random.Generator(np.random.PCG64(11)).integers(0, 301, size=(RESAMPLES, 301))
    for name, values in columns.items():
        assert np.array_equal(means[name], values[draws].mean(axis=1)), name


def test_compare_groups_finds_a_difference_only_outside_its_noise() -> None:
    from contrast.stats import compare_groups, mean_of

    rng = np.random.default_rng(3)
    alike = {"a": {"x": rng.normal(0, 1, 60)}, "b": {"x": rng.normal(0, 1, 60)}}
    apart = {"a": {"x": rng.normal(1, 1, 60)}, "b": {"x": rng.normal(-1, 1, 60)}}
    assert not compare_groups(alike, mean_of("x")).finding
    found = compare_groups(apart, mean_of("x"))
    assert found.finding and found.high == "a" and found.diff_low > 0


def test_compare_groups_does_not_judge_small_samples() -> None:
    from contrast.stats import MIN_JUDGED, compare_groups, mean_of

    few = {"a": {"x": np.full(MIN_JUDGED - 1, 1.0) + np.arange(MIN_JUDGED - 1) * 0.01}, "b": {"x": np.zeros(40)}}
    contrast = compare_groups(few, mean_of("x"))
    assert contrast.diff_low > 0 and not contrast.judged and not contrast.finding


def test_compare_groups_centres_an_exact_point_and_its_interval() -> None:
    from contrast.stats import compare_groups, mean_of

    groups = {"a": {"x": np.arange(30, dtype=float)}, "b": {"x": np.arange(30, dtype=float) + 100}}
    shifted = compare_groups(groups, mean_of("x"), points={"a": 20.0})
    plain = compare_groups(groups, mean_of("x"))
    a, a0 = shifted.estimates["a"], plain.estimates["a"]
    assert a.value == 20.0 and math.isclose(a.low - a0.low, 20.0 - 14.5) and math.isclose(a.high - a0.high, 20.0 - 14.5)


def test_stored_replicates_are_the_same_arrays_and_drawn_once_per_content(monkeypatch: pytest.MonkeyPatch) -> None:
    import contrast.stats
    from contrast.stats import bootstrap_means, stored_replicates

    monkeypatch.setattr(contrast.stats, "STORED_MIN_ROWS", 0)  # these four rows would be drawn, not stored

    drawn: dict[str, dict[str, np.ndarray]] = {}
    calls: list[str] = []

    def store(key: str, compute):  # type: ignore[no-untyped-def]
        calls.append(key)
        if key not in drawn:
            drawn[key] = compute()
        return {name: array.copy() for name, array in drawn[key].items()}

    columns = {"x": np.array([0.5, 1.0, 3.0, 2.0]), "n": np.array([1.0, 0.0, 2.0, 1.0])}
    direct = bootstrap_means(columns, seed=7)
    with stored_replicates(store):
        first = bootstrap_means(columns, seed=7)
        again = bootstrap_means({k: v.copy() for k, v in columns.items()}, seed=7)
        other_seed = bootstrap_means(columns, seed=8)
        other_values = bootstrap_means({"x": columns["x"] + 1, "n": columns["n"]}, seed=7)
    for means in (first, again):
        assert all(np.array_equal(means[c], direct[c]) for c in columns)
    assert len(calls) == 4 and len(drawn) == 3  # same values and seed: one key; a new seed or value: a new one
    assert not np.array_equal(other_seed["x"], direct["x"]) and not np.array_equal(other_values["x"], direct["x"])
