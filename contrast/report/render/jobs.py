"""A document's pages to files — as PDF, as HTML, or both — each a job that returns the bytes.

PDF is for print. HTML is for projecting in class or opening on a phone: the same
templates and view models, made self-contained so a single file works anywhere, offline,
and can fetch nothing: the stylesheet (``print.css``, plus ``screen.css`` for a page-like
column on screens) is inlined, charts are already ``data:image/svg+xml`` images with their
glyphs drawn as paths (``contrast.report.svg.RC``), and no font file is needed (the font
stack falls back to the reader's fonts; Chinese, Japanese and Korean excerpts use any CJK
font the system has). Source text stays escaped exactly as in the PDF: the HTML *is* the
PDF's input.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache, partial

from markupsafe import Markup

from contrast.errors import ContrastError
from contrast.report.render.formats import Format
from contrast.report.render.html import render_html, templates_dir
from contrast.report.render.pdf import Fit, html_to_pdf
from contrast.report.render.workers import PdfWorker

STYLESHEETS = ("print.css", "screen.css")
"""Package stylesheets inlined into HTML output, in cascade order."""


@dataclass(frozen=True)
class Page:
    """One output file of a document before its format is chosen: a template and its view model."""

    template: str
    model: object
    html: str | None = None
    """Its HTML (linked stylesheet) when the document already rendered it — the handout's, measured
    for its reading grade — so the PDF is made from exactly that text."""
    fit: Fit | None = None
    """The PDF's page budget and shorter versions to fall back on (``pdf.Fit``); the HTML edition
    is always the full one."""


@dataclass(frozen=True)
class Pages:
    """What a document gives the renderer: its files by name (``"handout"`` → ``handout.pdf`` and/or
    ``handout.html``), the PDF variant, and what it found worth a warning."""

    pages: Mapping[str, Page]
    variant: str | None = None
    """WeasyPrint's ``pdf_variant``, e.g. ``"pdf/ua-1"`` for tagged, accessible PDFs."""
    warnings: tuple[str, ...] = ()


def wants(format: Format, kind: str) -> bool:
    """Whether ``format`` (``pdf``, ``html``, ``both``) includes ``kind`` (``pdf`` or ``html``)."""
    return format == kind or format == "both"


@cache
def inline_stylesheet() -> Markup:
    """The package's own stylesheets as one ``<style>`` body.

    Marked safe because it is a file shipped in the package, never anything derived from a
    source; a ``</`` in it could close the element early, so it is refused.
    """
    css = "\n".join((templates_dir() / name).read_text(encoding="utf-8") for name in STYLESHEETS)
    if "</" in css:
        raise ContrastError("a packaged stylesheet contains '</', which would end the inline <style> element")
    return Markup(css)


def standalone_html(template: str, model: object) -> str:
    """``template`` rendered with its stylesheet inlined instead of linked."""
    return render_html(template, model, stylesheet=inline_stylesheet())


def document_jobs(
    pages: Pages, *, format: Format, epoch: int | None, pool: PdfWorker | None = None
) -> dict[str, Callable[[], bytes]]:
    """``{"<name>.pdf" | "<name>.html": job}`` for each page, each job returning the file's bytes;
    PDFs go to ``pool`` when given (``workers.pdf_worker``), so they render while the caller
    does other work, else they render when their job is called."""
    out: dict[str, Callable[[], bytes]] = {}
    for name, page in pages.pages.items():
        if wants(format, "pdf"):
            linked = page.html or render_html(page.template, page.model)
            out[f"{name}.pdf"] = (
                partial(html_to_pdf, linked, epoch=epoch, variant=pages.variant, fit=page.fit) if pool is None
                else pool.submit(linked, epoch=epoch, variant=pages.variant, fit=page.fit)
            )
        if wants(format, "html"):
            out[f"{name}.html"] = partial(bytes, standalone_html(page.template, page.model).encode("utf-8"))
    return out


__all__ = ["Page", "Pages", "document_jobs", "inline_stylesheet", "standalone_html", "wants"]
