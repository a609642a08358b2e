"""Tone intervals: each group's 95% bootstrap interval is drawn from that group's own-voice sentences alone.

``sentiment._intervals`` gathers each group's compounds in first-seen order and bootstraps them with the
group's own seed; the same values as grouping with polars (spelled out below), whatever the other groups.
"""

from __future__ import annotations

from unittest.mock import patch

import numpy as np
import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from contrast.metrics import sentiment
from contrast.metrics.vader import NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD
from contrast.stats import (
    MIN_INTERVAL,
    bootstrap_mean_intervals,
    one_sided,
    percentile_interval,
    percentile_intervals,
    rows_seed,
)


def by_polars(own: pl.DataFrame, by: str) -> dict[object, dict[str, tuple[float, float]]]:
    """The intervals computed group by group from polars' groups (first-seen order)."""
    found = {}
    for (key,), group in own.group_by(by, maintain_order=True):
        values = group.get_column("compound").to_numpy().astype(np.float64)
        found[key] = bootstrap_mean_intervals(
            {"sentiment_mean": values, "share_positive": (values >= POSITIVE_THRESHOLD).astype(np.float64),
             "share_negative": (values <= NEGATIVE_THRESHOLD).astype(np.float64)},
            seed=rows_seed(values),
        )
    return found


@st.composite
def own_sentences(draw: st.DrawFn) -> pl.DataFrame:
    rows = draw(st.lists(st.tuples(st.sampled_from(["s1", "s2", "s3", "s4"]), st.sampled_from(["left", "right"]),
                                   st.floats(-1, 1, allow_nan=False)), min_size=1, max_size=60))
    return pl.DataFrame(
        {"source_id": [r[0] for r in rows], "origin": [r[1] for r in rows], "sentence_index": list(range(len(rows))),
         "compound": [r[2] for r in rows]},
        schema={"source_id": pl.String(), "origin": pl.String(), "sentence_index": pl.Int32(), "compound": pl.Float64()},
    )


@settings(max_examples=60, deadline=None)
@given(own_sentences())
def test_intervals_are_each_groups_own_bootstrap(own: pl.DataFrame) -> None:
    for by in ("source_id", "origin"):
        intervals = sentiment._intervals(own, by)
        expected = by_polars(own, by)
        assert intervals.get_column(by).to_list() == list(expected)
        sizes = dict(own.group_by(by).len().iter_rows())
        for row in intervals.iter_rows(named=True):
            for name in sentiment.INTERVAL_COLUMNS:
                # none from fewer than MIN_INTERVAL own-voice sentences (RM-4: one sentence's value is no interval);
                # no point either (SE-P6): Wilson's for a share all on one side, none for a mean of equal scores
                values = own.filter(pl.col(by) == row[by]).get_column("compound").to_numpy().astype(np.float64)
                wanted = (
                    one_sided(*expected[row[by]][name], sentiment._flags(name, values), share=name != "sentiment_mean")
                    if sizes[row[by]] >= MIN_INTERVAL else (None, None)
                )
                assert (row[f"{name}_low"], row[f"{name}_high"]) == wanted
        alone = sentiment._intervals(own.filter(pl.col(by) == intervals.get_column(by)[0]), by)
        assert alone.row(0) == intervals.row(0)  # the other groups change nothing


def test_a_source_without_own_voice_sentences_has_no_interval() -> None:
    empty = pl.DataFrame(schema={"source_id": pl.String(), "compound": pl.Float64()})
    assert sentiment._intervals(empty, "source_id").height == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.floats(-1, 1, allow_nan=False), min_size=1, max_size=40), min_size=1, max_size=6))
def test_intervals_of_many_groups_at_once_are_each_groups_interval(groups: list[list[float]]) -> None:
    # percentile_intervals takes a row per group: each row's ends are percentile_interval's of that row.
    resamples = np.array([np.resize(np.array(values), 50) for values in groups])
    low, high = percentile_intervals(resamples)
    assert list(zip(low, high, strict=True)) == [percentile_interval(row) for row in resamples]


@st.composite
def scored_sources(draw: st.DrawFn) -> pl.DataFrame:
    rows = draw(st.lists(st.tuples(st.sampled_from(["s1", "s2", "s3", "s4"]), st.sampled_from(["own", "quoted", "reported"]),
                                   st.floats(-1, 1, allow_nan=False)), min_size=1, max_size=80))
    return pl.DataFrame(
        {"source_id": [r[0] for r in rows], "sentence_index": list(range(len(rows))), "compound": [r[2] for r in rows],
         "voice": [r[1] for r in rows]},
        schema={"source_id": pl.String(), "sentence_index": pl.Int32(), "compound": pl.Float64(), "voice": pl.String()},
    )


@settings(max_examples=80, deadline=None)
@given(scored_sources())
def test_sources_aggregated_together_get_the_figures_each_gets_alone(scored: pl.DataFrame) -> None:
    # The sentiment metric aggregates every source in one query; each source's row must be the one
    # its own sentences alone give (no figure, interval or extreme borrowed from another source).
    together = sentiment.aggregate(scored, "source_id")
    for row in together.iter_rows(named=True):
        alone = sentiment.aggregate(scored.filter(pl.col("source_id") == row["source_id"]), "source_id")
        assert alone.rows(named=True) == [row]
    assert sorted(together.get_column("source_id").to_list()) == sorted(set(scored.get_column("source_id").to_list()))


@settings(max_examples=30, deadline=None)
@given(scored_sources())
def test_intervals_drawn_a_few_groups_at_a_time_are_the_same(scored: pl.DataFrame) -> None:
    # Replicates are held for _GROUPS_AT_ONCE groups at a time (bounded memory at 10,000 sources).
    whole = sentiment._intervals(scored, "source_id")
    with patch.object(sentiment, "_GROUPS_AT_ONCE", 1):
        assert sentiment._intervals(scored, "source_id").equals(whole)


def test_one_source_origin_prints_one_interval_on_page_one_and_in_source_by_source() -> None:
    """check12l-new (both groups): HuffPost's own-voice tone was printed "95% CI −0.09 to +0.37" on page 1 and
    "−0.08 to +0.38" in Source by source, for the same 14 sentences: the origin's interval was seeded by the origin, the
    source's by the source. The seed now comes from the values resampled, so the same sentences give one interval."""
    from contrast.stats import compare_groups, mean_of

    values = [0.44, -0.3, 0.0, 0.62, 0.1, -0.05, 0.36, 0.0, 0.77, -0.6, 0.2, 0.0, 0.5, 0.31]
    own = pl.DataFrame({"source_id": ["s3"] * len(values), "origin": ["us-left"] * len(values),
                        "sentence_index": list(range(len(values))), "compound": values})
    by_origin = sentiment._intervals(own, "origin").row(0, named=True)
    by_source = sentiment._intervals(own, "source_id").row(0, named=True)
    assert (by_origin["sentiment_mean_low"], by_origin["sentiment_mean_high"]) == (
        by_source["sentiment_mean_low"], by_source["sentiment_mean_high"])
    other = {"compound": np.array([0.1, 0.2, -0.1, 0.0, 0.3, 0.05, -0.2, 0.4, 0.1, 0.0])}
    page_one = compare_groups({"us-left": {"compound": np.array(values)}, "us-right": other}, mean_of("compound"))
    assert page_one is not None
    left = page_one.estimates["us-left"]
    assert (left.low, left.high) == (by_origin["sentiment_mean_low"], by_origin["sentiment_mean_high"])
