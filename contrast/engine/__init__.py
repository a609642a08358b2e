"""Where per-source work runs: in this process, a local process pool, or a Dask cluster.

One interface, :class:`Executor`: ``map(function, items)`` returns the results in the
order of ``items``, whatever ran where, and every task is a module-level function of one
picklable argument that depends on nothing but that argument. So the outputs of a build
never depend on the executor or on the number of workers: the coordinator (the build
process) decides the order of everything, writes every cache entry and every output;
workers only compute.

``executor_for(jobs=…, scheduler=…)`` picks one: a ``scheduler`` address
(``tcp://host:8786``) means Dask distributed (``pip install 'contrast[dask]'``); otherwise
``jobs`` local processes (default: every core), or this process alone when one job is
asked for or the work is too small to pay for starting workers.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")

POOL_THRESHOLD = 24
"""Fewer tasks than this run in this process: starting a worker process costs about as
much as cleaning and measuring a dozen articles."""


TASKS_PER_MAP = 512
"""The build hands the executor this many sources at a time and takes their results in (``BuildCache.add_computed``,
which spills them to disk past 64 MB) before the next batch. A ``map`` returns its results together, so one map of
every source held every worker's entries in the build process until the last source was done: it grew from 431 to
517 MB in the first 7 minutes of the per-source stages of 10,000 real articles, before any was spilled (session 12;
a cold build's cache is 258 MB at 2,000, scale11). A batch's last chunk is the only wait between batches."""


class Executor(Protocol):
    """Runs tasks; results in the order of the items."""

    workers: int
    """How many tasks may run at once (for the progress display and the docs)."""

    def map(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]: ...

    def close(self) -> None: ...


class InProcess:
    """Every task here, one after the other."""

    workers = 1

    def map(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        return [function(item) for item in items]

    def close(self) -> None:
        return None


def default_jobs() -> int:
    """The cores this process may use (its CPU affinity, else the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def executor_for(*, jobs: int | None = None, scheduler: str | None = None, tasks: int | None = None) -> Executor:
    """The executor for these settings (``tasks``: how many tasks are coming, if known).

    ``scheduler`` wins over ``jobs``. ``jobs`` ≤ 0 or None means every core.
    """
    if scheduler:
        from contrast.engine.cluster import DaskExecutor

        return DaskExecutor(scheduler)
    workers = default_jobs() if not jobs or jobs <= 0 else jobs
    if tasks is not None:
        workers = min(workers, tasks)
    if workers <= 1 or (tasks is not None and tasks < POOL_THRESHOLD):
        return InProcess()
    from contrast.engine.local import LocalPool

    return LocalPool(workers)


__all__ = ["POOL_THRESHOLD", "TASKS_PER_MAP", "Executor", "InProcess", "default_jobs", "executor_for"]
