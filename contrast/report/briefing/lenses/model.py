"""The plain data of "How they say it": sections, tables, cells and highlighted examples.

An example sentence is a sequence of text segments flagged as cue or not, so the template
can highlight cue words from escaped text; nothing here is HTML.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from contrast.report.refs import OriginRef
from contrast.report.svg import Chart

NOTHING = "nothing"
"""Kind of a cell where nothing was counted, for a lens that says what that means (``LensSpec.nothing``)."""


@dataclass(frozen=True)
class Segment:
    text: str
    cue: bool


@dataclass(frozen=True)
class Example:
    number: int
    anchor: str
    segments: tuple[Segment, ...]
    origin: OriginRef
    source_label: str
    sentence_index: int
    note: str


@dataclass(frozen=True)
class Cell:
    kind: str
    """rate, share, mean, z, text, or ``NOTHING`` (a rate of nothing counted, printed as its ``text``): how the
    template formats it."""
    value: float | None = None
    low: float | None = None
    high: float | None = None
    text: str = ""
    strong: bool = False
    example: Example | None = None
    span: int = 1
    """Columns it spans: a row where no origin has anything counted reads once across them."""


@dataclass(frozen=True)
class LensTable:
    caption: str
    rows: tuple[tuple[str, tuple[Cell, ...]], ...]
    """(row label, one cell per column)."""
    header: tuple[str, ...] = ()
    """Column labels; empty means one column per origin (shown as origin chips)."""
    per_source: bool = False
    """One row per source: shown on screens, left out of the short PDF (``PRINTED_PANELS``)."""


@dataclass(frozen=True)
class LensSection:
    id: str
    title: str
    question: str
    method: str
    provenance: str
    findings: tuple[str, ...]
    tables: tuple[LensTable, ...]
    examples: tuple[Example, ...]
    chart: Chart | None
    reads: str = ""
    """How to read its figures (``LensSpec.reads``) and what each kind of cell of nothing counted its tables print
    means (``LensSpec.nothing_means``), said once, under its question, on paper and screens (``lenses.build.reads``)."""
    clear: tuple[str, ...] = ()
    """Those of ``findings`` that state a clear difference between origins (``findings.findings(…, clear_only=True)``): page 1
    lists them with At a glance's."""


def segments(text: str, spans: Sequence[tuple[int, int]]) -> tuple[Segment, ...]:
    """Split ``text`` into plain and cue segments; overlapping spans are merged."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, position = [], 0
    for start, end in merged:
        if start > position:
            parts.append(Segment(text[position:start], False))
        parts.append(Segment(text[start:end], True))
        position = end
    if position < len(text):
        parts.append(Segment(text[position:], False))
    return tuple(parts)
