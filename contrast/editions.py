"""Editions: a snapshot of each build's results, and what changed since the last one.

Every build writes ``build/edition.json``: a snapshot of its results — the sources with
the hash of their bytes, per-origin tone with a bootstrap interval, the events by their
member sentences — and the snapshot it was compared with (its *baseline*). The next
build reads it before anything is overwritten and compares:

- sources by manifest id: added, removed (or unreadable this time, with ``--keep-going``),
  changed (other bytes, or moved to another origin);
- events by their member sentences, never by id (ids renumber between editions): new,
  grown (now also reported by sources that did not before), no longer found;
- per-origin figures over sentences (mean tone, shares of positive and negative
  sentences): *moved* when each edition's value lies outside the other's 95 % percentile
  bootstrap interval (1,000 resamples of the origin's sentences, seeded by the origin id).

A rebuild whose results equal the previous snapshot keeps that snapshot's baseline, so
building again without a change shows the same page and gives the same bytes; the
comparison moves on only when the results change. A snapshot that cannot be read is a
caveat in the briefing, never an error: the build goes on without the page.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import ValidationError

from contrast.io import FileTooLarge, NotRegularFile, read_regular
from contrast.snapshot import FORMAT, METRICS, EditionFile, EventEntry, Interval, Snapshot, take_snapshot
from contrast.stats import LEVEL, MIN_JUDGED, RESAMPLES

if TYPE_CHECKING:
    from contrast.analysis import Analysis

log = logging.getLogger(__name__)

SNAPSHOT_NAME = "edition.json"
MAX_SNAPSHOT_BYTES = 64_000_000
MIN_SENTENCES = MIN_JUDGED
"""Below this many scored sentences on either side an interval says little; the figure is not judged."""
TERMS_MATCH_MIN = 0.5
"""Events sharing no member sentence still match when their key terms overlap this much (Jaccard)."""


@dataclass(frozen=True)
class SourceChange:
    kind: Literal["added", "removed", "unread", "changed"]
    id: str
    title: str
    origin: str
    detail: str = ""


@dataclass(frozen=True)
class EventChange:
    kind: Literal["new", "grown", "gone"]
    id: str
    """This edition's event id; the previous edition's for an event no longer found."""
    label: str
    sources: tuple[str, ...]
    origins: tuple[str, ...]
    added_sources: tuple[str, ...] = ()
    """For a grown event: the sources that report it now and did not before."""
    previous_id: str = ""


@dataclass(frozen=True)
class MetricChange:
    origin: str
    metric: str
    before: Interval
    after: Interval
    judged: bool
    """False when either side has fewer than ``MIN_SENTENCES`` scored sentences."""
    moved: bool


@dataclass(frozen=True)
class EditionChanges:
    """What differs between the baseline edition and this one."""

    previous_edition: dt.date
    previous_sources: int
    previous_events: int
    sources: tuple[SourceChange, ...]
    events: tuple[EventChange, ...]
    metrics: tuple[MetricChange, ...]
    origin_labels: dict[str, str]
    """Labels of every origin in either edition (one may be gone from the manifest)."""


@dataclass(frozen=True)
class Edition:
    """This build's snapshot, what it is compared with, and the outcome."""

    snapshot: Snapshot
    baseline: Snapshot | None
    changes: EditionChanges | None
    warning: str | None

    def document(self) -> str:
        edition = EditionFile(format=FORMAT, current=self.snapshot, baseline=self.baseline)
        return json.dumps(edition.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"


def prepare_edition(analysis: Analysis, folder: Path, *, current: Snapshot | None = None) -> Edition:
    """Snapshot ``analysis`` and compare it with the edition whose outputs are in ``folder``.

    Call before anything in ``folder`` is overwritten. ``current``: the snapshot of
    ``analysis`` if already taken (the build cache keeps it).
    """
    current = take_snapshot(analysis) if current is None else current
    previous, warning = read_edition(folder / SNAPSHOT_NAME, root=analysis.report.root)
    baseline = baseline_for(previous, current)
    skipped = {s.source_id for s in analysis.skipped}
    changes = compare(baseline, current, unread=skipped) if baseline is not None else None
    return Edition(snapshot=current, baseline=baseline, changes=changes, warning=warning)


def baseline_for(previous: EditionFile | None, current: Snapshot) -> Snapshot | None:
    """The edition to compare with: the previous one, unless its results equal these.

    Equal results mean a rebuild without a change; it keeps the previous baseline so the
    page (and the PDF's bytes) stay the same however often the report is rebuilt.
    """
    if previous is None:
        return None
    if previous.current.fingerprint() == current.fingerprint():
        return previous.baseline
    return previous.current


def read_edition(path: Path, *, root: Path) -> tuple[EditionFile | None, str | None]:
    """The previous edition's snapshot, or ``None`` and a caveat saying why it cannot be used.

    No file is the first edition (no caveat). Anything else — unreadable, not JSON, the
    wrong shape, another format, too large — is reported, never raised.
    """
    if not path.exists() and not path.is_symlink():
        return None, None
    try:
        try:
            raw = read_regular(path, limit=MAX_SNAPSHOT_BYTES)  # never through a link, never unbounded
        except NotRegularFile:
            raise _Unusable("not a file") from None
        except FileTooLarge:
            raise _Unusable(f"larger than {MAX_SNAPSHOT_BYTES:,} bytes") from None
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise _Unusable("not a JSON object")
        if data.get("format") != FORMAT:
            raise _Unusable(f"format {data.get('format')!r}, expected {FORMAT}; written by another version of contrast")
        return EditionFile.model_validate(data), None
    except _Unusable as exc:
        reason = str(exc)
    except OSError as exc:
        reason = f"cannot read it: {exc.strerror}"
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        reason = "not valid JSON; it may be truncated"
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(top level)"
        reason = f"field {where}: {first['msg']}"
    log.warning("previous edition snapshot %s unusable: %s", path, reason)
    return None, (
        f"{_shown(path, root)}: the previous edition's snapshot cannot be used ({reason}); this briefing has no "
        "“Changes since the last edition” page, and the next build compares with this one."
    )


class _Unusable(Exception):
    pass


def _shown(path: Path, root: Path) -> str:
    """The path as the reader knows it: relative to the report folder when inside it."""
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def compare(baseline: Snapshot, current: Snapshot, *, unread: Collection[str] = ()) -> EditionChanges:
    """Sources, events and per-origin figures of ``current`` against ``baseline``.

    ``unread`` are sources in the manifest that could not be read this time (``--keep-going``):
    gone from the results, but not removed from the report.
    """
    labels = {o.id: o.label for o in baseline.origins} | {o.id: o.label for o in current.origins}
    return EditionChanges(
        previous_edition=baseline.edition,
        previous_sources=len(baseline.sources),
        previous_events=len(baseline.events),
        sources=_source_changes(baseline, current, unread),
        events=_event_changes(baseline.events, current.events),
        metrics=_metric_changes(baseline, current),
        origin_labels=labels,
    )


def _source_changes(baseline: Snapshot, current: Snapshot, unread: Collection[str]) -> tuple[SourceChange, ...]:
    before = {s.id: s for s in baseline.sources}
    now = {s.id: s for s in current.sources}
    changes = [SourceChange("added", s.id, s.title, s.origin) for s in current.sources if s.id not in before]
    for s in baseline.sources:
        if s.id not in now:
            changes.append(SourceChange("unread" if s.id in unread else "removed", s.id, s.title, s.origin))
    for s in current.sources:
        old = before.get(s.id)
        if old is None:
            continue
        details = []
        if old.sha256 != s.sha256:
            details.append("its file changed")
        if old.origin != s.origin:
            details.append(f"moved from origin {old.origin}")
        if details:
            changes.append(SourceChange("changed", s.id, s.title, s.origin, "; ".join(details)))
    return tuple(changes)


def match_events(previous: list[EventEntry], current: list[EventEntry]) -> list[EventEntry | None]:
    """For each current event, the previous event it continues, or None.

    The match is the previous event sharing most member sentences (ties: the earlier
    one); without a shared sentence (a source's text was edited), the one whose key terms
    overlap most, if they overlap by ``TERMS_MATCH_MIN`` or more.
    """
    owner = {key: index for index, event in enumerate(previous) for key in event.members}
    matches: list[EventEntry | None] = []
    for event in current:
        shared = Counter(owner[key] for key in event.members if key in owner)
        if shared:
            most = min(shared, key=lambda index: (-shared[index], index))
            matches.append(previous[most])
            continue
        best: EventEntry | None = None
        best_score = TERMS_MATCH_MIN
        for old in previous:
            score = _jaccard(event.terms, old.terms)
            if score > best_score or (best is None and score == best_score):
                best, best_score = old, score
        matches.append(best)
    return matches


def _jaccard(a: list[str], b: list[str]) -> float:
    union = set(a) | set(b)
    return len(set(a) & set(b)) / len(union) if union else 0.0


def _event_changes(previous: list[EventEntry], current: list[EventEntry]) -> tuple[EventChange, ...]:
    matches = match_events(previous, current)
    changes = []
    for event, old in zip(current, matches, strict=True):
        if old is None:
            changes.append(EventChange("new", event.id, event.label, tuple(event.sources), tuple(event.origins)))
            continue
        added = tuple(s for s in event.sources if s not in old.sources)
        if added:
            changes.append(
                EventChange("grown", event.id, event.label, tuple(event.sources), tuple(event.origins), added, old.id)
            )
    continued = {old.id for old in matches if old is not None}
    changes += [
        EventChange("gone", old.id, old.label, tuple(old.sources), tuple(old.origins), previous_id=old.id)
        for old in previous
        if old.id not in continued
    ]
    return tuple(changes)


def _metric_changes(baseline: Snapshot, current: Snapshot) -> tuple[MetricChange, ...]:
    before = {o.id: o for o in baseline.origins}
    changes = []
    for origin in current.origins:
        old = before.get(origin.id)
        if old is None:
            continue
        judged = min(old.sentences, origin.sentences) >= MIN_SENTENCES
        for name in METRICS:
            if name in origin.metrics and name in old.metrics:
                a, b = old.metrics[name], origin.metrics[name]
                moved = judged and not (a.low <= b.value <= a.high) and not (b.low <= a.value <= b.high)
                changes.append(MetricChange(origin.id, name, a, b, judged, moved))
    return tuple(changes)


__all__ = [
    "LEVEL",
    "MIN_SENTENCES",
    "RESAMPLES",
    "SNAPSHOT_NAME",
    "Edition",
    "EditionChanges",
    "EventChange",
    "MetricChange",
    "SourceChange",
    "baseline_for",
    "compare",
    "match_events",
    "prepare_edition",
    "read_edition",
]
