"""SVG charts for the briefing (matplotlib), deterministic and safe to embed.

Charts are returned as ``data:image/svg+xml`` URIs for ``<img>`` tags, so nothing is
marked safe in the templates and WeasyPrint fetches nothing. Text is drawn as paths
(no font or markup surprises from source titles), maths parsing is off (a "$34bn" title
stays literal), the SVG hash salt is fixed and the date metadata dropped, so the same
data gives the same bytes. Origins differ by marker shape and hatch, not colour alone.
"""

from __future__ import annotations

import base64
import io
import random
from typing import TYPE_CHECKING

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import polars as pl  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from contrast.metrics.vader import NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD  # noqa: E402
from contrast.schema import SOURCE_ID  # noqa: E402

if TYPE_CHECKING:
    from contrast.report.model import Briefing, Chart

WIDTH_IN = 6.7
"""The A4 text block is 170 mm wide."""
TONE_COLOURS = {"negative": "#d95f02", "neutral": "#d9d9d9", "positive": "#1b9e77"}
"""Colour-blind-safe pair (ColorBrewer Dark2) plus grey; hatches repeat the distinction."""
TONE_HATCHES = {"negative": "////", "neutral": "", "positive": "...."}
ORIGIN_HATCHES = ("", "///", "...", "xxx", "---", "|||", "+++", "\\\\\\")
RC = {
    "svg.fonttype": "path",
    "svg.hashsalt": "contrast",
    "text.parse_math": False,
    "font.family": "DejaVu Sans",
    "font.size": 8.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 9,
    "hatch.linewidth": 0.6,
}


def briefing_charts(briefing: Briefing, sentences: pl.DataFrame) -> dict[str, Chart]:
    from contrast.report.model import Chart

    charts: dict[str, Chart] = {}
    if "compound" in sentences.columns:
        charts["tone_by_source"] = Chart(
            title="Tone of every sentence, by source",
            caption=(
                "Each mark is one sentence's VADER compound score (−1 most negative, +1 most positive); the box spans "
                "the middle half of a source's sentences and the bar inside it is the median. Dashed lines mark the "
                "±0.05 band VADER's authors treat as neutral."
            ),
            alt=_tone_by_source_alt(briefing),
            data_uri=_svg_uri(_tone_by_source(briefing, sentences)),
        )
        charts["tone_mix_by_origin"] = Chart(
            title="Share of negative, neutral and positive sentences, by origin",
            caption="Sentences are negative at a compound score of −0.05 or below and positive at +0.05 or above.",
            alt=_tone_mix_alt(briefing),
            data_uri=_svg_uri(_tone_mix_by_origin(briefing)),
        )
    if any(o.readability.get("consensus_grade") is not None for o in briefing.origins):
        charts["reading_grades"] = Chart(
            title="Reading grade by formula and origin",
            caption=(
                "US school grade needed to read each origin's pooled text, by formula. The formulas disagree by "
                "design; read the spread, not a single value."
            ),
            alt=_reading_grades_alt(briefing),
            data_uri=_svg_uri(_reading_grades(briefing)),
        )
    return charts


def _svg_uri(figure: plt.Figure) -> str:
    buffer = io.BytesIO()
    with matplotlib.rc_context(RC):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    plt.close(figure)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _legend_handles(briefing: Briefing) -> list[plt.Line2D]:
    from contrast.report.model import MATPLOTLIB_MARKERS

    return [
        plt.Line2D(
            [], [], linestyle="none", marker=MATPLOTLIB_MARKERS[o.ref.index % len(MATPLOTLIB_MARKERS)],
            markerfacecolor=o.ref.colour, markeredgecolor="black", markeredgewidth=0.4, markersize=6, label=o.ref.label,
        )
        for o in briefing.origins
    ]


def _tone_by_source(briefing: Briefing, sentences: pl.DataFrame) -> plt.Figure:
    from contrast.report.model import MATPLOTLIB_MARKERS

    with matplotlib.rc_context(RC):
        sources = briefing.sources
        figure, axes = plt.subplots(figsize=(WIDTH_IN, 0.45 * len(sources) + 1.2))
        rng = random.Random(20250101)
        by_source = {
            key[0]: group.get_column("compound").to_list()
            for key, group in sentences.sort(SOURCE_ID, "sentence_index").group_by(SOURCE_ID, maintain_order=True)
        }
        positions = list(range(len(sources), 0, -1))
        data = [by_source.get(s.id, []) or [0.0] for s in sources]
        axes.boxplot(
            data, positions=positions, orientation="horizontal", widths=0.6, showfliers=False,
            medianprops={"color": "black", "linewidth": 1.2}, boxprops={"color": "#555555"},
            whiskerprops={"color": "#888888"}, capprops={"color": "#888888"},
        )
        for source, y, values in zip(sources, positions, data, strict=True):
            jitter = [y + rng.uniform(-0.22, 0.22) for _ in values]
            axes.scatter(
                values, jitter, s=9, alpha=0.65, color=source.origin.colour, edgecolors="black", linewidths=0.25,
                marker=MATPLOTLIB_MARKERS[source.origin.index % len(MATPLOTLIB_MARKERS)], zorder=3,
            )
        for threshold in (NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD):
            axes.axvline(threshold, color="#999999", linestyle="--", linewidth=0.6)
        axes.set_yticks(positions, [_short(s.label, 34) for s in sources])
        axes.set_xlim(-1.05, 1.05)
        axes.set_xlabel("VADER compound score per sentence")
        axes.legend(handles=_legend_handles(briefing), loc="upper center", bbox_to_anchor=(0.5, -0.08 - 1.0 / (len(sources) + 2)),
                    ncol=min(4, len(briefing.origins)), frameon=False)
        return figure


