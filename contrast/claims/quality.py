"""Event recall and purity against a hand-labelled gold standard (used by tests and tuning).

- recall: share of gold events found, i.e. some predicted event holds members of the
  gold event from at least two of its sources;
- purity: of all members of predicted events, the share that belong to the gold event
  their predicted event overlaps most (members of no gold event count as impure).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from contrast.claims.echoes import event_members

if TYPE_CHECKING:
    from contrast.claims import EventAnalysis

Member = tuple[str, str]
"""(source id, sentence text)."""


def recall(gold: Mapping[str, set[Member]], predicted: Iterable[set[Member]]) -> float:
    predicted = list(predicted)
    if not gold:
        return 1.0
    found = 0
    for members in gold.values():
        if any(len({source for source, _ in members & event}) >= 2 for event in predicted):
            found += 1
    return found / len(gold)


def purity(gold: Mapping[str, set[Member]], predicted: Iterable[set[Member]]) -> float:
    label = {member: name for name, members in gold.items() for member in members}
    total = agreeing = 0
    for event in predicted:
        counts = Counter(label.get(member) for member in event)
        counts.pop(None, None)
        total += len(event)
        agreeing += max(counts.values(), default=0)
    return agreeing / total if total else 1.0


def load_gold(path: Path) -> dict[str, set[Member]]:
    """A gold file (``tests/data/*_gold_events.json``): event id → its (source, text) members."""
    document = json.loads(path.read_text(encoding="utf-8"))
    return {event["id"]: {(m["source"], m["text"]) for m in event["members"]} for event in document["events"]}


def predicted_events(analysis: EventAnalysis) -> list[set[Member]]:
    """The events an analysis found, as sets of (source, text) members."""
    claims = event_members(analysis.claims)
    return [
        set(claims.filter(pl.col("event") == event).select("source_id", "text").rows())
        for event in analysis.events.get_column("event")
    ]
