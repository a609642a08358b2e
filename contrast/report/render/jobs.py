"""The documents a build renders — briefing, handout, teacher key — as PDF, as HTML, or both.

PDF is for print. HTML is for projecting in class or opening on a phone: the same
templates and view models, made self-contained so a single file works anywhere, offline,
and can fetch nothing: the stylesheet (``print.css``, plus ``screen.css`` for a page-like
column on screens) is inlined, charts are already ``data:image/svg+xml`` images with their
glyphs drawn as paths (``charts.RC``), and no font file is needed (the font stack falls back
to the reader's fonts; Chinese, Japanese and Korean excerpts use any CJK font the system has).
Source text stays escaped exactly as in the PDF: the HTML *is* the PDF's input.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial

from markupsafe import Markup

from contrast.errors import ContrastError
from contrast.report.render.formats import FORMATS, Format, check_format  # noqa: F401  (re-exported: callers import them from here)
from contrast.report.render.html import html_to_pdf, render_html, templates_dir
from contrast.report.render.workers import PdfWorker

STYLESHEETS = ("print.css", "screen.css")
"""Package stylesheets inlined into HTML output, in cascade order."""


def wants(format: Format, kind: str) -> bool:
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


def documents(
    pages: dict[str, tuple[str, object]], *, format: Format, epoch: int | None, variant: str | None = None,
    html: dict[str, str] | None = None,
) -> dict[str, bytes]:
    """``{"<name>.pdf" | "<name>.html": bytes}`` for each ``name → (template, model)`` in ``pages``.

    ``html`` may hold a page's linked-stylesheet HTML already rendered (the handout's, which
    was measured for its reading grade), so the PDF is made from exactly that text.
    """
    return {name: job() for name, job in document_jobs(pages, format=format, epoch=epoch, variant=variant, html=html).items()}


def document_jobs(
    pages: dict[str, tuple[str, object]], *, format: Format, epoch: int | None, variant: str | None = None,
    html: dict[str, str] | None = None, pool: PdfWorker | None = None,
) -> dict[str, Callable[[], bytes]]:
    """``documents``, each output as a job to call for its bytes; PDFs go to ``pool`` when given
    (``workers.pdf_worker``), so they render while the caller does other work."""
    out: dict[str, Callable[[], bytes]] = {}
    for name, (template, model) in pages.items():
        if wants(format, "pdf"):
            linked = (html or {}).get(name) or render_html(template, model)
            out[f"{name}.pdf"] = (
                partial(html_to_pdf, linked, epoch=epoch, variant=variant) if pool is None
                else pool.submit(linked, epoch=epoch, variant=variant)
            )
        if wants(format, "html"):
            out[f"{name}.html"] = partial(bytes, standalone_html(template, model).encode("utf-8"))
    return out
