"""The metric registry and what every metric sees and returns (``Corpus``, ``SourceSlice``,
``MetricFrames``); ``contrast.metrics`` runs them.

A metric module imports this module (never the package, which imports every built-in
metric to register it), so registering a metric imports nothing else. A framing lens is a
metric registered with a ``LensSpec``: everything the briefing needs to present it (title,
question, method, lexicon, chart, headline measures, per-source table) is declared there,
beside the code that computes it, and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, Protocol

import polars as pl

from contrast.config import Lenses
from contrast.errors import UnknownNameError
from contrast.schema import ORIGIN, SOURCE_ID


@dataclass(frozen=True)
class SourceSlice:
    """One source as a per-source measurement sees it: its own text, sentences and language.

    No origin and nothing of other sources, so the result depends only on what the cache
    keys it by (the source's id and cleaned text, and the code and libraries).
    """

    source_id: str
    text: str
    sentences: pl.DataFrame
    """This source's rows of the sentences frame, without the ``origin`` column."""
    language: str
    lenses: Lenses = field(default_factory=Lenses)
    """The report's lexicon extensions (part of the per-source key, like the source's text)."""


@dataclass(frozen=True)
class MetricFrames:
    """A metric's output: frames of new columns and the caveats it wants shown."""

    sentences: pl.DataFrame | None = None
    """Keyed by ``source_id, sentence_index``."""
    sources: pl.DataFrame | None = None
    """Keyed by ``source_id``."""
    origins: pl.DataFrame | None = None
    """Keyed by ``origin``."""
    warnings: tuple[str, ...] = field(default_factory=tuple)
    figures: pl.DataFrame | None = None
    """A lens's figures (``contrast.metrics.figures.FIGURES_SCHEMA``)."""
    evidence: pl.DataFrame | None = None
    """The cue occurrences behind the figures (``contrast.metrics.cues.EVIDENCE_SCHEMA``)."""


FRAME_KINDS = ("sentences", "sources", "origins", "figures", "evidence")
"""The frames of ``MetricFrames``."""
PerSourceFunction = Callable[[SourceSlice], MetricFrames]


class SourceMapper(Protocol):
    """Runs a per-source part on each source's slice: directly, or through the build cache."""

    def __call__(self, name: str, function: PerSourceFunction, slices: Mapping[str, SourceSlice]) -> dict[str, MetricFrames]:
        ...


def compute_each(name: str, function: PerSourceFunction, slices: Mapping[str, SourceSlice]) -> dict[str, MetricFrames]:
    """The mapper without a cache: measure every source now."""
    return {source_id: function(piece) for source_id, piece in slices.items()}


@dataclass(frozen=True)
class Corpus:
    """What every metric sees: the same inputs, whatever it measures."""

    sources: pl.DataFrame
    """One row per source: ``source_id``, ``origin`` (manifest order)."""
    texts: Mapping[str, str]
    """source_id → cleaned text."""
    sentences: pl.DataFrame
    """The segmented sentences (``contrast.schema.SENTENCES_SCHEMA``)."""
    origins: tuple[str, ...] = ()
    """Origin ids in taxonomy order, only those with at least one source."""
    language: str = "en"
    """The report's language (manifest)."""
    languages: Mapping[str, str] = field(default_factory=dict)
    """source_id → the language the source is written in (detected); the report's when absent."""
    lenses: Lenses = field(default_factory=Lenses)
    """The report's extensions of the lens lexicons (``[lenses]`` in report.toml)."""
    parts: Mapping[str, Mapping[str, MetricFrames]] = field(default_factory=dict)
    """per-source part name → its results by source, filled in by ``compute_metrics``."""

    def language_of(self, source_id: str) -> str:
        return self.languages.get(source_id, self.language)

    def origin_texts(self, *, language: str | None = None) -> dict[str, str]:
        """origin → the cleaned texts of its sources pooled, in manifest order.

        With ``language``, only the sources written in it are pooled.
        """
        pooled: dict[str, list[str]] = {}
        for source_id, origin in self.sources.select(SOURCE_ID, ORIGIN).iter_rows():
            if language is None or self.language_of(source_id) == language:
                pooled.setdefault(origin, []).append(self.texts[source_id])
        return {origin: "\n\n".join(parts) for origin, parts in pooled.items()}

    def measured(self, name: str, function: PerSourceFunction) -> dict[str, MetricFrames]:
        """The results of the per-source part ``name``, source id → frames, in source order.

        ``compute_metrics`` supplies them (from the cache where it can); a metric called
        on its own computes them here.
        """
        found = self.parts.get(name)
        if found is not None:
            return dict(found)
        return compute_each(name, function, self.slices())

    def stacked(self, name: str, function: PerSourceFunction) -> MetricFrames:
        """The results of the per-source part ``name`` stacked, in source-id order (stacked once
        per corpus, for the metrics that share the part)."""
        found = self._stacks.get(name)
        if found is None:
            parts = self.measured(name, function)
            ordered = [parts[source_id] for source_id in sorted(parts)]
            found = self._stacks[name] = MetricFrames(
                **{kind: concat_frames(getattr(part, kind) for part in ordered) for kind in FRAME_KINDS},
                warnings=tuple(warning for part in ordered for warning in part.warnings),
            )
        return found

    @cached_property
    def _stacks(self) -> dict[str, MetricFrames]:
        return {}

    def slices(self) -> dict[str, SourceSlice]:
        """Every source's slice, in source order."""
        return {source_id: self._slice(source_id) for source_id in self.sources.get_column(SOURCE_ID).to_list()}

    def _slice(self, source_id: str) -> SourceSlice:
        sentences = self._sentences_by_source.get(source_id)
        return SourceSlice(
            source_id=source_id,
            text=self.texts[source_id],
            sentences=self.sentences.clear().drop(ORIGIN) if sentences is None else sentences,
            language=self.language_of(source_id),
            lenses=self.lenses,
        )

    @cached_property
    def _sentences_by_source(self) -> dict[str, pl.DataFrame]:
        parts = self.sentences.drop(ORIGIN).partition_by(SOURCE_ID, as_dict=True, maintain_order=True)
        return {key[0]: frame for key, frame in parts.items()}


def concat_frames(parts: Iterable[pl.DataFrame | None]) -> pl.DataFrame | None:
    """The per-source frames stacked (None when no source produced one)."""
    present = [frame for frame in parts if frame is not None]
    return pl.concat(present, how="vertical") if present else None


MetricFunction = Callable[..., MetricFrames]
"""``f(corpus)``, or ``f(corpus, events)`` for metrics registered with ``after_events``."""
_REGISTRY: dict[str, MetricFunction] = {}
_AFTER_EVENTS: set[str] = set()
_PER_SOURCE: dict[str, PerSourceFunction] = {}
"""Per-source part name → its function."""
_PART_OF: dict[str, str] = {}
"""Metric name → the name of the per-source part it reads."""


def no_labels(lenses: Lenses) -> dict[str, str]:
    """A lens whose measure ids are shown as they are (terms, names)."""
    return {}


def family(measure: str, ids: Iterable[str]) -> bool:
    """Whether ``measure`` is one of ``ids``, where an id ending in ``.`` or ``:`` names a family
    (every measure starting with it: ``speaker.`` covers ``speaker.official``)."""
    return any(measure == i or (i.endswith((".", ":")) and measure.startswith(i)) for i in ids)


@dataclass(frozen=True)
class MeasureGroup:
    """One table of a lens's section: a caption and the measures it lists (ids or families)."""

    caption: str
    measures: tuple[str, ...]
    measured_only: bool = False
    """Leave out measures no origin has a value for."""


@dataclass(frozen=True)
class LensSpec:
    """How the briefing presents a lens (its section in "How they say it"), declared with its metric.

    A lens whose figures reach the briefing without a spec is an error, never a silently
    missing section (``lens_spec``).
    """

    id: str
    """The ``lens`` value of its figures and evidence (``build/lenses/<id>.csv``)."""
    title: str
    question: str
    """What the section answers, in one question."""
    method: str
    """How it is measured, with sources for the method and its lexicon."""
    section: int
    """Where its section goes among the lenses (lower first)."""
    lexicon: str | None = None
    """The packaged lexicon it counts (``contrast/resources/lexicons/<name>.toml``): its version and
    provenance are printed."""
    labels: Callable[[Lenses], Mapping[str, str]] = no_labels
    """measure id → label, given the report's ``[lenses]`` extensions."""
    chart: str | None = None
    """Its chart's title (intervals per origin, or for ``layout="terms"`` z-score bars); None: no chart."""
    headlines: tuple[str, ...] = ()
    """Measures (ids or families) stated as findings, in order; empty: the three with the largest effect."""
    per_source: bool = False
    """Also table each source's rates (origins with several sources may hide outlets that differ)."""
    groups: tuple[MeasureGroup, ...] = ()
    """Its tables; empty: one table of every measure."""
    layout: Literal["measures", "terms", "names"] = "measures"
    """``measures``: a row per measure, a column per origin; ``terms``: each origin's ranked terms
    (z-scores); ``names``: what each origin calls actors and events."""
    any_cue: tuple[str, ...] = ()
    """Measures (ids or families) whose example sentence may show any cue of the lens."""
    highlight_all: bool = False
    """Highlight every cue of the lens in an example sentence, not only the measure's own."""
    reads: str = ""
    """How to read its figures, printed under its question on paper and on screens (the method note is on screens
    only): what a figure counts and how much of what the lens looks for that count catches."""
    nothing: Callable[[str], str] | None = None
    """measure id → what its cells read where nothing was counted ("0 listed"), for a lens whose 0.0 reads as "none of
    what the lens looks for" while its list catches a small share of it; None (or "" for a measure): 0.0 is printed. A
    count, not a statement about the text: "no word from the list" read as "this outlet does not hedge" beside hedges
    the list lacks (/work/notes/gate13-s13.md: 16 such cells of the independent checks, none TRUE)."""
    nothing_means: tuple[tuple[str, str], ...] = ()
    """With ``nothing``: what a cell of nothing counted reads → its legend, said once under the lens's question when its
    tables print such a cell and ``reads`` does not already explain it — what the count is and that it shows no absence
    from the text (the list's measured recall where measured)."""
    nothing_anywhere: str = ""
    """With ``nothing``: printed in place of its tables when not one cell counts anything (a table of zeros)."""


_LENSES: dict[str, LensSpec] = {}
_LENS_OF: dict[str, str] = {}
"""Lens id → the metric that registered it."""


def lens_spec(lens: str) -> LensSpec:
    """The spec of ``lens``; a lens with figures but no spec is a bug in its registration."""
    try:
        return _LENSES[lens]
    except KeyError:
        raise LookupError(
            f"lens {lens!r} produced figures but has no LensSpec: register it with @metric(..., lens=LensSpec({lens!r}, …)); "
            f"lenses with a spec: {', '.join(sorted(_LENSES)) or '(none)'}"
        ) from None


def lens_specs() -> list[LensSpec]:
    """Every registered lens, in the order of their briefing sections."""
    return sorted(_LENSES.values(), key=lambda spec: (spec.section, spec.id))


def metric(
    name: str,
    *,
    after_events: bool = False,
    per_source: PerSourceFunction | None = None,
    part: str | None = None,
    lens: LensSpec | None = None,
) -> Callable[[MetricFunction], MetricFunction]:
    """Register ``function`` as the metric ``name`` (run after claim alignment with ``after_events``);
    ``per_source``, its part that measures one source alone (run and cached per source by
    the pipeline, read with ``corpus.measured``), registered under ``part`` (default: the
    metric's name) — metrics naming the same part share one run and one entry per source;
    ``lens``, how the briefing presents the lens whose figures the metric returns."""

    def register(function: MetricFunction) -> MetricFunction:
        if name in _REGISTRY and _REGISTRY[name] is not function:
            raise ValueError(f"metric {name!r} is already registered")
        if lens is not None:
            if _LENSES.get(lens.id, lens) != lens:
                raise ValueError(f"lens {lens.id!r} is already registered")
            _LENSES[lens.id] = lens
            _LENS_OF[lens.id] = name
        _REGISTRY[name] = function
        if after_events:
            _AFTER_EVENTS.add(name)
        if per_source is not None:
            shared = part or name
            if _PER_SOURCE.get(shared, per_source) is not per_source:
                raise ValueError(f"per-source part {shared!r} is already registered with another function")
            _PER_SOURCE[shared] = per_source
            _PART_OF[name] = shared
        return function

    return register


def unregister_metric(name: str) -> None:
    """Remove the metric ``name``, the lens it presents and its per-source part if no other
    metric reads it (for tests and plug-ins that replace a metric)."""
    function = _REGISTRY.pop(name, None)
    _AFTER_EVENTS.discard(name)
    part = _PART_OF.pop(name, None)
    if part is not None and part not in _PART_OF.values():
        _PER_SOURCE.pop(part, None)
    if function is not None:
        for lens in list(_LENSES):
            if _LENS_OF.get(lens) == name:
                del _LENSES[lens], _LENS_OF[lens]


def available_metrics() -> list[str]:
    return list(_REGISTRY)


def per_source_parts() -> dict[str, PerSourceFunction]:
    """Part name → its function, for the per-source parts metrics registered."""
    return dict(_PER_SOURCE)


def get_metric(name: str) -> MetricFunction:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise UnknownNameError("metric", name, available_metrics()) from None


def runs_after_events(name: str) -> bool:
    """Whether the metric ``name`` was registered with ``after_events`` (it reads the aligned events)."""
    return name in _AFTER_EVENTS


def part_of(name: str) -> str | None:
    """The per-source part the metric ``name`` reads, if it has one."""
    return _PART_OF.get(name)


__all__ = [
    "FRAME_KINDS",
    "Corpus",
    "LensSpec",
    "MeasureGroup",
    "MetricFrames",
    "MetricFunction",
    "PerSourceFunction",
    "SourceMapper",
    "SourceSlice",
    "available_metrics",
    "compute_each",
    "concat_frames",
    "family",
    "get_metric",
    "lens_spec",
    "lens_specs",
    "metric",
    "no_labels",
    "part_of",
    "per_source_parts",
    "runs_after_events",
    "unregister_metric",
]
