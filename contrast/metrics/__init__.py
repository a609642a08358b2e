"""The metric registry: one module per metric, each registered with ``@metric(name)``.

A metric receives the whole ``Corpus`` (sources, their cleaned text, the sentences
frame) and returns ``MetricFrames``: new columns keyed by sentence, by source and by
origin. The pipeline joins them; it never names a metric. Built-in metrics register
through the same decorator outside code would use, so a new metric is a new module,
not an edit to the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import polars as pl

from contrast.errors import UnknownNameError
from contrast.schema import ORIGIN, SENTENCE_KEY, SOURCE_ID


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


MetricFunction = Callable[[Corpus], MetricFrames]
_REGISTRY: dict[str, MetricFunction] = {}


def metric(name: str) -> Callable[[MetricFunction], MetricFunction]:
    """Register ``function`` as the metric ``name``."""

    def register(function: MetricFunction) -> MetricFunction:
        if name in _REGISTRY and _REGISTRY[name] is not function:
            raise ValueError(f"metric {name!r} is already registered")
        _REGISTRY[name] = function
        return function

    return register


def available_metrics() -> list[str]:
    return list(_REGISTRY)


def get_metric(name: str) -> MetricFunction:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise UnknownNameError("metric", name, available_metrics()) from None


@dataclass(frozen=True)
class MetricResults:
    """All metrics joined onto the three frames the report presents."""

    sentences: pl.DataFrame
    sources: pl.DataFrame
    origins: pl.DataFrame
    warnings: tuple[str, ...]


def compute_metrics(corpus: Corpus, names: Iterable[str] | None = None) -> MetricResults:
    """Run the named metrics (all registered ones by default) and join their columns."""
    chosen = list(names) if names is not None else available_metrics()
    sentences = corpus.sentences
    sources = corpus.sources
    origins = pl.DataFrame({ORIGIN: list(corpus.origins)}, schema={ORIGIN: pl.String()})
    warnings: list[str] = []
    for name in chosen:
        frames = get_metric(name)(corpus)
        if frames.sentences is not None:
            sentences = sentences.join(frames.sentences, on=SENTENCE_KEY, how="left", maintain_order="left")
        if frames.sources is not None:
            sources = sources.join(frames.sources, on=SOURCE_ID, how="left", maintain_order="left")
        if frames.origins is not None:
            origins = origins.join(frames.origins, on=ORIGIN, how="left", maintain_order="left")
        warnings.extend(frames.warnings)
    return MetricResults(
        sentences=sentences.sort(SENTENCE_KEY),
        sources=sources,
        origins=origins,
        warnings=tuple(warnings),
    )


# Built-in metrics register themselves on import, like any plug-in would.
from contrast.metrics import characteristic, readability, sentiment  # noqa: E402, F401
