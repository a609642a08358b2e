"""Handout and teacher key pages: a row, a term or a small table is never split by a page break.

check12-reM: the handout's "Words to know" put "hedging" at the foot of page 1 and its meaning at the top of
page 2; the key's Event 2 table put its heading and first row on page 1, its second row on page 2; the key's
"What the measures can and cannot tell" ended a page with the term "Tone score (VADER)" alone. Each test lays
the block out with a blank space of a swept height before it, so the page foot falls at every height of the
block in turn, and reads each page's text from the PDF.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pypdf
import pytest

from contrast.report.handout.build import build_handout
from contrast.report.handout.model import Handout, TeacherKey
from contrast.report.render.html import render_html
from contrast.report.render.pdf import html_to_pdf

SPACES_MM = range(150, 265, 8)
"""Blank heights before the block: from well inside page 1 to past its foot (A4: 297 mm less the margins)."""


@pytest.fixture(scope="module")
def documents(tariffs_analysis, tariffs_briefing) -> tuple[Handout, TeacherKey]:
    return build_handout(tariffs_analysis, tariffs_briefing, blind=False)


def _laid_out(html: str, at: int) -> Iterator[list[str]]:
    """Each page's text (whitespace folded) with everything of the body before ``html[at:]`` replaced by blank
    space, for each height of ``SPACES_MM``."""
    start = html.index("<body")
    start = html.index(">", start) + 1
    for mm in SPACES_MM:
        spaced = html[:start] + f'<div style="height: {mm}mm"></div>' + html[at:]
        reader = pypdf.PdfReader(io.BytesIO(html_to_pdf(spaced)))
        yield [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def _page_of(pages: list[str], text: str) -> int:
    words = " ".join(text.split())
    found = [number for number, page in enumerate(pages) if words in page]
    assert found, (text, pages)
    return found[0]


def _ends(meaning: str) -> tuple[str, str]:
    words = meaning.split()
    return " ".join(words[:3]), " ".join(words[-3:])


def test_a_words_to_know_term_and_its_meaning_are_on_one_page(documents: tuple[Handout, TeacherKey]) -> None:
    handout, _ = documents
    html = render_html("handout.html.j2", handout)
    for pages in _laid_out(html, html.index('<section class="ho-section ho-words">')):
        heading = _page_of(pages, "2. Words to know")
        first = handout.vocabulary[0]
        assert _page_of(pages, _ends(first.meaning)[0]) == heading  # the heading never ends a page alone
        for term in handout.vocabulary:
            begins, ends = _ends(term.meaning)
            page = _page_of(pages, begins)
            assert _page_of(pages, ends) == page, (term.term, pages)
            assert term.term.split()[0] in pages[page].split(begins)[0].split()[-3:], (term.term, pages)


def test_a_key_events_heading_and_table_are_on_one_page(documents: tuple[Handout, TeacherKey]) -> None:
    handout, key = documents
    html = render_html("teacher_key.html.j2", key)
    rows = re.compile(r"the outlet's own voice|attributed to a speaker")
    first = re.search(r'(<div class="key-event">\s*)?<h3>Event 1:', html)
    assert first is not None
    for pages in _laid_out(html, first.start()):
        for event in handout.events:
            page = _page_of(pages, f"Event {event.number}:")
            after = pages[page].split(f"Event {event.number}:")[1]
            after = after.split(f"Event {event.number + 1}:")[0].split("Mean tone of each source")[0]
            assert len(rows.findall(after)) == len(event.excerpts), (event.number, pages)


def test_a_caveats_term_is_on_the_page_of_its_text(documents: tuple[Handout, TeacherKey]) -> None:
    _, key = documents
    html = render_html("teacher_key.html.j2", key)
    for pages in _laid_out(html, html[: html.index('<dl class="caveats">')].rindex("<section")):
        for name, text in key.caveats:
            assert _page_of(pages, name) == _page_of(pages, " ".join(text.split()[:4])), (name, pages)
