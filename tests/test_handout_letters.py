"""Handout letters: only the sources the pages quote or name get one, spreadsheet-style."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from benchmarks.bench_incremental import write_report
from contrast.analysis import Analysis
from contrast.config import load_report
from contrast.pipeline import analyse
from contrast.report.briefing.build import build_briefing
from contrast.report.briefing.model import Briefing
from contrast.report.handout.build import NAMED, build_handout, letter
from contrast.report.handout.lenses import loaded_terms, naming_differences
from contrast.report.render.html import render_html
from contrast.report.render.pdf import html_to_pdf


@pytest.fixture(scope="module")
def forty(tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    root = tmp_path_factory.mktemp("forty") / "report"
    write_report(root, 40)
    return analyse(load_report(root))


@pytest.fixture(scope="module")
def forty_briefing(forty: Analysis) -> Briefing:
    """The briefing's view model of ``forty`` (frozen dataclasses), made once: every handout here is made from it."""
    return build_briefing(forty)


def _build(analysis: Analysis, briefing: Briefing, *, blind: bool):  # type: ignore[no-untyped-def]
    return build_handout(
        analysis, briefing, blind=blind, loaded_terms=loaded_terms(analysis),
        naming=naming_differences(analysis),
    )


def _named_on_pages(handout) -> set[str]:  # type: ignore[no-untyped-def]
    letters = {x.source.letter for e in handout.events for x in e.excerpts}
    letters |= {q.excerpt.source.letter for q in handout.questions if q.excerpt is not None}
    texts = [q.text for q in handout.questions] + [v.found for v in handout.vocabulary]
    return letters | {m for text in texts for m in NAMED.findall(text)}


def test_letters_continue_past_z_spreadsheet_style() -> None:
    assert [letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"
    ]


@pytest.mark.parametrize("blind", [True, False])
def test_only_sources_the_pages_quote_or_name_are_lettered(forty: Analysis, forty_briefing: Briefing, blind: bool) -> None:
    handout, key = _build(forty, forty_briefing, blind=blind)
    lettered = [s.letter for s in handout.sources]
    assert lettered == [letter(i) for i in range(len(lettered))]
    assert set(lettered) == _named_on_pages(handout)
    assert 2 <= len(lettered) < 40
    assert [r.letter for r in key.reveals] == lettered and key.unquoted == 40 - len(lettered)


def test_open_mode_letters_follow_the_briefing_order(forty: Analysis, forty_briefing: Briefing) -> None:
    briefing = forty_briefing
    handout, _ = _build(forty, briefing, blind=False)
    position = {s.title: i for i, s in enumerate(briefing.sources)}
    assert [position[s.title] for s in handout.sources] == sorted(position[s.title] for s in handout.sources)


def test_student_page_counts_the_quoted_articles(forty: Analysis, forty_briefing: Briefing) -> None:
    handout, _ = _build(forty, forty_briefing, blind=True)
    html = render_html("handout.html.j2", handout)
    counted = re.search(r"short parts of (.+?) about the same story", html)
    assert counted is not None, "the student page says how many texts it quotes"
    # by genre ("4 news articles and 3 texts of undetermined genre": this corpus's filler sentences of random words say
    # "we" and ask questions, so since voice15 some are not inferred news); the counts add up to the texts quoted
    assert sum(int(n) for n in re.findall(r"\b(\d+)\b", counted.group(1))) == len(handout.sources), counted.group(1)


def test_a_forty_source_handout_fits_on_four_pages(forty: Analysis, forty_briefing: Briefing) -> None:
    for blind in (True, False):
        handout, _ = _build(forty, forty_briefing, blind=blind)
        pdf = html_to_pdf(render_html("handout.html.j2", handout))
        assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) <= 4


def test_teacher_key_charts_only_the_lettered_sources(forty: Analysis, forty_briefing: Briefing) -> None:
    handout, key = _build(forty, forty_briefing, blind=True)
    (chart,) = key.charts
    assert set(re.findall(r"Source ([A-Z]+) \(", chart.alt)) == {s.letter for s in handout.sources}
