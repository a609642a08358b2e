"""Content-hash cache of stage results, kept in the build folder (``build/.cache/``).

A stage's result is stored under a key that hashes everything that shapes it: its
inputs (a source's bytes, or the keys of the stages it reads), its settings, the
versions of the libraries it calls, and a fingerprint of its own code (the source of
every ``contrast`` module it imports, with the templates and word lists it reads). Same
key, same result — so an unchanged source is never measured twice, and a changed line
of code or an upgraded library invalidates exactly the stages it touches.

Entries are JSON and Arrow IPC, never pickle. Each file starts with a SHA-256 of its
content, checked on every read: a truncated or corrupted entry is reported, ignored and
recomputed, never trusted. New entries are held in memory and written (atomically, one
file each) only when the build has succeeded, so a failed build leaves the cache, like
the outputs, as it was. Entries this build did not use are then removed.

Only our own files are read or removed: an entry is read only if it is a regular file
(no link followed, no pipe or device) no larger than ``MAX_ENTRY_BYTES``; the prune
removes only regular files named like a cache key (or our own temporaries) in real
folders of the cache. A symbolic link anywhere in the cache is neither followed, written
through nor deleted.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import io
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

import polars as pl

from contrast.io import (
    LEGACY_TEMP_NAME,
    TEMP_NAME,
    NotRegularFile,
    UnsafeLink,
    read_regular,
    real_folder,
    write_bytes_atomic,
    write_temporary,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

FORMAT = 2
"""Bumped when the entry layout changes; part of every key, so old entries are never read."""
MAGIC = b"contrast-cache %d\n" % FORMAT
CACHE_DIR = ".cache"
MAX_ENTRY_BYTES = 1024**3
"""Larger entries are not read, but recomputed (the largest at 500 sources, events, is tens of MB)."""
_KEY = re.compile(r"^[0-9a-f]{64}$")
_PACKAGE = Path(__file__).resolve().parent
_DATA_SUFFIXES = (".txt", ".j2", ".css", ".toml", ".json")


# --- keys --------------------------------------------------------------------------------


def digest(*parts: Any) -> str:
    """SHA-256 of a canonical JSON encoding of ``parts`` (dict keys sorted, tuples as lists)."""
    encoded = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes, read in blocks (a huge file is hashed, not loaded)."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


@cache
def library_versions(*distributions: str) -> tuple[tuple[str, str], ...]:
    """Installed version of each distribution ("absent" if it is not installed)."""
    found = []
    for name in distributions:
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            found.append((name, "absent"))
    return tuple(found)


@cache
def source_digest(*modules: str) -> str:
    """Hash of the source files of ``modules`` alone, imports not followed (for code that
    stores results: its own changes must invalidate entries, the code it imports need not)."""
    hasher = hashlib.sha256()
    for name in modules:
        own, _ = _module_files(name)
        for path in own:
            hasher.update(path.relative_to(_PACKAGE).as_posix().encode("utf-8") + b"\0")
            hasher.update(_file_hash(path))
    return hasher.hexdigest()


@cache
def code_fingerprint(*modules: str) -> str:
    """Hash of the source of ``modules`` and every ``contrast`` module they import, transitively.

    Imports are read from the syntax tree (those inside functions too, not those under
    ``if TYPE_CHECKING``), so a stage's fingerprint follows its real dependencies without
    a list to keep up to date. A package contributes its ``__init__`` and its data files
    (templates, word lists); the packages enclosing a module are hashed (they run on
    import, and ``contrast/__init__.py`` holds the version) but their imports not followed.
    Each file is read, hashed and parsed once per process: a build fingerprints about ten
    stages, over mostly the same modules.
    """
    followed: set[Path] = set()
    hashed: set[Path] = set()
    pending = list(modules)
    while pending:
        name = pending.pop()
        own, enclosing = _module_files(name)
        hashed.update(enclosing)
        for path in own:
            if path not in followed:
                followed.add(path)
                if path.suffix == ".py":
                    pending.extend(_imported_modules(path, name))
    hasher = hashlib.sha256()
    for path in sorted(followed | hashed):
        hasher.update(path.relative_to(_PACKAGE).as_posix().encode("utf-8") + b"\0")
        hasher.update(_file_hash(path))
    return hasher.hexdigest()


@cache
def _file_hash(path: Path) -> bytes:
    return hashlib.sha256(path.read_bytes()).digest()


@cache
def _module_files(name: str) -> tuple[list[Path], list[Path]]:
    """The files of a ``contrast`` module (its .py file, or a package's __init__ and data
    files), and the __init__ files of the packages enclosing it."""
    if name != "contrast" and not name.startswith("contrast."):
        return [], []
    parts = name.split(".")[1:]
    enclosing = [_PACKAGE.joinpath(*parts[:depth], "__init__.py") for depth in range(len(parts))]
    target = _PACKAGE.joinpath(*parts)
    if target.is_dir():
        own = [target / "__init__.py", *_data_files(target)]
    else:
        own = [target.with_suffix(".py")]
    return [p for p in own if p.is_file()], [p for p in enclosing if p.is_file()]


def _data_files(folder: Path) -> list[Path]:
    """A package's data files (templates, word lists, lexicons), in sub-folders too unless
    those are packages of their own."""
    found = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix in _DATA_SUFFIXES:
            found.append(path)
        elif path.is_dir() and not (path / "__init__.py").exists() and path.name != "__pycache__":
            found += _data_files(path)
    return found


@cache
def _imported_modules(path: Path, module: str) -> tuple[str, ...]:
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: list[str] = []
    for node in _walk_runtime(ast.parse(path.read_bytes(), filename=str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names.append(base)
            names += [f"{base}.{alias.name}" for alias in node.names]  # `from pkg import module`
    return tuple(name for name in names if name == "contrast" or name.startswith("contrast."))


def _walk_runtime(tree: ast.AST) -> Iterable[ast.AST]:
    """The statements of ``tree`` (imports are statements: expressions are not entered),
    without the bodies of ``if TYPE_CHECKING:`` (imports for type hints only)."""
    pending = [tree]
    while pending:
        node = pending.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                pending.extend(child.orelse)
            elif isinstance(child, _BLOCKS):
                pending.append(child)


_BLOCKS = (ast.stmt, ast.excepthandler, ast.match_case)
"""The nodes that hold statements."""


@dataclass(frozen=True)
class Stage:
    """A cacheable step: its name, the code that shapes its result, the libraries it calls."""

    name: str
    modules: tuple[str, ...]
    """Entry modules; every ``contrast`` module they import counts too."""
    libraries: tuple[str, ...] = ()
    storage: tuple[str, ...] = ()
    """Modules that key and encode the result (hashed alone): a new entry layout is a new key."""

    def key(self, *inputs: Any) -> str:
        """The key of this stage's result for ``inputs`` (settings and upstream keys)."""
        return digest(
            FORMAT,
            self.name,
            code_fingerprint(*self.modules),
            source_digest("contrast.cache", *self.storage),
            library_versions(*self.libraries),
            sys.version_info[:3],
            inputs,
        )


