"""A speaker share says what it is a share of (check AH WI-30: "Media — Center: 22% (22 statements typed so)" beside
Center's 112 sentences that quote or report someone; the 22% was of its 101 attributed statements, which nothing
printed): the finding names its base, so a reader can redo the arithmetic."""

from __future__ import annotations

import polars as pl

from contrast.metrics.attribution import SPEC as ATTRIBUTION_SPEC
from contrast.metrics.figures import FIGURES_SCHEMA
from contrast.report.briefing.lenses.findings import Samples, findings
from tests.test_lens_absence_wording import REFS


def _share(unit: str, value: float, n: int, base: float) -> dict:
    row = dict.fromkeys(FIGURES_SCHEMA)
    row.update(lens="attribution", level="origin", unit=unit, measure="speaker.media", value=value, rest=0.0 if n else 0.25,
               n=float(n), base=base, diff_low=0.1, diff_high=0.4, effect=0.9, effect_kind="Cohen's h",
               cues=f"newspaper ×{n}" if n else None, sentences="; ".join(f"nyt:{i}" for i in range(n)) or None)
    return row


def test_a_speaker_share_names_the_attributed_statements_it_is_a_share_of() -> None:
    figures = pl.DataFrame([_share("us-right", 0.0, 0, 40.0), _share("us-center", 0.25, 14, 56.0)], schema=FIGURES_SCHEMA,
                           orient="row")
    [line] = [f for f in findings(ATTRIBUTION_SPEC, figures, REFS, {"speaker.media": "Media"}, Samples())
              if f.startswith("Media")]
    assert "US center: 25% (14 of 56 attributed statements typed so)" in line
