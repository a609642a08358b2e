"""The scale benchmark reports peak memory per 1,000 sources (issue 17), so builds of 500, 2,000 and 10,000
sources can be compared on one scale and a growth faster than linear shows as a rising figure."""

from __future__ import annotations

from benchmarks.bench_scale import peak_per_thousand_sources


def test_peak_memory_is_reported_per_thousand_sources() -> None:
    assert peak_per_thousand_sources(1519, 1612, 200) == {
        "peak_process_mb_per_1000_sources": 7595,
        "peak_tree_mb_per_1000_sources": 8060,
    }
    assert peak_per_thousand_sources(3000, 3100, 10_000) == {
        "peak_process_mb_per_1000_sources": 300,
        "peak_tree_mb_per_1000_sources": 310,
    }
