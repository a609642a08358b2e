"""The data of an analysis: what the stages produce and the documents present.

Plain frozen dataclasses and nothing else, so that the orchestrator (``pipeline``), the
edition snapshot and the report can all name them without importing each other: imports
go one way, from the CLI down to the stages, and this module sits below all of them. The
types it refers to are imported for type checking only, so importing it loads nothing and
a stage's code fingerprint (``contrast.cache``) does not follow it into other stages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from contrast.claims import EventAnalysis
    from contrast.clean import CleanText
    from contrast.config import Report, Source
    from contrast.ingest import RawText
    from contrast.language import Language
    from contrast.metrics import MetricResults


@dataclass(frozen=True)
class SourceDocument:
    """One source after ingest and cleaning."""

    source_id: str
    raw: RawText
    clean: CleanText
    language: Language


@dataclass(frozen=True)
class Skipped:
    """A source left out by ``--keep-going``, and why (the IngestError's message)."""

    source_id: str
    path: str
    reason: str


@dataclass(frozen=True)
class Analysis:
    """Everything measured about a report, before any presentation."""

    report: Report
    documents: dict[str, SourceDocument]
    results: MetricResults
    events: EventAnalysis
    warnings: tuple[str, ...]
    timings: dict[str, float]
    skipped: tuple[Skipped, ...] = ()

    @property
    def sources(self) -> list[Source]:
        """The manifest's sources that were read, in manifest order."""
        return [s for s in self.report.manifest.sources if s.id in self.documents]


__all__ = ["Analysis", "Skipped", "SourceDocument"]
