"""The metrics of a large corpus computed in a child process, so the build process does not keep what they leave.

Measuring a corpus leaves memory behind in the process that did it: the lexicons the metrics load and, mostly,
what the allocators keep of what was freed and never give back to the operating system. At 2,000 real articles
the build process held about 1.1 GB more after the metrics stage than before it, ~0.6 GB of it freed memory
(scale11, session 11), and every later stage (events, render) started from there: at 500, in a cold build, the
build process went from 261 MB to 558 MB, and its tree peaked at 1,703 MB in the render; with the metrics in a
child, 259 MB after the metrics stage and a peak of 1,226 MB (session 12). A child process gives all of
it back when it exits. It reads the build's cache as the build does (``BuildCache.share``: every new entry passes
as a file), computes the metrics and hands back what it stored, the metrics entry among them
(``BuildCache.handed_over``); the build takes that in (``BuildCache.take``) and reads the metrics from their entry,
as a warm build does. A cached result gives the bytes of a fresh one, so the outputs are the same bytes, and
the cache counts the same work.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from contrast.cache import BuildCache, CacheShare
from contrast.codecs import decode_metric_results, encode_metric_frames
from contrast.metrics import Corpus, MetricResults, available_metrics, compute_metrics, get_metric
from contrast.stages import CachedReplicates, CachedStages, SourceKeys
from contrast.stats import stored_replicates, storing_replicates

log = logging.getLogger(__name__)

APART_MIN_SOURCES = 200
"""Fewer sources are measured in the build process. What measuring leaves grows with the sources (a cold build of 500
real articles, two workers: the build process 261 MB before the metrics stage, 558 MB after it; session 12): in
proportion, some 120 MB at 200 (not measured). A child costs a process and a pass of every new cache entry through
the disk."""


@dataclass(frozen=True)
class MetricsWork:
    """What the child needs: the corpus, the keys of its per-source entries, the build's cache."""

    corpus: Corpus
    keys: Mapping[str, SourceKeys]
    key: str
    """The key of the metrics entry."""
    cache: CacheShare
    replicates: bool
    """The build keeps bootstrap replicates in its cache (``contrast.stats.stored_replicates``)."""


def measures_apart(cache: BuildCache, sources: int, *, jobs: int | None) -> bool:
    """Whether the metrics run in a child process: for a build's own cache (it is written), not with one job
    (this process only), for ``APART_MIN_SOURCES`` sources or more, and only when every metric is contrast's own
    (one registered from outside may exist in this process only)."""
    if not cache.write or jobs == 1 or sources < APART_MIN_SOURCES:
        return False
    return all(get_metric(name).__module__.startswith("contrast.") for name in available_metrics())


def measure_apart(corpus: Corpus, stages: CachedStages, key: str) -> MetricResults:
    """``compute_metrics(corpus)`` in a child process, stored under ``key`` in the build's cache and read back."""
    from contrast.engine.local import LocalPool

    cache = stages.cache
    work = MetricsWork(corpus, dict(stages.keys), key, cache.share(), storing_replicates())
    log.info("metrics of %d sources in a child process", corpus.sources.height)
    pool = LocalPool(1)
    try:
        (handed,) = pool.map(measure, [work])
    finally:
        pool.close()
    cache.take(handed)
    results = cache.peek("metrics", key, decode_metric_results)
    if results is None:
        raise RuntimeError(f"the child process measuring the corpus stored no readable metrics entry {key}")
    return results


def measure(work: MetricsWork) -> CacheShare:
    """The task: the metrics computed through a cache joined to the build's; what it stored, handed back."""
    cache = BuildCache.joined(work.cache)
    stages = CachedStages(cache, work.keys)
    with stored_replicates(CachedReplicates(cache) if work.replicates else None):
        results = compute_metrics(work.corpus, mapper=stages.measure)
    cache.store("metrics", work.key, encode_metric_frames(results))
    return cache.handed_over()


__all__ = ["APART_MIN_SOURCES", "MetricsWork", "measure", "measure_apart", "measures_apart"]
