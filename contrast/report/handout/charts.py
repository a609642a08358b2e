"""The teacher key's chart: each source's mean tone, by letter, with its origin.

Drawn with the briefing's chart settings (text as paths, fixed hash salt, no dates) so
the key stays byte-reproducible; each origin has the colour and marker it has in the briefing
(one look), and each bar's label names its origin, so the chart reads in black and white
(no hatching: WeasyPrint draws an SVG pattern fill slowly, ~60 ms a bar).
"""

from __future__ import annotations

from collections.abc import Mapping

import matplotlib
import matplotlib.pyplot as plt

from contrast.report.briefing.model import Briefing
from contrast.report.handout.model import SourceTag
from contrast.report.svg import RC, WIDTH_IN, Chart, shorten, svg_uri
from contrast.report.text import signed


def tone_chart(briefing: Briefing, tags: Mapping[str, SourceTag]) -> Chart:
    """Mean tone per source in letter order; sources not scored (not English) are said to be N/A."""
    rows = sorted(
        ((tags[s.id].letter, s) for s in briefing.sources if s.id in tags), key=lambda item: (len(item[0]), item[0])
    )
    with matplotlib.rc_context(RC):
        figure, axes = plt.subplots(figsize=(WIDTH_IN, 0.38 * len(rows) + 1.0))
        positions = list(range(len(rows), 0, -1))
        for y, (_, source) in zip(positions, rows, strict=True):
            mean = source.tone.mean
            if mean is None:
                axes.text(0, y, "N/A — not scored", ha="center", va="center", fontsize=7.5, color="#555555")
                continue
            axes.barh(y, mean, height=0.55, color=source.origin.colour, edgecolor="black", linewidth=0.5)
            axes.plot([mean], [y], linestyle="none", marker=source.origin.chart_marker,
                      markerfacecolor="white", markeredgecolor="black", markersize=6)
        axes.axvline(0, color="black", linewidth=0.6)
        axes.set_yticks(positions, [f"{letter} · {shorten(s.origin.label, 22)} · {_sentences(s.tone.sentences)}" for letter, s in rows])
        axes.set_xlim(-1, 1)
        axes.set_xlabel("Mean tone of the source's own-voice sentences (VADER, −1 to +1)")
        uri = svg_uri(figure)
    alt = "Bar chart of each source's mean tone in its own voice. " + " ".join(
        f"Source {letter} ({s.origin.label}): "
        f"{'not scored' if s.tone.mean is None else f'{signed(s.tone.mean)} over {_sentences(s.tone.sentences)}'}."
        for letter, s in rows
    )
    return Chart(
        title="Mean tone of each source in its own voice",
        caption="Each bar is the mean over the sentences the source says in its own voice (the number beside its label); "
        "quotations and reported speech are left out. Bars left of zero: more negative wording on average; right: more "
        "positive. A bar over a few sentences says little about the source. Marker and label show the origin.",
        alt=alt,
        data_uri=uri,
    )


def _sentences(n: int) -> str:
    return f"{n} sentence{'' if n == 1 else 's'}"
