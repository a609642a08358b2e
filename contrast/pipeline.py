"""The only module that calls the stages in order.

report folder → ingest → clean → segment → metrics → view model → HTML → PDF → outputs.

Everything is computed and rendered in memory first; files are written only once the
PDF exists, each one atomically, so a failed build leaves the previous outputs intact.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from contrast.claims import EventAnalysis, find_events, semantic
from contrast.claims.semantic import Encoder
from contrast.claims.export import events_json
from contrast.clean import REMOVAL_CATEGORIES, CleanText, clean_text
from contrast.config import Report, Source, load_report
from contrast.editions import SNAPSHOT_NAME, Edition, prepare_edition
from contrast.errors import IngestError, ManifestError
from contrast.ingest import RawText, read_source
from contrast.io import write_bytes_atomic, write_text_atomic
from contrast.language import Language, detect_language
from contrast.metrics import Corpus, MetricResults, compute_event_metrics, compute_metrics
from contrast.schema import ORIGIN, SOURCE_ID

if TYPE_CHECKING:
    from contrast.report.documents import Format
from contrast.segment import segment

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``; the CLI draws it, the library only logs."""

STAGES = ("ingest", "clean", "segment", "metrics", "events", "changes", "render", "write")


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


@dataclass(frozen=True)
class BuildResult:
    analysis: Analysis
    outputs: tuple[Path, ...]
    timings: dict[str, float] = field(default_factory=dict)
    edition: Edition | None = None
    """This build's snapshot and what changed since the previous edition (``contrast.editions``)."""

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.analysis.warnings


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    log.info("Step %d – %s", STAGES.index(stage) + 1 if stage in STAGES else 0, stage)
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


def analyse(report: Report, *, progress: Progress = _no_progress, keep_going: bool = False) -> Analysis:
    """Ingest, clean, segment and measure every source of ``report``.

    A source that cannot be read stops everything (``IngestError``), unless ``keep_going``:
    then it is left out and listed in ``Analysis.skipped``, as long as one source remains.
    """
    encoder = _alignment_encoder(report)
    timings: dict[str, float] = {}
    raws: dict[str, RawText] = {}
    skipped: list[Skipped] = []
    with _timed(timings, "ingest"):
        for done, source in enumerate(report.manifest.sources, start=1):
            try:
                raws[source.id] = read_source(report.source_paths[source.id])
            except IngestError as exc:
                if not keep_going:
                    raise
                skipped.append(Skipped(source.id, source.path, exc.message))
                log.info("skipped %s: %s", source.path, exc.message)
            progress("ingest", done, len(report.manifest.sources))
    sources = [s for s in report.manifest.sources if s.id in raws]
    if not sources:
        raise IngestError("no source could be read; see the messages above", path=report.root)
    documents: dict[str, SourceDocument] = {}
    with _timed(timings, "clean"):
        for done, source in enumerate(sources, start=1):
            cleaned = clean_text(raws[source.id].text, title=source.title)
            language = detect_language(cleaned.text, fallback=report.manifest.language)
            documents[source.id] = SourceDocument(source.id, raws[source.id], cleaned, language)
            progress("clean", done, len(sources))
    texts = {source_id: document.clean.text for source_id, document in documents.items()}
    origin_of = {source.id: source.origin for source in sources}
    with _timed(timings, "segment"):
        sentences = segment(texts, origin_of)
        progress("segment", 1, 1)
    present = set(origin_of.values())
    used_origins = tuple(o.id for o in report.manifest.origins if o.id in present)
    corpus = Corpus(
        sources=pl.DataFrame(
            {SOURCE_ID: [s.id for s in sources], ORIGIN: [s.origin for s in sources]},
            schema={SOURCE_ID: pl.String(), ORIGIN: pl.String()},
        ),
        texts=texts,
        sentences=sentences,
        origins=used_origins,
        language=report.manifest.language,
        languages={source_id: document.language.code for source_id, document in documents.items()},
        lenses=report.manifest.lenses,
    )
    with _timed(timings, "metrics"):
        results = compute_metrics(corpus)
        progress("metrics", 1, 1)
    with _timed(timings, "events"):
        events = find_events(results.sentences, origins=used_origins, encoder=encoder)
        results = compute_event_metrics(corpus, events, results)
        progress("events", 1, 1)
    warnings = tuple(f"Skipped {s.path} ({s.source_id}): {s.reason}" for s in skipped) + results.warnings
    return Analysis(
        report=report,
        documents=documents,
        results=results,
        events=events,
        warnings=warnings,
        timings=timings,
        skipped=tuple(skipped),
    )


