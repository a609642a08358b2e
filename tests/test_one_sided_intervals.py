"""No zero-width "95% CI" (check9-recheck SE-P6): Sestak's US right printed "0% (95% CI 0% to 0%)" from 5 own-voice
sentences, none negative — the percentile bootstrap of a share whose sentences all fall one way is a point. A share
all on one side gets the Wilson score interval (0 of 5: 0% to 43%); a mean whose sentences all score the same gets
none, and says why."""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np
import polars as pl
import pytest

from contrast.metrics import sentiment
from contrast.metrics.figures import Measure, measure_interval
from contrast.report.briefing import glance
from contrast.stats import compare_groups, mean_of, wilson_interval


def test_wilson_interval_of_none_and_all() -> None:
    low, high = wilson_interval(0, 5)
    assert low == 0 and math.isclose(high, 0.4345, abs_tol=1e-3)
    low, high = wilson_interval(5, 5)
    assert math.isclose(low, 0.5655, abs_tol=1e-3) and high == 1


@pytest.mark.parametrize("flag", [0.0, 1.0])
def test_a_share_all_on_one_side_gets_a_wilson_interval(flag: float) -> None:
    groups = {
        "right": {"negative": np.full(5, flag), "positive": np.zeros(5)},
        "left": {"negative": np.array([0.0, 1.0] * 10), "positive": np.zeros(20)},
    }  # as At a glance gives them: both shares' flags, one figure at a time
    contrast = compare_groups(groups, mean_of("negative"), share="negative")
    assert contrast is not None
    estimate = contrast.estimates["right"]
    assert estimate.drawn and estimate.high - estimate.low > 0.3
    assert (estimate.low, estimate.high) == pytest.approx(wilson_interval(5 * flag, 5))


def test_a_mean_whose_sentences_all_score_the_same_has_no_interval() -> None:
    groups = {"right": {"compound": np.zeros(6)}, "left": {"compound": np.linspace(-0.3, 0.6, 25)}}
    contrast = compare_groups(groups, mean_of("compound"))
    assert contrast is not None and not contrast.estimates["right"].drawn
    briefing = SimpleNamespace(origins=[SimpleNamespace(ref=SimpleNamespace(id=o, label=f"US {o}")) for o in groups])
    said = glance._for(briefing, contrast, "right", glance._signed, called="own-voice sentences")  # type: ignore[arg-type]
    assert "95% CI" not in said and "6 own-voice sentences, all scoring the same" in said


def test_the_source_table_and_lens_figures_follow_the_same_rule() -> None:
    own = pl.DataFrame({"source_id": ["a"] * 5, "compound": [0.0] * 5})
    row = next(sentiment._intervals(own, "source_id").iter_rows(named=True))
    assert row["sentiment_mean_low"] is None  # every sentence scores 0.00
    assert (row["share_negative_low"], row["share_negative_high"]) == pytest.approx(wilson_interval(0, 5))
    measure = Measure("m", "hit", "own", "share")
    none = pl.DataFrame({"hit": [0.0] * 6, "own": [1.0] * 6})
    assert measure_interval(none, measure, key="k") == pytest.approx(wilson_interval(0, 6))
    rate = Measure("r", "hit", "own", "rate", scale=1000.0)
    assert measure_interval(none, rate, key="k") == (None, None)


def test_the_wilson_interval_always_holds_the_share_itself() -> None:
    """0 of n and n of n: the ends computed in floating point fell a hair inside 0% or 100% (150 of 598 cases up to
    n = 299), which the lens charts drew as a negative error bar and matplotlib refused (the keep-going builds)."""
    for n in range(1, 300):
        for k in (0, n // 2, n):
            low, high = wilson_interval(k, n)
            assert low <= k / n <= high
