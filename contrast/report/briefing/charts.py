"""The briefing's charts (tone, tone mix, reading grades, claim overlap), drawn as ``svg`` says.

Origins differ by marker shape and hatch, not colour alone.
"""

from __future__ import annotations

import random

import matplotlib
import matplotlib.pyplot as plt
import polars as pl
from matplotlib.patches import Patch

from contrast.metrics.readability import READABILITY_FORMULAS
from contrast.metrics.vader import NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD
from contrast.report.briefing.model import Briefing
from contrast.report.refs import OriginRef
from contrast.report.svg import RC, WIDTH_IN, Chart, legend_handles, shorten, svg_uri
from contrast.report.text import signed
from contrast.schema import SOURCE_ID

MAX_HEATMAP_SOURCES = 30
"""Above this a source × source heatmap is unreadable; events.json still has the matrix."""
MAX_CHART_MARKERS = 450
"""Above this many marks in one strip chart, each row is drawn as a rug of thin ticks, one
path per row (the bundled reports, up to 420 sentences, keep their markers)."""
TONE_COLOURS = {"negative": "#d95f02", "neutral": "#d9d9d9", "positive": "#1b9e77"}
"""Colour-blind-safe pair (ColorBrewer Dark2) plus grey; hatches repeat the distinction."""
TONE_HATCHES = {"negative": "////", "neutral": "", "positive": "...."}
GRADE_FORMULAS = tuple(formula for formula in READABILITY_FORMULAS if formula.grade)
"""Formulas whose value is a US school grade, so they share one chart axis."""


def briefing_charts(
    briefing: Briefing, sentences: pl.DataFrame, source_overlap: pl.DataFrame | None = None
) -> dict[str, Chart]:
    charts: dict[str, Chart] = {}
    if source_overlap is not None and source_overlap.height and len(briefing.sources) <= MAX_HEATMAP_SOURCES:
        shares = {(a, b): v for a, b, v in source_overlap.iter_rows()}
        charts["overlap"] = Chart(
            title="Claims matched between sources",
            caption=(
                "Each cell: the share of the row source's claims that were matched to a claim of the column source (both "
                "in one event). It is a lower bound, not how much the column source leaves out: the matching misses "
                "much of what two sources tell in different words, so a low share proves no disagreement. The matrix "
                "is not symmetric."
            ),
            alt=_overlap_alt(briefing, shares),
            data_uri=svg_uri(_overlap_heatmap(briefing, shares)),
        )
    if "compound" in sentences.columns and briefing.compact:
        charts["source_tone_by_origin"] = Chart(
            title="Mean tone of every source, by origin",
            caption=(
                "Each mark is one source's mean VADER compound score over its sentences; the box spans the middle half "
                "of an origin's sources and the bar inside it is their median. Dashed lines mark the ±0.05 neutral band. "
                "Per-sentence tone of every source is in build/sentences.parquet."
            ),
            alt=_source_tone_alt(briefing),
            data_uri=svg_uri(_source_tone_by_origin(briefing)),
        )
    elif "compound" in sentences.columns:
        charts["tone_by_source"] = Chart(
            title="Tone of every sentence, by source",
            caption=(
                "Each mark is one sentence's VADER compound score (−1 most negative, +1 most positive); the box spans "
                "the middle half of a source's sentences and the bar inside it is the median. Dashed lines mark the "
                "±0.05 band VADER's authors treat as neutral."
            ),
            alt=_tone_by_source_alt(briefing),
            data_uri=svg_uri(_tone_by_source(briefing, sentences)),
        )
        charts["tone_mix_by_origin"] = Chart(
            title="Share of negative, neutral and positive sentences, by origin",
            caption="Sentences are negative at a compound score of −0.05 or below and positive at +0.05 or above.",
            alt=_tone_mix_alt(briefing),
            data_uri=svg_uri(_tone_mix_by_origin(briefing)),
        )
    if any(o.readability.get("consensus_grade") is not None for o in briefing.origins):
        charts["reading_grades"] = Chart(
            title="Reading grade by formula and origin",
            caption=(
                "US school grade needed to read each origin's pooled text, by formula. The formulas disagree by "
                "design; read the spread, not a single value."
            ),
            alt=_reading_grades_alt(briefing),
            data_uri=svg_uri(_reading_grades(briefing)),
        )
    return charts