def _alignment_encoder(report: Report) -> Encoder | None:
    """The sentence model when ``[alignment] backend = "semantic"``; checked before any work starts."""
    if report.manifest.alignment.backend != "semantic":
        return None
    if not semantic.installed():
        raise ManifestError(
            f"field 'alignment.backend': 'semantic' needs a local sentence model; install it with {semantic.INSTALL_HINT}, "
            "or use backend = \"lexical\"",
            path=report.manifest_path,
        )
    return semantic.local_encoder()


def build(
    path: Path | str,
    *,
    out_dir: Path | str | None = None,
    progress: Progress = _no_progress,
    keep_going: bool = False,
    blind: bool | None = None,
    format: str = "pdf",
) -> BuildResult:
    """Build a report folder: analyse it, render the briefing, handout and teacher key, write every output atomically.

    With ``keep_going``, unreadable sources are skipped and listed on the briefing's cover.
    The previous edition's snapshot in the output folder is read before anything there is
    overwritten, for the briefing's "Changes since the last edition" page.
    ``blind`` overrides ``[audience] blind`` (origins and outlets hidden on the student pages).
    ``format`` is ``"pdf"`` (default), ``"html"`` (self-contained pages, for projecting) or ``"both"``.
    """
    from contrast.report.documents import check_format
    from contrast.report.model import build_briefing

    chosen = check_format(format)  # before any work: a bad value is the caller's input error
    report = load_report(path)
    with report_lock(report.root):
        analysis = analyse(report, progress=progress, keep_going=keep_going)
        target = Path(out_dir) if out_dir is not None else report.build_dir
        timings = dict(analysis.timings)
        with _timed(timings, "changes"):
            edition = prepare_edition(analysis, target)
            if edition.warning is not None:
                analysis = replace(analysis, warnings=analysis.warnings + (edition.warning,))
            progress("changes", 1, 1)
        with _timed(timings, "render"):
            briefing = build_briefing(analysis, changes=edition.changes)
            blind = report.manifest.audience.blind if blind is None else blind
            pdfs = _render(analysis, briefing, blind=blind, epoch=_edition_epoch(report), format=chosen)
            progress("render", 1, 1)
        with _timed(timings, "write"):
            outputs = _write_outputs(target, analysis, pdfs, edition=edition.document())
            progress("write", 1, 1)
    return BuildResult(analysis=analysis, outputs=outputs, timings=timings, edition=edition)


def _render(analysis: Analysis, briefing: object, *, blind: bool, epoch: int, format: Format) -> dict[str, bytes]:
    """Briefing, handout and teacher key in the asked format(s): ``{"briefing.pdf": …, "handout.html": …}``."""
    from contrast.report.documents import documents
    from contrast.report.handout_render import render_handout

    rendered = documents({"briefing": ("briefing.html.j2", briefing)}, format=format, epoch=epoch)
    rendered.update(render_handout(analysis, briefing, blind=blind, epoch=epoch, format=format))  # type: ignore[arg-type]
    return rendered


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


def _edition_epoch(report: Report) -> int:
    """Midnight UTC of the edition date: the only 'time' a reproducible PDF may carry."""
    edition = report.manifest.edition
    return int(dt.datetime(edition.year, edition.month, edition.day, tzinfo=dt.timezone.utc).timestamp())


