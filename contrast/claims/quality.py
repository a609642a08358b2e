"""Event recall and purity against a hand-labelled gold standard (used by tests and tuning).

- recall: share of gold events found, i.e. some predicted event holds members of the
  gold event from at least two of its sources;
- purity: of all members of predicted events, the share that belong to the gold event
  their predicted event overlaps most (members of no gold event count as impure).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

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
