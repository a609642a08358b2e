"""A loaded-language figure says what it counts: words from contrast's list, a list that catches a small share of
loaded wording (check7 SE-17).

Sestak's briefing printed 0.0 in every cell of "Loaded and emotive language" beside "leaned on", "under a cloud of
scandal", "dangled" and "shenanigans": a reader takes a table of zeros as "no loaded language". The section states,
on paper and on screens, what a figure counts and the list's measured recall beside its precision; a cell where
nothing was counted reads "no word from the list", a row of them reads once across the origins, a section of them
says so in a sentence instead of a table, and no finding compares a figure with a zero.
"""

from __future__ import annotations

import re

import pytest

from contrast.config import load_report
from contrast.metrics.loaded import BASIL_MEASURED
from contrast.pipeline import analyse
from contrast.report.briefing.build import build_briefing
from contrast.report.render.html import render_html
from tests.reportkit import EASY, make_report

# own-voice wording people mark as loaded that is on no list (sestak, NYT s27-28 and HuffPost s16-18)
SESTAK = (
    "The White House has also leaned on the governor to step aside, which he eventually did under a cloud of scandal. "
    "Much intrigue has surrounded the question of what position was dangled in front of him. "
    "Mr. Emanuel has not been shy about trying to steer party nominations this year. "
)
OWN_LABEL = "The regime keeps a firm grip on the press and on the courts of the country. "


def _briefing(root, texts: dict[str, str]):
    briefing = build_briefing(analyse(load_report(make_report(root, texts))))
    section = next(s for s in briefing.lenses if s.id == "loaded")
    html = render_html("briefing.html.j2", briefing)
    start = html.index('id="lens-loaded"')
    return section, html[start : html.index('<div class="lens"', start)]


@pytest.fixture(scope="module")
def nothing_counted(tmp_path_factory: pytest.TempPathFactory):
    return _briefing(tmp_path_factory.mktemp("nothing"), {"state-a": (SESTAK + EASY) * 3, "critic-b": (EASY + SESTAK) * 3})


@pytest.fixture(scope="module")
def one_origin_counted(tmp_path_factory: pytest.TempPathFactory):
    return _briefing(tmp_path_factory.mktemp("one"), {"state-a": (OWN_LABEL + EASY) * 3, "critic-b": (SESTAK + EASY) * 3})


def test_a_section_where_nothing_was_counted_says_so_instead_of_a_table_of_zeros(nothing_counted) -> None:
    section, html = nothing_counted
    assert section.tables == ()
    [said] = section.findings
    assert said.startswith("No word from the list was counted in any source")
    assert "no finding that these texts use no loaded language" in html
    assert not re.search(r">\s*0\.0\s*<", html)


def test_the_section_states_the_lists_recall_beside_its_precision_where_paper_shows_it(nothing_counted) -> None:
    section, html = nothing_counted
    assert f"recall {BASIL_MEASURED.recall:.2f}" in getattr(section, "reads", "")
    assert f"precision {BASIL_MEASURED.precision:.2f}" in section.reads
    assert "“No word from the list” does not mean no loaded language" in section.reads
    # printed under the question, outside the screen-only detail the PDF leaves out
    before = html[: html.index('<p class="reads">')]
    assert "detail" not in before


def test_a_cell_where_nothing_was_counted_reads_no_word_from_the_list(one_origin_counted) -> None:
    section, _ = one_origin_counted
    rows = dict(section.tables[0].rows)
    counted, nothing = rows["Name-calling"]
    assert counted.kind == "rate" and counted.value and counted.value > 0
    assert (nothing.kind, nothing.text, nothing.value) == ("nothing", "no word from the list", None)


def test_a_row_where_no_origin_has_anything_counted_reads_once_across_them(one_origin_counted) -> None:
    section, html = one_origin_counted
    rows = dict(section.tables[0].rows)
    [slanted] = rows["Slanted verbs"]
    assert (slanted.text, slanted.span) == ("no word from the list in any origin", 2)
    [scare] = rows["Scare quotes"]
    assert scare.text == "no scare quote found in any origin"
    assert 'colspan="2">no word from the list in any origin' in html


def test_no_finding_compares_a_figure_with_a_zero(one_origin_counted) -> None:
    section, _ = one_origin_counted
    [label] = [f for f in section.findings if f.startswith("Name-calling")]
    assert "against no word from the list in the other origins" in label
    assert not any("against 0.0" in f for f in section.findings)


def test_per_source_cells_of_nothing_read_none(one_origin_counted) -> None:
    section, _ = one_origin_counted
    per_source = section.tables[-1]
    assert per_source.per_source and per_source.caption.endswith("; none: nothing counted.")
    assert {c.text for _, cells in per_source.rows for c in cells if c.kind == "nothing"} == {"none"}
