"""A lens cell or finding where nothing was counted states a count, never an absence from the text (issue 13, session 14).

Session 13 tabled every lens claim of six independent checks (/work/notes/gate13-s13.md): of the 16 cells that printed an
absence ("no word from the list", "no speaker typed so", "no verb from the list"), none was TRUE (9 FALSE, 7
AMBIGUOUS). A reader takes "Hedges: US right — no word from the list" as "Fox does not hedge", and the checkers found
such words in the text: Fox's own "appears to" (check12m HB-18), "the message was clear" (check12-reL BK-19, a booster
the list lacks), "infamous", "crying foul", "unflattering photo" (check12-reM BN-31), "bemoans", "staunch social
conservative" (HB-36), a student attendee quoted (BK-26). So:

- a cell of nothing counted reads as a count, "0 listed" (speakers "0 typed so", frames "0 with a cue", scare quotes
  "0 found by the rule");
- the lens that prints one says once, under its question and above its findings and tables, what that count is and
  that it shows no absence from the text; neither its tables' captions nor its findings say it again (check AG2 SN:
  three to four times a page, which readers skip);
- no origin is named highest against 0 counted in the other origins, however many sentences its own figure rests on:
  such a line says "too few to compare (0 listed in the other origins)", as the evidence floor does for one sentence.

The HTML and PDF render one view model (``LensSection``) through one template, so the checks on it hold for both.
"""

from __future__ import annotations

import polars as pl
import pytest

from contrast.metrics.attribution import SPEC as ATTRIBUTION_SPEC
from contrast.metrics.certainty import SPEC as CERTAINTY_SPEC
from contrast.metrics.figures import FIGURES_SCHEMA
from contrast.metrics.loaded import BASIL_MEASURED
from contrast.report.briefing.lenses.findings import Samples, findings
from contrast.report.refs import OriginRef
from tests.reportkit import EASY, lens_section

RIGHT = OriginRef(id="us-right", label="US right", colour="#c0392b", marker="●", border="solid", index=0)
CENTER = OriginRef(id="us-center", label="US center", colour="#777777", marker="■", border="solid", index=1)
REFS = {"us-right": RIGHT, "us-center": CENTER}

ONE_ORIGIN = {
    "boosted": ("The report clearly shows that the plan failed. The audit confirms the losses of the company. ", "certainty"),
    "loaded": ("The regime keeps a firm grip on the press and on the courts of the country. ", "loaded"),
    "voiced": ("The ministry spokesman said the new plan would cut costs for many families this year. ", "attribution"),
}
"""Reports where one origin has cues of a lens and the other none: name → (its text, the lens)."""


