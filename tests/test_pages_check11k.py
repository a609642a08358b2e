"""What the pages say, as the independent check of session 11 read them (check11k-new: vicente-fox, capital-shooting).

A weakly linked event ("Possibly one event, weakly linked") is said to be one wherever it is counted or listed.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from types import SimpleNamespace

import polars as pl
import pytest

from contrast.config import load_report
from contrast.pipeline import analyse
from contrast.report.briefing import glance
from contrast.report.briefing.build import build_briefing
from contrast.report.briefing.model import Briefing
from contrast.report.render.html import render_html
from contrast.report.text import WEAK_LABEL
from tests.reportkit import CRITIC, EASY, PRAISE, make_report


def _text(page: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


@pytest.fixture(scope="module")
def briefing(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    root = make_report(tmp_path_factory.mktemp("check11k"), {"state-a": (PRAISE + EASY) * 3, "critic-b": (CRITIC + EASY) * 3})
    return build_briefing(analyse(load_report(root)))


def test_weak_events_among_the_shared_ones_are_counted() -> None:
    from contrast.report.briefing.events import weak_shared_events

    events = pl.DataFrame({"n_origins": [2, 2, 3, 1], "strength": [0.32, 0.9, 0.6, 0.1]})
    assert weak_shared_events(events) == 1  # an event of one origin is no shared event, weak or not


def test_page_one_says_how_many_of_the_shared_events_are_weakly_linked(briefing: Briefing) -> None:
    """check11k CS-6: "6 events reported by two or more origins" counted e006, whose panel reads "Possibly one event,
    weakly linked" (two different facts sharing a name and a participle). Page 1 and the claims section say so."""
    assert briefing.n_events >= 1
    weak = replace(briefing, n_weak_events=1)
    (line,) = [x for x in glance.at_a_glance(weak) if "two or more origins" in x]
    assert "1 of them possibly one event, weakly linked (its sentences may report different facts)" in line, line
    (plain,) = [x for x in glance.at_a_glance(briefing) if "two or more origins" in x]
    assert "weakly linked" not in plain, plain
    page = _text(render_html("briefing.html.j2", weak))
    lede = page[page.index("sentences make a claim") :][:1200]
    assert "goes unlinked; 1 of them possibly one event, weakly linked (its sentences may report different facts)." in lede
    assert "of them possibly one event" not in _text(render_html("briefing.html.j2", briefing))


def test_the_naming_table_marks_a_weak_event_as_its_panel_does() -> None:
    """check11k CS-14: the PDF Naming table listed "Event e006: U.S. Capitol Police · Scalise · assigned" as an
    ordinary shared event; the HTML panel marked it "Possibly one event, weakly linked"."""
    from contrast.report.briefing.lenses.build import EventLabels

    events = pl.DataFrame({"event": [5, 6], "label": ["Scalise · hospital", "U.S. Capitol Police · Scalise · assigned"],
                           "terms": [["Scalise", "hospital"], ["U.S. Capitol Police", "Scalise", "assigned"]],
                           "strength": [0.9, 0.32]})
    claims = pl.DataFrame({"event": [5, 6], "text": [  # the labels are printed as the members write their terms
        "Mr. Scalise remained in the hospital on Thursday.",
        "U.S. Capitol Police officers assigned to Scalise engaged Hodgkinson in gunfire."]})
    labels = EventLabels(SimpleNamespace(events=SimpleNamespace(events=events, claims=claims)))  # type: ignore[arg-type]
    assert labels["event:e005"] == "e005: Scalise · hospital"
    assert labels["event:e006"] == "e006 (possibly one event, weakly linked): U.S. Capitol Police · Scalise · assigned"
    assert WEAK_LABEL == "Possibly one event, weakly linked"


def test_the_naming_finding_says_how_many_of_its_shared_events_are_weakly_linked() -> None:
    """check11k CS-14/CS-15: "5 shared events reported in words only one origin uses" counted e006 as a shared event."""
    from contrast.metrics.registry import lens_spec
    from contrast.report.briefing.lenses.findings import findings
    from tests.test_validity_check10h import LEFT, RIGHT

    figures = pl.DataFrame({"unit": ["us-right", "us-left", "us-right"], "measure": ["event:e001", "event:e006", "event:e006"],
                            "value": [1.0, 1.0, 1.0]})
    refs = {"us-right": RIGHT, "us-left": LEFT}
    (said,) = findings(lens_spec("naming"), figures, refs, {}, weak_events=frozenset({"event:e006"}))
    assert said.endswith("2 shared events told by some origin in words no other origin uses for it (the table lists each "
                         "origin's own words), 1 of them possibly one event, weakly "
                         "linked (its sentences may report different facts)."), said
    (plain,) = findings(lens_spec("naming"), figures, refs, {})
    assert plain.endswith(
        "2 shared events told by some origin in words no other origin uses for it (the table lists each origin's own words)."
    ), plain
