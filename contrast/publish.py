"""The output folder: only our own files touched, and each edition published whole.

**Ownership.** A folder a build has written carries a marker, ``.contrast-output.json``,
listing every file of the edition published there (relative path → SHA-256). A build
writes only into a folder that does not exist yet, is empty, carries the marker, or is
the report's own ``build/`` folder (a real folder inside the report, which contrast has
always written). It removes only files the marker lists whose bytes are still the ones
it wrote (a cleaned text of a source no longer in the report; never a file a person
edited or put there), and it never follows, replaces or deletes a symbolic link inside
the folder: a link where a folder or file of ours should be stops the build with one
line naming it. ``--out ~`` on a home folder is refused before any work starts.

**Publishing whole.** Every file that changes is first written beside its target as a
temporary (``.<name>.<random>.contrast.tmp``, flushed to disk), and the new marker
likewise. Then a journal (``.contrast-publish.json``) lists the renames and removals,
and only then are the temporaries renamed into place (the edition snapshot and the
marker last) and the journal removed. A failure before the journal is complete — a
full disk, a read-only folder — removes the temporaries: the folder still holds the
previous edition, whole. A crash after it leaves the journal, which the next build
completes (under the report lock) before it reads anything; leftover temporaries of a
crashed build are removed then too. A reader of the folder between those two moments
may see both editions' files; after the next build it sees one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from contrast.errors import OutputError
from contrast.io import (
    LEGACY_TEMP_NAME,
    TEMP_NAME,
    UnsafeLink,
    fsync_directory,
    is_regular_file,
    read_regular,
    real_folder,
    regular_file_digest,
    write_bytes_atomic,
    write_temporary,
)

if TYPE_CHECKING:
    from contrast.config import Report

log = logging.getLogger(__name__)

MARKER = ".contrast-output.json"
"""In every folder contrast writes: says it is ours and lists the files of its edition."""
JOURNAL = ".contrast-publish.json"
"""Present only while (or if a crash interrupted) an edition is being published."""
FORMAT = 1
MAX_RECORD_BYTES = 64_000_000
OWN_FOLDERS = ("clean", "lenses", ".cache")
"""Folders a build writes inside the output folder (``.cache`` is ``contrast.cache.CACHE_DIR``)."""
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,255}$")


@dataclass(frozen=True)
class OutputFolder:
    """A folder a build may write: checked by :func:`claim`."""

    path: Path
    record: Mapping[str, str]
    """Relative path → SHA-256 of each file the edition published here holds (from the marker)."""


def output_folder(report: Report, out_dir: Path | str | None) -> OutputFolder:
    """The folder a build of ``report`` writes (``--out``, else the report's ``build/``), checked to be ours."""
    target = Path(out_dir) if out_dir is not None else report.build_dir
    own_build = target.absolute().parent.resolve() / target.name == report.build_dir
    return claim(target, report_build=own_build)


def claim(path: Path, *, report_build: bool = False) -> OutputFolder:
    """``path`` as an output folder, or an ``OutputError`` saying why a build may not write there.

    Writes nothing. ``report_build``: ``path`` is the report's own ``build/`` folder, which
    earlier versions wrote without a marker; as a real folder it is ours with or without one.
    """
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return OutputFolder(path, {})
    except OSError as exc:
        raise OutputError(f"cannot open the output folder ({exc.strerror})", path=path) from None
    if stat.S_ISLNK(mode):
        return claim(path.resolve(), report_build=False)
    if not stat.S_ISDIR(mode):
        raise OutputError("is a file, not a folder; give --out a folder (a new one is created)", path=path)
    for name in OWN_FOLDERS:
        inside = path / name
        if inside.is_symlink() or (inside.exists() and not inside.is_dir()):
            raise OutputError(_link_message(UnsafeLink(inside)), path=inside)
    marker = path / MARKER
    if marker.is_symlink() or marker.exists():
        return OutputFolder(path, _read_record(marker))
    try:
        empty = not any(os.scandir(path))
    except OSError as exc:
        raise OutputError(f"cannot open the output folder ({exc.strerror})", path=path) from None
    if empty or report_build:
        return OutputFolder(path, {})
    raise OutputError(
        f"this folder holds files and was not made by contrast (it has no {MARKER}); contrast writes only into a "
        "new or empty folder, or one it made before, so that no file of yours is overwritten or removed — "
        "choose another --out folder",
        path=path,
    )


def check_writable(folder: OutputFolder) -> None:
    """An ``OutputError`` now, before any work, if the folder (or, for a new one, the nearest
    existing folder above it) cannot be written: read-only, or no permission."""
    existing = next((p for p in (folder.path, *folder.path.parents) if p.exists()), None)
    if existing is not None and not os.access(existing, os.W_OK | os.X_OK):
        reason = "on a read-only file system" if _read_only_mount(existing) else "no permission to write there"
        raise OutputError(f"cannot write the outputs: {reason}; choose another folder with --out", path=existing)


def _read_only_mount(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def recover(folder: OutputFolder) -> OutputFolder:
    """Finish what a crashed build left: complete its journal, remove its temporaries.

    Call under the report lock, before anything in the folder is read. Returns the folder
    with the record of the edition it now holds.
    """
    root = folder.path
    if not root.is_dir():
        return folder
    journal = root / JOURNAL
    if journal.is_symlink() or journal.exists():
        try:
            renames, removals = _read_journal(journal)
        except (OSError, ValueError) as exc:
            log.warning("%s cannot be read (%s); ignoring it", journal, exc)
            if is_regular_file(journal):
                journal.unlink()
        else:
            log.warning("completing the publication a previous build left unfinished in %s", root)
            try:
                _apply(root, renames, removals)
            except OSError as exc:
                raise _output_error(exc, root, published=True) from None
    record = _read_record(root / MARKER) if (root / MARKER).exists() else dict(folder.record)
    _remove_temporaries(root, known={Path(relative).name for relative in record})
    return OutputFolder(root, record)


Streamed = Callable[[], Iterable[bytes]]
"""A file too large to hold in memory (``events.json`` of a large report): its bytes in pieces,
written to its temporary as they come, hashed on the way."""

Content = bytes | Streamed


def publish(folder: OutputFolder, files: Mapping[str, Content], *, force: bool = False) -> tuple[Path, ...]:
    """Make ``folder`` hold exactly the edition ``files`` (relative path → bytes, or ``Streamed``), in
    one step as far as readers of the folder are concerned (see the module's docstring).

    Only files whose bytes differ are rewritten (all of them with ``force``). Files of the
    previous edition that are not in ``files`` are removed if they still hold the bytes
    recorded for them. Returns the paths rewritten. An ``OutputError`` (one line) when the
    folder cannot be written: the previous edition is then left as it was.
    """
    return publish_edition(folder, files, force=force)[0]


def publish_edition(
    folder: OutputFolder, files: Mapping[str, Content], *, force: bool = False
) -> tuple[tuple[Path, ...], dict[str, str]]:
    """:func:`publish`, also returning the edition's record (relative path → SHA-256 of every file):
    a streamed file's hash is known only once it is written."""
    root = folder.path
    created: list[Path] = []
    temporaries: dict[str, Path] = {}
    try:
        _make_folder(root, created)
        targets = {relative: _target(root, relative, created) for relative in files}
        record: dict[str, str] = {}
        changed: list[str] = []
        try:
            for relative, content in files.items():
                if isinstance(content, bytes):
                    record[relative] = hashlib.sha256(content).hexdigest()
                    if force or not _holds(targets[relative], content):
                        changed.append(relative)
                    continue
                hasher = hashlib.sha256()
                temporaries[relative] = write_temporary(targets[relative], _hashed(content(), hasher))
                record[relative] = hasher.hexdigest()
                if force or not _holds_digest(targets[relative], record[relative], temporaries[relative].stat().st_size):
                    changed.append(relative)
                else:
                    temporaries.pop(relative).unlink()
            removals = [(relative, digest) for relative, digest in folder.record.items() if relative not in files]
            marker_current = dict(folder.record) == record and is_regular_file(root / MARKER)
            if not changed and not removals and marker_current:
                return (), record
            for relative in changed:
                content = files[relative]
                if isinstance(content, bytes):  # a streamed file's temporary is written already
                    temporaries[relative] = write_temporary(targets[relative], content)
            staged = [(_relative(temporaries[relative], root), relative) for relative in changed]  # in the files' order
            marker = json.dumps({"contrast": "output folder", "format": FORMAT, "files": record}, indent=1, sort_keys=True)
            temporaries[MARKER] = write_temporary(root / MARKER, marker.encode("utf-8") + b"\n")
            staged.append((_relative(temporaries[MARKER], root), MARKER))
            journal = {"format": FORMAT, "renames": staged, "remove": removals}
            write_bytes_atomic(root / JOURNAL, json.dumps(journal).encode("utf-8"))
            fsync_directory(root)
        except BaseException:
            for temporary in temporaries.values():
                temporary.unlink(missing_ok=True)
            raise
    except OSError as exc:
        _remove_empty(created)
        raise _output_error(exc, root, published=False) from None
    try:
        _apply(root, staged, removals)
    except OSError as exc:
        raise _output_error(exc, root, published=True) from None
    return tuple(root / relative for relative in changed), record


def _hashed(pieces: Iterable[bytes], hasher: hashlib._Hash) -> Iterator[bytes]:
    for piece in pieces:
        hasher.update(piece)
        yield piece


def _apply(root: Path, renames: Iterable[tuple[str, str]], removals: Iterable[tuple[str, str]]) -> None:
    """Rename the journal's temporaries into place, remove what it lists, then drop the journal.

    Run again after a crash, it does what is left: a temporary already renamed is gone.
    """
    touched = {root}
    for temporary, relative in renames:
        source = root / temporary
        if is_regular_file(source):
            target = _target(root, relative, [])
            os.replace(source, target)
            touched.add(target.parent)
    for relative, digest in removals:
        if _remove_if_ours(root, relative, digest):
            touched.add((root / relative).parent)
    for folder in sorted(touched):
        fsync_directory(folder)
    (root / JOURNAL).unlink(missing_ok=True)
    fsync_directory(root)


def _target(root: Path, relative: str, created: list[Path]) -> Path:
    """Where ``relative`` goes: its folders made (real folders only), nothing but a plain file there."""
    parent = Path(relative).parent
    for depth in range(1, len(parent.parts) + 1):
        folder = root.joinpath(*parent.parts[:depth])
        if not folder.exists() and not folder.is_symlink():
            created.append(folder)
    target = real_folder(root, parent, create=True) / Path(relative).name
    try:
        mode = target.lstat().st_mode
    except FileNotFoundError:
        return target
    if stat.S_ISLNK(mode):
        raise UnsafeLink(target)
    if not stat.S_ISREG(mode):
        raise UnsafeLink(target, "not a regular file")
    return target


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.lstat().st_size == len(data) and read_regular(path, limit=len(data)) == data
    except OSError:
        return False


def _holds_digest(path: Path, digest: str, size: int) -> bool:
    try:
        return path.lstat().st_size == size and regular_file_digest(path) == digest
    except OSError:
        return False


def _remove_if_ours(root: Path, relative: str, digest: str) -> bool:
    """Remove a file of the previous edition, if it is still the file we wrote (same bytes)."""
    try:
        path = real_folder(root, Path(relative).parent, create=False) / Path(relative).name
        if not is_regular_file(path) or regular_file_digest(path) != digest:
            log.info("left %s in place: it is not the file the last build wrote", path)
            return False
        path.unlink()
    except (UnsafeLink, FileNotFoundError):
        return False
    return True


def _remove_temporaries(root: Path, *, known: set[str]) -> None:
    """Remove the temporaries a crashed build left in the output folder and its own folders."""
    for folder in (root, root / "clean", root / "lenses"):
        if folder != root and (folder.is_symlink() or not folder.is_dir()):
            continue
        for entry in os.scandir(folder):
            if not entry.is_file(follow_symlinks=False):
                continue
            ours = TEMP_NAME.match(entry.name)
            legacy = LEGACY_TEMP_NAME.match(entry.name)
            if ours or (legacy and legacy.group("name") in known | {MARKER, JOURNAL}):
                log.info("removing %s, left by an interrupted build", entry.path)
                Path(entry.path).unlink(missing_ok=True)


def _read_record(marker: Path) -> dict[str, str]:
    """The files the marker lists; an unreadable marker lists none (nothing will be removed)."""
    try:
        data = json.loads(read_regular(marker, limit=MAX_RECORD_BYTES))
        files = data["files"]
        return {str(k): str(v) for k, v in files.items() if _safe_relative(str(k)) and re.fullmatch(r"[0-9a-f]{64}", str(v))}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        log.warning("%s cannot be read (%s); no file of the previous edition will be removed", marker, exc)
        return {}


def _read_journal(journal: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    data = json.loads(read_regular(journal, limit=MAX_RECORD_BYTES))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a journal of this version")
    renames = [(str(a), str(b)) for a, b in data["renames"]]
    removals = [(str(a), str(b)) for a, b in data["remove"]]
    for temporary, relative in renames:
        if not (_safe_relative(temporary) and _safe_relative(relative) and TEMP_NAME.match(Path(temporary).name)):
            raise ValueError(f"unexpected entry {temporary!r} → {relative!r}")
    if not all(_safe_relative(relative) for relative, _ in removals):
        raise ValueError("unexpected removal")
    return renames, removals


def _safe_relative(relative: str) -> bool:
    """A path of the shape outputs have (``name`` or ``folder/name``), nothing that could leave the folder."""
    parts = relative.split("/")
    return 1 <= len(parts) <= 2 and all(_NAME.match(part) and part not in (".", "..") for part in parts)


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _make_folder(root: Path, created: list[Path]) -> None:
    missing = []
    for folder in (root, *root.parents):
        if folder.exists():
            break
        missing.append(folder)
    root.mkdir(parents=True, exist_ok=True)
    created.extend(reversed(missing))


def _remove_empty(created: list[Path]) -> None:
    """Remove the folders a failed publish made (those left empty), deepest first."""
    for folder in sorted(created, key=lambda p: len(p.parts), reverse=True):
        with contextlib.suppress(OSError):  # not empty: something else is in it, so it stays
            folder.rmdir()


def _link_message(exc: UnsafeLink) -> str:
    return (
        f"{exc.what} inside the output folder; contrast never writes through, replaces or deletes links there — "
        "remove it and build again"
    )


def _output_error(exc: OSError, root: Path, *, published: bool) -> OutputError:
    """One line for a write that failed: a link in the way, no permission, a full disk…"""
    if isinstance(exc, UnsafeLink):
        return OutputError(_link_message(exc), path=exc.path)
    reason = exc.strerror or str(exc)
    where = f" ({exc.filename})" if exc.filename else ""
    if published:
        return OutputError(f"could not finish publishing the new edition: {reason}{where}; the next build finishes it", path=root)
    return OutputError(
        f"cannot write the outputs: {reason}{where}; nothing was changed, the previous edition is intact", path=root
    )


__all__ = [
    "JOURNAL", "MARKER", "Content", "OutputFolder", "Streamed", "check_writable", "claim", "output_folder", "publish",
    "publish_edition", "recover",
]  # fmt: skip
