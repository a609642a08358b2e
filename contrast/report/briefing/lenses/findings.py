"""Findings of "How they say it": plain sentences naming the origin that stands out on a measure.

Each sentence gives the value, its 95% interval, the value for the other origins and an
effect size in words, and quotes the commonest cue words, so a skimming reader gets the
contrast and the evidence at once. Returned as plain text; templates escape it.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from contrast.metrics.registry import LensSpec, family
from contrast.metrics.uncertainty import effect_label
from contrast.report.refs import OriginRef

CUES_QUOTED = 4
LARGEST_EFFECTS = 3
"""Findings of a lens that names no headline measures: its measures with the largest effects."""


def findings(spec: LensSpec, figures: pl.DataFrame, refs: Mapping[str, OriginRef], names: Mapping[str, str]) -> tuple[str, ...]:
    """The lens's findings: its headline measures (``LensSpec.headlines``), or its largest effects."""
    rows = [r for r in figures.iter_rows(named=True) if r["unit"] in refs]
    if spec.layout == "terms":
        return tuple(_distinctive(rows, refs))
    if spec.layout == "names":
        return _naming(rows)
    measures = _headlines(rows, spec.headlines) if spec.headlines else _largest_effects(rows)
    out = []
    for measure in measures:
        candidates = [r for r in rows if r["measure"] == measure and r["value"] is not None and r["n"]]
        if len(candidates) < 1:
            continue
        top = max(candidates, key=lambda r: (r["value"], -refs[r["unit"]].index))
        out.append(_sentence(top, refs[top["unit"]].label, names.get(measure, measure)) + _voice_tone(rows, top))
        if spec.lowest:
            low = min(candidates, key=lambda r: (r["value"], refs[r["unit"]].index))
            if low is not top:
                out.append(_sentence(low, refs[low["unit"]].label, names.get(measure, measure), lowest=True))
    return tuple(out)


def _voice_tone(rows: list[dict], top: dict) -> str:
    """For a speaker share: the mean tone of what that origin has this kind of speaker say."""
    if not top["measure"].startswith("speaker."):
        return ""
    tone = next((r for r in rows if r["unit"] == top["unit"] and r["measure"] == f"tone.{top['measure']}"), None)
    if tone is None or tone["value"] is None:
        return ""
    n = int(top["n"])
    return f" What it has them say ({n} statement{'s' if n != 1 else ''}): mean tone {_fmt(tone['value'], None)} on VADER's −1 to +1 scale."


def _headlines(rows: list[dict], headlines: tuple[str, ...]) -> tuple[str, ...]:
    """The headline measures in order, a family (``tone:``) expanded to its measures in figure order."""
    measures = list(dict.fromkeys(r["measure"] for r in rows))
    return tuple(m for h in headlines for m in ([h] if not h.endswith((".", ":")) else [m for m in measures if family(m, (h,))]))


def _largest_effects(rows: list[dict]) -> tuple[str, ...]:
    """The measures with the largest |effect| anywhere (a catch-all ``other`` never heads a finding)."""
    measures = list(dict.fromkeys(r["measure"] for r in rows))
    ranked = sorted(
        (m for m in measures if m != "other"),
        key=lambda m: (-max((abs(r["effect"] or 0) for r in rows if r["measure"] == m and r["n"]), default=0), m),
    )
    return tuple(ranked[:LARGEST_EFFECTS])


def _sentence(row: dict, origin: str, label: str, *, lowest: bool = False) -> str:
    kind = row["effect_kind"]
    value, low, high, rest = row["value"], row["ci_low"], row["ci_high"], row["rest"]
    interval = f" (95% CI {_fmt(low, kind)}–{_fmt(high, kind)})" if low is not None and high is not None else ""
    against = f" against {_fmt(rest, kind)} for the other origins" if rest is not None else ""
    effect = f"; {effect_label(row['effect'], kind)}" if row["effect"] is not None else ""
    cues = _cues(row["cues"])
    where = "lowest" if lowest else "highest"
    return f"{label}: {where} in {origin}, {_fmt(value, kind)}{interval}{against}{effect}{cues}."


def _fmt(value: float | None, kind: str | None) -> str:
    if value is None:
        return "n/a"
    if kind == "rate ratio":
        return f"{value:.1f} per 1,000 words"
    if kind == "Cohen's h":
        return f"{value:.0%}"
    return f"{value:+.2f}".replace("-", "−")


def _cues(cues: str | None) -> str:
    if not cues:
        return ""
    words = [c.rsplit(" ×", 1) for c in cues.split("; ")][:CUES_QUOTED]
    return " — " + ", ".join(f"“{w}”" + (f" ×{n}" if n != "1" else "") for w, n in words)


def _distinctive(rows: list[dict], refs: Mapping[str, OriginRef]) -> list[str]:
    out = []
    for origin, ref in refs.items():
        own = [r for r in rows if r["unit"] == origin][:3]
        if own:
            terms = ", ".join(f"“{r['measure']}” (z = {r['value']:.1f}, {int(r['n'])}× here, {int(r['rest'])}× elsewhere)" for r in own)
            out.append(f"{ref.label}: {terms}.")
    return out


def _naming(rows: list[dict]) -> tuple[str, ...]:
    actors = {r["measure"] for r in rows if r["measure"].startswith("actor:")}
    events = {r["measure"] for r in rows if r["measure"].startswith("event:")}
    return (
        f"{len(actors)} actor{'s' if len(actors) != 1 else ''} named differently by different origins; "
        f"{len(events)} shared event{'s' if len(events) != 1 else ''} reported in words only one origin uses.",
    )
