"""``contrast watch``: rebuild a report whenever its manifest or a source changes.

watchfiles (the Rust ``notify`` crate underneath) reports changes in the report folder.
Changes are debounced: a batch closes once the folder has been quiet for ``STEP_MS``,
or after ``DEBOUNCE_MS`` at the most, so an editor saving several files, or
``contrast add`` rewriting ``report.toml``, gives one rebuild. The build folder (our
own outputs), hidden files (our atomic writes' temporaries, editors' swap files), files
that cannot be inputs (an editor's ``a.txt~tmp``: only ``report.toml`` and files with a
source suffix count) and what watchfiles ignores by default (``.git``, ``__pycache__``…)
never trigger one.

The watcher starts before the first build, so a file saved while a build runs is
picked up by the next one. Each build's outcome — result or error — is yielded to the
caller (the CLI prints it); an error ends that build, not the watch.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from watchfiles import Change, DefaultFilter

from contrast.config import MANIFEST_NAME
from contrast.errors import ManifestError
from contrast.ingest import source_suffixes
from contrast.options import BuildOptions
from contrast.pipeline import BuildResult, build_report

log = logging.getLogger(__name__)

DEBOUNCE_MS = 1600
"""Longest a batch of changes is gathered before a rebuild starts."""
STEP_MS = 300
"""Quiet time that closes a batch: saves closer together than this make one rebuild."""
WAKE_MS = 250
"""How often the watcher returns with nothing, so the first build starts promptly once watching."""

ChangeSet = set[tuple[Change, str]]


class StopEvent(Protocol):
    def is_set(self) -> bool: ...


@dataclass(frozen=True)
class Rebuild:
    """One build started by the watcher: what triggered it and how it ended."""

    changed: tuple[str, ...]
    """Paths relative to the report folder, sorted; empty for the first build."""
    result: BuildResult | None
    error: Exception | None
    """A ``ContrastError`` (the input is wrong) or any other exception (a bug)."""
    seconds: float


class ReportFilter(DefaultFilter):
    """watchfiles' default filter, minus the output folders, hidden files and any file that
    cannot be an input (only report.toml and files with a source suffix count)."""

    def __init__(self, root: Path, ignored: Iterable[Path]) -> None:
        super().__init__()
        self.root = root
        self.ignored = tuple(ignored)

    def __call__(self, change: Change, path: str) -> bool:
        candidate = Path(path)
        if any(candidate == folder or candidate.is_relative_to(folder) for folder in self.ignored):
            return False
        if candidate.name.startswith("."):
            return False
        if candidate.name != MANIFEST_NAME and candidate.suffix.lower() not in source_suffixes():
            return False  # an editor's temporary ("a.txt~tmp", "4913", "a.txt.swp"): no input of a report
        return super().__call__(change, path)


def watch_report(
    path: Path | str,
    options: BuildOptions | None = None,
    *,
    stop_event: StopEvent | None = None,
    changes: Iterable[ChangeSet] | None = None,
    build: Callable[[Path, BuildOptions], BuildResult] | None = None,
) -> Iterator[Rebuild]:
    """Build ``path`` once, then again after every batch of relevant changes, until stopped.

    ``changes`` replaces the file watcher with given batches (tests drive the loop with
    it); the first batch, whatever it holds, starts the first build, as the watcher's
    first wake-up does. ``build`` defaults to ``contrast.pipeline.build_report``.
    """
    run = build or build_report
    options = options or BuildOptions()
    root = Path(path).resolve()
    if not root.is_dir():
        raise ManifestError("no such report folder; create it with `contrast init`", path=path)
    ignored = [root / "build"] + ([options.out_dir.resolve()] if options.out_dir is not None else [])
    relevant = ReportFilter(root, ignored)
    if changes is None:
        import watchfiles

        changes = watchfiles.watch(
            root,
            watch_filter=relevant,
            debounce=DEBOUNCE_MS,
            step=STEP_MS,
            rust_timeout=WAKE_MS,
            yield_on_timeout=True,
            stop_event=stop_event,
        )
    first = True
    for batch in changes:
        changed = tuple(sorted({_relative(p, root) for change, p in batch if relevant(change, p)}))
        if not (first or changed):
            continue
        first = False
        yield _rebuild(run, Path(path), changed, options)
        if stop_event is not None and stop_event.is_set():
            return


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        return path


def _rebuild(
    run: Callable[[Path, BuildOptions], BuildResult], path: Path, changed: tuple[str, ...], options: BuildOptions
) -> Rebuild:
    """Build as the user named the folder, so messages show the paths they typed."""
    started = time.perf_counter()
    try:
        result = run(path, options)
    except Exception as exc:
        log.info("rebuild after %s failed: %s", changed or "start", exc)
        return Rebuild(changed, None, exc, time.perf_counter() - started)
    return Rebuild(changed, result, None, time.perf_counter() - started)


__all__ = ["DEBOUNCE_MS", "STEP_MS", "Rebuild", "ReportFilter", "watch_report"]
