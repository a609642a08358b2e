"""One small-base rule for every interval (check8 RM-4): below ``MIN_INTERVAL`` sentences no 95% interval is drawn.

Romney's US left had one own-voice sentence and the briefing printed "+0.00 (95% CI +0.00 to +0.00)" and "0%–0%";
LePage's three printed "100%–100%"; the frames lens on the same base said "too few to draw an interval from". Tone,
shares, the source table and the lens figures now say the same.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import polars as pl
import pytest

from contrast.metrics import sentiment
from contrast.metrics.figures import Measure, measure_interval
from contrast.report.briefing import glance
from contrast.stats import MIN_INTERVAL, compare_groups, mean_of


def _tone(*sizes: int) -> dict[str, dict[str, np.ndarray]]:
    return {f"o{n}": {"compound": np.linspace(-0.5, 0.5, n) if n > 1 else np.array([0.3])} for n in sizes}


def test_an_estimate_from_fewer_than_min_interval_sentences_has_no_interval() -> None:
    contrast = compare_groups(_tone(1, 3, MIN_INTERVAL - 1, MIN_INTERVAL, 30), mean_of("compound"))
    assert contrast is not None
    drawn = {name: e.drawn for name, e in contrast.estimates.items()}
    assert drawn == {"o1": False, "o3": False, f"o{MIN_INTERVAL - 1}": False, f"o{MIN_INTERVAL}": True, "o30": True}


@pytest.mark.parametrize("n", [1, 2, 3])
def test_at_a_glance_says_too_few_instead_of_a_zero_width_interval(n: int) -> None:
    groups = {"left": {"compound": np.zeros(n)}, "right": {"compound": np.linspace(-0.3, 0.6, 25)}}
    contrast = compare_groups(groups, mean_of("compound"))
    assert contrast is not None
    briefing = SimpleNamespace(origins=[SimpleNamespace(ref=SimpleNamespace(id=o, label=f"US {o}")) for o in groups])
    said = glance._for(briefing, contrast, "left", glance._signed, called="own-voice sentences")  # type: ignore[arg-type]
    assert "95% CI" not in said and "0.00 to 0.00" not in said  # neither "+0.00 to +0.00" nor "0.00 to 0.00"
    assert f"{n} own-voice sentence" in said and "too few to draw an interval from" in said
    assert "95% CI" in glance._for(briefing, contrast, "right", glance._signed, called="own-voice sentences")  # type: ignore[arg-type]


def test_the_source_tables_tone_intervals_follow_the_same_rule() -> None:
    own = pl.DataFrame({"source_id": ["a"] * 3 + ["b"] * 8, "compound": [0.4, 0.5, 0.6] + [0.1 * i for i in range(8)]})
    rows = {r["source_id"]: r for r in sentiment._intervals(own, "source_id").iter_rows(named=True)}
    assert rows["a"]["sentiment_mean_low"] is None and rows["a"]["share_positive_high"] is None
    assert rows["b"]["sentiment_mean_low"] is not None


def test_a_lens_figure_follows_the_same_rule() -> None:
    measure = Measure("m", "hit", "own", "share")
    few = pl.DataFrame({"hit": [1.0, 0.0, 1.0, 0.0, 0.0, 0.0], "own": [1.0, 1.0, 1.0, 0.0, 0.0, 0.0]})
    assert measure_interval(few, measure, key="k") == (None, None)  # 3 own-voice sentences, 6 rows
    enough = pl.DataFrame({"hit": [1.0, 0.0] * 5, "own": [1.0] * 10})
    assert measure_interval(enough, measure, key="k") != (None, None)
