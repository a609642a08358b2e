"""What the printed pages say must read the way a reader checks it (check9 page notes, issue 13)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def test_an_only_in_reason_prints_a_date_once_not_its_day_beside_it() -> None:
    from contrast.claims.distinctive import distinct_anchors
    from contrast.report.briefing.events import _alone

    # check9-recheckF (BV): "no other origin's text has “July 20” or “20”", and “20,” with its comma (check9-new).
    assert distinct_anchors(["July 20", "20,", "New Haven Register"]) == ["July 20", "New Haven Register"]
    assert distinct_anchors(["20,", "July 20"]) == ["July 20"]
    assert distinct_anchors(["U.S.", "$5,150"]) == ["U.S.", "$5,150"]
    row = {
        "text": "The New Haven Register on July 20, 2006, described him as a veteran.",
        "anchors": ["July 20", "#20"],
        "compound": 0.0, "source_id": "s", "sentence_index": 3, "attributed": False,
    }
    assert _alone(row, {"s": "S1"}).named_alone == "“July 20”"


def test_an_event_card_counts_its_links_with_the_sentences_they_join() -> None:
    # check9g-new OJ-2: "1 link" printed on an event three sources report (4 member sentences, one link).
    import polars as pl

    from contrast.report.briefing.events import _why

    members = pl.DataFrame({"claim_id": [1, 2, 3, 4]})
    links = pl.DataFrame({"a": [3], "b": [4], "score": [0.6464], "shared": [["God We Trust", "motto"]]})
    why = _why(links, members, 0.65)
    assert "1 link between 2 of its 4 sentences, strength 0.65" in why
    both = pl.DataFrame({"a": [1, 3], "b": [2, 4], "score": [0.7, 0.8], "shared": [["x"], ["y"]]})
    assert "2 links between its 4 sentences" in _why(both, members, 0.75)


def _depths(text: str) -> list[int]:
    """The quotation depth after each double mark, read as ``quotation`` reads them."""
    import re

    from contrast.report.text import _STRAIGHT_OPENS

    depth, seen = 0, []
    for mark in re.finditer('[“”"]', text):
        opening = mark.group() == "“" or (mark.group() == '"' and _STRAIGHT_OPENS.match(text, mark.start()) is not None)
        depth += 1 if opening else -1
        seen.append(depth)
    return seen


@pytest.mark.parametrize(
    ("cut", "shown"),
    [
        # check9g-new OJ handout Event 1 Source C: the last paragraph of Obama's quotation, its close and no open
        ('I trust in God, but God wants to see us help ourselves by putting people back to work."',
         '"I trust in God, but God wants to see us help ourselves by putting people back to work."'),
        # check9-new BV Event 2: HuffPost's doubled opening mark, printed “‘’’We have learned …
        ('""We have learned something important," Mr. Blumenthal said.',
         '"We have learned something important," Mr. Blumenthal said.'),
        # an excerpt cut inside a quotation is closed after its ellipsis
        ('Carney said it was made in "inaction by the House …', 'Carney said it was made in "inaction by the House …"'),
        # a close before any open is an orphan even when an open follows
        ("the end.” Then “a new start", "“the end.” Then “a new start”"),
        ("… as he said.” Next", "… “as he said.” Next"),
        # near misses: balanced text is left as written
        ('He called it "political grandstanding" without merit.', 'He called it "political grandstanding" without merit.'),
        ("“It is over,” he said, “for now.”", "“It is over,” he said, “for now.”"),
        ("China’s tariffs took effect.", "China’s tariffs took effect."),
    ],
)
def test_an_excerpt_cut_from_a_quotation_shows_its_marks_in_pairs(cut: str, shown: str) -> None:
    from contrast.report.text import balanced_quotes

    assert balanced_quotes(cut) == shown


@given(st.lists(st.sampled_from(["We", "said", " ", " ", "“", "”", '"', '""', "… ", "—", "(", ","]), max_size=14))
@settings(max_examples=400, deadline=None)
def test_balanced_marks_never_close_what_is_not_open_and_close_all_they_open(pieces: list[str]) -> None:
    from contrast.report.text import balanced_quotes

    shown = balanced_quotes("".join(pieces))
    depths = _depths(shown)
    assert all(d >= 0 for d in depths) and (not depths or depths[-1] == 0), shown
    assert balanced_quotes(shown) == shown


def test_a_handout_excerpt_is_printed_with_its_marks_in_pairs() -> None:
    import polars as pl

    from contrast.report.handout.excerpts import ExcerptPicker
    from contrast.report.text import BlindNames

    picker = ExcerptPicker(pl.DataFrame(), {"s": None}, {}, BlindNames())  # type: ignore[dict-item]
    row = {"text": 'I trust in God, but God wants to see us help ourselves by putting people back to work."', "source_id": "s"}
    assert picker.excerpt(row).text.startswith('"I trust in God')


def test_a_report_without_a_title_is_titled_from_its_sources_not_its_folder(tmp_path) -> None:
    # check9 page notes: "Obama jobs bill 2011 11 02", "Trump ginsburg" (lower-case surname) on every page.
    import tomllib

    from contrast.cli import main
    from contrast.config import load_report

    root = tmp_path / "trump-ginsburg-2016-07-12"
    assert main(["init", str(root), "--origins", "right,center,left"]) == 0
    text = (root / "report.toml").read_text(encoding="utf-8")
    assert tomllib.loads(text)["title"] == ""
    headlines = [
        ("right", "Ginsburg under fire from both sides over ‘highly inappropriate’ Trump comments", "2016-07-13"),
        ("center", "Donald Trump Rebukes Ruth Bader Ginsburg for Deriding His Candidacy", "2016-07-12"),
        ("left", "Did Ruth Bader Ginsburg Cross The Line With Her Donald Trump Comments?", "2016-07-11"),
    ]
    (root / "sources" / "a.txt").write_text("Ginsburg spoke.", encoding="utf-8")
    for n, (origin, title, date) in enumerate(headlines):
        text += f'\n[[sources]]\nid = "s{n}"\npath = "sources/a.txt"\ntitle = "{title}"\ndate = "{date}"\norigin = "{origin}"\n'
    (root / "report.toml").write_text(text, encoding="utf-8")
    # each person whole, as two headlines write them (check10i KG-1)
    assert load_report(root).manifest.title == "Ruth Bader Ginsburg and Donald Trump: 3 sources from 3 origins, 11–13 July 2016"
    # a title written in report.toml (or given with --title) is printed as written
    (root / "report.toml").write_text(text.replace('title = ""', 'title = "Trump ginsburg"', 1), encoding="utf-8")
    assert load_report(root).manifest.title == "Trump ginsburg"


@pytest.mark.parametrize(
    ("headlines", "dates", "origins", "title"),
    [
        (["Obama: ‘In God We Trust' Vote Not Creating Jobs", "Obama Taunts G.O.P.  for Ignoring Jobs Bill",
          "Obama Mocks Congress For Vote"],
         ["2011-11-02"] * 3, 3, "Obama: 3 sources from 3 origins, 2 November 2011"),
        # "pleads" and "guilty" are in every headline but written in lower case in one: words, not names
        (["Jackson pleads guilty over illegal campaign spending spree", "Jesse Jackson Jr. Pleads Guilty in Campaign Money Case",
          "Jackson Jr. Pleads Guilty"], ["2013-02-20"] * 3, 3, "Jackson Jr.: 3 sources from 3 origins, 20 February 2013"),
        (["China levies its own tariffs", "US begins trade war"], ["2018-06-30", "2018-07-02"], 2,
         "2 sources from 2 origins, 30 June – 2 July 2018"),
        (["One headline"], ["2019", "2025-01-01"], 1, "1 source from 1 origin, 2019–2025"),
        (["A", "B"], ["", ""], 2, "2 sources from 2 origins"),
    ],
)
def test_a_derived_title_names_what_every_headline_names(headlines: list[str], dates: list[str], origins: int, title: str) -> None:
    from contrast.titles import derived_title

    assert derived_title(headlines, dates, origins) == title


def test_briefing_html_says_what_it_quotes_not_what_the_pdf_does(tmp_path) -> None:
    # check9-recheckF page notes: briefing.html said "This PDF quotes one claim per origin; briefing.html quotes more".
    from contrast.pipeline import build
    from tests.reportkit import make_report

    root = make_report(tmp_path / "r", extra={"title": ""})
    build(root, format="html")
    html = (root / "build" / "briefing.html").read_text(encoding="utf-8")
    assert "This PDF" not in html
    assert "<code>briefing.pdf</code> quotes one claim per origin, <code>briefing.html</code> up to 5." in html
    # the shared word of its test headlines ("Article state-a", "Article critic-b"), not the folder's name "r"
    assert "<title>Article: 2 sources from 2 origins, 1–2 January 2025</title>" in html