# --- entries -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One cached result: named parts, each JSON (``.json``), a frame (``.arrow``) or raw bytes.

    Frames are Arrow IPC streams: plain columnar data like Parquet, but read eagerly, about
    twenty times faster for the small frames of a per-source entry (an added source's
    build reads a thousand of them).
    """

    parts: Mapping[str, bytes]

    @classmethod
    def of(
        cls,
        *,
        values: Mapping[str, Any] | None = None,
        frames: Mapping[str, pl.DataFrame | None] | None = None,
        blobs: Mapping[str, bytes] | None = None,
    ) -> Entry:
        """Encode JSON values, frames (None is left out) and raw bytes as one entry."""
        parts: dict[str, bytes] = {}
        for name, value in (values or {}).items():
            parts[f"{name}.json"] = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        for name, frame in (frames or {}).items():
            if frame is not None:
                buffer = io.BytesIO()
                frame.write_ipc_stream(buffer, compression="lz4")
                parts[f"{name}.arrow"] = buffer.getvalue()
        for name, blob in (blobs or {}).items():
            parts[f"{name}.bin"] = blob
        return cls(parts)

    def value(self, name: str) -> Any:
        return json.loads(self.parts[f"{name}.json"])

    def frame(self, name: str) -> pl.DataFrame | None:
        data = self.parts.get(f"{name}.arrow")
        return None if data is None else pl.read_ipc_stream(io.BytesIO(data))

    def has_frame(self, name: str) -> bool:
        return f"{name}.arrow" in self.parts

    def blob(self, name: str) -> bytes:
        return self.parts[f"{name}.bin"]


class CorruptEntry(ValueError):
    """An entry file that fails its checksum or does not parse."""


def encode_entry(stage: str, key: str, entry: Entry) -> bytes:
    """File bytes: magic line, SHA-256 of the rest, a JSON header line, then the parts."""
    header = {"stage": stage, "key": key, "parts": [[name, len(data)] for name, data in entry.parts.items()]}
    body = json.dumps(header, separators=(",", ":")).encode("utf-8") + b"\n" + b"".join(entry.parts.values())
    return MAGIC + hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body


def decode_entry(data: bytes, stage: str, key: str) -> Entry:
    """The entry in ``data``; CorruptEntry if it is truncated, altered or not the one asked for."""
    if not data.startswith(MAGIC):
        raise CorruptEntry("not a cache entry of this format")
    checksum, _, body = data[len(MAGIC) :].partition(b"\n")
    if hashlib.sha256(body).hexdigest().encode("ascii") != checksum:
        raise CorruptEntry("checksum mismatch (truncated or altered)")
    header_line, _, payload = body.partition(b"\n")
    try:
        header = json.loads(header_line)
        sizes = [(str(name), int(size)) for name, size in header["parts"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise CorruptEntry(f"unreadable header ({exc})") from None
    if header.get("stage") != stage or header.get("key") != key:
        raise CorruptEntry("entry belongs to another stage or key")
    if sum(size for _, size in sizes) != len(payload):
        raise CorruptEntry("parts do not add up to the entry's length")
    parts: dict[str, bytes] = {}
    offset = 0
    for name, size in sizes:
        parts[name] = payload[offset : offset + size]
        offset += size
    return Entry(parts)


# --- the cache ---------------------------------------------------------------------------


@dataclass
class StageStats:
    hits: int = 0
    misses: int = 0
    corrupt: int = 0
    """Entries found but rejected (checksum, format); counted in ``misses`` too."""


@dataclass(frozen=True)
class CacheShare:
    """One process's view of a build's cache handed to another (:meth:`BuildCache.share`), or what the other did
    with it handed back (:meth:`BuildCache.handed_over`): new entries pass as files, not bytes, when they can."""

    folder: Path
    read: bool
    computed: frozenset[tuple[str, str]]
    spilled: dict[tuple[str, str], Path]
    pending: dict[tuple[str, str], bytes]
    """Entries that could not be spilled (a stage folder that is not ours): their bytes."""
    stats: dict[str, StageStats] = field(default_factory=dict)
    live: frozenset[tuple[str, str]] = frozenset()
    damaged: frozenset[tuple[str, str]] = frozenset()
    foreign: frozenset[tuple[str, str]] = frozenset()
    made: tuple[Path, ...] = ()
    """Folders the other process's spill made (see ``BuildCache._made``)."""

    def held(self) -> frozenset[tuple[str, str]]:
        return frozenset(self.spilled) | frozenset(self.pending)