def _tone_by_source(briefing: Briefing, sentences: pl.DataFrame) -> plt.Figure:
    with matplotlib.rc_context(RC):
        sources = briefing.sources
        figure, axes = plt.subplots(figsize=(WIDTH_IN, 0.45 * len(sources) + 1.2))
        rng = random.Random(20250101)
        by_source = {
            key[0]: group.get_column("compound").to_list()
            for key, group in sentences.sort(SOURCE_ID, "sentence_index").group_by(SOURCE_ID, maintain_order=True)
        }
        positions = list(range(len(sources), 0, -1))
        data = [[v for v in by_source.get(s.id, []) if v is not None] for s in sources]
        _tone_boxes(axes, data, positions)
        _strip_rows(axes, data, positions, [s.origin for s in sources], rng, spread=0.22, size=9, alpha=0.65, edge=0.25)
        _neutral_band(axes)
        axes.set_yticks(positions, [shorten(s.label, 34) for s in sources])
        axes.set_xlim(-1.05, 1.05)
        axes.set_xlabel("VADER compound score per sentence")
        axes.legend(handles=legend_handles(o.ref for o in briefing.origins), loc="upper center",
                    bbox_to_anchor=(0.5, -0.08 - 1.0 / (len(sources) + 2)),
                    ncol=min(4, len(briefing.origins)), frameon=False)
        return figure


def _source_tone_by_origin(briefing: Briefing) -> plt.Figure:
    """A large report's tone chart: one row per origin, one mark per source (its mean tone)."""
    with matplotlib.rc_context(RC):
        origins = briefing.origins
        figure, axes = plt.subplots(figsize=(WIDTH_IN, 0.6 * len(origins) + 1.2))
        rng = random.Random(20250101)
        positions = list(range(len(origins), 0, -1))
        data = [[s.tone.mean for s in origin.sources if s.tone.mean is not None] for origin in origins]
        _tone_boxes(axes, data, positions)
        _strip_rows(axes, data, positions, [o.ref for o in origins], rng, spread=0.25, size=8, alpha=0.6, edge=0.2)
        _neutral_band(axes)
        axes.set_yticks(positions, [f"{o.ref.label} ({len(o.sources)})" for o in origins])
        axes.set_xlim(-1.05, 1.05)
        axes.set_xlabel("Mean VADER compound score of a source's sentences")
        return figure


def _strip_rows(
    axes: plt.Axes, data: list[list[float]], positions: list[int], refs: list[OriginRef], rng: random.Random,
    *, spread: float, size: float, alpha: float, edge: float,
) -> None:
    """One row of marks per entry of ``data``: jittered markers in the origin's colour and shape,
    or, above ``MAX_CHART_MARKERS`` marks in all, a rug of thin ticks (one path a row)."""
    rug = sum(map(len, data)) > MAX_CHART_MARKERS
    for values, y, ref in zip(data, positions, refs, strict=True):
        if rug:
            _rug(axes, values, y, ref.colour)
            continue
        axes.scatter(
            values, [y + rng.uniform(-spread, spread) for _ in values], s=size, alpha=alpha, color=ref.colour,
            edgecolors="black", linewidths=edge, zorder=3, marker=ref.chart_marker,
        )


def _rug(axes: plt.Axes, values: list[float], y: float, colour: str) -> None:
    """One thin tick per value, all in a single path: a row of many marks stays one SVG element
    (a scatter writes one ``<use>`` per mark, and WeasyPrint draws each separately). The row's
    label names its origin, so the ticks need no marker shape to read in black and white."""
    xs: list[float] = []
    ys: list[float] = []
    for value in sorted(values):
        xs += [value, value, float("nan")]
        ys += [y - 0.28, y + 0.28, float("nan")]
    axes.plot(xs, ys, color=colour, linewidth=0.5, alpha=0.55, zorder=1, solid_capstyle="butt")  # under the box and median


def _tone_boxes(axes: plt.Axes, data: list[list[float]], positions: list[int]) -> None:
    """A box per row of tone values; a row VADER could not score (not English) says so instead."""
    scored = [(values, y) for values, y in zip(data, positions, strict=True) if values]
    if scored:
        axes.boxplot(
            [values for values, _ in scored], positions=[y for _, y in scored], orientation="horizontal",
            widths=0.6, showfliers=False, medianprops={"color": "black", "linewidth": 1.2},
            boxprops={"color": "#555555"}, whiskerprops={"color": "#888888"}, capprops={"color": "#888888"},
        )
    for y, values in zip(positions, data, strict=True):
        if not values:
            axes.text(0, y, "N/A — not scored", ha="center", va="center", fontsize=7.5, color="#555555")