@pytest.fixture(scope="module")
def sections(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return {
        name: lens_section(tmp_path_factory.mktemp(name), {"state-a": (text + EASY) * 3, "critic-b": EASY * 4}, lens)
        for name, (text, lens) in ONE_ORIGIN.items()
    }


def test_a_cell_of_nothing_counted_reads_as_a_count_not_an_absence(sections) -> None:
    texts = {c.text for s, _ in sections.values() for t in s.tables for _, cells in t.rows for c in cells if c.kind == "nothing"}
    allowed = {"0 listed", "0 typed so", "0 found by the rule"}
    assert texts <= allowed | {f"{t} in any origin" for t in allowed} | {"0"}
    assert "0 listed" in texts and "0 typed so" in texts
    for _, html in sections.values():
        assert "no word from the list" not in html and "no speaker typed so" not in html and "no verb from the list" not in html


@pytest.mark.parametrize(
    ("fixture", "legend"),
    [
        ("boosted", "“0 listed” does not mean that an outlet never hedges or sounds sure"),
        ("loaded", f"(recall {BASIL_MEASURED.recall:.2f})"),
        ("voiced", "“0 typed so”: the lens typed no attributed statement’s speaker so there, which does not show that no "
         "such speaker is quoted"),
    ],
)
def test_a_lens_with_a_cell_of_nothing_counted_says_what_it_means_once_above_it(sections, fixture: str, legend: str) -> None:
    section, html = sections[fixture]
    assert legend in section.reads
    text = html.replace("&#39;", "'")
    assert text.count(legend) == 1
    assert text.index('<p class="reads">') < text.index(legend) < text.index("<table")


def test_a_lens_explains_only_the_cells_of_nothing_counted_its_tables_hold_and_each_once(sections) -> None:
    section, _ = sections["voiced"]
    assert section.reads.count("“0 typed so”") == 1 and section.reads.count("“0 listed”") == 1
    assert "no verb of the kind from contrast’s list" in section.reads
    loaded, _ = sections["loaded"]
    assert "“0 found by the rule”" not in loaded.reads or any(
        c.text.startswith("0 found by the rule") for t in loaded.tables for _, cells in t.rows for c in cells)
    assert loaded.reads.count("“0 listed”") == 1


def test_no_table_caption_or_finding_repeats_what_a_cell_of_nothing_counted_means(sections) -> None:
    for section, _ in sections.values():
        assert all("does not show" not in t.caption and "does not mean" not in t.caption for t in section.tables)
        assert all("does not show that they have none" not in f for f in section.findings)


def test_no_origin_is_named_highest_against_nothing_counted_in_the_others(sections) -> None:
    section, _ = sections["boosted"]
    [said] = [f for f in section.findings if f.startswith("Boosters")]
    assert said.startswith("Boosters: too few to compare (0 listed in the other origins) — State media: ")
    assert "highest" not in said
    assert "sentences with a cue), from “" in said
    assert said.endswith(("×1.", "×2.", "×3.")) and "does not show" not in said
    assert section.clear == ()


def _rate(unit: str, value: float, refs: list[str], *, rest: float, diff: tuple[float, float]) -> dict:
    row = dict.fromkeys(FIGURES_SCHEMA)
    row.update(
        lens="certainty", level="origin", unit=unit, measure="booster", value=value, diff_low=diff[0], diff_high=diff[1],
        n=float(len(refs)), base=1000.0 * len(refs) / value if value else 600.0, rest=rest, effect=0.9,
        effect_kind="rate ratio", cues=f"clearly ×{len(refs)}" if refs else None, sentences="; ".join(refs) or None,
        contexts="own",
    )
    return row


def test_a_clear_difference_against_nothing_counted_is_no_finding_on_page_one() -> None:
    """The interval of the difference excludes zero and the figure rests on 30 sentences with a cue: still, the other
    side is a list's zero, so neither the section nor page 1 names an origin highest."""
    refs = [f"nyt:{i}" for i in range(30)]
    figures = pl.DataFrame(
        [_rate("us-right", 0.0, [], rest=8.0, diff=(-12.0, -4.0)), _rate("us-center", 8.0, refs, rest=0.0, diff=(4.0, 12.0))],
        schema=FIGURES_SCHEMA, orient="row",
    )
    samples = Samples({"us-right": 400, "us-center": 400}, {"us-right": 300, "us-center": 300})
    said = findings(CERTAINTY_SPEC, figures, REFS, {"booster": "Boosters"}, samples)
    assert findings(CERTAINTY_SPEC, figures, REFS, {"booster": "Boosters"}, samples, clear_only=True) == ()
    [line] = [f for f in said if f.startswith("Boosters")]
    assert line == (
        "Boosters: too few to compare (0 listed in the other origins) — US center: 8.0 per 1,000 words (30 sentences "
        "with a cue), from “clearly” ×30."
    )


def test_a_speaker_share_against_none_typed_so_elsewhere_is_not_ranked() -> None:
    def share(unit: str, value: float, rest: float, refs: list[str]) -> dict:
        row = dict.fromkeys(FIGURES_SCHEMA)
        row.update(lens="attribution", level="origin", unit=unit, measure="speaker.official", value=value, rest=rest,
                   n=float(len(refs)), base=30.0, diff_low=0.1, diff_high=0.5, effect=0.8, effect_kind="Cohen's h",
                   cues=f"spokesman ×{len(refs)}" if refs else None, sentences="; ".join(refs) or None)
        return row

    figures = pl.DataFrame([share("us-right", 0.0, 0.3, []), share("us-center", 0.3, 0.0, [f"nyt:{i}" for i in range(9)])],
                           schema=FIGURES_SCHEMA, orient="row")
    said = findings(ATTRIBUTION_SPEC, figures, REFS, {"speaker.official": "Officials"}, Samples())
    [line] = [f for f in said if f.startswith("Officials")]
    assert line.startswith(
        "Officials: too few to compare (0 typed so in the other origins) — US center: 30% (9 of 30 attributed statements typed so)"
    )
    assert "highest" not in line


def test_the_briefing_method_says_a_zero_is_too_few_to_compare() -> None:
    from pathlib import Path

    template = (Path(__file__).parents[1] / "templates" / "briefing.html.j2").read_text(encoding="utf-8")
    assert "A figure against 0 counted in the other origins is too few to compare as well" in template
