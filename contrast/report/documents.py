"""The one entry point of the report: every registered document, rendered in the asked format(s).

``render_documents`` builds each document's view model and pages (``contrast.report.registry``)
and turns them into bytes. With PDFs to make and a second core, a worker process renders
every document's PDFs but the first's (the briefing, the longest), which renders here
meanwhile; which process renders a PDF cannot change a byte (``render.workers``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from contrast.analysis import Analysis
from contrast.config import Report
from contrast.editions import Edition
from contrast.report.briefing import document as briefing_document  # noqa: F401  (registers the briefing)
from contrast.report.handout import document as handout_document  # noqa: F401  (registers handout and teacher key)
from contrast.report.registry import DocumentInput, registered_documents
from contrast.report.render.formats import Format, Rendered
from contrast.report.render.jobs import document_jobs, wants
from contrast.report.render.workers import pdf_worker


def render_documents(analysis: Analysis, edition: Edition, *, blind: bool, format: Format) -> Rendered:
    """Every registered document of ``analysis`` as files: ``{"briefing.pdf": …, "handout.html": …}``.

    ``edition`` supplies the changes since the last edition (the briefing's page on them);
    ``blind`` hides outlets and origins on the student pages; ``format`` is ``pdf``, ``html``
    or ``both``. Same inputs, same bytes.
    """
    source = DocumentInput(analysis, changes=edition.changes, blind=blind)
    epoch = edition_epoch(analysis.report)
    builders = registered_documents()
    with pdf_worker(wants(format, "pdf") and len(builders) > 1) as pool:
        built = {name: builder(source) for name, builder in builders.items()}
        first, *rest = built
        jobs: dict[str, dict[str, Callable[[], bytes]]] = {}
        for name in rest:  # submitted first, so the worker starts on them at once
            jobs[name] = document_jobs(built[name], format=format, epoch=epoch, pool=pool)
        jobs[first] = document_jobs(built[first], format=format, epoch=epoch)
        files = {file: job() for name in built for file, job in jobs[name].items()}
    return Rendered(files, tuple(warning for pages in built.values() for warning in pages.warnings))


def edition_epoch(report: Report) -> int:
    """Midnight UTC of the edition date: the only 'time' a reproducible PDF may carry."""
    edition = report.manifest.edition
    return int(dt.datetime(edition.year, edition.month, edition.day, tzinfo=dt.UTC).timestamp())


__all__ = ["edition_epoch", "render_documents"]
