"""How each stage's result is stored in the build cache: JSON for text and small records,
Arrow IPC for frames, raw bytes for the PDF — never pickle.

Decoders check what they read (a frame that should be there, a PDF header) and raise on
anything else, so an entry written by other code is recomputed rather than trusted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import polars as pl

from contrast.cache import Entry
from contrast.clean import CleanText
from contrast.ingest import RawText
from contrast.language import Language
from contrast.metrics import FRAME_KINDS, MetricFrames, MetricResults
from contrast.report.render.formats import Rendered
from contrast.snapshot import Snapshot

if TYPE_CHECKING:  # the claims package imports SciPy and NLTK; loaded only when events are (de)coded
    from contrast.claims import EventAnalysis


def encode_raw(raw: RawText) -> Entry:
    return Entry.of(
        values={
            "raw": {
                "text": raw.text,
                "sha256": raw.sha256,
                "n_bytes": raw.n_bytes,
                "encoding": raw.encoding,
                "metadata": raw.metadata,
            }
        }
    )


def decode_raw(entry: Entry, path: Path) -> RawText:
    value = entry.value("raw")
    return RawText(
        path=path,
        text=str(value["text"]),
        sha256=str(value["sha256"]),
        n_bytes=int(value["n_bytes"]),
        encoding=str(value["encoding"]),
        metadata={str(k): str(v) for k, v in value["metadata"].items()},
    )


def encode_cleaned(result: tuple[CleanText, Language]) -> Entry:
    clean, language = result
    return Entry.of(
        values={
            "clean": {
                "text": clean.text,
                "removed": clean.removed,
                "removed_lines": [list(pair) for pair in clean.removed_lines],
                "citations": clean.citations,
            },
            "language": {"code": language.code, "confidence": language.confidence, "detected": language.detected},
        }
    )


def decode_cleaned(entry: Entry) -> tuple[CleanText, Language]:
    clean, language = entry.value("clean"), entry.value("language")
    return (
        CleanText(
            text=str(clean["text"]),
            removed={str(k): int(v) for k, v in clean["removed"].items()},
            removed_lines=tuple((str(c), str(line)) for c, line in clean["removed_lines"]),
            citations=int(clean["citations"]),
        ),
        Language(code=str(language["code"]), confidence=float(language["confidence"]), detected=bool(language["detected"])),
    )


def encode_spans(spans: Sequence[tuple[int, int]]) -> Entry:
    return Entry.of(values={"spans": [list(span) for span in spans]})


def decode_spans(entry: Entry) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in entry.value("spans")]


def encode_metric_frames(frames: MetricFrames | MetricResults) -> Entry:
    return Entry.of(
        values={"warnings": list(frames.warnings)},
        frames={name: getattr(frames, name) for name in FRAME_KINDS},
    )


def decode_metric_frames(entry: Entry) -> MetricFrames:
    return MetricFrames(
        **{name: entry.frame(name) for name in FRAME_KINDS},
        warnings=tuple(str(w) for w in entry.value("warnings")),
    )


def decode_metric_results(entry: Entry) -> MetricResults:
    frames = decode_metric_frames(entry)
    if frames.sentences is None or frames.sources is None or frames.origins is None:
        raise ValueError("a metrics entry lacks one of its frames")
    return MetricResults(
        sentences=frames.sentences,
        sources=frames.sources,
        origins=frames.origins,
        warnings=frames.warnings,
        figures=frames.figures,
        evidence=frames.evidence,
    )


def encode_replicates(means: Mapping[str, np.ndarray]) -> Entry:
    """Arrays kept by content (``stats.by_content``) as raw bytes and their dtypes: bootstrap replicates (column → one
    float64 per resample), or a reading kept per source (flags, indexes, fixed-width text: ``attribution.kept_statement_speakers``).
    They decode to the same values. Arrays of Python objects have no bytes of their own and are refused."""
    names = list(means)
    arrays = [np.ascontiguousarray(means[name]) for name in names]
    if any(array.dtype.hasobject or array.ndim != 1 for array in arrays):
        raise ValueError("only one-dimensional arrays of a fixed-size dtype are kept by content")
    return Entry.of(
        values={"names": names, "dtypes": [array.dtype.str for array in arrays]},
        blobs={str(i): array.tobytes() for i, array in enumerate(arrays)},
    )


def decode_replicates(entry: Entry) -> dict[str, np.ndarray]:
    dtypes = entry.value("dtypes")
    means = {
        str(name): np.frombuffer(entry.blob(str(i)), dtype=np.dtype(str(dtypes[i]))).copy()
        for i, name in enumerate(entry.value("names"))
    }
    if len({array.size for array in means.values()}) > 1:
        raise ValueError("replicates of different lengths")
    return means


def encode_events(events: EventAnalysis) -> Entry:
    from contrast.claims import EventAnalysis

    frames = {f.name: getattr(events, f.name) for f in fields(EventAnalysis) if isinstance(getattr(events, f.name), pl.DataFrame)}
    values = {f.name: getattr(events, f.name) for f in fields(EventAnalysis) if f.name not in frames}
    return Entry.of(frames=frames, values=values)


def decode_events(entry: Entry) -> EventAnalysis:
    from contrast.claims import EventAnalysis

    found: dict[str, Any] = {}
    for f in fields(EventAnalysis):
        if entry.has_frame(f.name):
            found[f.name] = entry.frame(f.name)
        elif f"{f.name}.json" in entry.parts:
            found[f.name] = entry.value(f.name)
        else:
            raise ValueError(f"an events entry lacks {f.name}")
    return EventAnalysis(**found)


def encode_documents(rendered: Rendered) -> Entry:
    """The rendered documents by file name (the names, in order, and the warnings in JSON parts)."""
    documents = rendered.documents
    return Entry.of(
        values={"names": list(documents), "warnings": list(rendered.warnings)},
        blobs={f"doc{i}": data for i, data in enumerate(documents.values())},
    )


def decode_documents(entry: Entry) -> Rendered:
    documents = {str(name): entry.blob(f"doc{i}") for i, name in enumerate(entry.value("names"))}
    if not documents or any(name.endswith(".pdf") and not data.startswith(b"%PDF") for name, data in documents.items()):
        raise ValueError("a render entry does not hold its documents")
    return Rendered(documents, tuple(str(w) for w in entry.value("warnings")))


def encode_snapshot(snapshot: Snapshot) -> Entry:
    return Entry.of(values={"snapshot": snapshot.model_dump(mode="json")})


def decode_snapshot(entry: Entry) -> Snapshot:
    return Snapshot.model_validate(entry.value("snapshot"))


def encode_frame(frame: pl.DataFrame) -> Entry:
    return Entry.of(frames={"frame": frame})


def decode_frame(entry: Entry) -> pl.DataFrame:
    frame = entry.frame("frame")
    if frame is None:
        raise ValueError("the entry lacks its frame")
    return frame


def encode_outputs(files: Mapping[str, str], warnings: Sequence[str]) -> Entry:
    """The ``outputs`` entry: relative path → SHA-256 of each file written, and the render's warnings."""
    return Entry.of(values={"files": dict(files), "warnings": list(warnings)})


def recorded_files(entry: Entry) -> dict[str, str]:
    """The ``outputs`` entry: relative path → SHA-256 of each file the last build wrote."""
    return {str(relative): str(digest) for relative, digest in dict(entry.value("files")).items()}


def recorded_outputs(entry: Entry) -> tuple[dict[str, str], tuple[str, ...]]:
    """The ``outputs`` entry: the files (as :func:`recorded_files`) and the render's warnings,
    which a build that finds every output still current repeats."""
    return recorded_files(entry), tuple(str(w) for w in entry.value("warnings"))
