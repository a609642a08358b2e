"""The framing panels state what a reader should notice: tone gap, attribution, naming."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pypdf
import pytest

from contrast.claims import find_events
from contrast.report.briefing.events import event_panels, only_in
from contrast.report.refs import OriginRef
from contrast.segment import segment

TEXTS = {
    "state": (
        "Officials praised the excellent harvest festival in Kunming. "
        "Farmers sold record amounts of tea at the markets of the south. "
        "The brave and wise Belt and Road Initiative delivered wonderful new railways to Kenya and Laos this year."
    ),
    "critic": (
        "A flood destroyed several villages near the Mekong. "
        "Rescue teams worked through the night with boats and helicopters. "
        "Kenya and Laos were burdened with terrible debts by the BRI railways this year, critics warned. "
        "The BRI (Belt and Road Initiative) was launched by Xi Jinping in 2013."
    ),
}
ORIGINS = {"state": "state-media", "critic": "western-critical"}
REFS = {
    "state-media": OriginRef("state-media", "State media", "#c0392b", "●", "solid", 0),
    "western-critical": OriginRef("western-critical", "Western critical", "#1f5fa8", "▲", "diagonal", 1),
}
LABELS = {"state": "S1 · State outlet", "critic": "S2 · Critical outlet"}


@pytest.fixture(scope="module")
def panels():
    from contrast.metrics.vader import polarity

    sentences = segment(TEXTS, ORIGINS)
    sentences = sentences.with_columns(pl.Series("compound", [polarity(t)["compound"] for t in sentences.get_column("text")]))
    analysis = find_events(sentences, origins=list(REFS))
    return analysis, event_panels(analysis, REFS, LABELS)


def test_shared_event_becomes_one_panel_with_a_column_per_origin(panels) -> None:
    _, shown = panels
    assert len(shown) == 1
    assert [c.origin.id for c in shown[0].columns] == ["state-media", "western-critical"]


def test_panel_states_no_tone_gap_from_a_few_sentences(panels) -> None:
    """One sentence per origin cannot show that one origin words an event more positively (issue 13)."""
    assert not any("tone" in note.lower() for note in panels[1][0].notes)
    assert all(c.quote.compound is not None for c in panels[1][0].columns)


def test_panel_says_who_attributes_and_who_asserts(panels) -> None:
    notes = " ".join(panels[1][0].notes)
    assert "Western critical attributes the claim" in notes and "State media states it in its own voice" in notes


def test_panel_shows_how_each_origin_names_the_same_thing(panels) -> None:
    naming = next(n for n in panels[1][0].notes if n.startswith("Naming"))
    assert "“Belt and Road Initiative”" in naming and "“BRI”" in naming


def test_only_in_lists_unshared_claims_per_origin(panels) -> None:
    """Claims far from the shared event (a claim beside it may be part of how it is told) that name
    something the other origin never names (Kunming, the Mekong)."""
    analysis, _ = panels
    lists = {item.origin.id: item for item in only_in(analysis, REFS, LABELS)}
    assert any("harvest festival" in q.text for q in lists["state-media"].quotes)
    assert any("flood" in q.text for q in lists["western-critical"].quotes)
    assert lists["state-media"].shared == 1


def test_an_only_in_claim_says_what_it_names_that_no_other_origin_has(panels) -> None:
    """What is checkable of "only in": the names the search looked for and no other origin's text has."""
    analysis, _ = panels
    lists = {item.origin.id: item for item in only_in(analysis, REFS, LABELS)}
    festival = next(q for q in lists["state-media"].quotes if "harvest festival" in q.text)
    assert festival.named_alone == "“Kunming”"
    assert all(c.quote.named_alone == "" for panel in panels[1] for c in panel.columns)


def test_briefing_has_the_overlap_sections(bundled_builds) -> None:
    root = bundled_builds["tariffs"].analysis.report.root
    text = "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(root / "build" / "briefing.pdf").pages)
    # the running footer ("… Page 3 of 12") read as text where a page breaks inside a paragraph
    text = "\n".join(line for line in text.splitlines() if not re.search(r"Page \d+ of \d+$", line))
    for heading in ("What they share, what they leave out", "Same event, different framing", "Only in"):
        assert heading in text
    assert "Tone gap" not in text and "tone is not compared between origins within one event" in " ".join(text.split())
    assert "no other origin's text has “Peter Navarro”" in " ".join(text.split())


