"""A pool of local worker processes (``--jobs N``).

Workers start from a fork server that has already imported the per-source stages, so a
worker costs a fork, not a fresh Python importing polars, VADER and textstat. (A plain
fork of the build process is not used: polars' thread pool does not survive ``fork``.)
The fork server is started with Ctrl-C held (``contrast.interrupts``), so neither it nor
the workers forked from it ever see the terminal's Ctrl-C: the build stops them.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from contrast.interrupts import hold_interrupts, ignore_interrupts

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
        with hold_interrupts():
            multiprocessing.forkserver.ensure_running()  # once per build process; its forks inherit the held SIGINT
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=ignore_interrupts)

    def map(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        chunk = max(1, len(items) // (self.workers * 8))
        with hold_interrupts():  # submitting starts the workers: a Ctrl-C waits until the pool knows each one
            results = self._pool.map(function, items, chunksize=chunk)
        try:
            return list(results)
        except BaseException:  # Ctrl-C, or a task failed: the build stops, so do the workers, now
            for process in list(self._pool._processes.values()):  # the pool's own record: no public way
                process.terminate()
            raise

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


__all__ = ["LocalPool"]
