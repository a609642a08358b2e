"""How every document refers to an origin: its chip (label, colour, marker shape, border pattern).

Shared by the briefing, the handout and the charts, so an origin keeps its shape and
pattern wherever it appears; shapes and patterns repeat the colour's distinction for
readers who cannot see colour and for black-and-white print.
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
PATTERNS = ("solid", "diagonal", "dots", "cross", "horizontal", "vertical", "grid", "zigzag")


@dataclass(frozen=True)
class OriginRef:
    id: str
    label: str
    colour: str
    marker: str
    pattern: str
    index: int
    """Position among the origins the report uses (taxonomy order); picks marker and pattern."""

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
            pattern=PATTERNS[index % len(PATTERNS)],
            index=index,
        )
        for index, origin in enumerate(o for o in origins if o.id in used)
    }


__all__ = ["MARKERS", "MATPLOTLIB_MARKERS", "PATTERNS", "OriginRef", "origin_refs"]
