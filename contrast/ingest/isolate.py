"""Run a parser in a separate process with a time limit and a memory cap.

HTML and PDF parsers are large C libraries fed untrusted bytes: a crafted file can hang
them, exhaust memory or crash the interpreter. Each such file is parsed in a worker
process (``spawn``, so no threads or locks are inherited); if it runs past the time
limit, dies, or runs out of memory, the worker is killed and the caller gets one
``IngestError`` naming the file — the build itself carries on or stops cleanly.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.pool
import os
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from contrast.errors import IngestError

T = TypeVar("T")

TIME_LIMIT_SECONDS = 60.0
MEMORY_LIMIT_BYTES = 2 * 1024**3


def _prepare_worker(limit: int) -> None:
    """In the worker: cap its memory and silence it.

    Parsers log and print about broken files (pypdf's "EOF marker not found", libxml2's
    warnings); the worker's verdict comes back as its return value, so its own stdout and
    stderr go to /dev/null and the user sees one line per file, from the CLI.
    """
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
        return "error", "parsing needed more memory than allowed; the file may be malformed"


def run_isolated(
    function: Callable[..., T],
    *args: Any,
    path: Path,
    timeout: float = TIME_LIMIT_SECONDS,
    memory_limit: int = MEMORY_LIMIT_BYTES,
) -> T:
    """``function(*args)`` in a fresh worker process; IngestError on timeout, crash or failure."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(processes=1, initializer=_prepare_worker, initargs=(memory_limit,)) as pool:
        pending = pool.apply_async(_call, (function, args))
        try:
            status, value = pending.get(timeout=timeout)
        except multiprocessing.TimeoutError:
            pool.terminate()
            raise IngestError(f"parsing took longer than {timeout:g} s and was stopped", path=path) from None
        except Exception as exc:  # the worker died or returned something unpicklable
            pool.terminate()
            raise IngestError(f"the parser failed ({type(exc).__name__}: {exc})", path=path) from None
    if status == "error":
        raise IngestError(value, path=path)
    return value
