"""contrast: show how sources of different origins frame the same events.

Public API::

    import contrast
    report = contrast.load_report("reports/soft-power")   # validate report.toml
    result = contrast.build("reports/soft-power")         # what `contrast build` does
    result.outputs                                         # paths written under build/
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

from contrast.version import __version__

if TYPE_CHECKING:
    from contrast.config import Report
    from contrast.pipeline import BuildResult
    from contrast.plan import DryRun


@overload
def build(path: Path | str, *, dry_run: Literal[True], **options: Any) -> DryRun: ...


@overload
def build(path: Path | str, *, dry_run: Literal[False] = ..., **options: Any) -> BuildResult: ...


def build(path: Path | str, *, dry_run: bool = False, **options: Any) -> BuildResult | DryRun:
    """Build a report folder (``dry_run=True``: only say what would be recomputed); the options
    (``out_dir``, ``keep_going``, ``blind``, ``format``, ``force``, ``progress``) are those of
    ``contrast.pipeline.build`` and ``contrast.options.BuildOptions``."""
    from contrast.pipeline import build as run

    if dry_run:
        return run(path, dry_run=True, **options)
    return run(path, dry_run=False, **options)


def load_report(path: Path | str) -> Report:
    """Read and validate a report folder's ``report.toml``."""
    from contrast.config import load_report as load

    return load(path)


__all__ = ["__version__", "build", "load_report"]
