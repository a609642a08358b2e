"""Run a parser in a separate process with a time limit and a memory cap.

HTML and PDF parsers are large C libraries fed untrusted bytes: a crafted file can hang
them, exhaust memory or crash the interpreter. Each such file is parsed in a worker
process (``spawn``, so no threads or locks are inherited); if it runs past the time
limit, dies, or runs out of memory, the worker is killed and the caller gets one
``IngestError`` naming the file — the build itself carries on or stops cleanly.

Starting a spawned interpreter costs ~0.15 s, more than parsing a typical page, so a
build opens one :func:`worker_session`: every file of the build goes to the same worker,
and a worker that was killed (time limit) or died (crash, memory) is replaced by a fresh
one for the next file. Outside a session each call gets a worker of its own.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import multiprocessing.connection
import multiprocessing.process
import os
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeVar

from contrast.errors import IngestError
from contrast.interrupts import hold_interrupts, ignore_interrupts

T = TypeVar("T")

TIME_LIMIT_SECONDS = 60.0
MEMORY_LIMIT_BYTES = 2 * 1024**3
_STOP_GRACE_SECONDS = 5.0


def _prepare_worker(limit: int) -> None:
    """In the worker: cap its memory, leave Ctrl-C to the build and silence it.

    Parsers log and print about broken files (pypdf's "EOF marker not found", libxml2's
    warnings); the worker's verdict comes back as its return value, so its own stdout and
    stderr go to /dev/null and the user sees one line per file, from the CLI.
    """
    ignore_interrupts()
    logging.getLogger().addHandler(logging.NullHandler())
    logging.getLogger().setLevel(logging.CRITICAL)
    warnings.simplefilter("ignore")
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (1, 2):
        os.dup2(devnull, stream)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # pragma: no cover - not on POSIX, or not allowed
        pass


def _call(function: Callable[..., T], args: tuple[Any, ...]) -> tuple[str, Any]:
    """In the worker: run ``function``; report an IngestError's message instead of raising it."""
    try:
        return "ok", function(*args)
    except IngestError as exc:
        return "error", exc.message
    except MemoryError:
        return "memory", "parsing needed more memory than allowed; the file may be malformed"


def _serve(connection: multiprocessing.connection.Connection, memory_limit: int) -> None:
    """The worker's loop: one task at a time until the parent sends ``None`` or goes away."""
    _prepare_worker(memory_limit)
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        function, args = task
        try:
            reply = _call(function, args)
        except Exception as exc:  # an unexpected failure inside the parser: report it, keep serving
            reply = ("failed", f"{type(exc).__name__}: {exc}")
        try:
            connection.send(reply)
        except Exception as exc:  # a result that cannot be sent back (unpicklable)
            connection.send(("failed", f"cannot return the result ({type(exc).__name__}: {exc})"))


class Worker:
    """One spawned process that parses files on request, replaced whenever it is killed or dies."""

    def __init__(self, *, memory_limit: int = MEMORY_LIMIT_BYTES) -> None:
        self.memory_limit = memory_limit
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: multiprocessing.connection.Connection | None = None
        self.started = 0
        """How many processes this worker has started (1 unless one had to be replaced)."""

    def run(self, function: Callable[..., T], args: tuple[Any, ...], *, path: Path, timeout: float) -> T:
        """``function(*args)`` in the worker; IngestError (naming ``path``) on timeout, crash or failure."""
        connection = self._ensure_started()
        try:
            connection.send((function, args))
        except (OSError, ValueError) as exc:  # the worker went away between tasks, or args cannot be sent
            self._kill()
            raise IngestError(f"the parser failed ({type(exc).__name__}: {exc})", path=path) from None
        try:
            finished = connection.poll(timeout)
        except KeyboardInterrupt:  # Ctrl-C: stop the worker now, not once its file is parsed
            self._kill()
            raise
        if not finished:
            self._kill()
            raise IngestError(f"parsing took longer than {timeout:g} s and was stopped", path=path)
        try:
            status, value = connection.recv()
        except (EOFError, OSError):  # the process died mid-task (a crash in C code, or killed)
            code = self._kill()
            raise IngestError(f"the parser crashed (worker exit code {code})", path=path) from None
        if status == "ok":
            return value
        if status == "memory":
            self._kill()  # a process that hit its memory cap may be left fragmented; start afresh
        if status == "failed":
            raise IngestError(f"the parser failed ({value})", path=path)
        raise IngestError(value, path=path)

    def close(self) -> None:
        """Ask the worker to exit, then make sure it has."""
        if self._connection is not None and self._process is not None and self._process.is_alive():
            with contextlib.suppress(OSError, ValueError):
                self._connection.send(None)
            self._process.join(_STOP_GRACE_SECONDS)
        self._kill()

    def _ensure_started(self) -> multiprocessing.connection.Connection:
        if self._process is not None and self._connection is not None and self._process.is_alive():
            return self._connection
        self._kill()
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe(duplex=True)
        process = context.Process(target=_serve, args=(child, self.memory_limit), daemon=True, name="contrast-parser")
        with hold_interrupts():  # Ctrl-C is the build's to handle; it stops the worker
            process.start()
        child.close()
        self._process, self._connection = process, parent
        self.started += 1
        return parent

    def _kill(self) -> int | None:
        """Stop the current process (if any) and forget it; returns its exit code."""
        process, connection = self._process, self._connection
        self._process = self._connection = None
        if connection is not None:
            connection.close()
        if process is None:
            return None
        if process.is_alive():
            process.kill()
        process.join(_STOP_GRACE_SECONDS)
        code = process.exitcode
        process.close()
        return code


_SESSION: ContextVar[Worker | None] = ContextVar("contrast_parser_worker", default=None)


@contextmanager
def worker_session(*, memory_limit: int = MEMORY_LIMIT_BYTES) -> Iterator[Worker]:
    """Share one worker between every :func:`run_isolated` call inside the ``with`` block.

    The process starts on the first call that needs it (a report of plain-text sources
    never starts one) and is stopped when the block ends.
    """
    worker = Worker(memory_limit=memory_limit)
    token = _SESSION.set(worker)
    try:
        yield worker
    finally:
        _SESSION.reset(token)
        worker.close()


def run_isolated(
    function: Callable[..., T],
    *args: Any,
    path: Path,
    timeout: float = TIME_LIMIT_SECONDS,
    memory_limit: int = MEMORY_LIMIT_BYTES,
) -> T:
    """``function(*args)`` in a worker process; IngestError on timeout, crash or failure.

    Inside a :func:`worker_session` the session's worker is used (its memory cap
    applies); otherwise a worker is started for this call alone.
    """
    shared = _SESSION.get()
    if shared is not None:
        return shared.run(function, args, path=path, timeout=timeout)
    worker = Worker(memory_limit=memory_limit)
    try:
        return worker.run(function, args, path=path, timeout=timeout)
    finally:
        worker.close()
