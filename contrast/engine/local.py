"""A pool of local worker processes (``--jobs N``).

Workers start from a fork server that has already imported the per-source stages, so a
worker costs a fork, not a fresh Python importing polars, VADER and textstat. (A plain
fork of the build process is not used: polars' thread pool does not survive ``fork``.)
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

PRELOAD = ["contrast.engine.work"]
"""Imported once by the fork server, inherited by every worker."""


class LocalPool:
    """``workers`` processes; tasks sent in chunks, results back in order."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)

    def map(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        chunk = max(1, len(items) // (self.workers * 8))
        return list(self._pool.map(function, items, chunksize=chunk))

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


__all__ = ["LocalPool"]
