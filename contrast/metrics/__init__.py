"""The metric registry: one module per metric, each registered with ``@metric(name)``.

A metric receives the whole ``Corpus`` (sources, their cleaned text, the sentences
frame) and returns ``MetricFrames``: new columns keyed by sentence, by source and by
origin. The pipeline joins them; it never names a metric. Built-in metrics register
through the same decorator outside code would use, so a new metric is a new module,
not an edit to the pipeline.

Framing lenses are metrics too. They add tidy ``figures`` (per source and origin, with
intervals and effect sizes; ``build/lenses/<lens>.csv``) and the ``evidence`` behind them
(every cue word with its sentence and span). A metric that needs the aligned events
registers with ``after_events=True`` and receives them as a second argument.

The part of a metric that measures each source on its own (VADER per sentence, a
source's readability) is declared with ``@metric(name, per_source=function)``: that
function sees one ``SourceSlice`` and nothing else, so the pipeline can keep its result
per source in the build cache and recompute it only when that source changes. The
metric itself then reads those results with ``corpus.measured(name, function)`` and does
what compares or pools sources (origin aggregates, distinctiveness). Metrics that measure
each source in one pass share a per-source part under one name (``part=``): the framing
lenses find all their cues in a source at once, so a source adds one cache entry, not five.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import polars as pl

from contrast.metrics.registry import (
    FRAME_KINDS,
    Corpus,
    LensSpec,
    MeasureGroup,
    MetricFrames,
    MetricFunction,
    PerSourceFunction,
    SourceMapper,
    SourceSlice,
    available_metrics,
    compute_each,
    concat_frames,
    get_metric,
    lens_spec,
    lens_specs,
    metric,
    part_of,
    per_source_parts,
    runs_after_events,
    unregister_metric,
)
from contrast.schema import ORIGIN, SENTENCE_KEY, SOURCE_ID

if TYPE_CHECKING:
    from contrast.claims import EventAnalysis


@dataclass(frozen=True)
class MetricResults:
    """All metrics joined onto the three frames the report presents."""

    sentences: pl.DataFrame
    sources: pl.DataFrame
    origins: pl.DataFrame
    warnings: tuple[str, ...]
    figures: pl.DataFrame | None = None
    evidence: pl.DataFrame | None = None


def compute_metrics(
    corpus: Corpus, names: Iterable[str] | None = None, *, mapper: SourceMapper = compute_each
) -> MetricResults:
    """Run the named metrics (by default all registered ones that do not need events) and join their columns.

    Per-source parts run first, through ``mapper`` (the pipeline's keeps them in the
    build cache), and the metrics read their results from the corpus. They run source by
    source, every part of one source before the next source: what the parts of a source
    share is memoised for a few sources only (its sentences' voices, ``voice.source_voices``:
    read by tone and by the lenses), so part by part over hundreds of sources computed it twice.
    """
    chosen = list(names) if names is not None else [n for n in available_metrics() if not runs_after_events(n)]
    corpus = _measured(corpus, chosen, mapper)
    start = MetricResults(
        sentences=corpus.sentences,
        sources=corpus.sources,
        origins=pl.DataFrame({ORIGIN: list(corpus.origins)}, schema={ORIGIN: pl.String()}),
        warnings=(),
    )
    return _join(start, [get_metric(name)(corpus) for name in chosen])


def compute_event_metrics(
    corpus: Corpus, events: EventAnalysis, results: MetricResults, *, mapper: SourceMapper = compute_each
) -> MetricResults:
    """Run the metrics registered with ``after_events`` and join them onto ``results``; their per-source
    parts (the naming lens's quotation spans) run first through ``mapper``, like ``compute_metrics``'."""
    chosen = [name for name in available_metrics() if runs_after_events(name)]
    corpus = _measured(corpus, chosen, mapper)
    return _join(results, [get_metric(name)(corpus, events) for name in chosen])


def _measured(corpus: Corpus, chosen: list[str], mapper: SourceMapper) -> Corpus:
    """``corpus`` with the results of the per-source parts the ``chosen`` metrics read, source by source."""
    parts = per_source_parts()
    needed = list(dict.fromkeys(part for part in map(part_of, chosen) if part is not None))
    measured: dict[str, dict[str, MetricFrames]] = {part: {} for part in needed}
    for source_id, piece in (corpus.slices() if needed else {}).items():
        for part in needed:
            measured[part].update(mapper(part, parts[part], {source_id: piece}))
    return replace(corpus, parts=measured)


def _join(results: MetricResults, outputs: list[MetricFrames]) -> MetricResults:
    sentences, sources, origins = results.sentences, results.sources, results.origins
    warnings = list(results.warnings)
    figures = [f for f in (results.figures,) if f is not None]
    evidence = [e for e in (results.evidence,) if e is not None]
    for output in outputs:
        if output.sentences is not None:
            sentences = sentences.join(output.sentences, on=SENTENCE_KEY, how="left", maintain_order="left")
        if output.sources is not None:
            sources = sources.join(output.sources, on=SOURCE_ID, how="left", maintain_order="left")
        if output.origins is not None:
            origins = origins.join(output.origins, on=ORIGIN, how="left", maintain_order="left")
        warnings.extend(w for w in output.warnings if w not in warnings)
        figures.extend(f for f in (output.figures,) if f is not None)
        evidence.extend(e for e in (output.evidence,) if e is not None)
    return MetricResults(
        sentences=sentences.sort(SENTENCE_KEY),
        sources=sources,
        origins=origins,
        warnings=tuple(warnings),
        figures=pl.concat(figures) if figures else None,
        evidence=pl.concat(evidence) if evidence else None,
    )


# Built-in metrics register themselves on import, like any plug-in would. Their order is the
# registration order, which fixes the column order of the outputs: keep it (isort: off).
# isort: off
from contrast.metrics import characteristic, readability, sentiment  # noqa: E402, F401
from contrast.metrics import attribution, certainty, frames, loaded, naming, targets  # noqa: E402, F401
# isort: on

__all__ = [
    "FRAME_KINDS",
    "Corpus",
    "LensSpec",
    "MeasureGroup",
    "MetricFrames",
    "MetricFunction",
    "MetricResults",
    "PerSourceFunction",
    "SourceMapper",
    "SourceSlice",
    "available_metrics",
    "compute_each",
    "compute_event_metrics",
    "compute_metrics",
    "concat_frames",
    "get_metric",
    "lens_spec",
    "lens_specs",
    "metric",
    "per_source_parts",
    "unregister_metric",
]
