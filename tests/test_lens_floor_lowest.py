"""The evidence floor holds for the lowest origin too (check AE TB-6): "Hedges: lowest in Center, 2.2 per 1,000 words
against 11.1 … — “unclear”" named an origin lowest on one sentence with a cue, beside the page's rule that an origin is
named highest or lowest only when its figure rests on at least two. The floor (``too_few``) was applied to the higher
side of a difference only. Now a figure on one sentence is too few to rank whichever side it is on: no word of rank,
no bold cell, nothing on page 1, and the finding shows the one sentence as it does for a highest figure. Written from
new figures (a booster rate, a share of a frame)."""

from __future__ import annotations

import polars as pl

from contrast.metrics.certainty import SPEC as CERTAINTY_SPEC
from contrast.metrics.figures import FIGURES_SCHEMA
from contrast.metrics.frames import SPEC as FRAMES_SPEC
from contrast.report.briefing.lenses.findings import Samples, clear_difference, findings
from contrast.report.refs import OriginRef

REFS = {
    "n": OriginRef(id="n", label="North", colour="#c0392b", marker="●", border="solid", index=0),
    "s": OriginRef(id="s", label="South", colour="#1f5fa8", marker="■", border="solid", index=1),
    "x": OriginRef(id="x", label="Coast", colour="#2a9d3a", marker="▲", border="solid", index=2),
}
SAMPLES = Samples({u: 60 for u in REFS}, {u: 40 for u in REFS})
LINE = "The council's plan, unveiled on Friday, is arguably the city's most ambitious in years."


def _rate(unit: str, value: float, sentences: int, diff: tuple[float, float], rest: float) -> dict:
    row = dict.fromkeys(FIGURES_SCHEMA)
    row.update(
        lens="certainty", level="origin", unit=unit, measure="booster", value=value, ci_low=0.0, ci_high=value * 2,
        diff_low=diff[0], diff_high=diff[1], n=float(sentences), base=1000.0 * sentences / value, rest=rest,
        effect=value / rest, effect_kind="rate ratio", cues=f"arguably ×{sentences}",
        sentences="; ".join(f"{unit}:{i}" for i in range(sentences)), contexts="own",
    )
    return row


def _boosters(lowest_sentences: int) -> list[dict]:
    low = 2.5 * lowest_sentences
    return [
        _rate("n", 14.0, 9, (-1.5, 14.0), rest=8.0),
        _rate("s", 12.0, 8, (-3.0, 11.0), rest=9.0),
        _rate("x", low, lowest_sentences, (-16.0, -4.0), rest=13.0),
    ]


def _quote(ref: str, word: str = "") -> str | None:
    return f"“{LINE}” (S3 · Coast Daily, sentence 5)" if ref == "x:0" else None


def _said(rows: list[dict], **kw) -> tuple[str, ...]:
    figures = pl.DataFrame(rows, schema=FIGURES_SCHEMA, orient="row")
    return findings(CERTAINTY_SPEC, figures, REFS, {"booster": "Boosters"}, SAMPLES, quote=_quote, **kw)


def test_an_origin_is_not_named_lowest_on_one_sentence() -> None:
    said = [f for f in _said(_boosters(1)) if f.startswith("Boosters")]
    assert not any("lowest" in f for f in said), said
    assert (
        "Boosters: too few to compare (1 sentence with a cue) — Coast: 2.5 per 1,000 words against 13.0 per 1,000 "
        f"words for the other origins, from “arguably” in “{LINE}” (S3 · Coast Daily, sentence 5)."
    ) in said


def test_nor_made_bold_nor_listed_on_page_one() -> None:
    rows = _boosters(1)
    assert not clear_difference(CERTAINTY_SPEC, rows, rows[2], SAMPLES)
    assert _said(rows, clear_only=True) == ()


def test_two_sentences_name_the_lowest() -> None:
    rows = _boosters(2)
    assert clear_difference(CERTAINTY_SPEC, rows, rows[2], SAMPLES)
    assert _said(rows, clear_only=True)[0].startswith("Boosters: lowest in Coast, 5.0")


def test_a_share_lowest_on_one_sentence_is_too_few_as_well() -> None:
    def share(unit: str, n: int, diff: tuple[float, float]) -> dict:
        row = dict.fromkeys(FIGURES_SCHEMA)
        row.update(lens="frames", level="origin", unit=unit, measure="economic", value=n / 40, ci_low=0.0,
                   ci_high=n / 40 + 0.1, diff_low=diff[0], diff_high=diff[1], n=float(n), base=40.0, rest=0.3,
                   effect=0.5, effect_kind="Cohen's h", cues=f"budget ×{n}",
                   sentences="; ".join(f"{unit}:{i}" for i in range(n)), contexts="own", rows=40.0)
        return row

    rows = [share("n", 14, (-0.05, 0.3)), share("s", 12, (-0.1, 0.25)), share("x", 1, (-0.45, -0.2))]
    assert not clear_difference(FRAMES_SPEC, rows, rows[2], SAMPLES)
    said = findings(FRAMES_SPEC, pl.DataFrame(rows, schema=FIGURES_SCHEMA, orient="row"), REFS, {"economic": "Economic"},
                    SAMPLES)
    assert not any("lowest in Coast" in f for f in said), said
