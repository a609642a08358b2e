"""Atomic file output (write to a temporary file beside the target, then rename over it), and
the lock that serialises builds of one report folder.

A reader (or a crashed build) never sees a half-written file; the previous version stays
intact until the new one is complete. The file gets the permissions a plain ``open()``
would give it (0o666 less the umask): ``mkstemp`` alone makes it private (0o600), and a
report shared with colleagues or served from a web folder would then be unreadable.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def write_bytes_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` in one step.

    ``durable=False`` skips the fsync, for files whose loss after a power cut is detected
    and repaired anyway (cache entries carry a checksum); thousands of fsyncs cost seconds.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~current_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    """The process umask, read without changing it (``os.umask`` can only be read by setting
    it, which would race with other threads creating files); Linux shows it in /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


@contextmanager
def report_lock(root: Path) -> Iterator[None]:
    """Serialise builds of one report folder: a second build waits for the first.

    The lock is an ``flock`` on the report folder itself, so it writes no file (a build
    that fails validation leaves nothing behind) and the kernel releases it if a build
    dies. Where ``fcntl`` is missing (Windows) builds are not serialised.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        yield
        return
    descriptor = os.open(root, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)
