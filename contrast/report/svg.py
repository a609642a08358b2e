"""Charts as SVG ``data:`` URIs (matplotlib), deterministic and safe to embed.

Charts are returned as ``data:image/svg+xml`` URIs for ``<img>`` tags, so nothing is
marked safe in the templates and WeasyPrint fetches nothing. Text is drawn as paths
(no font or markup surprises from source titles), maths parsing is off (a "$34bn" title
stays literal), the SVG hash salt is fixed and the date metadata dropped, so the same
data gives the same bytes. Every document's charts are drawn with these settings.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

    from contrast.report.refs import OriginRef

WIDTH_IN = 6.7
"""The A4 text block is 170 mm wide."""
RC: dict[RcKeyType, Any] = {
    "svg.fonttype": "path",
    "svg.hashsalt": "contrast",
    "text.parse_math": False,
    "font.family": "DejaVu Sans",
    "font.size": 8.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 9,
    "hatch.linewidth": 0.6,
    # the ticks' numbers with points, as the text prints them, whatever the reader's locale or matplotlibrc:
    # the check8-new teacher key's axis read "−0,75" beside a text of "−0.14" (not reproduced here, under C.UTF-8)
    "axes.formatter.use_locale": False,
}


@dataclass(frozen=True)
class Chart:
    """A chart as a document shows it: the image, and words for those who cannot see it."""

    title: str
    caption: str
    alt: str
    data_uri: str


def svg_uri(figure: plt.Figure) -> str:
    """``figure`` as a ``data:image/svg+xml`` URI (then closed)."""
    buffer = io.BytesIO()
    with matplotlib.rc_context(RC):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    plt.close(figure)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def legend_handles(refs: Iterable[OriginRef]) -> list[plt.Line2D]:
    """One legend entry per origin: its marker shape in its colour."""
    return [
        plt.Line2D(
            [], [], linestyle="none", marker=ref.chart_marker,
            markerfacecolor=ref.colour, markeredgecolor="black", markeredgewidth=0.4, markersize=6, label=ref.label,
        )
        for ref in refs
    ]


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with "…", for axis labels."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


__all__ = ["RC", "WIDTH_IN", "Chart", "legend_handles", "shorten", "svg_uri"]
