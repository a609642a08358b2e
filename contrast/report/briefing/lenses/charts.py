"""SVG charts of "How they say it", drawn like the other charts (``contrast.report.svg``).

Two shapes cover every lens: a dot plot with 95% intervals (a row per measure, a marker
per origin: shape and colour) and, for distinctive vocabulary, bars of z-scores per origin.
"""

from __future__ import annotations

from dataclasses import replace

import matplotlib
import matplotlib.pyplot as plt

from contrast.metrics.characteristic import Z_SIGNIFICANT
from contrast.metrics.registry import lens_spec
from contrast.report.briefing.lenses.model import NOTHING, Cell, LensSection, LensTable
from contrast.report.briefing.model import Briefing
from contrast.report.svg import RC, WIDTH_IN, Chart, legend_handles, shorten, svg_uri
from contrast.report.text import signed

AXIS = {
    "rate": "per 1,000 words",
    "share": "share",
    "mean": "mean VADER compound (−1 to +1)",
}


def with_lens_charts(briefing: Briefing) -> tuple[LensSection, ...]:
    """The briefing's lens sections, each with the chart its ``LensSpec.chart`` names (if any)."""
    sections = []
    for section in briefing.lenses:
        spec = lens_spec(section.id)
        chart = None
        if spec.chart is None:
            pass
        elif spec.layout == "terms" and section.tables and section.tables[0].rows:
            chart = Chart(
                title=spec.chart,
                caption=f"z-score of each term against all other origins; the dashed line marks z = {Z_SIGNIFICANT}.",
                alt=_alt(briefing, section, section.tables[0], spec.chart),
                data_uri=svg_uri(_term_bars(briefing, section.tables[0])),
            )
        elif spec.layout == "measures" and section.tables:
            table = section.tables[0]
            kind = next((c.kind for _, cells in table.rows for c in cells if c.kind in AXIS), None)
            if kind is not None:
                chart = Chart(
                    title=spec.chart,
                    caption="Each marker is an origin’s value; the line through it is its 95% bootstrap interval."
                    + (" Where nothing was counted there is no marker." if _counts_nothing_somewhere(table) else ""),
                    alt=_alt(briefing, section, table, spec.chart),
                    data_uri=svg_uri(_interval_dots(briefing, table, kind)),
                )
        sections.append(replace(section, chart=chart))
    return tuple(sections)


def _counts_nothing_somewhere(table: LensTable) -> bool:
    """Whether a cell reads as nothing counted (``LensSpec.nothing``): it has no marker, not one at 0."""
    return any(c.kind == NOTHING for _, cells in table.rows for c in cells)


ALT_ROWS = 6
"""Rows a chart's alt text reads out when its lens has no finding to state."""


def _alt(briefing: Briefing, section: LensSection, table: LensTable, title: str) -> str:
    """The lens's findings; when it has none (no difference stands out), the chart's values, row by row:
    an image without alt text says nothing to a screen reader (found on a BASIL group's briefing)."""
    if section.findings:
        return " ".join(section.findings)
    columns = table.header or tuple(origin.ref.label for origin in briefing.origins)
    rows = [
        f"{label}: " + (cells[0].text if cells[0].span > 1 else
                        ", ".join(f"{column} {_value(cell)}" for column, cell in zip(columns, cells, strict=False)))
        for label, cells in table.rows[:ALT_ROWS]
    ]
    return f"{title}. No difference between origins stands out. " + "; ".join(rows) + "."


def _value(cell: Cell) -> str:
    if cell.value is None or cell.kind in ("text", "z", NOTHING):
        return cell.text or "N/A"
    return {"share": f"{cell.value:.0%}", "mean": signed(cell.value)}.get(cell.kind, f"{cell.value:.1f}")


def _interval_dots(briefing: Briefing, table: LensTable, kind: str) -> plt.Figure:
    with matplotlib.rc_context(RC):
        rows = [(label, cells) for label, cells in table.rows if any(c.value is not None and c.kind == kind for c in cells)]
        figure, axes = plt.subplots(figsize=(WIDTH_IN, 0.38 * len(rows) * max(1, len(briefing.origins) / 3) + 1.3))
        positions = list(range(len(rows), 0, -1))
        count = len(briefing.origins)
        for slot, origin in enumerate(briefing.origins):
            offset = (slot - (count - 1) / 2) * (0.7 / max(count, 1))
            for (_, cells), y in zip(rows, positions, strict=True):
                cell = cells[slot]
                if cell.value is None:
                    continue
                low = cell.low if cell.low is not None else cell.value
                high = cell.high if cell.high is not None else cell.value
                axes.errorbar(
                    cell.value, y + offset, xerr=[[max(0.0, cell.value - low)], [max(0.0, high - cell.value)]], fmt="none",
                    ecolor=origin.ref.colour, elinewidth=1.0, capsize=1.5, zorder=2,
                )
                axes.scatter(
                    [cell.value], [y + offset], s=30, color=origin.ref.colour, edgecolors="black", linewidths=0.5,
                    marker=origin.ref.chart_marker, zorder=3,
                )
        for y in positions:
            axes.axhline(y - 0.5, color="#eeeeee", linewidth=0.6, zorder=0)
        axes.set_yticks(positions, [shorten(label, 32) for label, _ in rows])
        axes.set_ylim(0.4, len(rows) + 0.6)
        axes.set_xlabel(AXIS[kind])
        if kind == "share":
            axes.set_xlim(-0.02, 1.02)
            axes.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        elif kind == "mean":
            axes.set_xlim(-1.05, 1.05)
            axes.axvline(0, color="#999999", linestyle="--", linewidth=0.6)
        else:
            axes.set_xlim(left=0)
        axes.grid(axis="x", color="#eeeeee", linewidth=0.6)
        axes.legend(handles=legend_handles(o.ref for o in briefing.origins), loc="upper center",
                    bbox_to_anchor=(0.5, -0.12 - 0.6 / (len(rows) + 2)),
                    ncol=min(4, count), frameon=False)
        return figure


def _term_bars(briefing: Briefing, table: LensTable) -> plt.Figure:
    origins = briefing.origins
    columns = 2 if len(origins) > 1 else 1
    rows = (len(origins) + columns - 1) // columns
    with matplotlib.rc_context(RC):
        figure, grid = plt.subplots(rows, columns, figsize=(WIDTH_IN, 2.1 * rows), squeeze=False)
        for slot, origin in enumerate(origins):
            axes = grid[slot // columns][slot % columns]
            terms = [(cells[slot].text, cells[slot].value) for _, cells in table.rows if cells[slot].value is not None]
            terms = terms[::-1]
            positions = list(range(len(terms)))
            axes.barh(positions, [z for _, z in terms], color=origin.ref.colour, edgecolor="#333333", linewidth=0.4,
                      height=0.65)
            axes.set_yticks(positions, [shorten(t, 22) for t, _ in terms], fontsize=7.5)
            axes.axvline(Z_SIGNIFICANT, color="#555555", linestyle="--", linewidth=0.7)
            axes.set_title(origin.ref.label, fontsize=8.5)
            axes.set_xlabel("z", fontsize=7.5)
            if not terms:
                axes.text(0.5, 0.5, "no word stands out", ha="center", va="center", transform=axes.transAxes, fontsize=7.5)
        for slot in range(len(origins), rows * columns):
            grid[slot // columns][slot % columns].axis("off")
        figure.tight_layout()
        return figure
