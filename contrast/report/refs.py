"""How every document refers to an origin: its chip (label, colour, marker shape, border style).

Shared by the briefing, the handout, the teacher key, their HTML and the charts, so an origin
looks the same wherever it appears (tests/test_documents.py checks it): the colour is the one
the manifest gives the origin; the shape and the border style repeat the colour's distinction
for readers who cannot see colour and for black-and-white print.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from contrast.config import Origin

MARKERS = ("●", "▲", "■", "◆", "▼", "★", "⬟", "✚")
"""Shape per origin (by taxonomy order) so origins are told apart without colour."""
MATPLOTLIB_MARKERS = ("o", "^", "s", "D", "v", "*", "p", "P")
"""The same shapes in matplotlib's marker codes, for charts."""
BORDERS = ("solid", "dashed", "dotted", "double")
"""CSS border style per origin (by taxonomy order): chips, cards and excerpt boxes."""


@dataclass(frozen=True)
class OriginRef:
    id: str
    label: str
    colour: str
    marker: str
    border: str
    index: int
    """Position among the origins the report uses (taxonomy order); picks marker and border."""

    @property
    def chart_marker(self) -> str:
        """This origin's marker shape as a matplotlib marker code."""
        return MATPLOTLIB_MARKERS[self.index % len(MATPLOTLIB_MARKERS)]


def origin_refs(origins: Sequence[Origin], used: Collection[str]) -> dict[str, OriginRef]:
    """origin id → its chip, for the origins in ``used`` (those with a source), in taxonomy order."""
    return {
        origin.id: OriginRef(
            id=origin.id,
            label=origin.label,
            colour=origin.colour,
            marker=MARKERS[index % len(MARKERS)],
            border=BORDERS[index % len(BORDERS)],
            index=index,
        )
        for index, origin in enumerate(o for o in origins if o.id in used)
    }


__all__ = ["BORDERS", "MARKERS", "MATPLOTLIB_MARKERS", "OriginRef", "origin_refs"]
