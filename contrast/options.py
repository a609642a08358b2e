"""How to build a report: the options ``contrast build``, ``contrast.build``, ``contrast watch``
and ``--dry-run`` share, checked once, passed as one value."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from contrast.config import Report
from contrast.engine.settings import check_engine
from contrast.report.render.formats import Format, check_format


@dataclass(frozen=True)
class BuildOptions:
    """The options of a build; a bad value is the caller's input error, raised before any work."""

    out_dir: Path | None = None
    """Where outputs and the build cache go (default: the report's ``build/``)."""
    keep_going: bool = False
    """Skip unreadable sources (listed on the cover) instead of stopping."""
    blind: bool | None = None
    """Hide outlets and origins on the handout's student pages; None: ``[audience] blind``."""
    format: Format = "pdf"
    """``pdf``, ``html`` (self-contained pages) or ``both``."""
    force: bool = False
    """Ignore the build cache: recompute every stage and rewrite every output."""
    jobs: int | None = None
    """Local worker processes for the per-source stages: None or 0, every core; 1, this process only."""
    scheduler: str | None = None
    """A Dask scheduler's address (``tcp://host:8786``): the per-source stages run on its cluster."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "format", check_format(self.format))
        if self.out_dir is not None:
            object.__setattr__(self, "out_dir", Path(self.out_dir))
        check_engine(jobs=self.jobs, scheduler=self.scheduler)

    def blind_for(self, report: Report) -> bool:
        """Whether ``report``'s handout is built blind (this option, else its manifest)."""
        return report.manifest.audience.blind if self.blind is None else self.blind


__all__ = ["BuildOptions"]
