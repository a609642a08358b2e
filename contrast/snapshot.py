"""An edition's snapshot: the comparable results of one build, as ``build/edition.json`` stores them.

The sources with the hash of their bytes, per-origin tone with a bootstrap interval, and
the events by their member sentences (hashed, since event ids renumber between editions),
rounded so that equal results give equal snapshots — and so equal PDFs. What is compared,
and how, is ``contrast.editions``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING, Final, Literal

from pydantic import BaseModel, ConfigDict

from contrast.claims.export import event_records
from contrast.schema import ORIGIN

if TYPE_CHECKING:
    from contrast.analysis import Analysis

FORMAT: Final = 2
"""Bumped when the snapshot's shape or meaning changes; a snapshot of another format is not compared.
2: tone figures are of the outlets' own voice (quotations and reported speech left out)."""
METRICS = ("sentiment_mean", "share_positive", "share_negative")
"""Per-origin figures compared across editions: each is a mean over the origin's own-voice sentences,
with the sentiment metric's bootstrap interval."""


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceEntry(_Entry):
    id: str
    title: str
    origin: str
    path: str
    sha256: str


class Interval(_Entry):
    """A figure and its 95 % bootstrap interval."""

    value: float
    low: float
    high: float


class OriginEntry(_Entry):
    id: str
    label: str
    sentences: int
    """Sentences the figures are over (those scored for tone)."""
    metrics: dict[str, Interval]


class EventEntry(_Entry):
    id: str
    label: str
    terms: list[str]
    sources: list[str]
    origins: list[str]
    members: list[str]
    """Member sentences as ``source_id:hash`` of the sentence text (see ``member_key``)."""


class Snapshot(_Entry):
    edition: dt.date
    title: str
    sources: list[SourceEntry]
    origins: list[OriginEntry]
    events: list[EventEntry]

    def fingerprint(self) -> str:
        return hashlib.sha256(self.model_dump_json().encode("utf-8")).hexdigest()


class EditionFile(_Entry):
    format: Literal[2]
    current: Snapshot
    baseline: Snapshot | None = None


def member_key(source_id: str, text: str) -> str:
    """A sentence's identity across editions: its source and a hash of its words."""
    words = " ".join(text.split()).casefold()
    return f"{source_id}:{hashlib.sha256(words.encode('utf-8')).hexdigest()[:16]}"


def take_snapshot(analysis: Analysis) -> Snapshot:
    """The comparable results of a build, rounded so equal results give equal snapshots."""
    manifest = analysis.report.manifest
    sources = [
        SourceEntry(
            id=s.id, title=s.title, origin=s.origin, path=s.path, sha256=analysis.documents[s.id].raw.sha256
        )
        for s in analysis.sources
    ]
    return Snapshot(
        edition=manifest.edition,
        title=manifest.title,
        sources=sources,
        origins=_origin_entries(analysis),
        events=[_event_entry(event) for event in event_records(analysis.events)],
    )


def _origin_entries(analysis: Analysis) -> list[OriginEntry]:
    """Each origin's tone figures with the intervals the sentiment metric gave them (own voice)."""
    labels = {o.id: o.label for o in analysis.report.manifest.origins}
    entries = []
    for row in analysis.results.origins.iter_rows(named=True):
        origin_id = row[ORIGIN]
        sentences = int(row.get("sentiment_sentences") or 0)
        metrics: dict[str, Interval] = {}
        if sentences and all(row.get(f"{name}{side}") is not None for name in METRICS for side in ("", "_low", "_high")):
            metrics = {name: _interval(row[name], row[f"{name}_low"], row[f"{name}_high"]) for name in METRICS}
        entries.append(OriginEntry(id=origin_id, label=labels.get(origin_id, origin_id), sentences=sentences, metrics=metrics))
    return entries


def _interval(value: float, low: float, high: float) -> Interval:
    return Interval(value=round(value, 4), low=round(min(low, value), 4), high=round(max(high, value), 4))


def _event_entry(event: dict[str, object]) -> EventEntry:
    members = event["members"]
    assert isinstance(members, list)
    return EventEntry(
        id=str(event["id"]),
        label=str(event["label"]),
        terms=[str(t) for t in event["terms"]],  # type: ignore[attr-defined]
        sources=sorted({m["source"] for m in members}),
        origins=sorted({m["origin"] for m in members}),
        members=sorted(member_key(m["source"], m["text"]) for m in members),
    )


__all__ = [
    "FORMAT",
    "METRICS",
    "EditionFile",
    "EventEntry",
    "Interval",
    "OriginEntry",
    "Snapshot",
    "SourceEntry",
    "member_key",
    "take_snapshot",
]
