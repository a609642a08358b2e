"""A Dask distributed cluster (``--scheduler tcp://host:8786`` or ``[engine] scheduler``).

The build process connects as a client and submits one task per source that needs work;
a task carries the source's text (read by the build process), so workers share nothing
with it but the installed code: the same contrast, at the same version, on every worker
(checked: each task compares its code's fingerprint with the build's). A worker that dies
loses its tasks to the others (the scheduler reruns them; a task is pure, so the result is
the same); the build process alone writes the cache and the outputs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from contrast.errors import ContrastError

T = TypeVar("T")
R = TypeVar("R")

RETRIES = 3
"""Times a task is resubmitted after raising (a worker lost mid-task is handled by the
scheduler itself, which reschedules the task elsewhere)."""
INSTALL_HINT = "pip install 'contrast[dask]'"


class DaskExecutor:
    """Tasks on the cluster whose scheduler listens at ``address``."""

    def __init__(self, address: str, *, timeout: float = 30) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise ContrastError(
                f"--scheduler {address}: running on a Dask cluster needs dask and distributed; install them with {INSTALL_HINT}"
            ) from None
        try:
            self._client: Any = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise ContrastError(f"--scheduler {address}: cannot reach the Dask scheduler ({exc})") from None
        self.workers = max(1, sum(self._client.nthreads().values()))

    def map(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        if not items:
            return []
        futures = self._client.map(function, list(items), pure=False, retries=RETRIES)
        return list(self._client.gather(futures))

    def close(self) -> None:
        self._client.close()


__all__ = ["INSTALL_HINT", "DaskExecutor"]