def sources_table(analysis: Analysis) -> pl.DataFrame:
    """The per-source frame written to ``sources.csv``: provenance, cleaning and metrics."""
    rows = []
    for source in analysis.sources:
        document = analysis.documents[source.id]
        row: dict[str, object] = {
            SOURCE_ID: source.id,
            "title": source.title,
            "outlet": source.outlet,
            "author": source.author,
            "date": source.date,
            "url": source.url,
            "path": source.path,
            "sha256": document.raw.sha256,
            "bytes": document.raw.n_bytes,
            "encoding": document.raw.encoding,
            "language": document.language.code,
            "language_confidence": round(document.language.confidence, 4),
            "citations": document.clean.citations,
        }
        row.update({f"removed_{category}": document.clean.removed.get(category, 0) for category in REMOVAL_CATEGORIES})
        rows.append(row)
    provenance = pl.DataFrame(rows)
    return analysis.results.sources.join(provenance, on=SOURCE_ID, how="left", maintain_order="left")


def _write_outputs(target: Path, analysis: Analysis, pdfs: dict[str, bytes], *, edition: str) -> tuple[Path, ...]:
    written: list[Path] = []

    def put(relative: str, data: bytes | str) -> None:
        path = target / relative
        if isinstance(data, str):
            write_text_atomic(path, data)
        else:
            write_bytes_atomic(path, data)
        written.append(path)

    for source_id, document in analysis.documents.items():
        put(f"clean/{source_id}.txt", document.clean.text + "\n")
        put(f"clean/{source_id}.removed.txt", _removed_listing(document.clean))
    put("sentences.parquet", _frame_bytes(analysis.results.sentences, "parquet"))
    put("sources.csv", _frame_bytes(sources_table(analysis), "csv"))
    put("origins.csv", _frame_bytes(analysis.results.origins, "csv"))
    put("events.json", events_json(analysis.events))
    for name, frame in lens_tables(analysis.results).items():
        put(f"lenses/{name}.csv", _frame_bytes(frame, "csv"))
    for name, pdf in pdfs.items():
        put(name, pdf)
    put(SNAPSHOT_NAME, edition)  # last: until it is replaced, the old one still describes a whole edition
    _remove_stale_clean_files(target / "clean", keep=set(written))
    return tuple(written)


def lens_tables(results: MetricResults) -> dict[str, pl.DataFrame]:
    """``lenses/<lens>.csv`` per lens (its figures) and ``lenses/cues.csv`` (every cue occurrence)."""
    tables: dict[str, pl.DataFrame] = {}
    if results.figures is not None:
        for (lens,), frame in results.figures.group_by("lens", maintain_order=True):
            tables[str(lens)] = frame.drop("lens")
    if results.evidence is not None:
        tables["cues"] = results.evidence.sort("lens", SOURCE_ID, "sentence_index", "start")
    return tables


def _removed_listing(clean: CleanText) -> str:
    counts = ", ".join(f"{category}: {clean.removed.get(category, 0)}" for category in REMOVAL_CATEGORIES)
    lines = [f"# What cleaning removed ({counts}; citations counted: {clean.citations})"]
    lines += [f"[{category}] {line}" for category, line in clean.removed_lines]
    return "\n".join(lines) + "\n"


def _frame_bytes(frame: pl.DataFrame, kind: str) -> bytes:
    buffer = io.BytesIO()
    if kind == "parquet":
        frame.write_parquet(buffer, statistics=False)
    else:
        frame.write_csv(buffer)
    return buffer.getvalue()


def _remove_stale_clean_files(folder: Path, *, keep: set[Path]) -> None:
    """Drop cleaned texts of sources no longer in the manifest, so build/ mirrors it."""
    if folder.is_dir():
        for path in folder.iterdir():
            if path.is_file() and path not in keep and path.suffix == ".txt":
                path.unlink()


__all__ = ["Analysis", "BuildResult", "Progress", "STAGES", "analyse", "build", "load_report", "sources_table"]