def _tone_mix_by_origin(briefing: Briefing) -> plt.Figure:
    with matplotlib.rc_context(RC):
        origins = [o for o in briefing.origins if o.tone.share_positive is not None]
        figure, axes = plt.subplots(figsize=(WIDTH_IN, 0.42 * len(origins) + 1.0))
        positions = list(range(len(origins), 0, -1))
        left = [0.0] * len(origins)
        for kind in ("negative", "neutral", "positive"):
            shares = [getattr(o.tone, f"share_{kind}") or 0.0 for o in origins]
            bars = axes.barh(positions, shares, left=left, color=TONE_COLOURS[kind], hatch=TONE_HATCHES[kind],
                             edgecolor="#333333", linewidth=0.5, height=0.62, label=kind)
            for bar, share in zip(bars, shares, strict=True):
                if share >= 0.06:
                    axes.text(bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2, f"{share:.0%}",
                              ha="center", va="center", fontsize=8, color="black",
                              bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8})
            left = [a + b for a, b in zip(left, shares, strict=True)]
        axes.set_yticks(positions, [o.ref.label for o in origins])
        axes.set_xlim(0, 1)
        axes.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        handles = [Patch(facecolor=TONE_COLOURS[k], hatch=TONE_HATCHES[k], edgecolor="#333333", label=k)
                   for k in ("negative", "neutral", "positive")]
        axes.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.06 - 0.8 / (len(origins) + 2)), ncol=3,
                    frameon=False)
        return figure


def _reading_grades(briefing: Briefing) -> plt.Figure:
    from contrast.report.model import GRADE_FORMULAS, MATPLOTLIB_MARKERS, READABILITY_LABELS

    with matplotlib.rc_context(RC):
        figure, axes = plt.subplots(figsize=(WIDTH_IN, 0.42 * len(GRADE_FORMULAS) + 1.2))
        positions = list(range(len(GRADE_FORMULAS), 0, -1))
        count = len(briefing.origins)
        for slot, origin in enumerate(briefing.origins):
            offset = (slot - (count - 1) / 2) * (0.5 / max(count, 1))
            xs, ys = [], []
            for formula, y in zip(GRADE_FORMULAS, positions, strict=True):
                value = origin.readability.get(formula)
                if value is not None:
                    xs.append(value)
                    ys.append(y + offset)
            axes.scatter(xs, ys, s=34, color=origin.ref.colour, edgecolors="black", linewidths=0.5,
                         marker=MATPLOTLIB_MARKERS[origin.ref.index % len(MATPLOTLIB_MARKERS)], zorder=3,
                         label=origin.ref.label)
        for y in positions:
            axes.axhline(y, color="#eeeeee", linewidth=0.8, zorder=0)
        axes.set_yticks(positions, [READABILITY_LABELS[f] for f in GRADE_FORMULAS])
        axes.set_xlabel("US school grade")
        axes.grid(axis="x", color="#eeeeee", linewidth=0.6)
        axes.legend(handles=_legend_handles(briefing), loc="upper center", bbox_to_anchor=(0.5, -0.13),
                    ncol=min(4, count), frameon=False)
        return figure


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _tone_by_source_alt(briefing: Briefing) -> str:
    parts = [
        f"{s.code} ({s.origin.label}) median {s.tone.median:+.2f}" for s in briefing.sources if s.tone.median is not None
    ]
    return "Strip and box plot of sentence tone per source: " + "; ".join(parts) + "."


def _tone_mix_alt(briefing: Briefing) -> str:
    parts = [
        f"{o.ref.label}: {o.tone.share_negative:.0%} negative, {o.tone.share_neutral:.0%} neutral, "
        f"{o.tone.share_positive:.0%} positive"
        for o in briefing.origins
        if o.tone.share_positive is not None
    ]
    return "Stacked bars of sentence tone by origin. " + "; ".join(parts) + "."


def _reading_grades_alt(briefing: Briefing) -> str:
    parts = [
        f"{o.ref.label}: consensus grade {o.readability['consensus_grade']:.0f}"
        for o in briefing.origins
        if o.readability.get("consensus_grade") is not None
    ]
    return "Dot plot of reading grade by formula for each origin. " + "; ".join(parts) + "."
