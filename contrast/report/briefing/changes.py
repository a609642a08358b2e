"""The "Changes since the last edition" page of the briefing.

``contrast.editions`` decides what changed; this module turns it into lines a reader
scans: sources with their code and origin chip, events with their id and origins,
per-origin figures with their intervals and a verdict, and a few summary sentences.
Templates only lay it out.
"""

from __future__ import annotations

from collections.abc import Mapping

from contrast.editions import LEVEL, MIN_SENTENCES, RESAMPLES, EditionChanges, EventChange, MetricChange
from contrast.report.briefing.model import ChangesView, EventLine, MetricLine, SourceLine
from contrast.report.refs import OriginRef
from contrast.report.render.html import fmt_pct, fmt_signed
from contrast.snapshot import Interval

MAX_EVENT_LINES = 8
"""Events listed per kind (new, grown, no longer found); the rest are counted."""
METRIC_LABELS = {"sentiment_mean": "Mean tone", "share_positive": "Positive share", "share_negative": "Negative share"}
SHARE_METRICS = frozenset({"share_positive", "share_negative"})
SOURCE_KINDS = {"added": "Added", "removed": "Removed", "unread": "Not read this time", "changed": "Changed"}
GONE_COLOUR = "#888888"
GONE_MARKER = "○"


def changes_view(
    changes: EditionChanges,
    refs: Mapping[str, OriginRef],
    labels: Mapping[str, str],
    *,
    previous_edition: str,
) -> ChangesView:
    """``refs`` and ``labels`` are this briefing's origin chips and source labels ("S3 · Outlet")."""

    def ref(origin_id: str) -> OriginRef:
        return refs.get(origin_id) or _gone_ref(origin_id, changes.origin_labels.get(origin_id, origin_id))

    def source(source_id: str) -> str:
        """This edition's label ("S3 · Outlet"); a source no longer here goes by its id."""
        return labels.get(source_id) or source_id

    def event_line(event: EventChange) -> EventLine:
        if event.kind == "grown":
            detail = f"now also in {', '.join(source(s) for s in event.added_sources)} (was {event.previous_id})"
        elif event.kind == "gone":
            detail = f"was {event.previous_id}, in {', '.join(source(s) for s in event.sources)}"
        else:
            detail = f"in {', '.join(source(s) for s in event.sources)}"
        # A gone event's id is the previous edition's, which may now name another event: not shown as an id.
        shown_id = "" if event.kind == "gone" else event.id
        return EventLine(shown_id, event.label, tuple(ref(o) for o in event.origins), len(event.sources), detail)

    by_kind = {kind: [e for e in changes.events if e.kind == kind] for kind in ("new", "grown", "gone")}
    metrics = tuple(_metric_line(m, ref(m.origin)) for m in changes.metrics)
    return ChangesView(
        previous_edition=previous_edition,
        summary=_summary(changes, metrics),
        sources=tuple(
            SourceLine(SOURCE_KINDS[c.kind], labels.get(c.id) or f"{c.id} ({c.title})", ref(c.origin), c.detail)
            for c in changes.sources
        ),
        new_events=tuple(event_line(e) for e in by_kind["new"][:MAX_EVENT_LINES]),
        grown_events=tuple(event_line(e) for e in by_kind["grown"][:MAX_EVENT_LINES]),
        gone_events=tuple(event_line(e) for e in by_kind["gone"][:MAX_EVENT_LINES]),
        unlisted_events=sum(max(0, len(events) - MAX_EVENT_LINES) for events in by_kind.values()),
        metrics=metrics,
        resamples=RESAMPLES,
        level=LEVEL,
        min_sentences=MIN_SENTENCES,
    )


def _gone_ref(origin_id: str, label: str) -> OriginRef:
    return OriginRef(id=origin_id, label=label, colour=GONE_COLOUR, marker=GONE_MARKER, border="solid", index=-1)


def _metric_line(change: MetricChange, origin: OriginRef) -> MetricLine:
    if not change.judged:
        verdict = f"not judged (< {MIN_SENTENCES} sentences)"
    elif change.moved:
        verdict = "moved up" if change.after.value > change.before.value else "moved down"
    else:
        verdict = "within uncertainty"
    return MetricLine(
        origin=origin,
        metric=METRIC_LABELS[change.metric],
        share=change.metric in SHARE_METRICS,
        before=change.before,
        after=change.after,
        verdict=verdict,
        moved=change.moved,
    )


def _summary(changes: EditionChanges, metrics: tuple[MetricLine, ...]) -> tuple[str, ...]:
    kinds = [c.kind for c in changes.sources]
    added, removed, changed = kinds.count("added"), kinds.count("removed") + kinds.count("unread"), kinds.count("changed")
    events = [e.kind for e in changes.events]
    lines = [
        f"Sources: {added} added, {removed} removed or unread, {changed} changed "
        f"(the previous edition had {changes.previous_sources}).",
        f"Events: {events.count('new')} new, {events.count('grown')} grown, {events.count('gone')} no longer found "
        f"(the previous edition had {changes.previous_events}).",
    ]
    moved = [m for m in metrics if m.moved]
    if moved:
        described = "; ".join(
            f"{m.origin.label}, {m.metric.lower()}: {_value(m, m.before)} → {_value(m, m.after)}" for m in moved
        )
        lines.append(f"Moved beyond their uncertainty: {described}.")
    elif metrics:
        lines.append("No per-origin figure moved beyond its uncertainty.")
    return tuple(lines)


def _value(line: MetricLine, interval: Interval) -> str:
    return fmt_pct(interval.value) if line.share else fmt_signed(interval.value)
