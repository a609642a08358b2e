"""The files a build writes under ``build/``, and whether the ones there are still current.

A file is rewritten only when its bytes change (or with ``--force``): a rebuild after
adding one source rewrites that source's cleaned text and the cross-source files, not a
thousand identical ones. Nothing is written before the PDF has rendered, and then the
edition is published whole into a folder that is ours (``contrast.publish``).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from contrast.clean import REMOVAL_CATEGORIES, CleanText
from contrast.editions import SNAPSHOT_NAME
from contrast.io import regular_file_digest
from contrast.metrics import MetricResults
from contrast.publish import Content, OutputFolder, publish_edition
from contrast.schema import SOURCE_ID

if TYPE_CHECKING:
    from contrast.analysis import Analysis


def output_files(analysis: Analysis, documents: Mapping[str, bytes], *, edition: str) -> dict[str, Content]:
    """Relative path → bytes of every output, in the order they are listed and written.

    The edition snapshot comes last: until it is replaced, the old one still describes a
    whole edition. ``events.json`` is streamed: it grows with the claims no event holds times
    the sources or origins listed for each (``contrast.claims.export``), so its records
    are made and written one at a time while the edition is published, never held whole.
    """
    from contrast.claims.export import events_json_chunks

    files: dict[str, Content] = {}
    for source_id, document in analysis.documents.items():
        files[f"clean/{source_id}.txt"] = (document.clean.text + "\n").encode("utf-8")
        files[f"clean/{source_id}.removed.txt"] = _removed_listing(document.clean).encode("utf-8")
    files["sentences.parquet"] = _frame_bytes(analysis.results.sentences, "parquet")
    files["sources.csv"] = _frame_bytes(sources_table(analysis), "csv")
    files["origins.csv"] = _frame_bytes(analysis.results.origins, "csv")
    files["events.json"] = lambda: _batched(events_json_chunks(analysis.events))
    for name, frame in lens_tables(analysis.results).items():
        files[f"lenses/{name}.csv"] = _frame_bytes(frame, "csv")
    files.update(documents)
    files[SNAPSHOT_NAME] = edition.encode("utf-8")
    return files


def lens_tables(results: MetricResults) -> dict[str, pl.DataFrame]:
    """``lenses/<lens>.csv`` per lens (its figures) and ``lenses/cues.csv`` (every cue occurrence)."""
    tables: dict[str, pl.DataFrame] = {}
    if results.figures is not None:
        for (lens,), frame in results.figures.group_by("lens", maintain_order=True):
            tables[str(lens)] = frame.drop("lens")
    if results.evidence is not None:
        # every column a key: two cues on one span (a vague group counted with its role's kind too) came out in the
        # order a set gave them, which moved with the hash seed (test_determinism, lead-10)
        tables["cues"] = results.evidence.sort("lens", SOURCE_ID, "sentence_index", "start", "end", "category", "cue", maintain_order=True)
    return tables


def write_outputs(
    folder: OutputFolder, files: Mapping[str, Content], *, force: bool = False
) -> tuple[tuple[Path, ...], dict[str, str]]:
    """Publish the files that differ from what ``folder`` holds (all of them with ``force``);
    drop the previous edition's files that are not in this one (cleaned texts of removed
    sources). Returns the paths written and the edition's record (relative path → SHA-256),
    which a later build checks its outputs against."""
    return publish_edition(folder, files, force=force)


def still_current(target: Path, recorded: Mapping[str, str]) -> bool:
    """True if every recorded output is in ``target`` with the recorded hash (nothing edited, nothing
    missing; a link or a pipe in an output's place is not current, and is not followed)."""
    for relative, expected in recorded.items():
        try:
            if regular_file_digest(target / relative) != expected:
                return False
        except OSError:
            return False
    return True


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


EVENTS_JSON_BATCH = 1 << 16
"""Characters of ``events.json`` encoded, hashed and written at a time: a 500-source report's file came in
963,000 pieces of a record or less, each encoded, hashed and written alone."""


def _batched(pieces: Iterable[str], size: int = EVENTS_JSON_BATCH) -> Iterator[bytes]:
    """The pieces, joined into batches of at least ``size`` characters (the last may be shorter), as UTF-8."""
    batch: list[str] = []
    length = 0
    for piece in pieces:
        batch.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(batch).encode("utf-8")
            batch, length = [], 0
    if batch:
        yield "".join(batch).encode("utf-8")


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


__all__ = ["lens_tables", "output_files", "sources_table", "still_current", "write_outputs"]
