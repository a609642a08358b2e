"""The briefing as a document: one page, ``briefing.pdf`` / ``briefing.html``."""

from __future__ import annotations

from contrast.report.registry import DocumentInput, document
from contrast.report.render.jobs import Page, Pages


@document("briefing")
def briefing_pages(source: DocumentInput) -> Pages:
    """The analysts' briefing (registered first: the longest document, rendered in this process
    while a second one renders the others)."""
    return Pages({"briefing": Page("briefing.html.j2", source.briefing)})