def _neutral_band(axes: plt.Axes) -> None:
    """Dashed lines at VADER's ±0.05 neutral band."""
    for threshold in (NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD):
        axes.axvline(threshold, color="#999999", linestyle="--", linewidth=0.6)


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
    with matplotlib.rc_context(RC):
        figure, axes = plt.subplots(figsize=(WIDTH_IN, 0.42 * len(GRADE_FORMULAS) + 1.2))
        positions = list(range(len(GRADE_FORMULAS), 0, -1))
        count = len(briefing.origins)
        for slot, origin in enumerate(briefing.origins):
            offset = (slot - (count - 1) / 2) * (0.5 / max(count, 1))
            xs, ys = [], []
            for formula, y in zip(GRADE_FORMULAS, positions, strict=True):
                value = origin.readability.get(formula.id)
                if value is not None:
                    xs.append(value)
                    ys.append(y + offset)
            axes.scatter(xs, ys, s=34, color=origin.ref.colour, edgecolors="black", linewidths=0.5,
                         marker=origin.ref.chart_marker, zorder=3,
                         label=origin.ref.label)
        for y in positions:
            axes.axhline(y, color="#eeeeee", linewidth=0.8, zorder=0)
        axes.set_yticks(positions, [formula.label for formula in GRADE_FORMULAS])
        axes.set_xlabel("US school grade")
        axes.grid(axis="x", color="#eeeeee", linewidth=0.6)
        axes.legend(handles=legend_handles(o.ref for o in briefing.origins), loc="upper center", bbox_to_anchor=(0.5, -0.13),
                    ncol=min(4, count), frameon=False)
        return figure


def _overlap_heatmap(briefing: Briefing, shares: dict[tuple[str, str], float | None]) -> plt.Figure:
    import numpy as np

    with matplotlib.rc_context(RC):
        sources = briefing.sources
        n = len(sources)
        grid = np.full((n, n), np.nan)
        for i, a in enumerate(sources):
            for j, b in enumerate(sources):
                value = shares.get((a.id, b.id))
                if i != j and value is not None:
                    grid[i, j] = value
        size = min(WIDTH_IN, 1.6 + 0.55 * n)
        figure, axes = plt.subplots(figsize=(size + 1.2, size))
        top = max(0.3, float(np.nanmax(grid)) if np.isfinite(grid).any() else 1)
        image = axes.imshow(np.ma.masked_invalid(grid), cmap="Blues", vmin=0, vmax=top)
        for i in range(n):
            for j in range(n):
                text = "—" if i == j else (f"≥{grid[i, j]:.0%}" if np.isfinite(grid[i, j]) else "")
                dark = np.isfinite(grid[i, j]) and grid[i, j] > 0.6 * top
                axes.text(j, i, text, ha="center", va="center", fontsize=7.5, color="white" if dark else "black")
        axes.set_xticks(range(n), [s.code for s in sources])
        axes.set_yticks(range(n), [shorten(s.label, 30) for s in sources])
        axes.tick_params(length=0)
        for spine in axes.spines.values():
            spine.set_visible(False)
        axes.set_xlabel("…matched to a claim of")
        figure.colorbar(image, ax=axes, fraction=0.04, pad=0.02, format=matplotlib.ticker.PercentFormatter(1.0))
        return figure


def _overlap_alt(briefing: Briefing, shares: dict[tuple[str, str], float | None]) -> str:
    pairs = [
        (value, a.code, b.code)
        for a in briefing.sources
        for b in briefing.sources
        if a.id != b.id and (value := shares.get((a.id, b.id))) is not None
    ]
    top = sorted(pairs, key=lambda p: (-p[0], p[1], p[2]))[:5]
    described = "; ".join(f"{v:.0%} of {a}'s claims matched to {b}'s" for v, a, b in top)
    return (
        f"Heatmap of the claims matched between {len(briefing.sources)} sources, each share a lower bound of what the "
        f"other source also reports. Largest: {described}."
    )


def _tone_by_source_alt(briefing: Briefing) -> str:
    parts = [
        f"{s.code} ({s.origin.label}) median {signed(s.tone.median)}" for s in briefing.sources if s.tone.median is not None
    ]
    return "Strip and box plot of sentence tone per source: " + "; ".join(parts) + "."


def _source_tone_alt(briefing: Briefing) -> str:
    parts = []
    for origin in briefing.origins:
        means = sorted(s.tone.mean for s in origin.sources if s.tone.mean is not None)
        if means:
            parts.append(f"{origin.ref.label}: {len(means)} sources, median {signed(means[len(means) // 2])}, "
                         f"from {signed(means[0])} to {signed(means[-1])}")
    return "Strip and box plot of each source's mean tone, by origin. " + "; ".join(parts) + "."


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
