"""File output and input that never goes where it should not.

Atomic writes: the bytes go to a temporary file beside the target, then a rename puts
them in place. A reader (or a crashed build) never sees a half-written file; the previous
version stays intact until the new one is complete. The file gets the permissions a plain
``open()`` would give it (0o666 less the umask): ``mkstemp`` alone makes it private
(0o600), and a report shared with colleagues or served from a web folder would then be
unreadable. Temporary files carry a name no one else uses (``.<name>.<random>.contrast.tmp``),
so a later build can tell its own leftovers from anyone's files.

Bounded reads of files we wrote ourselves (cache entries, the edition snapshot, outputs):
only regular files, never through a symbolic link, never more than a stated size. A cache
entry replaced by a link to ``/dev/zero`` or to a 20 GB file is refused, not read.

Folders inside an output folder are checked one component at a time: a symbolic link
where a folder of ours should be is refused (``UnsafeLink``), never followed — a link
``build/clean → ~/notes`` must not get cleaned texts written into, or deleted from, ``~/notes``.

And the lock that serialises builds of one report folder.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import signal
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from contrast.errors import ContrastError

TEMP_SUFFIX = ".contrast.tmp"
TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX) + "$")
"""A temporary file of :func:`write_bytes_atomic` (mkstemp's 8 random characters)."""
LEGACY_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp$")
"""The temporaries of earlier versions: ours only when ``name`` is a file we write there."""


class UnsafeLink(OSError):
    """A symbolic link (or a non-folder) where a folder or file of ours should be."""

    def __init__(self, path: Path, what: str = "a symbolic link") -> None:
        super().__init__(errno.ELOOP, what, str(path))
        self.path = path
        self.what = what


class NotRegularFile(OSError):
    """A path that is not a plain file (a link, folder, pipe or device): not read."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EINVAL, "not a regular file (a link, folder, pipe or device)", str(path))


class FileTooLarge(OSError):
    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, f"{size:,} bytes, over the {limit:,} allowed", str(path))


def write_bytes_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` in one step.

    ``durable=False`` skips the fsync, for files whose loss after a power cut is detected
    and repaired anyway (cache entries carry a checksum); thousands of fsyncs cost seconds.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = write_temporary(path, data, durable=durable)
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_temporary(path: Path, data: bytes | Iterable[bytes], *, durable: bool = True) -> Path:
    """Write ``data`` (bytes, or pieces written as they come) to a new temporary file beside ``path``
    (removed again if writing fails)."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    temporary = Path(name)
    try:
        os.fchmod(fd, 0o666 & ~current_umask())
        with os.fdopen(fd, "wb", buffering=1 << 20) as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                for piece in data:
                    handle.write(piece)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


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


def fsync_directory(path: Path) -> None:
    """Make renames and new names in ``path`` durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


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


# --- bounded reads ---------------------------------------------------------------------


def _open_regular(path: Path) -> tuple[int, os.stat_result]:
    """An open descriptor of ``path`` if it is a regular file reached without following a link.

    ``O_NONBLOCK`` so that opening a FIFO does not wait for a writer; ``O_NOFOLLOW`` so a
    link in the last component fails (ELOOP) instead of being followed.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotRegularFile(path) from None
        raise
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode):
        os.close(descriptor)
        raise NotRegularFile(path)
    return descriptor, info


def read_regular(path: Path, *, limit: int) -> bytes:
    """The bytes of the regular file ``path``: no link followed, nothing over ``limit`` bytes read."""
    descriptor, info = _open_regular(path)
    with os.fdopen(descriptor, "rb") as handle:
        if info.st_size > limit:
            raise FileTooLarge(path, info.st_size, limit)
        data = _read_up_to(handle, info.st_size, limit)
    if len(data) > limit:  # grew while being read
        raise FileTooLarge(path, len(data), limit)
    return data


def _read_up_to(handle: BinaryIO, size: int, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of a file ``size`` bytes long (its size when opened). Reads
    ``size + 1`` first: ``read(n)`` sets aside ``n`` bytes before it reads, so asking for the limit
    (a GiB for a cache entry) would ask the system for a GiB per file read."""
    data = handle.read(min(size, limit) + 1)
    if len(data) > size:  # grew since: read on, up to the limit
        data += handle.read(limit + 1 - len(data))
    return data


def read_capped(path: Path, *, kind: str, limit: int, error: type[ContrastError]) -> bytes:
    """An input file's bytes (a source, report.toml), or one ``error`` naming it: not a regular
    file, empty, or over ``limit``.

    A link is followed (a source may be a link inside the report folder; the manifest checks
    where it leads). The size is checked before reading and at most ``limit + 1`` bytes are
    read, so a huge file (or one growing while it is read) never lands in memory; a FIFO or
    device under the file's name would block or stream forever, so only regular files are read.
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise error("not a regular file (a folder, pipe or device); only files are read", path=path)
        if info.st_size > limit:
            raise error(f"file is {info.st_size:,} bytes; the limit for {kind} is {limit:,}", path=path)
        with path.open("rb") as handle:
            data = _read_up_to(handle, info.st_size, limit)
    except OSError as exc:
        raise error(f"cannot read the file ({exc.strerror or exc})", path=path) from None
    except ValueError as exc:  # a NUL in the path
        raise error(f"cannot read the file ({exc})", path=path) from None
    if len(data) > limit:
        raise error(f"file is over {limit:,} bytes, the limit for {kind}", path=path)
    if not data:
        raise error("file is empty (0 bytes)", path=path)
    return data


def regular_file_digest(path: Path) -> str:
    """SHA-256 of the regular file ``path`` (no link followed), read in blocks."""
    descriptor, _ = _open_regular(path)
    with os.fdopen(descriptor, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def is_regular_file(path: Path) -> bool:
    """True for a regular file that is not a symbolic link."""
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


# --- a time limit -----------------------------------------------------------------------


@contextmanager
def time_limit(seconds: float, error: Exception) -> Iterator[None]:
    """Raise ``error`` if the block runs longer than ``seconds``.

    A real-time interval timer (``SIGALRM``) interrupts the main thread between two Python
    steps, so a long layout stops within moments of the limit. Elsewhere (another thread,
    no ``setitimer``) the block runs without a limit.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _Expired

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Expired:
        raise error from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _Expired(BaseException):
    """Raised by the timer; a BaseException so that no ``except Exception`` in the block swallows it."""


# --- folders inside an output folder ----------------------------------------------------


def real_folder(root: Path, relative: Path | str, *, create: bool) -> Path:
    """``root / relative``, after checking each folder from ``root`` down is a real folder.

    A missing folder is created when ``create`` (else the path is returned as it stands:
    nothing there yet); a symbolic link or a file in the way raises ``UnsafeLink`` naming it.
    ``root`` itself is the caller's business (the user named it).
    """
    current = root
    for part in Path(relative).parts:
        current = current / part
        try:
            mode = current.lstat().st_mode
        except FileNotFoundError:
            if not create:
                return root / relative
            current.mkdir()
            continue
        if stat.S_ISLNK(mode):
            raise UnsafeLink(current)
        if not stat.S_ISDIR(mode):
            raise UnsafeLink(current, "a file where a folder should be")
    return current


__all__ = [
    "LEGACY_TEMP_NAME",
    "TEMP_NAME",
    "FileTooLarge",
    "NotRegularFile",
    "UnsafeLink",
    "current_umask",
    "fsync_directory",
    "is_regular_file",
    "read_capped",
    "read_regular",
    "real_folder",
    "regular_file_digest",
    "report_lock",
    "time_limit",
    "write_bytes_atomic",
    "write_temporary",
    "write_text_atomic",
]