def test_panel_says_why_its_members_were_linked(panels) -> None:
    why = panels[1][0].why
    assert why.startswith("Link evidence ") and "Kenya" in why and "strength" in why and "report the same fact" in why


REPORTED_SPEECH = {
    "fox": "Governor Paul LePage said on Tuesday that he would not resign from office. "
    "Farmers in Aroostook County harvested a record potato crop this autumn.",
    "nyt": "Governor Paul LePage said on Tuesday that he would not resign from office. "
    "Mr. Katz, a lawyer, suggested it may require only a simple majority of the chamber, although he added there "
    "could be other hurdles.",
}


def test_an_origin_with_no_claim_its_alone_is_told_why_counted_by_reason() -> None:
    """check9-recheck LP-15: "for none could the search rule out that another origin reports it in other words" was
    printed for an origin whose claim had nothing close elsewhere (0.01 and 0.02) and named no one the others lack but
    its own speaker, of reported speech. The search did not fail: the claim has no anchor. The line gives each real
    reason with its count, from the claims' ``basis``."""
    origins = {"fox": "state-media", "nyt": "western-critical"}
    analysis = find_events(segment(REPORTED_SPEECH, origins), origins=list(REFS))
    lists = {item.origin.id: item for item in only_in(analysis, REFS, {s: s for s in REPORTED_SPEECH})}
    center = lists["western-critical"]
    assert (center.only, center.shared, center.close, center.unanchored, center.context) == (0, 1, 0, 1, 0)
    assert center.why_none == (
        "No claim of this origin was shown to be in it alone. Of its 2 claims: at least 1 is shared with another origin; 1 names "
        "nothing the search could show the other origins lack (it looks for people, organisations, places, figures and "
        "dates, a day or year alone only where no sentence of another origin is even loosely similar; not who is speaking "
        "or is cited, nor the outlet itself or one it cites), so finding nothing close elsewhere "
        "cannot show it is absent there."
    )
    assert "search rule out" not in center.why_none
    right = lists["state-media"]  # Aroostook County is its alone, but the sentence stands beside a shared one
    assert (right.only, right.context) == (0, 1) and right.why_none.endswith(
        "1 stands next to a sentence another origin also reports, or refers back to one that may be reported elsewhere."
    ), right.why_none


def test_a_panel_whose_links_are_below_even_odds_is_headed_possibly_one_event(tmp_path: Path) -> None:
    """check10-bundled SP-27: a same-event panel whose link the panel itself rates "weak" (0.46) was read as a claim that
    both sources state one fact. Below even odds (``WEAK_EVENT``) the heading says so before the event's sentence."""
    from dataclasses import replace

    from contrast.config import load_report
    from contrast.pipeline import analyse
    from contrast.report.briefing.build import build_briefing
    from contrast.report.briefing.document import TEMPLATE
    from contrast.report.briefing.events import WEAK_EVENT
    from contrast.report.render.html import render_html
    from tests.reportkit import CRITIC, EASY, PRAISE, make_report

    root = make_report(tmp_path / "report", {"state-a": (PRAISE + EASY) * 3, "critic-b": (CRITIC + EASY) * 3})
    analysis = analyse(load_report(root))
    briefing = build_briefing(analysis)
    assert briefing.panels
    events = analysis.events.events
    strengths = dict(zip(events.get_column("event").to_list(), events.get_column("strength").to_list(), strict=True))
    for panel in briefing.panels:
        assert panel.weak is ((strengths[int(panel.id.removeprefix("e"))] or 0.0) < WEAK_EVENT)
    first = briefing.panels[0]
    for weak in (True, False):
        page = render_html(TEMPLATE, replace(briefing, panels=(replace(first, weak=weak), *briefing.panels[1:])))
        heading = page[page.index(f'<h3><span class="code">{first.id}</span>') :][:300]
        assert ("Possibly one event, weakly linked" in heading) is weak, heading
