"""A lens's findings and page 1 state every difference its table marks in bold, by one rule (``clear_difference``):
check Y AL-6, where the Frames table printed Right's Political 36% in bold (the interval of its difference from the
other origins pooled, −55 to −8 points, excluded zero, on 28 sentences) while the findings named only the highest
origin, Left, with no clear difference, and page 1 said that no lens showed one. Written from new figures: the lowest
origin, an origin between the others, and a measure outside the three largest effects."""

from __future__ import annotations

from types import SimpleNamespace

import polars as pl

from contrast.metrics.figures import FIGURES_SCHEMA
from contrast.metrics.frames import SPEC as FRAMES_SPEC
from contrast.report.briefing.glance import key_lens_findings
from contrast.report.briefing.lenses.findings import Samples, clear_difference, findings
from contrast.report.refs import OriginRef

REFS = {
    "w": OriginRef(id="w", label="West", colour="#c0392b", marker="●", border="solid", index=0),
    "m": OriginRef(id="m", label="Middle", colour="#1f5fa8", marker="■", border="solid", index=1),
    "e": OriginRef(id="e", label="East", colour="#2a9d3a", marker="▲", border="solid", index=2),
}
NAMES = {"economic": "Economic", "security": "Security and defence", "health": "Health and safety", "legality": "Legality"}
SAMPLES = Samples({u: 60 for u in REFS}, {u: 40 for u in REFS})


def _share(unit: str, measure: str, value: float, diff: tuple[float, float], *, base: float = 40.0, rest: float = 0.3,
           effect: float = 0.2) -> dict:
    row = dict.fromkeys(FIGURES_SCHEMA)
    n = round(value * base)
    row.update(
        lens="frames", level="origin", unit=unit, measure=measure, value=value, ci_low=max(0.0, value - 0.12),
        ci_high=min(1.0, value + 0.12), diff_low=diff[0], diff_high=diff[1], n=float(n), base=base, rest=rest,
        effect=effect, effect_kind="Cohen's h", cues=f"{measure} ×{n}",
        sentences="; ".join(f"{unit}:{i}" for i in range(n)), contexts="own; negated; definition", rows=base,
    )
    return row


def _figures(rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=FIGURES_SCHEMA, orient="row")


def _bold(rows: list[dict]) -> list[str]:
    return [r["unit"] for r in rows if clear_difference(FRAMES_SPEC, rows, r, SAMPLES)]


def test_the_lowest_origin_marked_bold_is_a_finding_and_on_page_one() -> None:
    rows = [
        _share("w", "economic", 0.55, (-0.03, 0.41), effect=0.45),
        _share("m", "economic", 0.45, (-0.12, 0.30), effect=0.2),
        _share("e", "economic", 0.15, (-0.48, -0.11), base=34.0, effect=-0.7),
    ]
    assert _bold(rows) == ["e"]
    clear = findings(FRAMES_SPEC, _figures(rows), REFS, NAMES, SAMPLES, clear_only=True)
    assert len(clear) == 1 and clear[0].startswith("Economic: lowest in East, 15%"), clear
    said = findings(FRAMES_SPEC, _figures(rows), REFS, NAMES, SAMPLES)
    assert not any("no clear difference" in f for f in said if f.startswith("Economic")), said
    section = SimpleNamespace(title="Frames", clear=clear)
    listed, scope = key_lens_findings(SimpleNamespace(origins=(1, 2, 3), lenses=(section,), key_findings=()))
    assert listed == (f"Frames — {clear[0]}",) and scope.startswith("How they say it states 1 clear difference"), scope


def test_an_origin_between_the_others_marked_bold_is_a_finding() -> None:
    rows = [
        _share("w", "security", 0.62, (-0.02, 0.35)),
        _share("m", "security", 0.58, (0.05, 0.40)),
        _share("e", "security", 0.10, (-0.02, 0.01), base=12.0),
    ]
    assert _bold(rows) == ["m"]
    clear = findings(FRAMES_SPEC, _figures(rows), REFS, NAMES, SAMPLES, clear_only=True)
    assert clear and clear[0].startswith("Security and defence: above the other origins in Middle, 58%"), clear


def test_a_measure_outside_the_largest_effects_marked_bold_is_a_finding() -> None:
    rows = [
        _share(u, m, 0.2, (-0.3, 0.3), base=15.0, effect=e)
        for m, e in (("economic", 0.9), ("health", 0.8), ("legality", 0.7)) for u in REFS
    ] + [
        _share("w", "security", 0.40, (0.04, 0.33), effect=0.1),
        _share("m", "security", 0.25, (-0.2, 0.1), effect=0.05),
        _share("e", "security", 0.22, (-0.2, 0.1), effect=0.05),
    ]
    assert _bold(rows) == ["w"]
    clear = findings(FRAMES_SPEC, _figures(rows), REFS, NAMES, SAMPLES, clear_only=True)
    assert [f.split(",")[0] for f in clear] == ["Security and defence: highest in West"], clear


def test_two_origins_state_one_difference_once() -> None:
    refs = {u: REFS[u] for u in ("w", "e")}
    rows = [_share("w", "economic", 0.5, (0.1, 0.45), rest=0.2), _share("e", "economic", 0.2, (-0.45, -0.1), rest=0.5)]
    assert _bold(rows) == ["w", "e"]
    clear = findings(FRAMES_SPEC, _figures(rows), refs, NAMES, SAMPLES, clear_only=True)
    assert len(clear) == 1 and clear[0].startswith("Economic: highest in West"), clear


def test_no_bold_cell_no_clear_finding() -> None:
    rows = [_share(u, "economic", v, (-0.2, 0.25)) for u, v in (("w", 0.4), ("m", 0.3), ("e", 0.2))]
    assert _bold(rows) == []
    assert findings(FRAMES_SPEC, _figures(rows), REFS, NAMES, SAMPLES, clear_only=True) == ()


def test_the_lower_side_needs_the_other_origins_judged_too() -> None:
    """The other origins pooled are the other side of the difference: a lower origin does not stand out against one
    sentence with a cue, nor against fewer than ``MIN_JUDGED`` sentences (neither in bold nor said)."""
    refs = {u: REFS[u] for u in ("w", "e")}
    one = [_share("w", "health", 0.08, (0.01, 0.2), base=12.0, rest=0.05),
           _share("e", "health", 0.05, (-0.2, -0.01), rest=0.08)]
    one[0].update(n=1.0, sentences="w:3", cues="health ×1")
    few = [_share("w", "health", 0.5, (0.1, 0.6), base=15.0, rest=0.1), _share("e", "health", 0.1, (-0.6, -0.1))]
    for rows in (one, few):
        assert "e" not in _bold(rows)
        assert not any(f.startswith("Health and safety: lowest") for f in findings(FRAMES_SPEC, _figures(rows), refs,
                                                                                   NAMES, SAMPLES, clear_only=True))
