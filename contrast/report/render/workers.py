"""A second process for PDFs: the handout and teacher key render there while the briefing renders here.

WeasyPrint is single-threaded and holds the GIL, so the only way to use a second core is a
second process. It gets HTML text and returns PDF bytes (``pdf.html_to_pdf``, a pure
function of its arguments), so which process renders a document cannot change a byte. The
worker is a fresh interpreter running this module (``python -m contrast.report.render.workers``)
over a pipe, never a fork (polars and matplotlib hold threads and locks a fork could copy
mid-use) and never ``multiprocessing`` spawn (which re-runs the caller's unguarded script in
the child). It is started before the briefing is built so its imports overlap that work.
A worker that cannot start, or fails, leaves the job to this process.
"""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import IO, Any

from contrast.report.render.pdf import Fit, html_to_pdf

log = logging.getLogger(__name__)

PdfJob = Callable[[], bytes]
"""A PDF being rendered: calling it waits for (or renders) the bytes."""


def cores() -> int:
    """Cores this process may run on (the affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class PdfWorker:
    """One child process rendering PDFs in the order they are submitted."""

    def __init__(self) -> None:
        package_root = str(Path(__file__).resolve().parents[3])
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")])))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "contrast.report.render.workers"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
            process_group=0,  # its own group: a terminal's Ctrl-C reaches the build, which stops this worker
        )
        self.queue = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdf-worker")
        self.lock = threading.Lock()

    def submit(self, html: str, *, epoch: int | None, variant: str | None, fit: Fit | None = None) -> PdfJob:
        local = partial(html_to_pdf, html, epoch=epoch, variant=variant, fit=fit)
        future: Future[bytes] = self.queue.submit(self._ask, (html, epoch, variant, fit))

        def result() -> bytes:
            try:
                return future.result()
            except (OSError, EOFError, pickle.UnpicklingError) as exc:
                log.warning("the PDF worker process failed (%s); rendering in this process", exc)
                return local()

        return result

    def _ask(self, request: tuple[str, int | None, str | None, Fit | None]) -> bytes:
        assert self.process.stdin is not None and self.process.stdout is not None
        pickle.dump(request, self.process.stdin)
        self.process.stdin.flush()
        ok, value = pickle.load(self.process.stdout)
        if not ok:
            raise value
        return value

    def close(self) -> None:
        self.queue.shutdown(wait=True, cancel_futures=True)
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@contextmanager
def pdf_worker(wanted: bool = True) -> Iterator[PdfWorker | None]:
    """A worker process when there is a second core to use (and ``wanted``), else None."""
    if not wanted or cores() < 2:
        yield None
        return
    try:
        worker = PdfWorker()
    except OSError as exc:
        log.info("rendering in one process (%s)", exc)
        yield None
        return
    try:
        yield worker
    except BaseException:
        worker.process.kill()  # a failed or stopped render: do not wait for the other documents
        raise
    finally:
        worker.close()


def serve(requests: IO[bytes], replies: IO[bytes]) -> None:
    """The child's loop: (html, epoch, variant, fit) in, (ok, PDF bytes or the exception) out, until EOF."""
    while True:
        try:
            html, epoch, variant, fit = pickle.load(requests)
        except EOFError:
            return
        reply: tuple[bool, Any]
        try:
            reply = (True, html_to_pdf(html, epoch=epoch, variant=variant, fit=fit))
        except Exception as exc:
            reply = (False, exc)
        pickle.dump(reply, replies)
        replies.flush()


if __name__ == "__main__":
    import signal

    from contrast.errors import MissingSystemLibraryError

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it ends this process
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything a library prints goes to stderr, not into the replies
    try:
        serve(sys.stdin.buffer, replies)
    except MissingSystemLibraryError as exc:  # the parent meets the same import and says it in one line
        sys.exit(exc.exit_code)