PENDING_BYTES_MAX = 64 << 20
"""New entries a build holds in memory until :meth:`BuildCache.flush`; past it they wait on disk, as temporaries beside
their place (``contrast.io.write_temporary``), and the flush moves them in. A cold build holds every entry it computes
until it ends (all or nothing): 258 MB at 2,000 real articles, ~1.3 GB at 10,000 (scale11, session 11) — memory that
grew with the corpus. A failed build removes its temporaries (:meth:`BuildCache.discard`); a killed one leaves them
to the next build's prune, as any interrupted write."""


@dataclass
class BuildCache:
    """The entries of one build folder, read through checksums and written after success.

    ``read=False`` (``--force``) recomputes everything and stores the fresh results.
    """

    folder: Path
    read: bool = True
    write: bool = True
    stats: dict[str, StageStats] = field(default_factory=dict)
    _pending: dict[tuple[str, str], bytes] = field(default_factory=dict)
    _pending_bytes: int = 0
    _spilled: dict[tuple[str, str], Path] = field(default_factory=dict)
    """New entries past ``PENDING_BYTES_MAX``: temporaries in their stage's folder, moved into place by :meth:`flush`."""
    _live: set[tuple[str, str]] = field(default_factory=set)
    _computed: dict[tuple[str, str], bytes | None] = field(default_factory=dict)
    """Entries computed for this build by workers (``contrast.engine``): read like entries,
    counted as misses (a miss is a computation), stored like any new entry (``None``: the bytes are the new entry's,
    held with the others, in memory or spilled)."""
    _foreign: set[tuple[str, str]] = field(default_factory=set)
    """Entries found to be links or not regular files (or under a linked folder): not ours, left alone."""
    _damaged: set[tuple[str, str]] = field(default_factory=set)
    """Entries that were unreadable, corrupt or did not decode: recomputed and rewritten."""
    _unspillable: set[str] = field(default_factory=set)
    """Stages whose folder could not be written: their new entries stay in memory."""
    _made: list[Path] = field(default_factory=list)
    """Folders the spill made (the output folder of a first build among them), in the order made."""
    _inherited: frozenset[tuple[str, str]] = frozenset()
    """In a :meth:`joined` cache: the other process's new entries (read here, never handed back)."""

    def path(self, stage: str, key: str) -> Path:
        return self.folder / stage / key

    @classmethod
    def disabled(cls) -> BuildCache:
        """A cache that reads and keeps nothing: every stage computes (``contrast sources``)."""
        return cls(Path(), read=False, write=False)

    def lookup(self, stage: str, key: str) -> Entry | None:
        """The verified entry, or None if it is absent, unreadable or corrupt (then logged)."""
        self._live.add((stage, key))
        computed = self._computed_bytes(stage, key)
        if computed is not None:
            return decode_entry(computed, stage, key)
        if not self.read:
            return None
        pending = self._held(stage, key)
        path = self.path(stage, key)
        try:
            data = pending if pending is not None else self._read(stage, key)
        except FileNotFoundError:
            return None
        except (NotRegularFile, UnsafeLink) as exc:
            log.info("cache entry %s is not ours (%s: %s); left in place, recomputing", path, exc.filename, exc.strerror)
            self._foreign.add((stage, key))
            self._stats(stage).corrupt += 1
            return None
        except OSError as exc:
            self._damage(stage, key, f"unreadable ({exc.strerror})")
            return None
        try:
            return decode_entry(data, stage, key)
        except CorruptEntry as exc:
            self._damage(stage, key, f"corrupt ({exc})")
            return None

    def fetch(self, stage: str, key: str, decode: Callable[[Entry], T]) -> T | None:
        """The cached result of ``stage`` for ``key`` (a hit), or None (a miss: the caller computes
        it and calls :meth:`store`)."""
        entry = self.lookup(stage, key)
        if entry is not None:
            try:
                value = decode(entry)
            except Exception as exc:  # checksum fine, content not what this code expects
                self._damage(stage, key, f"does not decode ({exc})")
            else:
                if (stage, key) in self._computed:
                    self._stats(stage).misses += 1
                else:
                    self._stats(stage).hits += 1
                return value
        self._stats(stage).misses += 1
        return None

    def has(self, stage: str, key: str) -> bool:
        """Whether an entry for ``key`` may be read (by its name only: not opened, not counted)."""
        if (stage, key) in self._computed:
            return True
        if not self.read:
            return False
        return (stage, key) in self._pending or (stage, key) in self._spilled or self.path(stage, key).is_file()

    def peek(self, stage: str, key: str, decode: Callable[[Entry], T]) -> T | None:
        """The entry's value if it reads and decodes, without counting a hit or a miss."""
        if not self.read and (stage, key) not in self._computed:
            return None
        try:
            data = self._computed_bytes(stage, key) or self._held(stage, key) or self.path(stage, key).read_bytes()
            return decode(decode_entry(data, stage, key))
        except Exception:  # absent, unreadable or corrupt: the stage computes it
            return None

    def add_computed(self, stage: str, key: str, data: bytes) -> None:
        """An entry (``encode_entry`` bytes) a worker computed for this build."""
        self._live.add((stage, key))
        if self.write:
            self._computed[(stage, key)] = None
            self._hold(stage, key, data)
        else:
            self._computed[(stage, key)] = data

    def store(self, stage: str, key: str, entry: Entry) -> None:
        """Hold ``entry`` for :meth:`flush`."""
        self._live.add((stage, key))
        if self.write:
            self._hold(stage, key, encode_entry(stage, key, entry))

    def _computed_bytes(self, stage: str, key: str) -> bytes | None:
        """A worker's entry for ``key``, wherever it is held; None if no worker computed it."""
        if (stage, key) not in self._computed:
            return None
        data = self._computed[(stage, key)]
        return data if data is not None else self._held(stage, key)

    def _held(self, stage: str, key: str) -> bytes | None:
        """A new entry's bytes, in memory or spilled; None if this build stored none for ``key``."""
        data = self._pending.get((stage, key))
        if data is not None:
            return data
        spilled = self._spilled.get((stage, key))
        return None if spilled is None else spilled.read_bytes()

    def _hold(self, stage: str, key: str, data: bytes) -> None:
        """Keep a new entry for :meth:`flush`; past ``PENDING_BYTES_MAX`` in memory, write what is held to disk."""
        self._drop((stage, key))
        self._pending[(stage, key)] = data
        self._pending_bytes += len(data)
        if self._pending_bytes > PENDING_BYTES_MAX:
            self._spill()

    def _drop(self, entry: tuple[str, str]) -> None:
        """Forget the new entry held for ``entry``, removing its spilled file (unless another process's)."""
        old = self._pending.pop(entry, None)
        self._pending_bytes -= 0 if old is None else len(old)
        replaced = self._spilled.pop(entry, None)
        if replaced is not None and entry not in self._inherited:
            replaced.unlink(missing_ok=True)

    def _spill(self) -> None:
        """Write the entries held in memory as temporaries in their stage's folder. A first build's output folder does
        not exist yet: it is made here (and removed by :meth:`discard` if the build fails). A stage whose folder is not
        ours (a link) or cannot be written keeps its entries in memory, and is not tried again: :meth:`flush` decides
        about it, as before."""
        for (stage, key), data in sorted(self._pending.items()):
            if stage in self._unspillable:
                continue
            try:
                folder = self._spill_folder(stage)
                self._spilled[(stage, key)] = write_temporary(folder / key, data, durable=False)
            except OSError:  # UnsafeLink, or the disk: held in memory, the flush reports it
                self._unspillable.add(stage)
                continue
            del self._pending[(stage, key)]
            self._pending_bytes -= len(data)

    def _spill_folder(self, stage: str) -> Path:
        """The stage's folder in the cache, made (with the cache and output folders) if missing; what is made is
        recorded for :meth:`discard`."""
        root = self.folder.parent
        self._made += reversed([folder for folder in (root, *root.parents) if not folder.exists()])
        root.mkdir(parents=True, exist_ok=True)
        self._made += [folder for folder in (self.folder, self.folder / stage) if not folder.exists()]
        return real_folder(root, Path(self.folder.name, stage), create=True)

    def discard(self) -> None:
        """Remove the temporaries of the entries spilled by a build that did not finish (after :meth:`flush`, none),
        then the folders the spill made, if nothing else is in them."""
        for path in self._spilled.values():
            path.unlink(missing_ok=True)
        self._spilled.clear()
        for folder in reversed(self._made):
            with contextlib.suppress(OSError):  # not empty: something else is there
                folder.rmdir()
        self._made.clear()

    def share(self) -> CacheShare:
        """What another process of this build needs to read this cache as this process does: the folder, and
        every new entry, spilled to disk first so it passes as a path (:meth:`joined`)."""
        self._spill()
        return CacheShare(self.folder, self.read, frozenset(self._computed), dict(self._spilled), dict(self._pending))

    @classmethod
    def joined(cls, share: CacheShare) -> BuildCache:
        """A cache that reads ``share`` (the other process's new entries included) and holds its own new entries
        apart, for :meth:`handed_over`; it is never flushed, and leaves the other process's entries alone."""
        joined = cls(share.folder, read=share.read, _pending=dict(share.pending), _spilled=dict(share.spilled))
        joined._computed = dict.fromkeys(share.computed)
        joined._pending_bytes = sum(map(len, share.pending.values()))
        joined._inherited = share.held()
        joined._unspillable = {stage for stage, _ in share.pending}  # the build could not spill them either
        return joined

    def handed_over(self) -> CacheShare:
        """What this (:meth:`joined`) cache did that the build's own must take in (:meth:`take`): its new entries,
        spilled, its counts and the entries it read or found damaged."""
        self._spill()
        return CacheShare(
            self.folder,
            self.read,
            frozenset(),
            {entry: path for entry, path in self._spilled.items() if entry not in self._inherited},
            {entry: data for entry, data in self._pending.items() if entry not in self._inherited},
            stats=dict(self.stats),
            live=frozenset(self._live),
            damaged=frozenset(self._damaged),
            foreign=frozenset(self._foreign),
            made=tuple(self._made),
        )

    def take(self, share: CacheShare) -> None:
        """Take in what a joined cache handed over, as if this cache had done it."""
        for stage, counts in share.stats.items():
            mine = self._stats(stage)
            mine.hits, mine.misses, mine.corrupt = mine.hits + counts.hits, mine.misses + counts.misses, mine.corrupt + counts.corrupt
        self._live |= share.live
        self._damaged |= share.damaged
        self._foreign |= share.foreign
        self._made += share.made
        for entry, path in share.spilled.items():
            self._drop(entry)
            self._spilled[entry] = path
        for (stage, key), data in share.pending.items():
            self._hold(stage, key, data)

    def memo(
        self,
        stage: str,
        key: str,
        compute: Callable[[], T],
        encode: Callable[[T], Entry],
        decode: Callable[[Entry], T],
    ) -> T:
        """The cached result of ``stage`` for ``key``, or ``compute()`` stored for next time."""
        value = self.fetch(stage, key, decode)
        if value is None:
            value = compute()
            self.store(stage, key, encode(value))
        return value

    def reused(self, stage: str) -> None:
        """Count a hit for a stage skipped without opening its entry (its output is on disk)."""
        self._stats(stage).hits += 1

    def is_current(self, stage: str, key: str) -> bool:
        """Whether a valid entry exists (for ``--dry-run``: checks without recording anything)."""
        try:
            decode_entry(self._read(stage, key), stage, key)
        except (OSError, CorruptEntry):
            return False
        return True

    def keep(self, entries: Iterable[tuple[str, str]]) -> None:
        """Mark entries as in use by this build, though it did not need to read them."""
        self._live.update(entries)

    def keep_stage(self, stage: str) -> None:
        """Mark every entry of ``stage`` on disk as in use (entries kept by content, not by this build's keys)."""
        folder = self.folder / stage
        if self.folder.is_symlink() or folder.is_symlink() or not folder.is_dir():
            return
        self._live.update((stage, entry.name) for entry in os.scandir(folder) if _KEY.match(entry.name))

    def flush(self) -> None:
        """Write the new entries, then remove the ones this build did not use; then say, in one
        line, what was found damaged or not ours (``warn_problems``)."""
        try:
            self._flush()
        finally:
            self.warn_problems()

    def warn_problems(self) -> None:
        """One warning line for every entry this cache met that was damaged or not ours, however many
        (each is logged at INFO, seen with ``--verbose``): a folder of 1,000 links is one line, not 2,000."""
        parts = []
        if self._foreign:
            parts.append(
                f"{_entries(len(self._foreign))} not ours (links or not regular files); left in place, recomputed"
            )
        if self._damaged:
            parts.append(f"{_entries(len(self._damaged))} damaged (unreadable or corrupt); recomputed")
        if parts:
            log.warning("cache %s: %s", self.folder, "; ".join(parts))
        self._foreign.clear()
        self._damaged.clear()

    def _flush(self) -> None:
        if not self.write:
            return
        unsafe: set[str] = set()
        for (stage, key) in sorted(self._pending.keys() | self._spilled.keys()):
            if stage in unsafe:
                continue
            try:
                folder = real_folder(self.folder.parent, Path(self.folder.name, stage), create=True)
            except UnsafeLink as exc:
                log.info("not writing cache entries through %s (%s)", exc.path, exc.what)
                unsafe.add(stage)
                self._foreign.update(entry for entry in self._pending.keys() | self._spilled.keys() if entry[0] == stage)
                continue
            path = folder / key
            if path.is_symlink() or (path.exists() and not path.is_file()):
                log.info("not replacing %s: it is not a cache entry of ours", path)
                self._foreign.add((stage, key))
                continue
            spilled = self._spilled.pop((stage, key), None)
            if spilled is not None:
                os.replace(spilled, path)  # written beside it when spilled
                continue
            # No fsync: a torn entry after a power cut fails its checksum and is recomputed.
            write_bytes_atomic(path, self._pending[(stage, key)], durable=False)
        self._made.clear()  # the folders now hold the entries
        self.discard()  # what was not moved in (a stage found unsafe)
        self._pending.clear()
        self._pending_bytes = 0
        self._prune()

    def _read(self, stage: str, key: str) -> bytes:
        """An entry's bytes: a regular file in real folders of the cache, of a bounded size."""
        folder = real_folder(self.folder.parent, Path(self.folder.name, stage), create=False)  # UnsafeLink: not ours
        return read_regular(folder / key, limit=MAX_ENTRY_BYTES)

    def _prune(self) -> None:
        """Remove the entries this build did not use, and temporaries of interrupted builds:
        regular files named like our keys, in real folders; nothing else is touched."""
        if self.folder.is_symlink() or not self.folder.is_dir():
            return
        for stage_dir in os.scandir(self.folder):
            if not stage_dir.is_dir(follow_symlinks=False):
                continue
            for entry in os.scandir(stage_dir.path):
                if not entry.is_file(follow_symlinks=False):
                    continue
                name = entry.name
                stale = _KEY.match(name) is not None and (stage_dir.name, name) not in self._live
                legacy = LEGACY_TEMP_NAME.match(name)
                leftover = TEMP_NAME.match(name) or (legacy is not None and _KEY.match(legacy.group("name")))
                if stale or leftover:
                    Path(entry.path).unlink(missing_ok=True)

    def _stats(self, stage: str) -> StageStats:
        return self.stats.setdefault(stage, StageStats())

    def _damage(self, stage: str, key: str, why: str) -> None:
        log.info("cache entry %s %s; recomputing", self.path(stage, key), why)
        self._damaged.add((stage, key))
        self._stats(stage).corrupt += 1


def _entries(count: int) -> str:
    return "1 entry was" if count == 1 else f"{count:,} entries were"


__all__ = [
    "CACHE_DIR",
    "BuildCache",
    "CacheShare",
    "CorruptEntry",
    "Entry",
    "Stage",
    "StageStats",
    "code_fingerprint",
    "decode_entry",
    "digest",
    "encode_entry",
    "file_digest",
    "library_versions",
    "source_digest",
]
