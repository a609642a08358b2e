"""The briefing's view model for a large report: bounded pages however many sources there are."""

from __future__ import annotations

import pytest

from contrast.analysis import Analysis
from contrast.claims import find_events
from contrast.config import load_report
from contrast.pipeline import analyse
from contrast.report.briefing.build import (
    COVER_SOURCES_MAX,
    EXTREME_SOURCES,
    PRINTED_SOURCE_LINES_MAX,
    SOURCE_DETAIL_MAX,
    build_briefing,
)
from contrast.report.briefing.events import OMITTED_SHOWN, only_in
from contrast.report.briefing.model import Briefing
from contrast.report.render.html import render_html
from contrast.segment import segment
from tests.reportkit import CRITIC, EASY, PRAISE, make_report

N_SOURCES = SOURCE_DETAIL_MAX + 6


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> tuple[Analysis, Briefing]:
    # Tone varies with the mix of praise and criticism, so the extremes are well defined.
    texts = {f"s{i:02d}": (PRAISE * (i % 7) + CRITIC * (6 - i % 7) + EASY) * 2 for i in range(N_SOURCES)}
    root = make_report(tmp_path_factory.mktemp("large"), texts)
    analysis = analyse(load_report(root))
    return analysis, build_briefing(analysis)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    return build_briefing(analyse(load_report(make_report(tmp_path_factory.mktemp("small")))))


def test_a_small_report_lists_every_source_in_full(small: Briefing) -> None:
    assert not small.compact
    assert small.listed_sources == small.sources
    assert small.cover_limit == len(small.sources)
    assert "tone_by_source" in small.charts and "source_tone_by_origin" not in small.charts


def test_the_overlap_chart_says_its_shares_are_claims_matched_a_lower_bound(small: Briefing) -> None:
    """finalcheck-s5 DH-44: "S2 makes 6 % of S3's claims" where the NYT reports at least 8 of HuffPost's 18
    claims: the matrix counts claims the alignment matched, so that is what it must say it counts."""
    chart = small.charts["overlap"]
    assert "lower bound" in chart.caption and "lower bound" in chart.alt
    assert "matched" in chart.caption and " makes " not in chart.alt and "also makes" not in chart.caption


def test_page_one_counts_the_sources_matched_to_an_event_not_the_sources_that_report_it(small: Briefing) -> None:
    """check-s5-A MT-1/PB-1, check-s6-C PM-3: "2 of 3 sources" where the third source tells the same fact in words the
    matching missed. The count is of sources matched to the event, and says so."""
    import re

    html = render_html("briefing.html.j2", small)
    counts = re.findall(r"([\w ]{0,12})\b\d+ of \d+ sources, \d+ of \d+ origins", html)
    assert counts and all(before.endswith("matched in ") for before in counts)


def test_a_large_report_lists_the_most_negative_and_most_positive_sources(large: tuple[Analysis, Briefing]) -> None:
    _, briefing = large
    assert briefing.compact and len(briefing.sources) == N_SOURCES
    listed = briefing.listed_sources
    assert len(listed) == 2 * EXTREME_SOURCES
    means = sorted(s.tone.mean for s in briefing.sources if s.tone.mean is not None)
    listed_means = [s.tone.mean for s in listed]
    assert min(listed_means) == means[0] and max(listed_means) == means[-1]
    left_out = [s.tone.mean for s in briefing.sources if s not in listed]
    assert all(means[EXTREME_SOURCES - 1] <= m <= means[-EXTREME_SOURCES] for m in left_out)
    assert [s.code for s in listed] == [s.code for s in briefing.sources if s in listed]  # briefing order


def test_a_large_report_charts_tone_per_origin_not_per_source(large: tuple[Analysis, Briefing]) -> None:
    _, briefing = large
    assert "source_tone_by_origin" in briefing.charts and "tone_by_source" not in briefing.charts


def test_a_large_reports_html_caps_the_cover_and_lists_each_source_once_in_the_appendix(
    large: tuple[Analysis, Briefing],
) -> None:
    _, briefing = large
    html = render_html("briefing.html.j2", briefing)
    assert briefing.cover_limit == COVER_SOURCES_MAX
    for origin in briefing.origins:
        hidden = len(origin.sources) - COVER_SOURCES_MAX
        assert f"… and {hidden} more, listed in the appendix" in html
    for source in briefing.sources:
        assert html.count(f'<p class="provenance-line">{source.code} {source.id} ·') == 1
    assert 'class="provenance"' not in html  # no per-source cards


def test_above_the_print_limit_the_appendix_lines_are_left_to_the_html(large: tuple[Analysis, Briefing]) -> None:
    from dataclasses import replace

    _, briefing = large
    assert briefing.printed_source_lines and len(briefing.sources) <= PRINTED_SOURCE_LINES_MAX
    printed = render_html("briefing.html.j2", briefing)
    assert '<div class="detail">\n  <h3>' not in printed and "<code>briefing.pdf</code> leaves out the" not in printed
    html = render_html("briefing.html.j2", replace(briefing, printed_source_lines=False))
    appendix = html[html.index('<section id="appendix"') :]
    detail = appendix[appendix.index('<div class="detail">') : appendix.index('<p class="colophon">')]
    assert all(f'<p class="provenance-line">{s.code} {s.id} ·' in detail for s in briefing.sources)  # HTML only
    assert f"<code>briefing.pdf</code> leaves out the {len(briefing.sources)} lines" in appendix
    assert "listed in the appendix<span class=\"print-only\"> of <code>briefing.html</code>" in html


def test_omitted_events_are_capped_with_the_total_kept() -> None:
    names = ["Kavaro", "Minsel", "Draton", "Polizer", "Quanmor", "Tellin", "Sonvar", "Baldra", "Isten", "Morka",
             "Zerpo", "Linqu", "Rotel", "Vason", "Kamis", "Anpol", "Telro", "Draqu", "Mortel", "Sonis"]  # fmt: skip
    texts = {
        "a1": " ".join(f"{n} Holdings announced ${i + 3}bn for new port facilities in {n}ville on Monday." for i, n in enumerate(names)),
        "b1": " ".join(
            f"Officials in {n}ville said {n} Holdings had committed ${i + 3}bn to port facilities." for i, n in enumerate(names)
        ),
        "c1": "The weather was mild and the markets were quiet throughout the week. " * 5,
    }  # fmt: skip
    events = find_events(segment(texts, {"a1": "a", "b1": "b", "c1": "c"}), origins=["a", "b", "c"])
    items = {item.origin: item for item in only_in(events, {"a": "a", "b": "b", "c": "c"}, {s: s for s in texts})}
    assert items["c"].n_omitted == len(names) > OMITTED_SHOWN
    assert len(items["c"].omitted) == OMITTED_SHOWN
    assert items["a"].n_omitted == 0 and items["a"].omitted == ()


def test_a_large_report_leaves_per_source_lens_rates_to_the_csv(large: tuple[Analysis, Briefing], small: Briefing) -> None:
    _, briefing = large
    assert briefing.lenses and not any(t.caption.startswith("Per source") for s in briefing.lenses for t in s.tables)
    assert any(t.caption.startswith("Per source") for s in small.lenses for t in s.tables)
