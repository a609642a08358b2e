"""The briefing as a document: one page, ``briefing.pdf`` / ``briefing.html``, with a page budget.

The PDF is the briefing read in ten minutes (issue 15): at most ``MAX_PAGES`` pages for up to
``SHORT_SOURCES`` sources, ``MAX_PAGES_ANY_SIZE`` at any size. What fits depends on the corpus (its
events, origins, lens findings, a changes page from the previous edition), so the budget is not left
to the templates' defaults: the PDF is laid out, and when it runs past the budget it is laid out
again leaving more detail to the HTML edition (``Briefing.fit``, tiers 1 to ``FIT_TIERS``), until it
fits. The HTML is always the full briefing.
"""

from __future__ import annotations

from dataclasses import replace

from contrast.report.registry import DocumentInput, document
from contrast.report.render.html import render_html
from contrast.report.render.jobs import Page, Pages
from contrast.report.render.pdf import Fit

TEMPLATE = "briefing.html.j2"
MAX_PAGES = 12
SHORT_SOURCES = 10
MAX_PAGES_ANY_SIZE = 24
FIT_TIERS = 3
"""Tiers of what the PDF leaves to the HTML, each on top of the last (print.css, ``fit-N``): 1, the
methods' explanations (one paragraph stays) and the changes page's per-origin figures, the changes
no longer starting a page; 2, the lens tables (their findings stay); 3, the appendix cards (a line per
source stays). Each tier is a layout more when the one before does not fit: a 10-source, 8-origin
report measured 15, 14, 10 and 9 pages."""


def page_budget(n_sources: int) -> int:
    """The most pages the PDF may have for ``n_sources`` sources."""
    return MAX_PAGES if n_sources <= SHORT_SOURCES else MAX_PAGES_ANY_SIZE


@document("briefing")
def briefing_pages(source: DocumentInput) -> Pages:
    """The analysts' briefing (registered first: the longest document, rendered in this process
    while a second one renders the others)."""
    model = source.briefing
    shorter = tuple(render_html(TEMPLATE, replace(model, fit=tier)) for tier in range(1, FIT_TIERS + 1))
    return Pages({"briefing": Page(TEMPLATE, model, fit=Fit(page_budget(len(model.sources)), shorter))})
