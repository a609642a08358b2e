"""Worker processes that leave Ctrl-C to the build.

A terminal's Ctrl-C sends SIGINT to every process of its foreground group: the build and
every worker it started (the parser worker, the local pool's fork server and its workers).
A Python worker that gets it raises KeyboardInterrupt wherever it is — importing its
modules, waiting for a task — and prints a traceback beside the build's own one line. The
build is the one to stop: it catches the interrupt, stops its workers and says
``interrupted`` (or ``Stopped watching``).

So workers are started inside :func:`hold_interrupts`: SIGINT is blocked in the
starting thread, and a child inherits that signal mask through ``fork`` and ``exec``, so
the signal is held from the child's first instruction — before Python imports its site
module, which no handler installed by the child's own code could cover. Two details make
that hold (both measured: without either, a Ctrl-C in the first second of a worker printed
a KeyboardInterrupt traceback in about half the trials):

- multiprocessing starts its resource tracker on the first start of a child and then
  *unblocks* SIGINT in the starting thread (``resource_tracker.ensure_running``), so the
  child after it got Ctrl-C after all. The tracker is started here first, before SIGINT is
  blocked; the later call finds it running and leaves the mask alone.
- Python runs the SIGINT handler in the main thread even while that thread blocks the
  signal (another thread — polars', watchfiles' — takes it, and the main thread raises at
  its next instruction). A start interrupted halfway leaves a child waiting for its
  instructions, and the child prints an EOFError. So in the main thread the handler only
  notes the interrupt while the block runs, and it is raised when the block ends. The
  local pool hands out its tasks in such a block too: a pool stopped between starting a
  worker and recording it does not wait for it, and the worker, still starting, finds the
  pool's semaphores gone and prints a FileNotFoundError.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


@contextmanager
def hold_interrupts() -> Iterator[None]:
    """SIGINT held while the block runs: worker processes started inside never see it; this
    process gets it when the block ends (KeyboardInterrupt, as usual), not halfway through."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not on POSIX
        yield
        return
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()  # it unblocks SIGINT once it has started: start it before blocking
    held: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        held.append(signum)

    in_main_thread = threading.current_thread() is threading.main_thread()
    previous_handler = signal.signal(signal.SIGINT, hold) if in_main_thread else None
    previous_mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous_mask)
        if in_main_thread:
            signal.signal(signal.SIGINT, signal.SIG_DFL if previous_handler is None else previous_handler)
    if held and callable(previous_handler):
        previous_handler(signal.SIGINT, None)  # the default handler raises KeyboardInterrupt


def ignore_interrupts() -> None:
    """In a worker: Ctrl-C is the build's to handle (and a SIGINT held since its start is dropped)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


__all__ = ["hold_interrupts", "ignore_interrupts"]
