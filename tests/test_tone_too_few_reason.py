"""A tone per kind of speaker left out for too few statements says so on the page (check8 LP-29).

LePage's briefing printed "Tone quoting: officials — US left −0.07; US right N/A; US center N/A" though US right and
US center quote officials 13 and 15 times: their tone is blanked because it would rest on fewer than ``MIN_JUDGED``
statements, and "N/A" read as "nothing to measure". The cell says how many statements there are and how many a
tone needs.
"""

from __future__ import annotations

import pytest

from contrast.config import load_report
from contrast.pipeline import analyse
from contrast.report.briefing.build import build_briefing
from contrast.report.render.html import render_html
from contrast.stats import MIN_JUDGED
from tests.reportkit import EASY, make_report

WORDS = ("schools", "roads", "parks", "clinics", "bridges", "libraries", "courts", "prisons", "ports", "farms")


def _officials(count: int, offset: int = 0) -> str:
    return " ".join(
        f"“The state will spend {i + offset} million dollars on new {WORDS[i % len(WORDS)]} this year,” Gov. Jay Smith said."
        for i in range(count)
    ) + " "


@pytest.fixture(scope="module")
def tone_row(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("toofew")
    texts = {"state-a": _officials(MIN_JUDGED + 2) + EASY, "critic-b": _officials(3, offset=50) + EASY}
    briefing = build_briefing(analyse(load_report(make_report(root, texts))))
    section = next(s for s in briefing.lenses if s.id == "attribution")
    rows = {label: cells for table in section.tables for label, cells in table.rows}
    return rows["Tone quoting: officials"], render_html("briefing.html.j2", briefing)


def test_a_tone_on_enough_statements_is_a_figure(tone_row) -> None:
    cells, _ = tone_row
    assert cells[0].kind == "mean" and cells[0].value is not None


def test_a_tone_on_too_few_statements_says_how_many_and_how_many_it_needs(tone_row) -> None:
    cells, html = tone_row
    assert cells[1].value is None
    assert cells[1].text == f"3 statements, fewer than {MIN_JUDGED}"
    assert f"3 statements, fewer than {MIN_JUDGED}" in html
