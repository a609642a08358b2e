"""'How they say it': highlighted examples from escaped segments, linked numbers, every lens shown."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contrast.config import load_report
from contrast.pipeline import analyse
from contrast.report.briefing.build import build_briefing
from contrast.report.briefing.lenses.model import Example, segments
from contrast.report.refs import OriginRef
from contrast.report.render.html import environment, render_html
from tests.reportkit import CRITIC, EASY, PRAISE, make_report

REF = OriginRef(id="a", label="A", colour="#000000", marker="●", border="solid", index=0)


def test_segments_rebuild_the_text_and_flag_the_cues() -> None:
    text = "Critics say the regime may fall."
    parts = segments(text, [(16, 22), (23, 26)])
    assert "".join(p.text for p in parts) == text
    assert [p.text for p in parts if p.cue] == ["regime", "may"]


def test_overlapping_spans_merge_into_one_highlight() -> None:
    parts = segments("foreign media said", [(0, 13), (8, 13), (14, 18)])
    assert [(p.text, p.cue) for p in parts] == [("foreign media", True), (" ", False), ("said", True)]


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=120), st.lists(st.tuples(st.integers(0, 120), st.integers(0, 120)), max_size=5))
def test_highlighting_never_leaks_markup_and_keeps_every_character(text: str, spans: list[tuple[int, int]]) -> None:
    spans = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in spans]
    parts = segments(text, spans)
    assert "".join(p.text for p in parts) == text
    example = Example(1, "ex-x-1", parts, REF, "S1 · <b>", 0, "note")
    html = str(environment().get_template("_lenses.html.j2").module.sentence(example))  # type: ignore[attr-defined]
    without_marks = html.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in without_marks and ">" not in without_marks
    assert html.count("<mark>") == sum(p.cue for p in parts)


@pytest.fixture(scope="module")
def hostile_briefing(tmp_path_factory: pytest.TempPathFactory):
    # the cue sentence in the outlet's own voice (lenses show own-voice examples), then a reported one
    hostile = ('The <b>regime</b> may <script>x()</script> spread propaganda. Officials said so on Monday. {{ 7*7 }} so-called '
               '"cool" things. ')
    root = make_report(tmp_path_factory.mktemp("lens"), {"state-a": (PRAISE + hostile + EASY) * 3, "critic-b": (CRITIC + EASY) * 3})
    briefing = build_briefing(analyse(load_report(root)))
    return briefing, render_html("briefing.html.j2", briefing)


def test_every_lens_has_a_section(hostile_briefing) -> None:
    briefing, html = hostile_briefing
    ids = [s.id for s in briefing.lenses]
    order = ["distinctive", "certainty", "loaded", "attribution", "targets", "frames", "naming"]
    assert ids == [lens for lens in order if lens in ids]
    assert {"certainty", "loaded", "attribution", "frames", "distinctive"} <= set(ids)
    # no sentence names a default actor (China, the United States): the actors lens has nothing to show
    assert "targets" not in ids
    assert "How they say it" in html


def test_source_markup_in_examples_is_escaped_and_cues_are_marked(hostile_briefing) -> None:
    _, html = hostile_briefing
    assert "<script>" not in html and "<b>regime" not in html
    assert "&lt;b&gt;<mark>regime</mark>&lt;/b&gt;" in html
    assert "{{ 7*7 }}" in html


def test_linked_numbers_point_at_existing_examples(hostile_briefing) -> None:
    briefing, html = hostile_briefing
    for section in briefing.lenses:
        anchors = {e.anchor for e in section.examples}
        linked = {c.example.anchor for t in section.tables for _, cells in t.rows for c in cells if c.example is not None}
        assert linked <= anchors
        assert all(f'id="{a}"' in html and f'href="#{a}"' in html for a in linked)
    assert any(section.examples for section in briefing.lenses)


def test_small_sample_caution_is_stated(hostile_briefing) -> None:
    briefing, html = hostile_briefing
    assert "One source per origin for State media, Western critical: this compares outlets, not origins." in briefing.lens_cautions
    assert "compares outlets, not origins" in html


def test_actor_row_is_labelled_with_its_commonest_name() -> None:
    from contrast.report.briefing.lenses.build import commonest_form

    rows = {("a", "actor:ccp"): {"cues": "CCP ×3; Chinese Communist Party ×1"},
            ("b", "actor:ccp"): {"cues": "Chinese Communist Party ×1"}, ("b", "actor:x"): {"cues": "X ×9"}}
    assert commonest_form(rows, "actor:ccp") == "CCP"


def test_rate_lenses_also_table_each_source(hostile_briefing) -> None:
    briefing, html = hostile_briefing
    [certainty] = [s for s in briefing.lenses if s.id == "certainty"]
    per_source = certainty.tables[-1]
    assert per_source.header == ("Hedges", "Boosters")
    assert [label for label, _ in per_source.rows] == [s.label for s in briefing.sources]
    assert "Per source, per 1,000 words of its own voice" in html  # "; none: nothing counted" where a cell counts nothing
