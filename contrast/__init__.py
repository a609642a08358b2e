"""contrast: show how sources of different origins frame the same events.

Public API::

    import contrast
    report = contrast.load_report("reports/soft-power")   # validate report.toml
    result = contrast.build("reports/soft-power")         # what `contrast build` does
    result.outputs                                         # paths written under build/
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from contrast.version import __version__

if TYPE_CHECKING:
    from contrast.config import Report
    from contrast.pipeline import BuildResult


def build(path: Any, **options: Any) -> BuildResult:
    """Build a report folder; see ``contrast.pipeline.build`` for the options."""
    from contrast.pipeline import build as run

    return run(path, **options)


def load_report(path: Any) -> Report:
    """Read and validate a report folder's ``report.toml``."""
    from contrast.config import load_report as load

    return load(path)


__all__ = ["__version__", "build", "load_report"]
